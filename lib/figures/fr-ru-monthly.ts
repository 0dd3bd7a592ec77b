/** Since the article: France's monthly goods trade with Russia, 2019 onward (Eurostat), in EUR or in USD. */
import type { Derived } from "../derive";
import type { MonthlyTradeRow } from "../derive/monthly";
import { ECB_LINK, EUROSTAT_LINK } from "./shared";
import { monthlyTakeaways } from "./takeaways";
import type { ColumnDefinition, FigureDefinition, MonthlyPoint, SeriesDefinition } from "./types";
import { BASE_YEAR } from "../model/constants";
import { RATE_YEAR_MIN } from "../model/schemas";
import { MONTHLY_CELLS } from "./since-2021";

const EXPORTS: SeriesDefinition = {
  key: "exports_total",
  label: { id: "figure.fr-ru-monthly.series.exports_total" },
  token: "exports",
  shape: "line",
};
const IMPORTS: SeriesDefinition = {
  key: "imports_total",
  label: { id: "figure.fr-ru-monthly.series.imports_total" },
  token: "imports",
  shape: "line",
};
const FUELS: SeriesDefinition = {
  key: "imports_hs27",
  label: { id: "figure.fr-ru-monthly.series.imports_hs27" },
  token: "highlight",
  shape: "line",
};
const SERIES = [EXPORTS, IMPORTS, FUELS] as const;
/** Russia's full-scale invasion of Ukraine. */
export const INVASION = { date: "2022-02-24", label: { id: "figure.fr-ru-monthly.mark" } } as const;

const column = (key: string): ColumnDefinition => ({
  key,
  label: { id: `figure.fr-ru-monthly.column.${key}` as ColumnDefinition["label"]["id"] },
});

const rowsOf = (d: Derived, unit: string): MonthlyTradeRow[] => {
  const rows = d.monthly.filter((r) => r.unit === unit);
  if (rows.length === 0) throw new Error(`fr-ru-monthly: no rows in ${unit}`);
  return rows;
};

/** One point per month from the first to the last month of any series, values in millions (null: no figure). */
function points(rows: readonly MonthlyTradeRow[]): MonthlyPoint[] {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const key = (r: MonthlyTradeRow) => `${r.flow}_${r.product}`;
  return periods.map((period) => {
    const values: Record<string, number | null> = {};
    for (const s of SERIES) {
      const r = rows.find((x) => x.period === period && key(x) === s.key);
      values[s.key] = r ? r.value / 1e6 : null;
    }
    return { period, values };
  });
}

export const frRuMonthly: FigureDefinition = {
  id: "fr-ru-monthly",
  page: "since-2021",
  title: { id: "figure.fr-ru-monthly.title", args: { from: String(RATE_YEAR_MIN) } },
  units: { id: "figure.fr-ru-monthly.units" },
  source: { id: "figure.fr-ru-monthly.source" },
  links: [EUROSTAT_LINK, ECB_LINK],
  notes: [
    { id: "figure.fr-ru-monthly.note.1" },
    { id: "figure.fr-ru-monthly.note.2" },
    { id: "figure.fr-ru-monthly.note.3" },
    { id: "figure.fr-ru-monthly.note.4" },
  ],
  // the chart draws millions of the view's currency (the view's key: EUR or USD)
  point: { words: (variant) => ({ id: "chartExplore.unit.millions", args: { unit: variant } }), decimals: 0 },
  csv: "fr-ru-monthly-trade.csv",
  series: SERIES,
  variants: [
    { key: "EUR", label: { id: "figure.fr-ru-monthly.view.EUR" } },
    { key: "USD", label: { id: "figure.fr-ru-monthly.view.USD" } },
  ],
  viewRows: (variant) => ({ unit: variant }),
  chart: (d, variant) => ({
    kind: "monthly-lines",
    points: points(rowsOf(d, variant)),
    series: SERIES,
    mark: INVASION,
  }),
  table: (d, variant) => ({
    caption: { id: "figure.fr-ru-monthly.caption", args: { unit: variant } },
    columns: [
      column("period"),
      { ...column("flow"), cells: MONTHLY_CELLS.flow },
      { ...column("product"), cells: MONTHLY_CELLS.product },
      {
        key: "value",
        label: { id: "figure.fr-ru-monthly.column.value", args: { unit: variant } },
        numeric: true,
        decimals: 0,
      },
      ...(variant === "USD" ? [{ ...column("usd_per_eur"), numeric: true, decimals: 4 }] : []),
      { ...column("source"), cells: MONTHLY_CELLS.source },
    ],
    rows: rowsOf(d, variant),
  }),
  statements: (d, variant) => monthlyTakeaways(d.annual, d.monthlyFacts, variant, BASE_YEAR),
};
