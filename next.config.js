// Next's settings: a static export (to FRT_EXPORT_DIR when scripts/build.ts sets it, which then moves the site to
// out/ or to --out <dir>; to out/ otherwise), and a build ID computed from the inputs (lib/publish/build-id.js)
// instead of a random one, so two builds of the same tree are byte-identical.
const path = require("node:path");
const { buildId } = require("./lib/publish/build-id");

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  ...(process.env.FRT_EXPORT_DIR ? { distDir: process.env.FRT_EXPORT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  generateBuildId: async () => buildId(path.resolve(__dirname)),
  // Types are not checked here but by `npm run typecheck` (next typegen, then tsc --noEmit over the same tsconfig),
  // which `npm test` runs before the build: the same check, done once, and outside the build's time (it took a
  // quarter of it).
  typescript: { ignoreBuildErrors: true },
  // The stylesheet (~6 KB gzip) inline in each page's <head>: no render-blocking request before the first paint
  // (on a slow phone connection a second request costs more than the bytes). CSP allows inline styles.
  experimental: { inlineCss: true },
  // The message formatter and its parts ship as ES modules only; listing them here also makes next/jest compile
  // them for the tests (it transforms node_modules only for these).
  transpilePackages: [
    "intl-messageformat",
    "@formatjs/fast-memoize",
    "@formatjs/icu-messageformat-parser",
    "@formatjs/icu-skeleton-parser",
  ],
};

module.exports = nextConfig;
