/** Shapes shared by the bench modules (see bench/run.ts). Sizes are bytes; times are milliseconds unless named _s. */

export const KINDS = ["html", "js", "css", "img", "other"] as const;
export type Kind = (typeof KINDS)[number];

export interface Size {
  /** Body bytes as transferred (the server gzips text when the browser sends Accept-Encoding: gzip). */
  gzip: number;
  /** Body bytes after decoding. */
  raw: number;
}

export interface FileLoad extends Size {
  url: string;
  kind: Kind;
  status: number;
  /** the request was aborted or failed (e.g. Next's route probes it cancels after the headers) */
  failed?: boolean;
}

export interface PageMeasure {
  /** "page" (sitemap), "embed" (/embed/<id>/) or "floor" (bare HTML holding only the SVG). */
  group: "page" | "embed" | "floor";
  path: string;
  status: number;
  requests: number;
  failed: number;
  bytes: Record<Kind, Size>;
  total: Size;
  /** JavaScript fetched between navigation and network idle, with no input sent to the page. */
  jsBeforeInteraction: Size & { files: { url: string; gzip: number; raw: number }[] };
  /** FCP and LCP: medians of the runs */
  fcpMs: number | null;
  lcpMs: number | null;
  lcpRunsMs: (number | null)[];
  consoleErrors: string[];
  /** status of the browser's /favicon.ico request if it made one (not counted in bytes or requests) */
  faviconStatus: number | null;
  /** What the LCP entry points at, e.g. `svg text in [data-chart=bilateral-trade]` or `h1`. */
  lcpElement: string | null;
  files: FileLoad[];
}

export interface BuildTiming {
  total_s: number;
  phases_s: Record<string, number>;
}

export interface LighthouseResult {
  path: string;
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number | null>;
  /** Audits that cost points, per category: id and score (0–1), for the "why". */
  failing: Record<
    string,
    { id: string; title: string; score: number | null; displayValue?: string; items: string[] }[]
  >;
  metrics: Record<string, number | null>;
  /** performance score of every run; the reported result is the median run */
  performanceRuns?: (number | null)[];
}

export interface ChunkInfo {
  file: string;
  gzip: number;
  raw: number;
  contains: string[];
}
