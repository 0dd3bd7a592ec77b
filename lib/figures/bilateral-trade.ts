/**
 * Table 1 of the article: France–Russia goods trade by year, on France's and on Russia's declarations to the IMF, on
 * Russia's customs statistics (2006–2021), and, as a view of its own, the full years since 2019 on France's
 * declarations to Eurostat converted to USD.
 */
import { CUSTOMS_BILATERAL, CUSTOMS_YEARS, EUROSTAT_BASIS, YEAR_MAX } from "../model/constants";
import type { Derived } from "../derive";
import { EUROSTAT_LINK, ECB_LINK, IMF_LINK, IMF_SOURCE_LINE, ROSSTAT_LINK } from "./shared";
import { bilateralTakeaways } from "./takeaways";
import type { Figure, Series, Variant } from "./types";

const EXPORTS: Series = { key: "fr_exports_usd_m", label: "French exports to Russia", token: "exports", shape: "bar" };
const IMPORTS: Series = {
  key: "fr_imports_usd_m",
  label: "French imports from Russia",
  token: "imports",
  shape: "bar",
};
const BALANCE: Series = { key: "balance_usd_m", label: "Balance (exports − imports)", token: "balance", shape: "line" };

const VARIANTS: readonly Variant[] = [
  { key: "france-declared", label: "France-declared" },
  { key: "russia-declared", label: "Russia-declared" },
  { key: CUSTOMS_BILATERAL, label: "Russia's customs (FCS)" },
  { key: EUROSTAT_BASIS, label: "Eurostat, France-declared, EUR converted to USD at the ECB annual average" },
];
const labelOf = (variant: string) => VARIANTS.find((v) => v.key === variant)?.label ?? variant;

const rowsOf = (d: Derived, variant: string) => {
  const rows = d.bilateral.filter((r) => r.basis === variant);
  if (rows.length === 0) throw new Error(`bilateral-trade: no rows for view "${variant}"`);
  return rows;
};

export const bilateralTrade: Figure = {
  id: "bilateral-trade",
  page: "bilateral-trade",
  title: "France–Russia goods trade by year",
  units: "USD millions, current prices",
  source: `${IMF_SOURCE_LINE} Russia's customs view: Rosstat (FCS data). Eurostat view: Eurostat Comext (DS-045409) and ECB euro reference rates.`,
  links: [IMF_LINK, ROSSTAT_LINK, EUROSTAT_LINK, ECB_LINK],
  notes: [
    "France-declared and Russia-declared figures differ (FOB/CIF valuation, timing, partner attribution, transit): the switch shows each side's declarations.",
    "Russia-declared: French exports are Russia's declared imports from France, French imports are Russia's declared exports to France.",
    `Russia's customs view: Russia's own customs statistics (Federal Customs Service data, published by Rosstat), ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to}, mirrored as for Russia-declared; a different compilation from Russia's declarations to the IMF.`,
    "Balance = French exports − French imports; below zero is a French deficit.",
    `The IMF series end in ${YEAR_MAX}. The Eurostat view is a separate source (France's declarations to Eurostat, in euros, converted at the ECB annual average of each year), shown only for full years: exports for every full year from 2019, imports only where all twelve months exist; a missing year is left empty, never filled from another source.`,
  ],
  csv: "bilateral-trade.csv",
  series: [EXPORTS, IMPORTS, BALANCE],
  variants: VARIANTS,
  chart: (d, variant) => ({
    kind: "bars-and-line",
    rows: rowsOf(d, variant),
    bars: [EXPORTS, IMPORTS],
    line: BALANCE,
    tickStep: 5000,
  }),
  table: (d, variant) => ({
    caption: `France–Russia goods trade by year, USD millions (${labelOf(variant)})`,
    columns: [
      { key: "year", label: "Year" },
      { key: EXPORTS.key, label: EXPORTS.label, numeric: true, decimals: 1 },
      { key: IMPORTS.key, label: IMPORTS.label, numeric: true, decimals: 1 },
      { key: "total_usd_m", label: "Total", numeric: true, decimals: 1 },
      { key: BALANCE.key, label: "Balance", numeric: true, decimals: 1 },
    ],
    rows: rowsOf(d, variant),
  }),
  statements: (d, variant) => bilateralTakeaways(rowsOf(d, variant), variant),
};
