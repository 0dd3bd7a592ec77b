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

/** Lighthouse's presets: "mobile" is its default (simulated Slow 4G, 4× CPU slowdown); "desktop" its desktop config. */
export type Preset = "mobile" | "desktop";

export interface LighthouseResult {
  path: string;
  preset: Preset;
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number | null>;
  /** Audits that cost points, per category: id and score (0–1), for the "why". */
  failing: Record<
    string,
    { id: string; title: string; score: number | null; displayValue?: string; items: string[] }[]
  >;
  /** fcp_ms, lcp_ms, tbt_ms, cls_x1000, si_ms, mainthread_ms, dom_nodes: each the median of the runs */
  metrics: Record<string, number | null>;
  /** transferred bytes by Lighthouse resource type (document, script, stylesheet, image, font, other, total) */
  bytes: Record<string, number>;
  /** performance score and LCP of every run */
  performanceRuns?: (number | null)[];
  lcpRunsMs?: (number | null)[];
}

/** A page Lighthouse measured, beside its floor (bare HTML holding only the page's first chart SVG), per preset. */
export interface LighthousePair {
  path: string;
  floorOf: string | null;
  page: Partial<Record<Preset, LighthouseResult>>;
  floor: Partial<Record<Preset, LighthouseResult>>;
}

/** What the built HTML holds of each chart: SVG elements in the markup, and SVG markup inside inline scripts. */
export interface MarkupCount {
  path: string;
  /** <svg data-figure> elements in the markup (outside scripts) */
  svgs: number;
  /** the same figure/variant/width drawn more than once */
  repeated: string[];
  /** inline scripts holding `<svg` (raw or escaped) */
  svgInScripts: number;
}

export interface ChunkInfo {
  file: string;
  gzip: number;
  brotli: number;
  raw: number;
  contains: string[];
}
