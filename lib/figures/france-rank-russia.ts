/**
 * After the article: France's rank among Russia's partners each year 2000–2024, one line per statistical basis that
 * has the year (lib/derive/after-2021.ts), by total trade or by Russia's imports. Nothing joins two bases: each line is
 * one source, and the IMF's 2022–2024 estimates are drawn twice, as published and without the estimates that fail
 * the checks (imf-estimate-checks.csv), so that the reader sees both rankings side by side.
 */
import type { Derived } from "../derive";
import {
  AFTER_BASES,
  AFTER_YEARS,
  basisMeasures,
  estimateChecks,
  HISTORY,
  rankAfter,
  type AfterBasis,
  type AfterMeasure,
} from "../derive/after-2021";
import { FRANCE } from "../model/constants";
import { message, type Plan } from "../i18n/translate";
import { COMTRADE_LINK, IMF_LINK } from "./shared";
import type { CellWords, ColumnDefinition, FigureDefinition, SeriesDefinition, YearPoint } from "./types";
import type { ChartToken } from "./theme";

const TOKENS: Record<AfterBasis, ChartToken> = {
  "russia-declared": "balance",
  "imf-estimate": "highlight",
  "imf-estimate-checked": "imports",
  "partner-declared": "exports",
  "comtrade-declared": "muted",
};
/** Camel-case message key of a basis (imf-estimate-checked → imfEstimateChecked). */
const camel = (b: string) => b.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
type BasisKey = "russiaDeclared" | "imfEstimate" | "imfEstimateChecked" | "partnerDeclared" | "comtradeDeclared";

const seriesOf = (measure: AfterMeasure): SeriesDefinition[] =>
  AFTER_BASES.filter((b) => basisMeasures(b).includes(measure)).map((b) => ({
    key: b,
    label: { id: `figure.france-rank-russia.series.${camel(b) as BasisKey}` },
    token: TOKENS[b],
    shape: "line",
  }));
const measureOf = (variant: string): AfterMeasure => {
  if (variant !== "total" && variant !== "imports") throw new Error(`france-rank-russia: no view "${variant}"`);
  return variant;
};
const years = Array.from({ length: AFTER_YEARS.to - AFTER_YEARS.from + 1 }, (_, i) => AFTER_YEARS.from + i);

/** France's rank on each basis of a view, per year. */
function points(d: Derived, measure: AfterMeasure): YearPoint[] {
  const series = seriesOf(measure);
  return years.map((year) => ({
    year,
    values: Object.fromEntries(
      series.map((s) => [
        s.key,
        rankAfter(d.ds, s.key as AfterBasis, year, measure).find((r) => r.partner === FRANCE)?.rank ?? null,
      ]),
    ),
  }));
}

/** The table's rows: one per basis and year where the basis ranks France (the CSV's order). */
function rows(d: Derived, measure: AfterMeasure) {
  return seriesOf(measure).flatMap((s) =>
    years.flatMap((year) => {
      const r = rankAfter(d.ds, s.key as AfterBasis, year, measure).find((x) => x.partner === FRANCE);
      return r
        ? [
            {
              year,
              basis: s.key,
              rank: r.rank,
              partners_ranked: r.ranked,
              value_usd_m: Math.round(r.value_usd_m * 10) / 10,
              estimated: r.estimated ? "yes" : "no",
              flagged: r.flagged ? "yes" : "no",
            },
          ]
        : [];
    }),
  );
}

const basisCells: CellWords = (value, locale) =>
  message(locale, `figure.france-rank-russia.series.${camel(value) as BasisKey}`);
const yesNoCells: CellWords = (value, locale) => message(locale, "figure.france-rank-russia.cell.yesNo", { value });
const column = (key: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  key,
  label: { id: `figure.france-rank-russia.column.${key}` as ColumnDefinition["label"]["id"] },
  ...extra,
});

const inYear = (rank: number, year: number): Plan => ({
  id: "figure.france-rank-russia.inYear",
  args: { rank, year: String(year) },
});

/** The takeaways of a view: France's last ranks on Russia's own figures, then on the IMF's estimates as published and
 *  as checked; then, by total trade, the estimates furthest outside their checks, and by imports, France's own check
 *  (values as imf-estimate-checks.csv writes them). Every rank is read from the same rows as the chart. */
function statements(d: Derived, measure: AfterMeasure): Plan[] {
  const ranked = (basis: AfterBasis) =>
    years.flatMap((year) => {
      const r = rankAfter(d.ds, basis, year, measure).find((x) => x.partner === FRANCE);
      return r ? [{ year, rank: r.rank, of: r.ranked }] : [];
    });
  const declared = ranked("russia-declared").slice(-2);
  const estimates = ranked("imf-estimate");
  const checked = ranked("imf-estimate-checked");
  if (declared.length < 2 || estimates.length === 0)
    throw new Error("france-rank-russia: no Russia-declared or estimated rank of France to state");
  const flagged = estimateChecks(d.ds).filter((c) => c.flagged);
  const out: Plan[] = [
    {
      id: "figure.france-rank-russia.takeaway.declared",
      args: { view: { view: measure }, ranks: { list: declared.map((r) => inYear(r.rank, r.year)) } },
    },
    {
      id: "figure.france-rank-russia.takeaway.estimates",
      args: {
        ranks: { list: estimates.map((r) => inYear(r.rank, r.year)) },
        checked: { list: checked.map((r) => inYear(r.rank, r.year)) },
        flagged: flagged.length,
        estimates: estimateChecks(d.ds).length,
      },
    },
  ];
  // the total view names the estimates furthest outside their checks; the imports view, France's own check
  const checks = checkStatements(d);
  out.push(...(measure === "total" ? checks.outliers : checks.france.slice(0, 1)));
  return out;
}

// amounts and ratios as imf-estimate-checks.csv writes them (USD millions to 0.1, ratios to 0.001)
const usdM = (v: number): Plan => ({ id: "amount.millions", args: { unit: "USD", v } });
const thousandth = (x: number) => Math.round(x * 1000) / 1000;
/** How many of the estimates furthest above what their check allows the takeaways name (one per partner). */
const OUTLIERS = 2;

/** What the checks say about France's own estimates (each year the partner's declaration allows the mirror test) and
 *  which estimates overshoot their band the most, as multiples of its top. */
function checkStatements(d: Derived): { france: Plan[]; outliers: Plan[] } {
  const checks = estimateChecks(d.ds);
  const france: Plan[] = checks
    .filter((c) => c.partner === FRANCE && c.flow === "imports" && c.test === "mirror")
    .map((c) => ({
      id: "figure.france-rank-russia.takeaway.franceCheck",
      args: {
        year: String(c.year),
        estimate: usdM(c.estimate_usd_m),
        declared: usdM(c.declared_usd_m!),
        source: c.declared_source!,
        ratio: thousandth(c.ratio!),
        low: thousandth(c.history_min!),
        high: thousandth(c.history_max!),
        bandLow: thousandth(c.band_low!),
        bandHigh: thousandth(c.band_high!),
        histFrom: String(HISTORY.from),
        histTo: String(HISTORY.to),
        passes: c.flagged ? "no" : "yes",
      },
    }));
  const over = checks
    .filter((c) => c.reason === "above-band" && c.band_high)
    .map((c) => ({ c, times: c.estimate_usd_m / c.band_high! }))
    .sort((a, b) => b.times - a.times)
    .filter((x, i, all) => all.findIndex((y) => y.c.partner === x.c.partner) === i)
    .slice(0, OUTLIERS);
  const outliers: Plan[] = [];
  if (over.length)
    outliers.push({
      id: "figure.france-rank-russia.takeaway.outliers",
      args: {
        list: {
          list: over.map(({ c }) => ({
            id: "figure.france-rank-russia.outlier",
            args: {
              partner: { country: c.partner },
              year: String(c.year),
              flow: c.flow,
              amount: usdM(c.estimate_usd_m),
              high: usdM(c.band_high!),
            },
          })),
        },
      },
    });
  return { france, outliers };
}

export const franceRankRussia: FigureDefinition = {
  id: "france-rank-russia",
  page: "since-2021",
  title: {
    id: "figure.france-rank-russia.title",
    args: { from: String(AFTER_YEARS.from), to: String(AFTER_YEARS.to) },
  },
  units: { id: "figure.france-rank-russia.units" },
  source: { id: "figure.france-rank-russia.source" },
  links: [IMF_LINK, COMTRADE_LINK],
  notes: [{ id: "figure.france-rank-russia.note.1" }, { id: "figure.france-rank-russia.note.3" }],
  csv: "russia-partner-ranks.csv",
  // every basis of any view (the imports view draws them all); each view's legend lists only those it draws: Comtrade
  // holds partners' exports to Russia only, so the total view has no Comtrade line
  series: seriesOf("imports"),
  legend: (variant) => seriesOf(measureOf(variant)),
  variants: [
    { key: "total", label: { id: "figure.france-rank-russia.view.total" } },
    { key: "imports", label: { id: "figure.france-rank-russia.view.imports" } },
  ],
  viewRows: (variant) => ({ measure: measureOf(variant) }),
  // a point's value is France's rank on the line's basis that year
  point: { words: () => ({ id: "chartExplore.unit.rank" }), decimals: 0 },
  chart: (d, variant) => ({
    kind: "rank-lines",
    points: points(d, measureOf(variant)),
    series: seriesOf(measureOf(variant)),
  }),
  table: (d, variant) => ({
    caption: { id: "figure.france-rank-russia.caption", args: { view: { view: variant } } },
    columns: [
      column("year"),
      column("basis", { cells: basisCells }),
      column("rank", { numeric: true, decimals: 0 }),
      column("partners_ranked", { numeric: true, decimals: 0 }),
      column("value_usd_m", { numeric: true, decimals: 1 }),
      column("estimated", { cells: yesNoCells }),
      column("flagged", { cells: yesNoCells }),
    ],
    rows: rows(d, measureOf(variant)),
  }),
  statements: (d, variant) => statements(d, measureOf(variant)),
};
