/**
 * What a figure is: its series (data key, colour token), its views (variants), the chart it draws and the table it
 * shows, each a pure function of the derived data, and the catalogue messages its words are (`FigureDefinition`,
 * one file per figure under lib/figures/); and the same figure worded in one language (`Figure`, `LocalizedFigure`,
 * made by lib/figures/localize.ts), the only shape pages, static SVGs, images and embeds read.
 */
import type { Derived } from "../derive";
import type { BilateralRow } from "../derive/bilateral";
import type { ChartToken } from "./theme";
import type { Plan } from "../i18n/translate";
import type { Locale } from "../i18n/locales";
import { CHART_PAGES } from "../model/constants";

export const FIGURE_IDS = [
  "bilateral-trade",
  "france-top-partners",
  "russia-top-partners-total",
  "russia-top-partners-imports",
  "fdi-projects",
  "fdi-flows",
  "fr-ru-monthly",
  "france-rank-russia",
  "russia-rank-france-exports",
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
  /** decimals shown; none given means whole numbers (every `decimals ?? 0` reads it so) */
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
  /** the amount the partner is ranked by (the ranking's measure), where the chart's rows give it */
  value?: number | null;
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
/** One year of a rank chart: the rank on each series (basis), null where the basis has none that year. */
export interface YearPoint {
  year: number;
  values: Record<string, number | null>;
}
/** A dated mark on a monthly chart, drawn at its day within its month. */
export interface DateMark {
  date: string;
  label: string;
}

/** What to draw, as data, over a figure's series, rank points, bar groups and dated mark (worded or not). */
export type ChartSpecOf<S, R, G, M> =
  | { kind: "bars-and-line"; rows: readonly BilateralRow[]; bars: readonly S[]; line: S; tickStep: number }
  | {
      kind: "slope";
      a: { year: number; ranks: readonly R[] };
      b: { year: number; ranks: readonly R[] };
      top: number;
      highlight: string;
    }
  | {
      kind: "grouped-bars";
      data: readonly G[];
      series: readonly S[];
      highlight: string;
      decimals: number;
    }
  | { kind: "monthly-lines"; points: readonly MonthlyPoint[]; series: readonly S[]; mark: M }
  | { kind: "rank-lines"; points: readonly YearPoint[]; series: readonly S[] };

/** What to draw, worded in one language: the renderer (lib/figures/charts/) maps each kind to its recharts component. */
export type ChartSpec = ChartSpecOf<Series, RankPoint, GroupedDatum, DateMark>;

/** A basis the year explorer offers: its label, the years it has, the views it exists in, and what the explorer says
 *  about it when it is chosen (its name, its years and, where some are the IMF's estimates, that they are). */
export interface ExplorerBasis extends Variant {
  years: readonly number[];
  /** the views (ExplorerSpec.views) that have this basis; absent: every view */
  views?: readonly string[];
  /** years whose figures are the IMF's estimates: each is labelled so wherever the explorer shows a year */
  estimated?: readonly number[];
  note: string;
}

/** "Compare any two years": the client explorer loads its CSV and draws a slope chart of the pair the reader picks, on
 *  one basis at a time (the CSV's `basis` column), offering only the years of that basis; where it has `views`, the
 *  reader also picks one (the CSV's `viewColumn`: Russia's `measure`), and only the bases of that view are offered.
 *  `filter` fixes other columns. */
export interface ExplorerSpec {
  /** the CSV it reads, served under /data/ */
  csv: string;
  /** the pair shown first, on the first view and basis */
  initial: { a: number; b: number };
  top: number;
  highlight: string;
  label: string;
  bases: readonly ExplorerBasis[];
  /** the choice of what is ranked (one entry: no choice), each with its table's columns */
  views?: readonly (Variant & { columns: Column[] })[];
  viewColumn?: string;
  filter?: Record<string, string>;
}

/** A figure in one language (lib/figures/localize.ts): every word of its definition worded from the catalogue. */
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
  /** every series the figure draws in any view, in legend order */
  series: readonly Series[];
  /** the legend of one view: exactly the series drawn in it, in legend order */
  legend(variant: string): readonly Series[];
  /** alternative views; the first is the default (used for images and embeds) */
  variants: readonly Variant[];
  /** what the chart draws in one view */
  chart(d: Derived, variant: string): ChartSpec;
  /** the data table of one view (the same numbers as the chart and the CSV) */
  table(d: Derived, variant: string): TableModel;
  /** the takeaways' sentence plans of one view (see FigureDefinition.statements) */
  statements(d: Derived, variant: string): Plan[];
  /** which rows of the figure's CSV one view draws (FigureDefinition.viewRows) */
  viewRows?: (variant: string) => Record<string, string>;
  explorer?: ExplorerSpec;
  /** how a point's value is worded when the chart is explored */
  point: PointValue;
}

/**
 * How one point's value is said and shown when a reader explores the chart (lib/publish/explore/): `words(view)` is
 * the message that words a value in the chart's units, given `v` (the number formatted) and `n` (the number, for
 * plurals), in the units the chart draws; `decimals` as in the table.
 */
export interface PointValue {
  words(variant: string): Plan;
  decimals: number;
  /** series the chart does not draw but its rows hold, explored after the drawn ones (Table 1's total trade): the
   *  row field and the series' name */
  more?: readonly { key: string; label: Plan }[];
}

// ---- definitions: what the figure files write, with no word of any language -----------------------------------

/** A word of a figure: a message of the catalogues (messages/<locale>.json) and its arguments. */
export type Words = Plan;

export interface SeriesDefinition extends Omit<Series, "label"> {
  label: Words;
}
export interface VariantDefinition {
  key: string;
  label: Words;
}
export interface SourceLinkDefinition {
  label: Words;
  url: string;
}
/** The words of a text cell's value (a CSV code) in a language; a value without words stops the build. */
export type CellWords = (value: string, locale: Locale) => string;
/** A table column: `label` its heading; `country` when its cells are ISO codes, named in the page's language;
 *  `cells` when its values are a CSV's codes, shown in the page's language (Column.labels, where they differ). */
export interface ColumnDefinition extends Omit<Column, "label" | "labels"> {
  label: Words;
  country?: boolean;
  cells?: CellWords;
}
export interface TableDefinition {
  caption: Words;
  columns: ColumnDefinition[];
  rows: Record<string, string | number | null>[];
}
/** A partner of a ranking by ISO code; named in a language by figureIn. */
export type RankPointDefinition = Omit<RankPoint, "name">;
/** A group of bars by ISO code; named in a language by figureIn. */
export type GroupedDatumDefinition = Omit<GroupedDatum, "name">;
export interface DateMarkDefinition {
  date: string;
  label: Words;
}
export type ChartSpecDefinition = ChartSpecOf<
  SeriesDefinition,
  RankPointDefinition,
  GroupedDatumDefinition,
  DateMarkDefinition
>;
export interface ExplorerBasisDefinition extends Omit<ExplorerBasis, "label" | "note"> {
  label: Words;
  note: Words;
}
export interface ExplorerDefinition extends Omit<ExplorerSpec, "label" | "bases" | "views" | "csv"> {
  /** the CSV it reads; absent: the figure's own */
  csv?: string;
  label: Words;
  bases: readonly ExplorerBasisDefinition[];
  views?: readonly (VariantDefinition & { columns: readonly ColumnDefinition[] })[];
}

/**
 * A figure as its file defines it: ids, keys, data logic and the messages its words are (lib/figures/localize.ts
 * words them in a language; a message missing from a catalogue stops the build, naming the figure and the key).
 */
export interface FigureDefinition {
  id: FigureId;
  page: PageSlug;
  title: Words;
  units: Words;
  source: Words;
  links: readonly SourceLinkDefinition[];
  notes: readonly Words[];
  csv: string;
  series: readonly SeriesDefinition[];
  /** the series one view draws, where views draw different ones (absent: every view draws `series`) */
  legend?(variant: string): readonly SeriesDefinition[];
  variants: readonly VariantDefinition[];
  chart(d: Derived, variant: string): ChartSpecDefinition;
  table(d: Derived, variant: string): TableDefinition;
  /**
   * What two or three sentences say about one view, as sentence plans computed from the same rows as the chart and
   * table (builders in ./takeaways.ts); a language words them (figureIn, lib/figures/localize.ts).
   */
  statements(d: Derived, variant: string): Plan[];
  /** which rows of the figure's CSV one view draws, as column → value (a figure with several views in one CSV):
   *  each view's rows are served as their own CSV (lib/publish/view-csv.ts) */
  viewRows?: (variant: string) => Record<string, string>;
  explorer?: ExplorerDefinition;
  /** how a point's value is worded when the chart is explored */
  point: PointValue;
}

/** A figure in one language (lib/figures/localize.ts): its words, and its takeaways worded from its statements. */
export interface LocalizedFigure extends Figure {
  /** the statements of one view in the figure's language: shown under the chart, its long description for screen
   *  readers, and in every exported file */
  takeaways(d: Derived, variant: string): string[];
}
