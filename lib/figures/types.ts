/**
 * What a figure is: its words, its series (data key, label, colour token), its views (variants), the chart it draws
 * and the table it shows, each a pure function of the derived data. One file per figure under lib/figures/ fills
 * this in; pages, static SVGs, images and embeds read only this shape.
 */
import type { Derived } from "../derive";
import type { BilateralRow } from "../derive/bilateral";
import type { ChartToken } from "./theme";
import type { Plan } from "../i18n/translate";
import { CHART_PAGES } from "../model/constants";

export const FIGURE_IDS = [
  "bilateral-trade",
  "france-top-partners",
  "russia-top-partners-total",
  "russia-top-partners-imports",
  "fdi-projects",
  "fdi-flows",
  "fr-ru-monthly",
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export const PAGE_SLUGS = CHART_PAGES;
export type PageSlug = (typeof PAGE_SLUGS)[number];

/**
 * One series of a chart: `key` is the data field it draws (never its label), `label` what the legend says,
 * `token` its colour (CSS variable --chart-<token>, light and dark), `shape` its legend swatch.
 */
export interface Series {
  key: string;
  label: string;
  token: ChartToken;
  shape: "bar" | "line" | "dot";
}

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  decimals?: number;
  /** the text shown for a cell's value, where it differs from the value (a CSV code in the page's language); the
   *  cell keeps the value itself in data-value (components/DataTable.tsx) */
  labels?: Record<string, string>;
}
export interface TableModel {
  caption: string;
  columns: Column[];
  rows: Record<string, string | number | null>[];
}
export interface SourceLink {
  label: string;
  url: string;
}
export interface Variant {
  key: string;
  label: string;
}

export interface RankPoint {
  partner: string;
  name: string;
  rank: number;
}
export interface GroupedDatum {
  code: string;
  name: string;
  values: Record<string, number | null>;
}

/** One month of a monthly chart: its period (YYYY-MM) and the value of each series key, null where there is none. */
export interface MonthlyPoint {
  period: string;
  values: Record<string, number | null>;
}
/** A dated mark on a monthly chart, drawn at its day within its month. */
export interface DateMark {
  date: string;
  label: string;
}

/** What to draw, as data: the renderer (lib/figures/charts/) maps each kind to its recharts component. */
export type ChartSpec =
  | { kind: "bars-and-line"; rows: readonly BilateralRow[]; bars: readonly Series[]; line: Series; tickStep: number }
  | {
      kind: "slope";
      a: { year: number; ranks: readonly RankPoint[] };
      b: { year: number; ranks: readonly RankPoint[] };
      top: number;
      highlight: string;
    }
  | {
      kind: "grouped-bars";
      data: readonly GroupedDatum[];
      series: readonly Series[];
      highlight: string;
      decimals: number;
    }
  | { kind: "monthly-lines"; points: readonly MonthlyPoint[]; series: readonly Series[]; mark: DateMark };

/** "Compare any two years": the client explorer loads the figure's CSV and draws the same slope chart, on the basis
 *  the reader picks (the CSV's `basis` column); `filter` fixes other columns (Russia's `measure`). */
export interface ExplorerSpec {
  years: readonly number[];
  initial: { a: number; b: number };
  top: number;
  highlight: string;
  label: string;
  bases: readonly Variant[];
  filter?: Record<string, string>;
}

export interface Figure {
  /** stable id: images at /charts/img/<id>.svg|png, embed at /embed/<id>/ */
  id: FigureId;
  /** page under /charts/ */
  page: PageSlug;
  title: string;
  /** units line, printed under the title everywhere the chart goes */
  units: string;
  /** one-line source, printed under the chart everywhere it goes */
  source: string;
  links: SourceLink[];
  notes: string[];
  /** CSV file under /data/ holding the chart's numbers */
  csv: string;
  /** the series drawn, in legend order */
  series: readonly Series[];
  /** alternative views; the first is the default (used for images and embeds) */
  variants: readonly Variant[];
  /** what the chart draws in one view */
  chart(d: Derived, variant: string): ChartSpec;
  /** the data table of one view (the same numbers as the chart and the CSV) */
  table(d: Derived, variant: string): TableModel;
  /**
   * What two or three sentences say about one view, as sentence plans computed from the same rows as the chart and
   * table (builders in ./takeaways.ts); a language words them (figureIn, lib/figures/localize.ts).
   */
  statements(d: Derived, variant: string): Plan[];
  explorer?: ExplorerSpec;
}

/** A figure in one language (lib/figures/localize.ts): its words, and its takeaways worded from its statements. */
export interface LocalizedFigure extends Figure {
  /** the statements of one view in the figure's language: shown under the chart, its long description for screen
   *  readers, and in every exported file */
  takeaways(d: Derived, variant: string): string[];
}
