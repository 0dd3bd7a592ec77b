/**
 * The island bundles: the browser code of the one part of the site that needs React, the year explorer
 * (components/year-explorer.island.tsx, which hydrates components/YearPairExplorerApp.tsx). Bundled by esbuild as ES
 * modules with code splitting, once per build: the entry (React and the explorer's controls) loads on the reader's
 * first interaction with the explorer; papaparse and recharts, which the explorer imports when a pair is chosen, are
 * chunks of their own, fetched then. Files are named by their content's hash and served under /scripts/, so two
 * builds write the same files and a browser caches them from page to page. The entry is a path, not an import: this
 * module bundles browser code, it does not run it.
 */
import { buildSync } from "esbuild";
import path from "node:path";
import type { Output } from "../files";
import { YEAR_EXPLORER } from "../page-script/attrs";

export const ISLAND_DIR = "scripts";

/** Every island's entry file (in components/), by name. */
const ENTRIES: Record<string, string> = {
  [YEAR_EXPLORER]: path.join(__dirname, "..", "..", "..", "components", "year-explorer.island.tsx"),
};

export interface Islands {
  /** island name → the served path of its entry module */
  entries: Record<string, string>;
  /** every file of every island (entries and shared chunks), relative to the site */
  files: Output[];
}

let cached: Islands | null = null;

export function islandBundles(): Islands {
  if (cached) return cached;
  const outdir = path.join(__dirname, ISLAND_DIR);
  const out = buildSync({
    entryPoints: Object.entries(ENTRIES).map(([name, file]) => ({ in: file, out: name })),
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2020",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    outdir,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const files: Output[] = out.outputFiles.map((f) => ({
    path: `${ISLAND_DIR}/${path.relative(outdir, f.path).split(path.sep).join("/")}`,
    content: f.text,
  }));
  const entries: Record<string, string> = {};
  for (const [file, meta] of Object.entries(out.metafile.outputs)) {
    const name = Object.entries(ENTRIES).find(([, e]) => meta.entryPoint && path.resolve(meta.entryPoint) === e)?.[0];
    if (name) entries[name] = `/${ISLAND_DIR}/${path.basename(file)}`;
  }
  for (const name of Object.keys(ENTRIES))
    if (!entries[name]) throw new Error(`island ${name}: esbuild wrote no entry module for it`);
  cached = { entries, files };
  return cached;
}
