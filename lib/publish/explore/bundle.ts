/**
 * The exploration layer (./client.ts) as one minified IIFE, bundled with esbuild once per build and served at
 * EXPLORE_SCRIPT_PATH for every page and embed, loaded on the first focus or pointer entry over a chart.
 */
import { buildSync } from "esbuild";
import path from "node:path";
import type { Output } from "../files";
import { EXPLORE_SCRIPT_PATH } from "./shared";

let cached: string | null = null;

export function exploreScript(): string {
  if (cached !== null) return cached;
  const out = buildSync({
    entryPoints: [path.join(__dirname, "entry.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    logLevel: "silent",
  });
  cached = out.outputFiles[0].text.trim();
  return cached;
}

/** The layer's script file. */
export const exploreScriptFile = (): Output => ({
  path: EXPLORE_SCRIPT_PATH.slice(1),
  content: `${exploreScript()}\n`,
});
