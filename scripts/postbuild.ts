/**
 * Runs after `next build` has written out/: adds the files a static host serves beside the pages
 * (lib/build/site-files.ts). If any step fails, out/ is removed so that no partial site is left behind.
 */
import { rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { siteFileGroups } from "../lib/publish/postbuild";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "out");
try {
  let count = 0;
  for (const group of siteFileGroups(root)) {
    for (const f of group()) {
      mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
      writeFileSync(path.join(out, f.path), f.content);
      count++;
    }
  }
  console.log(`postbuild: ${count} files added to out/`);
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  console.error(`build stopped, out/ removed: ${(err as Error).stack ?? err}`);
  process.exit(1);
}
