/**
 * The build ID that next.config.js gives Next (generateBuildId), so that two builds of the same tree are
 * byte-identical: Next's own is random, and it is written into every page, its RSC payloads and the folder of the
 * build manifests. Here it is a SHA-256 of the build's inputs: every file of the tree (path and bytes) except what
 * git ignores (dependencies, build outputs, caches: the list below mirrors .gitignore, a test keeps them in step;
 * node_modules is stood for by package-lock.json), and the environment that changes the pages (SITE_URL and
 * SOURCE_DATE_EPOCH, which scripts/build.ts always sets). The whole tree rather than app/, components/ and lib/:
 * Tailwind scans every file for class names, so a test or a README can change the CSS. Same inputs, same ID; any
 * change, a new ID. CommonJS, because next.config.js is.
 */
const { createHash } = require("node:crypto");
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

/** Never hashed at any depth. */
const IGNORED_NAMES = new Set(["node_modules", ".git"]);
/** Ignored paths from the root (folders and files), as in .gitignore. */
const IGNORED_PATHS = new Set([".next", "out", "bench/results.json", "next-env.d.ts", "e2e/artifacts", ".scratch"]);
const IGNORED_SUFFIXES = [".tsbuildinfo"];

function ignored(rel, name) {
  return IGNORED_NAMES.has(name) || IGNORED_PATHS.has(rel) || IGNORED_SUFFIXES.some((s) => name.endsWith(s));
}

/** Paths (relative, with "/") of the files that the build ID covers, sorted. */
function inputFiles(root) {
  const files = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (ignored(child, entry.name)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  walk("");
  return files.sort();
}

/** 20 hex digits of SHA-256 over the input files and the environment that shapes the pages. */
function buildId(root, env = process.env) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ SITE_URL: env.SITE_URL, SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH }));
  for (const rel of inputFiles(root)) {
    hash.update(`\0${rel}\0`);
    hash.update(readFileSync(path.join(root, rel)));
  }
  return hash.digest("hex").slice(0, 20);
}

module.exports = { buildId, inputFiles };
