/**
 * Lighthouse (npm `lighthouse`, desktop preset) on a few URLs, each in its own Chromium started by chrome-launcher
 * from CHROME_PATH (default /usr/bin/chromium), headless with the same flags as the page measurements.
 */
import { CHROME_ARGS } from "./measure-page";
import type { LighthouseResult } from "./types";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** A few short strings from an audit's details table (e.g. which URLs logged errors), origin stripped. */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 5)
    .map((it) =>
      [
        it.source,
        it.url,
        (it.sourceLocation as { url?: string } | undefined)?.url,
        it.description,
        (it.node as { snippet?: string } | undefined)?.snippet,
      ]
        .filter((x) => typeof x === "string" && x)
        .join(" ")
        .replace(/https?:\/\/127\.0\.0\.1:\d+/g, "")
        .slice(0, 200),
    )
    .filter(Boolean);
}

/** Runs each URL `runs` times and keeps the run with the median performance score (as Lighthouse advises). */
export async function lighthouseScores(origin: string, paths: string[], runs = 3): Promise<LighthouseResult[]> {
  const out: LighthouseResult[] = [];
  for (const p of paths) {
    const all: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) all.push((await lighthouseOnce(origin, [p]))[0]);
    all.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
    const mid = all[Math.floor((all.length - 1) / 2)];
    out.push({ ...mid, performanceRuns: all.map((r) => r.scores.performance) });
  }
  return out;
}

async function lighthouseOnce(origin: string, paths: string[]): Promise<LighthouseResult[]> {
  process.env.CHROME_PATH ??= "/usr/bin/chromium";
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  const results: LighthouseResult[] = [];
  for (const urlPath of paths) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH,
      chromeFlags: ["--headless=new", ...CHROME_ARGS],
      logLevel: "silent",
    });
    try {
      const run = await lighthouse(
        origin + urlPath,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        desktopConfig,
      );
      if (!run) throw new Error(`lighthouse returned nothing for ${urlPath}`);
      const lhr = run.lhr;
      if (lhr.runtimeError)
        throw new Error(`lighthouse ${urlPath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = {} as LighthouseResult["scores"];
      const failing: LighthouseResult["failing"] = {};
      for (const c of CATEGORIES) {
        const cat = lhr.categories[c];
        scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
        // Only audits that carry weight in the category score (the ones that can cost points).
        failing[c] = (cat?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (a) =>
              a &&
              a.score !== null &&
              a.score < 1 &&
              !["informative", "notApplicable", "manual"].includes(a.scoreDisplayMode),
          )
          .map((a) => ({
            id: a.id,
            title: a.title,
            score: a.score,
            displayValue: a.displayValue,
            items: itemsOf(a.details),
          }));
      }
      const metric = (id: string) =>
        lhr.audits[id]?.numericValue == null ? null : Math.round(lhr.audits[id].numericValue!);
      results.push({
        path: urlPath,
        scores,
        failing,
        metrics: {
          fcp_ms: metric("first-contentful-paint"),
          lcp_ms: metric("largest-contentful-paint"),
          tbt_ms: metric("total-blocking-time"),
          cls_x1000:
            lhr.audits["cumulative-layout-shift"]?.numericValue == null
              ? null
              : Math.round(lhr.audits["cumulative-layout-shift"].numericValue! * 1000),
          si_ms: metric("speed-index"),
        },
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}
