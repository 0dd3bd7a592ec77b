/**
 * Every page brotli-compressed at brotli's highest quality, kept in a cache outside the site (node_modules/.cache/),
 * never in out/: what a static host is given is only what it serves. A page's HTML is what its first paint waits
 * for, and a phone on a slow network gets the first ~14 KB of a response in one round trip: brotli 11 makes the pages
 * 20–36 % smaller than gzip -9, which takes most chart pages under or near that mark (docs/performance.md). Too slow
 * to run on every request (0.1–0.3 s a page), so each distinct page is compressed once: the build fills the cache
 * (scripts/build.ts), and the preview server (scripts/serve.ts) reads it, compressing a page the cache lacks.
 *
 * The cache is keyed by the sha256 of the page's bytes, so it is never stale, and is shared by every build and
 * server of the checkout. Netlify and Cloudflare Pages compress on their own, as brotli where the browser accepts it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import { brotliCompress, brotliCompressSync, constants, type BrotliOptions } from "node:zlib";
import type { SiteFiles } from "./files";

export const BROTLI_CACHE = path.join(__dirname, "..", "..", "node_modules", ".cache", "fr-ru-trade-brotli");

const options = (buf: Buffer): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
  },
});
const toBuffer = (content: Buffer | string) => (Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"));

/** Brotli at quality 11, text mode (deterministic: the same bytes for the same input). */
export function brotli(content: Buffer | string): Buffer {
  const buf = toBuffer(content);
  return brotliCompressSync(buf, options(buf));
}

const brotliAsync = promisify(brotliCompress);
const cacheFile = (content: Buffer, cacheDir: string) =>
  path.join(cacheDir, `${createHash("sha256").update(content).digest("hex")}.br`);
const cached = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // not cached yet
  }
};

/** brotli(content), from the cache when it holds it, else computed and stored (atomically: a rename). */
export function cachedBrotli(content: Buffer, cacheDir = BROTLI_CACHE): Buffer {
  const file = cacheFile(content, cacheDir);
  const hit = cached(file);
  if (hit) return hit;
  const compressed = brotli(content);
  store(file, compressed);
  return compressed;
}

/** Stores a page's brotli in the cache, atomically (a rename); a failure is a warning. */
function store(file: string, compressed: Buffer) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, compressed);
    renameSync(partial, file);
  } catch (err) {
    console.warn(`precompress: could not cache ${file}: ${(err as Error).message}`);
  }
}

/**
 * Fills the cache with every HTML page of the site; returns how many pages. The pages the cache lacks are compressed
 * at once on zlib's thread pool (the same brotli, the same bytes), not one after another.
 */
export async function precompressPages(site: SiteFiles, cacheDir = BROTLI_CACHE): Promise<number> {
  const pages = site.list().filter((p) => p.endsWith(".html"));
  await Promise.all(
    pages.map(async (p) => {
      const content = site.read(p);
      const file = cacheFile(content, cacheDir);
      if (cached(file)) return;
      store(file, await brotliAsync(content, options(content)));
    }),
  );
  return pages.length;
}
