/** Budgets, the printed tables and bench/results.json. KB = 1024 bytes. */
import { writeFileSync } from "node:fs";
import type { BuildTiming, ChunkInfo, LighthouseResult, PageMeasure } from "./types";

export const BUDGETS = {
  embedTotalGzipKB: 30,
  chartPageJsGzipKB: 150,
  buildSeconds: 60,
  lighthouseMin: 100,
};

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
  floors: (PageMeasure & { of: string; figure: string })[];
  lighthouse: LighthouseResult[] | null;
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
const ms = (x: number | null) => (x === null ? "—" : String(x));

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
  for (const p of d.pages.filter((p) => p.path.startsWith("/charts/"))) {
    const g = p.jsBeforeInteraction.gzip;
    out.push({
      budget: "chart page JS before interaction",
      subject: p.path,
      measured: `${kb(g)} KB gz`,
      limit: `≤ ${BUDGETS.chartPageJsGzipKB} KB`,
      verdict: g <= BUDGETS.chartPageJsGzipKB * 1024 ? "PASS" : "FAIL",
    });
  }
  if (!d.embeds)
    out.push({
      budget: "embed page total",
      subject: "/embed/*/",
      measured: "no out/embed/",
      limit: `≤ ${BUDGETS.embedTotalGzipKB} KB gz`,
      verdict: "SKIP",
    });
  else
    for (const e of d.embeds) {
      const ok = e.status === 200 && e.total.gzip <= BUDGETS.embedTotalGzipKB * 1024;
      out.push({
        budget: "embed page total",
        subject: e.path,
        measured: `${kb(e.total.gzip)} KB gz${e.status !== 200 ? ` (HTTP ${e.status})` : ""}`,
        limit: `≤ ${BUDGETS.embedTotalGzipKB} KB gz`,
        verdict: ok ? "PASS" : "FAIL",
      });
    }
  if (!d.lighthouse)
    out.push({
      budget: "Lighthouse",
      subject: "—",
      measured: "not run (--no-lighthouse)",
      limit: "100 ×4",
      verdict: "SKIP",
    });
  else
    for (const l of d.lighthouse) {
      const s = Object.values(l.scores);
      out.push({
        budget: "Lighthouse perf/a11y/bp/seo",
        subject: l.path,
        measured: s.map((x) => x ?? "—").join("/"),
        limit: "100/100/100/100",
        verdict: s.every((x) => x !== null && x >= BUDGETS.lighthouseMin) ? "PASS" : "FAIL",
      });
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
  const load = [machine.loadavg_at_start, machine.loadavg_after_build, machine.loadavg_after_pages].map(
    (l) => (l as number[] | null | undefined)?.[0] ?? 0,
  );
  parts.push(
    `Machine: ${nproc} cores, node ${machine.node}, Chromium ${machine.chromium}; 1-min load average ${load[0]} at start, ${load[1]} after the build, ${load[2]} after the page loads` +
      (Math.max(...load) > nproc
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
    "Pages (KB gzip/raw = transferred/decoded bodies; fresh context, no cache, loopback, no throttling; FCP/LCP median of 3 loads)\n" +
      table(head, d.pages.map(row), right),
  );
  parts.push(
    d.embeds
      ? "Embed pages\n" + table(head, d.embeds.map(row), right)
      : "Embed pages: skipped (out/embed/ does not exist yet)",
  );
  parts.push(
    "Floor: bare HTML holding only the wide SVG of the page's first figure, same server\n" +
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
  const chartPages = d.pages.filter((p) => p.path.startsWith("/charts/"));
  if (d.chunks.length)
    parts.push(
      "JS chunks in out/_next/static/chunks (KB gzip/raw; 'chart pages' = on how many chart pages it loads before any interaction)\n" +
        table(
          ["Chunk", "Size", "Chart pages", "Contains (heuristic)"],
          d.chunks.map((c) => [
            c.file.replace("/_next/static/chunks/", ""),
            pair(c),
            `${chartPages.filter((p) => p.jsBeforeInteraction.files.some((f) => f.url === c.file)).length}/${chartPages.length}`,
            c.contains.join(", ") || "—",
          ]),
          new Set([1, 2]),
        ),
    );
  if (d.lighthouse)
    parts.push(
      "Lighthouse (desktop preset, ×100; median-performance run of 3)\n" +
        table(
          ["Page", "Perf", "A11y", "BP", "SEO", "FCP ms", "LCP ms", "TBT ms", "CLS×1000", "Perf runs"],
          d.lighthouse.map((l) => [
            l.path,
            ...Object.values(l.scores).map((x) => String(x ?? "—")),
            ...["fcp_ms", "lcp_ms", "tbt_ms", "cls_x1000"].map((k) => ms(l.metrics[k])),
            (l.performanceRuns ?? []).join(","),
          ]),
          new Set([1, 2, 3, 4, 5, 6, 7, 8]),
        ) +
        d.lighthouse
          .flatMap((l) =>
            Object.entries(l.failing).flatMap(([cat, audits]) =>
              audits.map(
                (a) =>
                  `\n  ${l.path} ${cat}: ${a.id} (score ${a.score})${a.displayValue ? ` ${a.displayValue}` : ""}${a.items.length ? ` — ${a.items.join("; ")}` : ""}`,
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
