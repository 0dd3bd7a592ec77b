/** Budgets, the printed tables and bench/results.json. KB = 1024 bytes. */
import { writeFileSync } from "node:fs";
import type { BuildTiming, ChunkInfo, LighthousePair, MarkupCount, PageMeasure, Preset } from "./types";

export const BUDGETS = {
  /** embed page: everything it loads, compressed, against its floor with its words (the bare chart and the text any
   *  embed of it carries): the embed's style, script and markup cost at most as much again as that content */
  embedTimesContentBytes: 2,
  /** JavaScript loaded before any interaction, gzip, on every page */
  pageJsGzipKB: 150,
  buildSeconds: 60,
  /** Lighthouse mobile performance on every page; accessibility, best practices, SEO on both presets */
  lighthouseMin: 100,
  /** Lighthouse mobile LCP of a chart page ÷ its floor's */
  chartLcpTimesFloor: 1.3,
};

/** What a phone gets in its first round trip: TCP's first window, 10 segments of 1,460 bytes (the figure Lighthouse's
 *  simulation uses). A page whose HTML, headers included, is larger waits one more round trip before its first paint. */
export const FIRST_WINDOW_BYTES = 14_600;

export type Verdict = "PASS" | "FAIL" | "SKIP";
export interface Check {
  budget: string;
  subject: string;
  measured: string;
  limit: string;
  verdict: Verdict;
}

export interface BenchData {
  build: BuildTiming | null;
  pages: PageMeasure[];
  embeds: PageMeasure[] | null;
  /** each page's floor; withWordsBytes (embeds): brotli bytes of the same bare page with the embed's words */
  floors: (PageMeasure & { of: string; figure: string; withWordsBytes?: number })[];
  lighthouse: LighthousePair[] | null;
  /** what each built page holds of its charts (markup once, none in scripts) */
  markup: MarkupCount[];
  chunks: ChunkInfo[];
  /** the briefing files (out/charts/files/) by type: how many, and their bytes (total, smallest, largest) */
  briefing: BriefingBytes[];
}

export interface BriefingBytes {
  ext: string;
  files: number;
  total: number;
  min: number;
  max: number;
}

const kb = (b: number) => (b / 1024).toFixed(1);
const pair = (s: { gzip: number; raw: number }) => `${kb(s.gzip)}/${kb(s.raw)}`;
const ms = (x: number | null | undefined) => (x == null ? "—" : String(x));

/** A page's Lighthouse LCP ÷ its floor's, for a preset (null without both). */
export function lcpRatio(l: LighthousePair, preset: Preset): number | null {
  const a = l.page[preset]?.metrics.lcp_ms;
  const b = l.floor[preset]?.metrics.lcp_ms;
  return a == null || b == null || b === 0 ? null : a / b;
}

/** The Lighthouse table: one row per page and preset, beside its floor. Printed, and pasted into docs/performance.md. */
export function lighthouseTable(pairs: LighthousePair[]): string {
  const kbs = (b: number | undefined) => (b === undefined ? "—" : (b / 1024).toFixed(1));
  const rows: string[][] = [];
  for (const l of pairs)
    for (const preset of ["mobile", "desktop"] as const) {
      const r = l.page[preset];
      if (!r) continue;
      const f = l.floor[preset];
      const ratio = lcpRatio(l, preset);
      rows.push([
        l.path,
        preset,
        String(r.scores.performance ?? "—"),
        ms(r.metrics.lcp_ms),
        ms(f?.metrics.lcp_ms),
        ratio === null ? "—" : `${ratio.toFixed(2)}×`,
        ms(r.metrics.tbt_ms),
        kbs(r.bytes.document),
        r.bytes.document === undefined ? "—" : r.bytes.document <= FIRST_WINDOW_BYTES ? "yes" : "no",
        kbs(r.bytes.script),
        kbs(r.bytes.stylesheet),
        kbs((r.bytes.image ?? 0) + (r.bytes.font ?? 0) + (r.bytes.other ?? 0) + (r.bytes.media ?? 0)),
        kbs(r.bytes.total),
        kbs(f?.bytes.total),
        ms(r.metrics.dom_nodes),
        ms(r.metrics.mainthread_ms),
      ]);
    }
  return table(
    [
      "Page",
      "Preset",
      "Perf",
      "LCP ms",
      "Floor LCP",
      "LCP÷floor",
      "TBT ms",
      "HTML KB",
      "1 RTT",
      "JS KB",
      "CSS KB",
      "Other KB",
      "Total KB",
      "Floor KB",
      "DOM nodes",
      "Main thread ms",
    ],
    rows,
    new Set([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15]),
  );
}

export function checks(d: BenchData): Check[] {
  const out: Check[] = [];
  out.push(
    d.build
      ? {
          budget: "full build",
          subject: "npm run build (clean)",
          measured: `${d.build.total_s} s`,
          limit: `≤ ${BUDGETS.buildSeconds} s`,
          verdict: d.build.total_s <= BUDGETS.buildSeconds ? "PASS" : "FAIL",
        }
      : {
          budget: "full build",
          subject: "npm run build (clean)",
          measured: "not run (--skip-build)",
          limit: `≤ ${BUDGETS.buildSeconds} s`,
          verdict: "SKIP",
        },
  );
  for (const p of [...d.pages, ...(d.embeds ?? [])]) {
    const g = p.jsBeforeInteraction.gzip;
    out.push({
      budget: "JS before interaction",
      subject: p.path,
      measured: `${kb(g)} KB gz`,
      limit: `≤ ${BUDGETS.pageJsGzipKB} KB`,
      verdict: g <= BUDGETS.pageJsGzipKB * 1024 ? "PASS" : "FAIL",
    });
  }
  for (const m of d.markup) {
    const ok = m.svgInScripts === 0 && m.repeated.length === 0;
    if (!m.svgs && ok) continue;
    out.push({
      budget: "chart markup once in the HTML",
      subject: m.path,
      measured:
        `${m.svgs} SVG in markup, ${m.svgInScripts} script(s) with SVG` +
        (m.repeated.length ? `, repeated: ${m.repeated.join(" ")}` : ""),
      limit: "0 in scripts, none twice",
      verdict: ok ? "PASS" : "FAIL",
    });
  }
  if (!d.embeds)
    out.push({
      budget: "embed bytes ÷ chart and words",
      subject: "/embed/*/",
      measured: "no out/embed/",
      limit: `≤ ${BUDGETS.embedTimesContentBytes}×`,
      verdict: "SKIP",
    });
  else
    for (const e of d.embeds) {
      const f = d.floors.find((x) => x.of === e.path);
      const content = f?.withWordsBytes;
      const ratio = content ? e.total.gzip / content : null;
      out.push({
        budget: "embed bytes ÷ chart and words",
        subject: e.path,
        measured:
          `${e.total.gzip} B ÷ ${content ? `${content} B = ${ratio!.toFixed(3)}×` : "no floor"}` +
          (f ? `; ÷ chart alone ${f.total.gzip} B = ${(e.total.gzip / f.total.gzip).toFixed(3)}×` : "") +
          (e.status !== 200 ? ` (HTTP ${e.status})` : ""),
        limit: `≤ ${BUDGETS.embedTimesContentBytes}×`,
        verdict: e.status === 200 && ratio !== null && ratio <= BUDGETS.embedTimesContentBytes ? "PASS" : "FAIL",
      });
    }
  if (!d.lighthouse)
    out.push({
      budget: "Lighthouse",
      subject: "—",
      measured: "not run (--no-lighthouse)",
      limit: "mobile perf 100, LCP ≤ 1.3× floor",
      verdict: "SKIP",
    });
  else
    for (const l of d.lighthouse) {
      const m = l.page.mobile;
      if (m) {
        const perf = m.scores.performance;
        out.push({
          budget: "Lighthouse mobile performance",
          subject: l.path,
          measured: `${perf ?? "—"} (runs ${(m.performanceRuns ?? []).join(",")})`,
          limit: `${BUDGETS.lighthouseMin}`,
          verdict: perf !== null && perf >= BUDGETS.lighthouseMin ? "PASS" : "FAIL",
        });
        const f = l.floor.mobile;
        if (/\/charts\//.test(l.path)) {
          const r = lcpRatio(l, "mobile");
          out.push({
            budget: "Lighthouse mobile LCP ÷ floor",
            subject: l.path,
            measured:
              r === null ? "no floor" : `${ms(m.metrics.lcp_ms)} ÷ ${ms(f!.metrics.lcp_ms)} ms = ${r.toFixed(2)}×`,
            limit: `≤ ${BUDGETS.chartLcpTimesFloor}×`,
            verdict: r !== null && r <= BUDGETS.chartLcpTimesFloor ? "PASS" : "FAIL",
          });
        }
      }
      for (const preset of ["mobile", "desktop"] as const) {
        const r = l.page[preset];
        if (!r) continue;
        const s = [r.scores.accessibility, r.scores["best-practices"], r.scores.seo];
        out.push({
          budget: `Lighthouse ${preset} a11y/bp/seo`,
          subject: l.path,
          measured: s.map((x) => x ?? "—").join("/"),
          limit: "100/100/100",
          verdict: s.every((x) => x !== null && x >= BUDGETS.lighthouseMin) ? "PASS" : "FAIL",
        });
      }
    }
  return out;
}

function table(head: string[], rows: string[][], right: Set<number> = new Set()): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right.has(i) ? c.padStart(w[i]) : c.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}

export function render(d: BenchData, list: Check[], machine: Record<string, unknown>): string {
  const parts: string[] = [];
  const nproc = Number(machine.nproc);
  const load = [
    machine.loadavg_at_start,
    machine.loadavg_after_build,
    machine.loadavg_after_pages,
    machine.loadavg_after_lighthouse,
  ].map((l) => (l as number[] | null | undefined)?.[0] ?? null);
  const at = (x: number | null) => (x === null ? "—" : String(x));
  parts.push(
    `Machine: ${nproc} cores, node ${machine.node}, Chromium ${machine.chromium}; 1-min load average ${at(load[0])} at start, ${at(load[1])} after the build, ${at(load[2])} after the page loads, ${at(load[3])} after Lighthouse` +
      (Math.max(...load.map((x) => x ?? 0)) > nproc
        ? `\nWARNING: load average above the core count: other processes share the CPU, so the build time, FCP/LCP and Lighthouse performance are pessimistic (bytes are not affected).`
        : ""),
  );
  if (d.build)
    parts.push(
      `Build (clean, npm run build): ${d.build.total_s} s  [${Object.entries(d.build.phases_s)
        .map(([k, v]) => `${k} ${v} s`)
        .join(", ")}]`,
    );
  if (d.briefing.length)
    parts.push(
      `Briefing files (out/charts/files/, one per figure and type): ${d.briefing
        .map((b) => `${b.ext} ${b.files} files, ${kb(b.total)} KB (${kb(b.min)}–${kb(b.max)} KB each)`)
        .join("; ")}`,
    );
  const head = [
    "Page",
    "HTTP",
    "Req (aborted)",
    "HTML",
    "JS",
    "CSS",
    "Img",
    "Other",
    "Total",
    "FCP ms",
    "LCP ms",
    "LCP element",
  ];
  const row = (p: PageMeasure) => [
    p.path,
    String(p.status),
    `${p.requests}${p.failed ? ` (${p.failed})` : ""}`,
    pair(p.bytes.html),
    pair(p.bytes.js),
    pair(p.bytes.css),
    pair(p.bytes.img),
    pair(p.bytes.other),
    pair(p.total),
    ms(p.fcpMs),
    ms(p.lcpMs),
    p.lcpElement ?? "—",
  ];
  const right = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  parts.push(
    "Pages (KB gzip/raw = transferred (brotli for pages, gzip for other text)/decoded bodies; fresh context, no cache, loopback, no throttling; FCP/LCP median of 3 loads)\n" +
      table(head, d.pages.map(row), right),
  );
  parts.push(
    d.embeds
      ? "Embed pages\n" + table(head, d.embeds.map(row), right)
      : "Embed pages: skipped (out/embed/ does not exist yet)",
  );
  parts.push(
    "Floor: bare HTML holding only the page's first figure as the page carries it (chart pages and embeds: its narrow and wide SVG, one shown by the 640 px media query), same server\n" +
      table(
        [
          "Page",
          "Figure",
          "Req",
          "Total",
          "FCP ms",
          "LCP ms",
          "LCP element",
          "Page total ÷ floor",
          "Page LCP − floor ms",
        ],
        d.floors.map((f) => {
          const p = [...d.pages, ...(d.embeds ?? [])].find((x) => x.path === f.of)!;
          return [
            f.of,
            f.figure,
            String(f.requests),
            pair(f.total),
            ms(f.fcpMs),
            ms(f.lcpMs),
            f.lcpElement ?? "—",
            `${(p.total.gzip / f.total.gzip).toFixed(1)}×`,
            p.lcpMs !== null && f.lcpMs !== null ? String(p.lcpMs - f.lcpMs) : "—",
          ];
        }),
        new Set([2, 3, 4, 5, 7, 8]),
      ),
  );
  const errs = [...d.pages, ...(d.embeds ?? [])].filter((p) => p.consoleErrors.length);
  if (errs.length)
    parts.push(
      "Console errors on load (first load of each page)\n" +
        errs.map((p) => `${p.path}: ${[...new Set(p.consoleErrors)].join(" | ")}`).join("\n"),
    );
  const fav = [...d.pages, ...(d.embeds ?? [])].filter((p) => p.faviconStatus !== null);
  if (fav.length)
    parts.push(
      `/favicon.ico requested by the browser itself (not counted above): ${fav.map((p) => `${p.path} HTTP ${p.faviconStatus}`).join(", ")}`,
    );
  const chartPages = d.pages.filter((p) => /\/charts\//.test(p.path));
  if (d.chunks.length)
    parts.push(
      "The site's scripts, out/scripts/ (KB gzip/raw, brotli; 'chart pages' = on how many chart pages it loads before any interaction)\n" +
        table(
          ["Script", "Size", "Brotli KB", "Chart pages", "Contains (heuristic)"],
          d.chunks.map((c) => [
            c.file,
            pair(c),
            (c.brotli / 1024).toFixed(1),
            `${chartPages.filter((p) => p.jsBeforeInteraction.files.some((f) => f.url === c.file)).length}/${chartPages.length}`,
            c.contains.join(", ") || "—",
          ]),
          new Set([1, 2, 3]),
        ),
    );
  if (d.lighthouse)
    parts.push(
      `Lighthouse 12, mobile preset (simulated Slow 4G, 4× CPU) and desktop preset; each page beside its floor (bare HTML holding only its first chart as the page carries it, narrow and wide SVG switched by one media query, same server, same compression); every figure the median of ${d.lighthouse[0]?.page.mobile?.performanceRuns?.length ?? "?"} runs; KB = transferred (brotli for pages, gzip for other text) per Lighthouse's resource summary; 1 RTT = the HTML, headers included, fits the first TCP window (${FIRST_WINDOW_BYTES.toLocaleString("en")} bytes)\n` +
        lighthouseTable(d.lighthouse) +
        d.lighthouse
          .flatMap((l) =>
            (["mobile", "desktop"] as const).flatMap((preset) =>
              Object.entries(l.page[preset]?.failing ?? {}).flatMap(([cat, audits]) =>
                audits.map(
                  (a) =>
                    `\n  ${l.path} ${preset} ${cat}: ${a.id} (score ${a.score})${a.displayValue ? ` ${a.displayValue}` : ""}${a.items.length ? ` — ${a.items.join("; ")}` : ""}`,
                ),
              ),
            ),
          )
          .join(""),
    );
  parts.push(
    "Budgets\n" +
      table(
        ["Budget", "Subject", "Measured", "Limit", "Result"],
        list.map((c) => [c.budget, c.subject, c.measured, c.limit, c.verdict]),
      ),
  );
  return parts.join("\n\n");
}

export function writeResults(file: string, d: BenchData, list: Check[], machine: Record<string, unknown>) {
  const json = {
    date: new Date().toISOString(),
    machine,
    units: {
      bytes: "bytes; gzip = transferred body (server gzips text on Accept-Encoding: gzip), raw = decoded body",
      time: "ms from navigation start unless _s",
    },
    budgets: BUDGETS,
    checks: list,
    pass: list.every((c) => c.verdict !== "FAIL"),
    ...d,
  };
  writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
}
