/**
 * The page script (./behaviour.ts) as one minified IIFE, bundled with esbuild (the bundler tsx already runs on), once
 * per build. Served as one file for the whole site, loaded by every page just after its first paint
 * (the loader of ../static-pages.ts).
 */
import { buildSync } from "esbuild";
import path from "node:path";

let cached: string | null = null;

export function pageScript(): string {
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
  const js = out.outputFiles[0].text.trim();
  if (js.includes("</script")) throw new Error("lib/publish/page-script: the bundle contains </script");
  cached = js;
  return js;
}
