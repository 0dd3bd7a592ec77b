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
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import type { SiteFiles } from "./files";

export const BROTLI_CACHE = path.join(__dirname, "..", "..", "node_modules", ".cache", "fr-ru-trade-brotli");

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

/** brotli(content), from the cache when it holds it, else computed and stored (atomically: a rename). */
export function cachedBrotli(content: Buffer, cacheDir = BROTLI_CACHE): Buffer {
  const file = path.join(cacheDir, `${createHash("sha256").update(content).digest("hex")}.br`);
  try {
    return readFileSync(file);
  } catch {
    // not cached yet
  }
  const compressed = brotli(content);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, compressed);
    renameSync(partial, file);
  } catch (err) {
    console.warn(`precompress: could not cache ${file}: ${(err as Error).message}`);
  }
  return compressed;
}

/** Fills the cache with every HTML page of the site; returns how many pages. */
export function precompressPages(site: SiteFiles, cacheDir = BROTLI_CACHE): number {
  const pages = site.list().filter((p) => p.endsWith(".html"));
  for (const p of pages) cachedBrotli(site.read(p), cacheDir);
  return pages.length;
}
