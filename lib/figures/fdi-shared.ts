/** Helpers of the two FDI figures: one bar series per year, and values grouped by source country (by ISO code). */
import type { Derived } from "../derive";
import type { ChartToken } from "./theme";
import type { GroupedRow } from "./takeaways";
import type { GroupedDatumDefinition, SeriesDefinition, Words } from "./types";

export interface YearSeries extends SeriesDefinition {
  year: number;
}

/** One series per year: key `y<year>` (the data field), label the year itself. */
export const yearSeries = (years: [number, ChartToken][]): YearSeries[] =>
  years.map(([year, token]) => ({
    key: `y${year}`,
    label: { id: "figure.shared.series.year", args: { year: String(year) } },
    token,
    shape: "bar",
    year,
  }));

/** The first and last years of a figure's series, as its single view's label and its title's `years`. */
export const yearsOf = (series: readonly YearSeries[]): Words => ({
  id: "figure.shared.years",
  args: { from: String(series[0].year), to: String(series[series.length - 1].year) },
});

/** For each source country, its value in each series' year; null where the source states none (no bar, not zero). */
export function groupByYear(
  rows: { year: number; source: string; value: number }[],
  sources: string[],
  series: YearSeries[],
): GroupedDatumDefinition[] {
  return sources.map((code) => {
    if (!rows.some((r) => r.source === code)) throw new Error(`FDI figure: no value at all for ${code}`);
    const values: Record<string, number | null> = {};
    for (const s of series) values[s.key] = rows.find((r) => r.source === code && r.year === s.year)?.value ?? null;
    return { code, values };
  });
}

/** The rows of the countries a chart shows, and the all-countries (WLD) totals, named: what the takeaways read. */
export function shownAndTotals(
  d: Derived,
  rows: { year: number; source: string; value: number }[],
  sources: string[],
): { shown: GroupedRow[]; totals: GroupedRow[] } {
  const named = (r: (typeof rows)[number]) => ({
    year: r.year,
    code: r.source,
    // the English name (countries.csv), which orders rows alike in every language
    name: d.ds.countries.get(r.source)?.name ?? r.source,
    value: r.value,
  });
  return {
    shown: rows.filter((r) => sources.includes(r.source)).map(named),
    totals: rows.filter((r) => r.source === "WLD").map(named),
  };
}
