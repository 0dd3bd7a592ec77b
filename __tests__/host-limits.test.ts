/**
 * lib/publish/host-limits.ts on fixtures built in memory at and just past each limit of Cloudflare Pages (20,000
 * files, 25 MiB a file, 100 `_headers` rules, 2,000 characters a `_headers` line; the numbers written here from
 * Cloudflare's documentation, not read from the module), files that must not be published (.br, source maps,
 * dotfiles), and the built out/ (needs `npm run build`).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { diskFiles, memoryFiles } from "../lib/publish/files";
import { checkHostLimits } from "../lib/publish/host-limits";

const MIB = 1024 * 1024;

/** A site in memory: index.html and `n - 1` more small files, plus what `extra` adds. */
function site(n: number, extra: Record<string, string | Buffer> = {}) {
  const files = memoryFiles();
  files.write("index.html", "<!doctype html><title>x</title>");
  for (let i = 1; i < n; i++) files.write(`data/f${i}.csv`, "a,b\n1,2\n");
  for (const [p, c] of Object.entries(extra)) files.write(p, c);
  return files;
}

/** A _headers text with `n` rules, each one header. */
const headersWith = (n: number, valueLength = 10) =>
  Array.from({ length: n }, (_, i) => `/p${i}/\n  X-A: ${"v".repeat(valueLength)}\n`).join("\n");

test("a small site passes, with a summary naming the counts and the limits", () => {
  expect(checkHostLimits(site(3))).toMatch(
    /^3 files \(limit 20,000\), .* MiB in all, largest .* \(limit 25\.0 MiB a file\)$/,
  );
});

test("20,000 files pass; 20,001 stop the build naming the host and the limit", () => {
  expect(() => checkHostLimits(site(20000))).not.toThrow();
  expect(() => checkHostLimits(site(20001))).toThrow(
    "out/ has 20,001 files, more than Cloudflare Pages accepts (20,000 files a site)",
  );
});

test("a file of 25 MiB passes; one byte more stops the build naming the file and the limit", () => {
  expect(() => checkHostLimits(site(1, { "data/big.zip": Buffer.alloc(25 * MIB) }))).not.toThrow();
  expect(() => checkHostLimits(site(1, { "data/big.zip": Buffer.alloc(25 * MIB + 1) }))).toThrow(
    "out/data/big.zip is 25.0 MiB, more than Cloudflare Pages accepts (25.0 MiB a file)",
  );
});

test("_headers: 100 rules pass, 101 do not; a line of 2,000 characters passes, 2,001 does not (named by number)", () => {
  expect(() => checkHostLimits(site(1, { _headers: headersWith(100) }))).not.toThrow();
  expect(() => checkHostLimits(site(1, { _headers: headersWith(101) }))).toThrow(
    "out/_headers has 101 rules, more than Cloudflare Pages accepts (100 rules)",
  );
  // "  X-A: " is 7 characters
  expect(() => checkHostLimits(site(1, { _headers: headersWith(1, 2000 - 7) }))).not.toThrow();
  expect(() => checkHostLimits(site(1, { _headers: headersWith(1, 2001 - 7) }))).toThrow(
    "out/_headers line 2 has 2001 characters, more than Cloudflare Pages accepts (2,000 characters a line)",
  );
});

test.each([["index.html.br"], ["scripts/page-0123456789.js.map"], [".env"], ["data/.DS_Store"]])(
  "%s is for the build or the preview server only: the build stops naming it",
  (file) => {
    expect(() => checkHostLimits(site(2, { [file]: "x" }))).toThrow(
      new RegExp(`^out/${file.replace(/\./g, "\\.")}: a file for the build or the preview server only`),
    );
  },
);

const OUT = path.join(__dirname, "..", "out");
test("the built out/ is within every limit", () => {
  if (!existsSync(path.join(OUT, "index.html"))) throw new Error(`${OUT} is not built: npm run build first`);
  // at least a thousand files (every view's images, briefing files and embeds), written with a thousands separator
  expect(checkHostLimits(diskFiles(OUT))).toMatch(/^\d{1,3}(,\d{3})+ files \(limit 20,000\)/);
});
