/**
 * What is in each JS chunk of out/_next/static/chunks: the project's client components mapped to it by Next's
 * client-reference manifests (.next/server/app/**), plus libraries recognised by strings they leave in minified
 * code. A heuristic, for explaining where the bytes come from; it does not affect any budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ChunkInfo } from "./types";

const MARKERS: [string, RegExp][] = [
  ["react-dom", /__reactFiber|hydrateRoot/],
  ["react", /react\.transitional\.element/],
  ["next app router", /next-router-state-tree|NEXT_REDIRECT/],
  ["recharts", /recharts-(surface|layer|wrapper)/],
  ["decimal.js-light (recharts)", /DecimalError/],
  ["papaparse", /Papa\.parse|papaparse|BAD_DELIMITERS/],
  ["next router extras", /useRouterBFCache/],
  ["next error UI", /errorThemeCss|WarningIcon/],
];

/** Chunks the HTML pages load with <script noModule> (legacy polyfills: modern browsers skip them). */
function noModuleChunks(outDir: string): Set<string> {
  const file = path.join(outDir, "index.html");
  const html = existsSync(file) ? readFileSync(file, "utf8") : "";
  return new Set([...html.matchAll(/<script[^>]*src="([^"]+)"[^>]*noModule/gi)].map((m) => m[1]));
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith("client-reference-manifest.js")) out.push(p);
  }
  return out;
}

/** chunk URL path -> project client modules (outside node_modules) that the manifests place in it. */
function projectModules(root: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const file of walk(path.join(root, ".next/server/app"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/"\[project\]\/([^"]+)":\{"id":[^,]+,"name":"[^"]*","chunks":\[([^\]]*)\]/g)) {
      if (m[1].startsWith("node_modules/")) continue;
      for (const c of m[2]
        .split(",")
        .map((s) => s.replace(/"/g, ""))
        .filter(Boolean)) {
        if (!map.has(c)) map.set(c, new Set());
        map.get(c)!.add(m[1]);
      }
    }
  }
  return map;
}

/** Every .js file under out/_next/static/chunks, largest (gzip) first. */
export function chunkInfo(root: string, outDir: string): ChunkInfo[] {
  const modules = projectModules(root);
  const noModule = noModuleChunks(outDir);
  const dir = path.join(outDir, "_next/static/chunks");
  const files = existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".js"))
    : [];
  return files
    .map((f) => {
      const urlPath = `/_next/static/chunks/${f.split(path.sep).join("/")}`;
      const file = path.join(dir, f);
      const buf = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      const text = buf.toString("utf8");
      const contains = MARKERS.filter(([, re]) => re.test(text)).map(([name]) => name);
      if (noModule.has(urlPath))
        contains.unshift("legacy polyfills (<script noModule>, not loaded by modern browsers)");
      if (path.basename(f).startsWith("turbopack-")) contains.unshift("turbopack runtime");
      for (const m of modules.get(urlPath) ?? []) contains.push(m);
      return { file: urlPath, gzip: gzipSync(buf).length, raw: buf.length, contains };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
