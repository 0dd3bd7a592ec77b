/**
 * Runs before `next build`: validates every CSV in data/, derives the chart tables, renders the static SVGs.
 * On any error it prints `file:line:column: message`, removes out/ and exits 1, so no partial site is left.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { computeOutputs } from "../lib/publish/prebuild";

// The project root; a test passes a scratch copy to check that bad data stops the build.
const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
rmSync(path.join(root, "out"), { recursive: true, force: true });
try {
  const outputs = computeOutputs(root);
  rmSync(path.join(root, "generated"), { recursive: true, force: true });
  rmSync(path.join(root, "public/data"), { recursive: true, force: true });
  for (const o of outputs) {
    mkdirSync(path.dirname(path.join(root, o.path)), { recursive: true });
    writeFileSync(path.join(root, o.path), o.content);
  }
  console.log(`prebuild: ${outputs.length} files (CSV downloads and static chart SVGs)`);
} catch (err) {
  console.error(`build stopped: ${(err as Error).message}`);
  process.exit(1);
}
