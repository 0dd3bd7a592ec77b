/**
 * What every briefing file of a figure holds, computed once from the figure definition and the derived data: the
 * words (title, units, source, notes, takeaways: all from the figure, so the writers hold no text of their own but
 * labels), the data table, and the chart as a native Office chart sees it (categories, series of numbers or gaps,
 * colours). The writers (pptx.ts, docx.ts, xlsx.ts, pdf.ts) only lay this out.
 */
import { endSentence } from "../../i18n/typography";
import type { Derived } from "../../derive";
import { CHART_TOKENS, type ChartToken } from "../../figures/theme";
import type { ChartSpec, Column, LocalizedFigure, SourceLink, TableModel } from "../../figures/types";
import { formatNumber } from "../../format";
import { SITE } from "../../site";
import { message } from "../../i18n/translate";
import type { Locale } from "../../i18n/locales";
import { unitsLine } from "../view-words";
import { SERVED_CSVS } from "../served-csvs";
import { viewUrl } from "../urls";
import { licenceIn } from "../catalogue";

export interface NativeSeries {
  name: string;
  /** one value per category; null is a gap (no point, no bar), never a zero */
  values: (number | null)[];
  /** the theme colour the series is drawn in (accent1…accent6: THEME_ACCENTS), so a template can restyle it */
  accent: ThemeAccent;
  kind: "bar" | "line";
}

/**
 * The Office theme's accent colours, in the site's series order: accent1 is the exports' colour, accent2 the imports',
 * and so on. The files' theme holds these colours (light) and their charts refer to accent<N>, never to a fixed RGB,
 * so a corporate template that brings its own theme recolours the chart as it does its own.
 */
export const THEME_ACCENTS = [
  "exports",
  "imports",
  "balance",
  "highlight",
  "muted",
  "text",
] as const satisfies readonly ChartToken[];
export type ThemeAccent = `accent${1 | 2 | 3 | 4 | 5 | 6}`;
export const accentOf = (token: ChartToken): ThemeAccent => {
  const i = (THEME_ACCENTS as readonly ChartToken[]).indexOf(token);
  if (i < 0) throw new Error(`chart colour ${token} has no theme accent (THEME_ACCENTS)`);
  return `accent${i + 1}` as ThemeAccent;
};
/** accent<N> → RRGGBB, the light theme's colours, for the theme part. */
export const themeAccentColors = (): [ThemeAccent, string][] =>
  THEME_ACCENTS.map((t, i) => [`accent${i + 1}` as ThemeAccent, hex(t)]);

export interface NativeChart {
  categories: string[];
  series: NativeSeries[];
  /** the value axis' title */
  axisTitle: string;
  /** ranks: 1 at the top */
  reversed: boolean;
  decimals: number;
  /** a dated mark (the monthly chart's 24 February 2022): the category it falls in and its label, drawn as a label
   *  on the first series' point there */
  mark?: { index: number; label: string };
  /** ranks: the highest rank drawn (the axis runs 1 to it) */
  maxRank?: number;
  /** a slope chart: each line named at its two ends instead of a legend */
  endLabels?: boolean;
}

export interface Briefing {
  id: string;
  /** the language of the words and of the numbers written as text (the chart's values stay numbers) */
  locale: Locale;
  variant: string;
  title: string;
  units: string;
  source: string;
  links: SourceLink[];
  notes: string[];
  takeaways: string[];
  table: TableModel;
  chart: NativeChart;
  /** the legend as the chart page shows it: each series' label, light colour and swatch shape */
  legend: { label: string; color: string; shape: "bar" | "line" | "dot" }[];
  /** the chart's alternative text: title and takeaways */
  alt: string;
  licence: string;
  pageUrl: string;
  csvUrl: string;
  siteName: string;
}

const hex = (token: keyof typeof CHART_TOKENS) => CHART_TOKENS[token].light.replace(/^#/, "").toUpperCase();

/** A chart spec as the categories and series of a native chart. */
export function nativeChart(spec: ChartSpec, units: string, locale: Locale, variant: string): NativeChart {
  switch (spec.kind) {
    case "bars-and-line":
      return {
        categories: spec.rows.map((r) => String(r.year)),
        series: [...spec.bars, spec.line].map((s) => ({
          name: s.label,
          values: spec.rows.map((r) => (r[s.key] === null ? null : Number(r[s.key]))),
          accent: accentOf(s.token),
          kind: s === spec.line ? "line" : "bar",
        })),
        axisTitle: units,
        reversed: false,
        decimals: 1,
      };
    case "slope": {
      // the partners the slope chart draws: in the top N of either year, each with its rank in both (gap if none)
      const codes = [...spec.a.ranks, ...spec.b.ranks].filter((p) => p.rank <= spec.top).map((p) => p.partner);
      const drawn = [...new Set(codes)].sort(
        (p, q) => rankIn(spec.b.ranks, p, spec.a.ranks) - rankIn(spec.b.ranks, q, spec.a.ranks),
      );
      return {
        categories: [String(spec.a.year), String(spec.b.year)],
        series: drawn.map((code) => {
          const a = spec.a.ranks.find((p) => p.partner === code);
          const b = spec.b.ranks.find((p) => p.partner === code);
          return {
            name: (b ?? a)!.name,
            values: [a?.rank ?? null, b?.rank ?? null],
            accent: accentOf(code === spec.highlight ? "highlight" : "muted"),
            kind: "line" as const,
          };
        }),
        axisTitle: message(locale, "chartText.rank"),
        reversed: true,
        endLabels: true,
        decimals: 0,
        maxRank: Math.max(
          ...drawn.flatMap((code) => [spec.a, spec.b].map((y) => y.ranks.find((p) => p.partner === code)?.rank ?? 0)),
        ),
      };
    }
    case "grouped-bars":
      return {
        categories: spec.data.map((d) => d.name),
        series: spec.series.map((s) => ({
          name: s.label,
          values: spec.data.map((d) => d.values[s.key] ?? null),
          accent: accentOf(s.token),
          kind: "bar" as const,
        })),
        axisTitle: units,
        reversed: false,
        decimals: spec.decimals,
      };
    case "rank-lines":
      // one category a year; a year a basis lacks is a gap in its line, never a rank
      return {
        categories: spec.points.map((p) => String(p.year)),
        series: spec.series.map((s) => ({
          name: s.label,
          values: spec.points.map((p) => p.values[s.key] ?? null),
          accent: accentOf(s.token),
          kind: "line" as const,
        })),
        axisTitle: message(locale, "chartText.rank"),
        reversed: true,
        decimals: 0,
        maxRank: Math.max(...spec.points.flatMap((p) => spec.series.map((s) => p.values[s.key] ?? 0))),
      };
    case "monthly-lines": {
      // one category a month; a month without a figure is a gap in its line, never a zero; the value axis titled
      // with the unit alone (the units line above the chart says the rest)
      const markMonth = spec.mark.date.slice(0, 7);
      const index = spec.points.findIndex((p) => p.period === markMonth);
      if (index < 0) throw new Error(`the monthly chart has no month ${markMonth} for its mark`);
      return {
        categories: spec.points.map((p) => p.period),
        series: spec.series.map((s) => ({
          name: s.label,
          values: spec.points.map((p) => p.values[s.key] ?? null),
          accent: accentOf(s.token),
          kind: "line" as const,
        })),
        axisTitle: message(locale, "chartText.monthlyAxis", { unit: variant }),
        reversed: false,
        decimals: 1,
        mark: { index, label: spec.mark.label },
      };
    }
  }
}

/** A table cell as text: a number in the language's format, a CSV code in the language's words (the column's
 *  labels, as the page shows it), a gap as a dash. */
export function cellText(v: string | number | null | undefined, c: Column, locale: Locale): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number" && c.numeric) return formatNumber(v, c.decimals ?? 0, locale);
  return c.labels?.[String(v)] ?? String(v);
}

/** A source line without its pointer to the chart page's links ("(links below)"), for a file that shows none. */
export function withoutLinksBelow(source: string, locale: Locale): string {
  const words = message(locale, "chartText.linksBelow").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return source.replace(new RegExp(`\\s*\\(${words}\\)`, "i"), "");
}

/** Order of a slope chart's series: by rank in the later year, then in the earlier one (absent last). */
function rankIn(later: readonly { partner: string; rank: number }[], code: string, earlier: typeof later): number {
  return (
    (later.find((p) => p.partner === code)?.rank ?? 1000) +
    (earlier.find((p) => p.partner === code)?.rank ?? 1000) / 10000
  );
}

/**
 * The briefing of a figure's default view (the one images and embeds show) in a language: `fig` is the figure in
 * `locale` (lib/figures/localize.ts: words, country names, takeaways).
 */
export function briefingOf(fig: LocalizedFigure, d: Derived, locale: Locale, variant: string): Briefing {
  const takeaways = fig.takeaways(d, variant);
  const csv = SERVED_CSVS.find((c) => c.file === fig.csv);
  if (!csv) throw new Error(`figure ${fig.id}: its CSV ${fig.csv} is not served`);
  return {
    id: fig.id,
    locale,
    variant,
    title: fig.title,
    units: unitsLine(fig, variant),
    source: fig.source,
    links: fig.links,
    notes: fig.notes,
    takeaways,
    table: fig.table(d, variant),
    chart: nativeChart(fig.chart(d, variant), fig.units, locale, variant),
    legend: fig.legend(variant).map((s) => ({ label: s.label, color: CHART_TOKENS[s.token].light, shape: s.shape })),
    alt: `${endSentence(fig.title)} ${takeaways.join(" ")}`,
    licence: licenceIn(csv.schema, locale),
    pageUrl: viewUrl(fig, variant, locale),
    csvUrl: `${SITE.url}/data/${fig.csv}`,
    siteName: message(locale, "site.name"),
  };
}
