/**
 * `npm run bench`: clean build time (each stage, the briefing files included), the briefing files' bytes by type, page weight and paint for every sitemap page and embed page (and a bare-SVG
 * floor for each: the page's first figure as the site draws it, narrow and wide SVG), what the built HTML holds of each chart (markup once, none in scripts), Lighthouse with the mobile
 * and desktop presets on each language's home and chart pages and one embed, each beside its floor (median of 3
 * runs), then a PASS/FAIL table against the budgets in ./report.ts and bench/results.json. Exits 0 when budgets
 * fail; non-zero only when something cannot be measured.
 *
 * Flags: --skip-build (measure the existing out/), --no-lighthouse, --runs <n> (Lighthouse runs per page and preset,
 * default 3), --only <text> (Lighthouse only on the pages whose path contains it), --site <dir> (measure that built
 * site instead of out/; implies --skip-build).
 * Run it in a private copy if others build in the same tree: the build deletes and rewrites out/.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { timedBuild } from "./build";
import { chunkInfo } from "./chunks";
import { lighthouseMedian } from "./lighthouse";
import { CHROME_ARGS, measurePage, VIEWPORT } from "./measure-page";
import { checks, render, writeResults, BUDGETS, type BenchData, type BriefingBytes } from "./report";
import { serve, type Served } from "./server";
import { embedPaths, lighthouseTargets, markupCounts, sitemapPaths, writeFloorPage } from "./targets";
import type { LighthousePair, Preset } from "./types";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PRESETS: Preset[] = ["mobile", "desktop"];

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main() {
  const root = process.cwd();
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const siteDir = flag(argv, "--site");
  const outDir = siteDir ? path.resolve(siteDir) : path.join(root, "out");
  if (siteDir) args.add("--skip-build");
  const runs = Number(flag(argv, "--runs") ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a whole number ≥ 1");
  const only = flag(argv, "--only");
  const loadStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const log = (s: string) => console.error(`[bench] ${s}`);

  let build: BenchData["build"] = null;
  let loadAfterBuild: number[] | null = null;
  if (args.has("--skip-build")) log(`--skip-build: measuring the existing ${path.relative(root, outDir) || outDir}`);
  else {
    log("clean build: removing .next/ and out/, running npm run build …");
    build = await timedBuild(root);
    log(`build took ${build.total_s} s`);
    loadAfterBuild = os.loadavg().map((x) => Math.round(x * 100) / 100);
  }
  if (!existsSync(path.join(outDir, "index.html"))) throw new Error("out/index.html is missing: nothing to measure");

  const pagePaths = sitemapPaths(outDir);
  const embeds = embedPaths(outDir);
  if (!embeds) log("out/embed/ does not exist yet: skipping the embed pages");
  const floorDir = mkdtempSync(path.join(os.tmpdir(), "bench-floor-"));
  const floorPages = [...pagePaths, ...(embeds ?? [])]
    .map((p) => ({ of: p, floor: writeFloorPage(outDir, floorDir, p) }))
    .filter((x): x is { of: string; floor: NonNullable<ReturnType<typeof writeFloorPage>> } => x.floor !== null);

  const servers: Served[] = [];
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  let data: BenchData;
  let machine: Record<string, unknown>;
  try {
    const site = await serve(root, outDir);
    servers.push(site);
    const floor = await serve(root, floorDir);
    servers.push(floor);
    log(`serving out/ at ${site.origin}, floor pages at ${floor.origin}`);

    const pages = [];
    for (const p of pagePaths) {
      log(`page ${p}`);
      pages.push(await measurePage(browser, site.origin, p, "page"));
    }
    let embedMeasures: BenchData["embeds"] = null;
    if (embeds) {
      embedMeasures = [];
      for (const p of embeds) {
        log(`embed ${p}`);
        embedMeasures.push(await measurePage(browser, site.origin, p, "embed"));
      }
    }
    const floors = [];
    for (const f of floorPages) {
      log(`floor for ${f.of} (${f.floor.figure})`);
      floors.push({
        ...(await measurePage(browser, floor.origin, f.floor.path, "floor")),
        of: f.of,
        figure: f.floor.figure,
        withWordsBytes: f.floor.withWordsBytes,
      });
    }
    machine = {
      nproc: Number(execSync("nproc").toString().trim()),
      cpu: os.cpus()[0]?.model,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadavg_at_start: loadStart,
      loadavg_after_build: loadAfterBuild,
      loadavg_after_pages: os.loadavg().map((x) => Math.round(x * 100) / 100),
      chromium: browser.version(),
      viewport: VIEWPORT,
    };
    await browser.close();

    let lighthouse: BenchData["lighthouse"] = null;
    if (!args.has("--no-lighthouse")) {
      const targets = lighthouseTargets(outDir, pagePaths).filter((p) => !only || p.includes(only));
      lighthouse = [];
      // one Lighthouse series per distinct floor page (pages of one figure and language share it)
      const floorRuns = new Map<string, Partial<Record<Preset, LighthousePair["floor"][Preset]>>>();
      for (const p of targets) {
        const f = floorPages.find((x) => x.of === p)?.floor.path ?? null;
        const key = f && readFileSync(path.join(floorDir, f, "index.html"), "utf8");
        const pair: LighthousePair = { path: p, floorOf: f, page: {}, floor: {} };
        for (const preset of PRESETS) {
          log(`lighthouse ${preset} ×${runs}: ${p}`);
          pair.page[preset] = await lighthouseMedian(site.origin, p, preset, runs);
          if (f && key) {
            const known = floorRuns.get(key) ?? {};
            if (!known[preset]) {
              log(`lighthouse ${preset} ×${runs}: floor of ${p}`);
              known[preset] = await lighthouseMedian(floor.origin, f, preset, runs, true);
            }
            floorRuns.set(key, known);
            pair.floor[preset] = known[preset];
          }
        }
        lighthouse.push(pair);
      }
      machine.loadavg_after_lighthouse = os.loadavg().map((x) => Math.round(x * 100) / 100);
      machine.lighthouse = JSON.parse(
        readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8"),
      ).version;
    }
    data = {
      build,
      pages,
      embeds: embedMeasures,
      floors,
      lighthouse,
      markup: markupCounts(outDir, [...pagePaths, ...(embeds ?? [])]),
      chunks: chunkInfo(root, outDir),
      briefing: briefingBytes(outDir),
    };
  } finally {
    await browser.close().catch(() => undefined);
    for (const s of servers) await s.stop();
    rmSync(floorDir, { recursive: true, force: true });
  }

  const list = checks(data);
  console.log(`$ npm run bench${argv.length ? ` -- ${argv.join(" ")}` : ""}\n`);
  console.log(render(data, list, machine));
  const file = path.join(root, "bench/results.json");
  writeResults(file, data, list, machine);
  const failed = list.filter((c) => c.verdict === "FAIL").length;
  console.log(
    `\n${failed ? `${failed} budget check(s) FAIL` : "all budgets PASS"} (KB = 1024 bytes; budgets: ${JSON.stringify(BUDGETS)}). Wrote ${path.relative(root, file)}.`,
  );
}

/** Bytes of the briefing files (PowerPoint, Word, Excel, PDF of each figure) by type. */
function briefingBytes(outDir: string): BriefingBytes[] {
  const dir = path.join(outDir, "charts/files");
  if (!existsSync(dir)) return [];
  const byExt = new Map<string, number[]>();
  // the files named for their language (<figure>--<locale>.<ext>), not the same English files at their former names
  for (const f of readdirSync(dir).filter((n) => /--[a-z]{2}\.[a-z]+$/.test(n))) {
    const ext = path.extname(f).slice(1);
    byExt.set(ext, [...(byExt.get(ext) ?? []), statSync(path.join(dir, f)).size]);
  }
  return [...byExt]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ext, sizes]) => ({
      ext,
      files: sizes.length,
      total: sizes.reduce((s, x) => s + x, 0),
      min: Math.min(...sizes),
      max: Math.max(...sizes),
    }));
}

main().catch((err) => {
  console.error(`bench: cannot measure: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
