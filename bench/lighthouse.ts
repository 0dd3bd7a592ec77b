/**
 * Lighthouse 12 (npm `lighthouse`) with both presets: "mobile" (its default: simulated Slow 4G, 4× CPU slowdown,
 * Moto G Power screen) and "desktop". Each run gets its own Chromium started by chrome-launcher from CHROME_PATH
 * (default /usr/bin/chromium), headless with the same flags as the page measurements. A page is run `runs` times and
 * each metric reported is the median of its runs (bytes are the first run's: they do not vary).
 */
import { CHROME_ARGS } from "./measure-page";
import type { LighthouseResult, Preset } from "./types";

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

const median = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : Math.round((v[mid - 1] + v[mid]) / 2);
};

/**
 * Runs one URL `runs` times with a preset. Scores and metrics: the median of the runs, each on its own; the failing
 * audits are those of the run whose performance score is the median. `floor` pages run the performance category only.
 */
export async function lighthouseMedian(
  origin: string,
  urlPath: string,
  preset: Preset,
  runs: number,
  performanceOnly = false,
): Promise<LighthouseResult> {
  const all: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(origin, urlPath, preset, performanceOnly));
  const byPerf = [...all].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))]),
  ) as LighthouseResult["scores"];
  const metrics = Object.fromEntries(Object.keys(all[0].metrics).map((k) => [k, median(all.map((r) => r.metrics[k]))]));
  return {
    ...mid,
    preset,
    scores,
    metrics,
    bytes: all[0].bytes,
    performanceRuns: all.map((r) => r.scores.performance),
    lcpRunsMs: all.map((r) => r.metrics.lcp_ms),
  };
}

async function lighthouseOnce(
  origin: string,
  urlPath: string,
  preset: Preset,
  performanceOnly: boolean,
): Promise<LighthouseResult> {
  process.env.CHROME_PATH ??= "/usr/bin/chromium";
  const { default: lighthouse } = await import("lighthouse");
  const config = preset === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    chromeFlags: ["--headless=new", ...CHROME_ARGS],
    logLevel: "silent",
  });
  try {
    const categories = performanceOnly ? ["performance"] : [...CATEGORIES];
    const run = await lighthouse(
      origin + urlPath,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories },
      config,
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
    // resource-summary: transferred bytes and requests by resource type, as Lighthouse saw them
    const bytes: Record<string, number> = {};
    for (const it of ((lhr.audits["resource-summary"]?.details as { items?: Record<string, unknown>[] })?.items ??
      []) as { resourceType: string; transferSize: number }[])
      bytes[it.resourceType] = it.transferSize;
    return {
      path: urlPath,
      preset,
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
        mainthread_ms: metric("mainthread-work-breakdown"),
        dom_nodes: metric("dom-size"),
      },
      bytes,
    };
  } finally {
    await chrome.kill();
  }
}
