/**
 * The site's JavaScript files, in out/scripts/: the page script, the charts' exploration layer, and the year
 * explorer's island (its entry module and the chunks it imports when a pair is chosen), each with its size raw, gzip and brotli and what it holds,
 * recognised by strings libraries leave in minified code. The pages ship no other script (lib/publish/static-pages.ts);
 * a file of Next's runtime found under out/_next/ is listed too, so that its return shows. A heuristic, for explaining
 * where the bytes come from; it does not affect any budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { ChunkInfo } from "./types";

const MARKERS: [string, RegExp][] = [
  ["react-dom", /__reactFiber|hydrateRoot/],
  ["react", /react\.transitional\.element/],
  ["recharts", /recharts-(surface|layer|wrapper)/],
  ["decimal.js-light (recharts)", /DecimalError/],
  ["papaparse", /Papa\.parse|papaparse|BAD_DELIMITERS/],
  ["the page script", /data-chart-svg-on-demand/],
  ["the charts' exploration layer", /data-explore-live/],
  ["Next's runtime", /next-router-state-tree|NEXT_REDIRECT|TURBOPACK/],
];

function files(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => /\.m?js$/.test(f))
    : [];
}

/** Every .js file under out/scripts and out/_next, largest (gzip) first. */
export function chunkInfo(_root: string, outDir: string): ChunkInfo[] {
  return ["scripts", "_next"]
    .flatMap((d) => files(path.join(outDir, d)).map((f) => `/${d}/${f.split(path.sep).join("/")}`))
    .map((urlPath) => {
      const buf = readFileSync(path.join(outDir, urlPath));
      const text = buf.toString("utf8");
      const contains = MARKERS.filter(([, re]) => re.test(text)).map(([name]) => name);
      if (/^\/scripts\/year-explorer-/.test(urlPath)) contains.unshift("the year explorer's island (entry)");
      return {
        file: urlPath,
        gzip: gzipSync(buf).length,
        brotli: brotliCompressSync(buf).length,
        raw: buf.length,
        contains,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
