/**
 * The build, one entry for every stage in order (npm run build):
 *   checks (SITE_URL, build date: lib/publish/build-env.ts; every message catalogue has every key: lib/i18n/)
 *   → model + derive + figures → publish part 1 (the served CSVs, every chart drawn: lib/publish/prebuild.ts), in
 *     memory
 *   → next build (the pages, static export), in a child process; beside it, in this process and in memory, what the
 *     pages do not hold: the briefing files, the export images (composed and rasterised) and the charts' exploration
 *     layer. Each prints its own time, so those lines overlap next build's and do not add up.
 *   → publish part 2 (the pages made static documents, without Next's runtime, and the site's own scripts:
 *     lib/publish/static-pages.ts; CSVs, images, briefing files, embeds, data package, sitemap, _headers:
 *     lib/publish/postbuild.ts)
 *   → each page's inline stylesheet cut to its own rules (lib/publish/critical-css.ts)
 *   → every page brotli-compressed into the preview server's cache, outside out/, on zlib's thread pool
 *     (lib/publish/precompress.ts)
 *   → the site checked against the static hosts' limits (lib/publish/host-limits.ts)
 *   → out/ written, once.
 * Part 2 and the stages after it work on the site in memory over the pages next build wrote (lib/publish/files.ts,
 * memoryFiles), so no stage reads back a file the build wrote. The data are derived once in this process; next
 * build's page renderers run in their own process and derive their own copy there (Next gives a page renderer no
 * way to receive data from the process that started it), and read no file the build wrote.
 * Types are not checked by next build (next.config.js: typescript.ignoreBuildErrors): `npm run typecheck` (next
 * typegen, then tsc --noEmit over the same tsconfig) checks them, and `npm test` runs it before the build, which does
 * not repeat the check: it was a quarter of the build's time (budget: docs/performance.md). A type error does not
 * stop `npm run build`.
 * React renders here in its production build (./production-env.ts, imported first), as in next build.
 * Extraction (raw sources → data/*.csv) is separate: `npm run data`, whose output is committed.
 * A missing SITE_URL is a warning, printed first and again at the end, or an error in a build for publishing
 * (--production, or on Cloudflare Pages or Netlify); a wrong one stops the build. The build date
 * (SOURCE_DATE_EPOCH) defaults to the last commit's, and next.config.js derives the build ID from the inputs, so two
 * builds of one tree are byte-identical.
 * On any error it prints `build stopped: <message>` (file:line:column for bad data), removes out/ and exits 1, so no
 * partial site is left.
 * Usage: tsx scripts/build.ts [root] [--out <dir>] [--production]
 *   root: the project, or a scratch copy in tests. --out: where the site goes instead of <root>/out (a test builds
 *   twice into two folders). Either way next exports into <root>/.next/frt-export (Next writes only inside the
 *   project), which is then moved into place: one Next config for both, so an --out build does not invalidate the
 *   cache of the next plain one.
 */
import "./production-env"; // first: React's production build for the build's own rendering
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { checkCatalogues } from "../lib/i18n";
import { buildDateFor, checkSiteUrl, publishingBuild } from "../lib/publish/build-env";
import { diskFiles, flushFiles, memoryFiles } from "../lib/publish/files";
import { computeOutputs } from "../lib/publish/prebuild";
import { exploreFiles, postbuild } from "../lib/publish/postbuild";
import { derivationCount } from "../lib/derive";
import { precompressPages } from "../lib/publish/precompress";
import { checkHostLimits } from "../lib/publish/host-limits";
import { criticalCssFiles } from "../lib/publish/critical-css";
import { imageFiles } from "../lib/publish/images/images";
import { briefingFiles } from "../lib/publish/briefing/files";

const args = process.argv.slice(2);
const publishing = publishingBuild(process.env, args);
if (args.includes("--production")) args.splice(args.indexOf("--production"), 1);
const outFlag = args.indexOf("--out");
const outArg = outFlag >= 0 ? args.splice(outFlag, 2)[1] : undefined;
if (outFlag >= 0 && !outArg) {
  console.error("build stopped: --out needs a folder");
  process.exit(1);
}
const root = path.resolve(args[0] ?? path.join(__dirname, ".."));
const out = outArg ? path.resolve(outArg) : path.join(root, "out");
// the project built is the working directory of every stage: derived() reads its data/, next build runs in it
process.chdir(root);
/** next's export folder (distDir), relative to root */
const exportDir = path.join(".next", "frt-export");

function stage<T>(name: string, run: () => T): T {
  const t0 = performance.now();
  const result = run();
  console.log(`build: ${name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

/** Moves a folder, copying when it crosses file systems (a temporary folder elsewhere). */
function moveDir(from: string, to: string) {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

let running: ChildProcess | undefined;
/** Starts `next build` (static export into exportDir) in a child process; `done` gives its exit status and time. */
function nextBuild(): { done: Promise<{ status: number | string; seconds: number }> } {
  rmSync(path.join(root, exportDir), { recursive: true, force: true });
  const t0 = performance.now();
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FRT_EXPORT_DIR: exportDir },
  });
  running = child;
  const done = new Promise<{ status: number | string; seconds: number }>((resolve) => {
    const end = (status: number | string) => {
      running = undefined;
      resolve({ status, seconds: (performance.now() - t0) / 1000 });
    };
    child.on("error", (err) => end(err.message));
    child.on("close", (code, signal) => end(code ?? signal ?? "no status"));
  });
  return { done };
}

/** Stops a next build still running (another stage failed beside it) and waits for it to end. */
async function stopNextBuild() {
  const child = running;
  if (!child) return;
  const ended = new Promise((resolve) => child.once("close", resolve));
  child.kill();
  await ended;
}

const loud = (message: string) => `\nbuild: WARNING: ${message}\n`;
let warning: string | undefined;

async function stageAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  console.log(`build: ${name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

const started = performance.now();
rmSync(out, { recursive: true, force: true });
void (async () => {
  try {
    stage("checks (SITE_URL, build date, message catalogues, no public/)", () => {
      checkCatalogues();
      const site = checkSiteUrl(process.env.SITE_URL, publishing);
      if (site.level === "error") throw new Error(site.message);
      if (site.level === "warning") console.warn(loud((warning = site.message)));
      else console.log(`build: ${site.message}`);
      // every file the site serves is written by this build, checked; next build would copy public/ as it is
      const stray = diskFiles(path.join(root, "public")).list();
      if (stray.length)
        throw new Error(
          `public/ holds ${stray.length} file${stray.length > 1 ? "s" : ""} (${stray
            .slice(0, 3)
            .map((f) => `public/${f}`)
            .join(", ")}${stray.length > 3 ? ", …" : ""}): next build would copy it into the site unchecked; ` +
            "the build writes every file the site serves (lib/publish/postbuild.ts): remove public/",
        );
      const date = buildDateFor(root, process.env);
      process.env.SOURCE_DATE_EPOCH = String(date.epoch); // read by the pages (next build) and the publish stage
      console.log(`build: date ${new Date(date.epoch * 1000).toISOString()} (${date.from})`);
    });
    const csvs = stage("prebuild (data, derived CSVs, every chart drawn, in memory)", () => {
      const outputs = computeOutputs(root);
      console.log(`prebuild: ${outputs.length} CSVs`);
      return outputs;
    });
    // next build runs in its own process; meanwhile this one makes what the pages do not hold (the briefing files,
    // the export images, the exploration layer), in memory, so each stage's time below overlaps next build's
    const next = nextBuild();
    const briefing = await stageAsync(
      "briefing files (PowerPoint, Word, Excel, PDF of each figure; beside next build)",
      async () => {
        const outputs = await briefingFiles();
        console.log(`briefing: ${outputs.length} files`);
        return outputs;
      },
    );
    const images = stage("export images (composed, rasterised by resvg; beside next build)", () => imageFiles());
    const explore = stage("exploration layer (script, each view's points; beside next build)", () => exploreFiles());
    const { status, seconds } = await next.done;
    console.log(`build: next build ${seconds.toFixed(1)} s`);
    if (status !== 0) throw new Error(`next build exited with ${status}`);
    moveDir(path.join(root, exportDir), out);
    // every later stage reads and writes the site in memory over the pages next build wrote; out/ is written once,
    // at the end, so no stage reads back a file another wrote
    const site = memoryFiles(diskFiles(out));
    stage("postbuild (static pages, CSVs, images, briefing files, embeds, data package, headers)", () => {
      const written = postbuild(site, { csvs, briefing, images, explore });
      console.log(`postbuild: ${written.length} files`);
      // CSVs, chart SVGs, images, briefing files, embeds and the data package all read one derivation
      const n = derivationCount();
      if (n !== 1) throw new Error(`the build process derived the data ${n} times, not once (lib/derive/index.ts)`);
      console.log("build: data derived once in the build process (next build's page renderers derive their own copy)");
    });
    await stageAsync("critical CSS (each page's stylesheet cut to its own rules)", async () => {
      const outputs = await criticalCssFiles(site);
      for (const o of outputs) site.write(o.path, o.content);
      console.log(`critical CSS: ${outputs.length} pages`);
    });
    await stageAsync("precompress (every page, brotli 11, into node_modules/.cache/)", async () => {
      console.log(`precompress: ${await precompressPages(site)} pages`);
    });
    stage("host limits (Cloudflare Pages, Netlify)", () => {
      console.log(`host limits: ${checkHostLimits(site)}`);
    });
    stage(`write ${out === path.join(root, "out") ? "out/" : out}`, () => {
      console.log(`write: ${flushFiles(site, diskFiles(out))} files written, the rest as next build wrote them`);
    });
    console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (warning) console.warn(loud(warning));
  } catch (err) {
    await stopNextBuild();
    rmSync(out, { recursive: true, force: true });
    rmSync(path.join(root, exportDir), { recursive: true, force: true });
    console.error(`build stopped: ${(err as Error).message}`);
    if (process.env.DEBUG) console.error((err as Error).stack);
    process.exit(1);
  }
})();
