/**
 * The build, one entry for every stage in order (npm run build):
 *   checks (SITE_URL: lib/publish/build-env.ts)
 *   → model + derive + figures → publish part 1 (public/data CSVs, static chart SVGs: lib/publish/prebuild.ts)
 *   → next build (the pages, static export to out/)
 *   → publish part 2 (images, embeds, data package, sitemap, _headers: lib/publish/postbuild.ts).
 * Extraction (raw sources → data/*.csv) is separate: `npm run data`, whose output is committed.
 * A missing SITE_URL is a warning, printed first and again at the end; a wrong one stops the build.
 * On any error it prints `build stopped: <message>` (file:line:column for bad data), removes out/ and exits 1, so no
 * partial site is left.
 * Usage: tsx scripts/build.ts [root]   (root: the project, or a scratch copy in tests)
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { checkSiteUrl } from "../lib/publish/build-env";
import { diskFiles } from "../lib/publish/files";
import { computeOutputs } from "../lib/publish/prebuild";
import { postbuild } from "../lib/publish/postbuild";

const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const out = path.join(root, "out");

function stage<T>(name: string, run: () => T): T {
  const t0 = performance.now();
  const result = run();
  console.log(`build: ${name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

const loud = (message: string) => `\nbuild: WARNING: ${message}\n`;
let warning: string | undefined;

rmSync(out, { recursive: true, force: true });
try {
  stage("checks (SITE_URL)", () => {
    const site = checkSiteUrl(process.env.SITE_URL);
    if (site.level === "error") throw new Error(site.message);
    if (site.level === "warning") console.warn(loud((warning = site.message)));
    else console.log(`build: ${site.message}`);
  });
  stage("prebuild (data, derived CSVs, chart SVGs)", () => {
    const outputs = computeOutputs(root);
    for (const dir of ["generated", "public/data"]) rmSync(path.join(root, dir), { recursive: true, force: true });
    const files = diskFiles(root);
    for (const o of outputs) files.write(o.path, o.content);
    console.log(`prebuild: ${outputs.length} files (CSV downloads and static chart SVGs)`);
  });
  stage("next build", () => {
    const next = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
    });
    if (next.status !== 0) throw new Error(`next build exited with ${next.status ?? next.signal}`);
  });
  stage("postbuild (images, embeds, data package, headers)", () => {
    const written = postbuild(diskFiles(out));
    console.log(`postbuild: ${written.length} files added to out/`);
  });
  if (warning) console.warn(loud(warning));
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  console.error(`build stopped: ${(err as Error).message}`);
  if (process.env.DEBUG) console.error((err as Error).stack);
  process.exit(1);
}
