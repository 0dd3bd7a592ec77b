/**
 * What every briefing file of a figure holds, computed once from the figure definition and the derived data: the
 * words (title, units, source, notes, takeaways: all from the figure, so the writers hold no text of their own but
 * labels), the data table, and the chart as a native Office chart sees it (categories, series of numbers or gaps,
 * colours). The writers (pptx.ts, docx.ts, xlsx.ts, pdf.ts) only lay this out.
 */
import type { Derived } from "../../derive";
import { CHART_TOKENS } from "../../figures/theme";
import type { ChartSpec, LocalizedFigure, SourceLink, TableModel } from "../../figures/types";
import { SITE } from "../../site";
import { message } from "../../i18n/translate";
import type { Locale } from "../../i18n/locales";
import { unitsLine } from "../images/image-svg";
import { SERVED_CSVS } from "../served-csvs";
import { figureUrl } from "../urls";
import { licenceIn } from "../catalogue";

export interface NativeSeries {
  name: string;
  /** one value per category; null is a gap (no point, no bar), never a zero */
  values: (number | null)[];
  /** RRGGBB, the light theme's colour */
  color: string;
  kind: "bar" | "line";
}

export interface NativeChart {
  categories: string[];
  series: NativeSeries[];
  /** the value axis' title */
  axisTitle: string;
  /** ranks: 1 at the top */
  reversed: boolean;
  decimals: number;
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
export function nativeChart(spec: ChartSpec, units: string, locale: Locale): NativeChart {
  switch (spec.kind) {
    case "bars-and-line":
      return {
        categories: spec.rows.map((r) => String(r.year)),
        series: [...spec.bars, spec.line].map((s) => ({
          name: s.label,
          values: spec.rows.map((r) => (r[s.key] === null ? null : Number(r[s.key]))),
          color: hex(s.token),
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
            color: hex(code === spec.highlight ? "highlight" : "muted"),
            kind: "line" as const,
          };
        }),
        axisTitle: message(locale, "chartText.rank"),
        reversed: true,
        decimals: 0,
      };
    }
    case "grouped-bars":
      return {
        categories: spec.data.map((d) => d.name),
        series: spec.series.map((s) => ({
          name: s.label,
          values: spec.data.map((d) => d.values[s.key] ?? null),
          color: hex(s.token),
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
          color: hex(s.token),
          kind: "line" as const,
        })),
        axisTitle: message(locale, "chartText.rank"),
        reversed: true,
        decimals: 0,
      };
    case "monthly-lines":
      // one category a month; a month without a figure is a gap in its line, never a zero
      return {
        categories: spec.points.map((p) => p.period),
        series: spec.series.map((s) => ({
          name: s.label,
          values: spec.points.map((p) => p.values[s.key] ?? null),
          color: hex(s.token),
          kind: "line" as const,
        })),
        axisTitle: units,
        reversed: false,
        decimals: 1,
      };
  }
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
export function briefingOf(fig: LocalizedFigure, d: Derived, locale: Locale): Briefing {
  const variant = fig.variants[0].key;
  const takeaways = fig.takeaways(d, variant);
  const csv = SERVED_CSVS.find((c) => c.file === fig.csv);
  if (!csv) throw new Error(`figure ${fig.id}: its CSV ${fig.csv} is not served`);
  return {
    id: fig.id,
    locale,
    variant,
    title: fig.title,
    units: unitsLine(fig),
    source: fig.source,
    links: fig.links,
    notes: fig.notes,
    takeaways,
    table: fig.table(d, variant),
    chart: nativeChart(fig.chart(d, variant), fig.units, locale),
    legend: fig.series.map((s) => ({ label: s.label, color: CHART_TOKENS[s.token].light, shape: s.shape })),
    alt: `${fig.title}. ${takeaways.join(" ")}`,
    licence: licenceIn(csv.schema, locale),
    pageUrl: figureUrl(fig, locale),
    csvUrl: `${SITE.url}/data/${fig.csv}`,
    siteName: message(locale, "site.name"),
  };
}
