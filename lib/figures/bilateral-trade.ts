/**
 * Table 1 of the article: France–Russia goods trade by year, on France's and on Russia's declarations to the IMF, on
 * Russia's customs statistics (2006–2021), and, as a view of its own, the full years since 2019 on France's
 * declarations to Eurostat converted to USD.
 */
import { CUSTOMS_BILATERAL, CUSTOMS_YEARS, EUROSTAT_BASIS, YEAR_MAX } from "../model/constants";
import { RATE_YEAR_MIN } from "../model/schemas";
import type { Derived } from "../derive";
import { EUROSTAT_LINK, ECB_LINK, IMF_LINK, IMF_SOURCE, ROSSTAT_LINK, YEAR_COLUMN } from "./shared";
import { bilateralTakeaways } from "./takeaways";
import type { FigureDefinition, SeriesDefinition, VariantDefinition } from "./types";

const EXPORTS: SeriesDefinition = {
  key: "fr_exports_usd_m",
  label: { id: "figure.bilateral-trade.series.fr_exports_usd_m" },
  token: "exports",
  shape: "bar",
};
const IMPORTS: SeriesDefinition = {
  key: "fr_imports_usd_m",
  label: { id: "figure.bilateral-trade.series.fr_imports_usd_m" },
  token: "imports",
  shape: "bar",
};
const BALANCE: SeriesDefinition = {
  key: "balance_usd_m",
  label: { id: "figure.bilateral-trade.series.balance_usd_m" },
  token: "balance",
  shape: "line",
};

const VARIANTS: readonly VariantDefinition[] = [
  { key: "france-declared", label: { id: "figure.bilateral-trade.view.france-declared" } },
  { key: "russia-declared", label: { id: "figure.bilateral-trade.view.russia-declared" } },
  { key: CUSTOMS_BILATERAL, label: { id: "figure.bilateral-trade.view.russia-customs" } },
  { key: EUROSTAT_BASIS, label: { id: "figure.bilateral-trade.view.eurostat-ecb-usd" } },
];

const rowsOf = (d: Derived, variant: string) => {
  const rows = d.bilateral.filter((r) => r.basis === variant);
  if (rows.length === 0) throw new Error(`bilateral-trade: no rows for view "${variant}"`);
  return rows;
};

export const bilateralTrade: FigureDefinition = {
  id: "bilateral-trade",
  page: "bilateral-trade",
  title: { id: "figure.bilateral-trade.title" },
  units: { id: "figure.bilateral-trade.units" },
  source: { id: "figure.bilateral-trade.source", args: { imf: IMF_SOURCE } },
  links: [IMF_LINK, ROSSTAT_LINK, EUROSTAT_LINK, ECB_LINK],
  notes: [
    { id: "figure.bilateral-trade.note.1" },
    { id: "figure.bilateral-trade.note.2" },
    {
      id: "figure.bilateral-trade.note.3",
      args: { from: String(CUSTOMS_YEARS.from), to: String(CUSTOMS_YEARS.to) },
    },
    { id: "figure.bilateral-trade.note.4" },
    { id: "figure.bilateral-trade.note.5", args: { imfEnd: String(YEAR_MAX), eurostatFrom: String(RATE_YEAR_MIN) } },
  ],
  point: {
    words: () => ({ id: "chartExplore.unit.millions", args: { unit: "USD" } }),
    decimals: 1,
    // total trade is in the table, not drawn: a reader exploring the chart can still find its peak
    more: [{ key: "total_usd_m", label: { id: "chartExplore.series.total" } }],
  },
  csv: "bilateral-trade.csv",
  series: [EXPORTS, IMPORTS, BALANCE],
  variants: VARIANTS,
  viewRows: (variant) => ({ basis: variant }),
  chart: (d, variant) => ({
    kind: "bars-and-line",
    rows: rowsOf(d, variant),
    bars: [EXPORTS, IMPORTS],
    line: BALANCE,
    tickStep: 5000,
  }),
  table: (d, variant) => ({
    caption: { id: "figure.bilateral-trade.caption", args: { view: { view: variant } } },
    columns: [
      YEAR_COLUMN,
      { key: EXPORTS.key, label: EXPORTS.label, numeric: true, decimals: 1 },
      { key: IMPORTS.key, label: IMPORTS.label, numeric: true, decimals: 1 },
      { key: "total_usd_m", label: { id: "figure.bilateral-trade.column.total_usd_m" }, numeric: true, decimals: 1 },
      { key: BALANCE.key, label: { id: "figure.bilateral-trade.column.balance_usd_m" }, numeric: true, decimals: 1 },
    ],
    rows: rowsOf(d, variant),
  }),
  statements: (d, variant) => bilateralTakeaways(rowsOf(d, variant), variant),
};
