/**
 * Every page of the site also written brotli-compressed beside itself (`index.html` → `index.html.br`), at brotli's
 * highest quality, once, at the end of the build. A page's HTML is what its first paint waits for, and a phone on a
 * slow network gets the first ~14 KB of a response in one round trip: brotli 11 makes the pages 20–36 % smaller than
 * gzip -9, which takes most chart pages under or near that mark (docs/performance.md). Too slow to run per request
 * (0.1–0.3 s a page), so it runs here.
 *
 * Who sends them: a server that looks for precompressed files (the preview server scripts/serve.ts, nginx
 * `brotli_static`, Caddy `precompressed br`) sends the `.br` file to a browser that accepts br, with the page's type
 * and headers. Hosts that compress on their own (Netlify, Cloudflare Pages) ignore the `.br` files.
 */
import { brotliCompressSync, constants } from "node:zlib";
import type { Output, SiteFiles } from "./files";

export const PRECOMPRESSED_SUFFIX = ".br";

/** Brotli at quality 11, text mode (deterministic: the same bytes for the same input). */
export function brotli(content: Buffer | string): Buffer {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/** `<page>.html.br` for every HTML page of the site. */
export function precompressedFiles(site: SiteFiles): Output[] {
  return site
    .list()
    .filter((p) => p.endsWith(".html"))
    .map((p) => ({ path: p + PRECOMPRESSED_SUFFIX, content: brotli(site.read(p)) }));
}
