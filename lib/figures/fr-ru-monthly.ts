/** Since the article: France's monthly goods trade with Russia, 2019 onward (Eurostat), in EUR or in USD. */
import type { Derived } from "../derive";
import type { MonthlyTradeRow } from "../derive/monthly";
import { ECB_LINK, EUROSTAT_LINK } from "./shared";
import { monthlyTakeaways } from "./takeaways";
import type { Figure, MonthlyPoint, Series } from "./types";
import { BASE_YEAR } from "../model/constants";

const EXPORTS: Series = { key: "exports_total", label: "French exports to Russia", token: "exports", shape: "line" };
const IMPORTS: Series = { key: "imports_total", label: "French imports from Russia", token: "imports", shape: "line" };
const FUELS: Series = {
  key: "imports_hs27",
  label: "of which mineral fuels (HS 27)",
  token: "highlight",
  shape: "line",
};
const SERIES = [EXPORTS, IMPORTS, FUELS] as const;
/** Russia's full-scale invasion of Ukraine. */
export const INVASION = { date: "2022-02-24", label: "24 Feb 2022: invasion of Ukraine" };

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

export const frRuMonthly: Figure = {
  id: "fr-ru-monthly",
  page: "since-2021",
  title: "French–Russian goods trade month by month, since 2019",
  units: "Millions a month, current prices: EUR as France declared them to Eurostat, or USD at the ECB monthly average",
  source:
    "Source: Eurostat Comext (DS-045409), France-declared; ECB euro reference rates (USD view); calculations by this site.",
  links: [EUROSTAT_LINK, ECB_LINK],
  notes: [
    "The dashed line marks 24 February 2022, the day Russia began its full-scale invasion of Ukraine.",
    "A line stops where the sources stop: exports run to the last month Eurostat published in these files, imports (and their mineral-fuel part) to the last month of the one extraction that has them; a missing month is never drawn as zero.",
    "USD view: each month's euros times the ECB average of that month's daily USD reference rates, computed from the ECB's daily file (the rate is in the table and the CSV).",
    "The table and the CSV also list France's mineral-fuel (HS 27) exports to Russia, too small to draw at this scale.",
  ],
  csv: "fr-ru-monthly-trade.csv",
  series: SERIES,
  variants: [
    { key: "EUR", label: "EUR, as declared" },
    { key: "USD", label: "USD, at ECB monthly averages" },
  ],
  chart: (d, variant) => ({
    kind: "monthly-lines",
    points: points(rowsOf(d, variant)),
    series: SERIES,
    mark: INVASION,
  }),
  table: (d, variant) => ({
    caption:
      variant === "USD"
        ? "France's monthly goods trade with Russia, US dollars (euros converted at the ECB average of each month)"
        : "France's monthly goods trade with Russia, euros as declared to Eurostat",
    columns: [
      { key: "period", label: "Month" },
      { key: "flow", label: "Flow" },
      { key: "product", label: "Product (total or HS 27)" },
      { key: "value", label: `Value (${variant})`, numeric: true, decimals: 0 },
      ...(variant === "USD"
        ? [{ key: "usd_per_eur", label: "USD per EUR (ECB, month)", numeric: true, decimals: 4 }]
        : []),
      { key: "source", label: "Source" },
    ],
    rows: rowsOf(d, variant),
  }),
  statements: (d, variant) => monthlyTakeaways(d.annual, d.monthlyFacts, variant, BASE_YEAR),
};
