/**
 * Every table the charts show beyond the raw CSVs, derived at build from the dataset.
 * The same rows feed the chart, the page's data table and the downloadable CSV (/data/<file>).
 */
import { basesFor, FRANCE, FRANCE_DEPTH, RANK_YEARS, RUSSIA, RUSSIA_DEPTH, type RankBasis } from "../model/constants";
import type { Dataset } from "../model/load";
import type { BilateralRow } from "./bilateral";
import type { AnnualTradeRow, MonthlyTradeRow } from "./monthly";
import { rankPartners, type RankedPartner } from "./rankings";
import { round1 } from "../format";
import { DERIVED_SCHEMAS } from "../model/derived-schemas";
import type { Schema } from "../model/schemas";

/** A row of a ranking CSV: a ranked partner in one year, values rounded to 0.1 (no `filled` flag: the CSV's
 *  description says which flows were filled). */
export type RankRow = Omit<RankedPartner, "filled"> & { [k: string]: string | number; year: number };
export interface FranceRankRow extends RankRow {
  basis: RankBasis;
}
export interface RussiaRankRow extends RankRow {
  measure: "total" | "imports";
  basis: RankBasis;
}

/** One ranked partner as a CSV row, values rounded to 0.1. */
function rankRow(year: number, p: RankedPartner): RankRow {
  return {
    year,
    rank: p.rank,
    partner: p.partner,
    name: p.name,
    exports_usd_m: round1(p.exports_usd_m),
    imports_usd_m: round1(p.imports_usd_m),
    total_usd_m: round1(p.total_usd_m),
  };
}

export function franceTopPartners(ds: Dataset): FranceRankRow[] {
  return basesFor(FRANCE).flatMap((basis) =>
    RANK_YEARS.flatMap((year) =>
      rankPartners(ds, FRANCE, year, "total", basis)
        .slice(0, FRANCE_DEPTH)
        .map((p) => ({ basis, ...rankRow(year, p) })),
    ),
  );
}

export function russiaTopPartners(ds: Dataset): RussiaRankRow[] {
  const rows: RussiaRankRow[] = [];
  for (const measure of ["total", "imports"] as const)
    for (const basis of basesFor(RUSSIA))
      for (const year of RANK_YEARS)
        for (const p of rankPartners(ds, RUSSIA, year, measure, basis).slice(0, RUSSIA_DEPTH))
          rows.push({ measure, basis, ...rankRow(year, p) });
  return rows;
}

export interface DerivedTable {
  schema: Schema;
  /** null only in a field the schema marks optional (written as an empty cell) */
  rows: Record<string, string | number | null>[];
}

/** The derived CSVs, by file name, from rows computed once by derive(). */
export function derivedTables(rows: {
  bilateral: BilateralRow[];
  franceRanks: FranceRankRow[];
  russiaRanks: RussiaRankRow[];
  monthly: MonthlyTradeRow[];
  annual: AnnualTradeRow[];
}): Record<string, DerivedTable> {
  return {
    "bilateral-trade.csv": { schema: DERIVED_SCHEMAS["bilateral-trade.csv"], rows: rows.bilateral },
    "france-top-partners.csv": { schema: DERIVED_SCHEMAS["france-top-partners.csv"], rows: rows.franceRanks },
    "russia-top-partners.csv": { schema: DERIVED_SCHEMAS["russia-top-partners.csv"], rows: rows.russiaRanks },
    "fr-ru-monthly-trade.csv": { schema: DERIVED_SCHEMAS["fr-ru-monthly-trade.csv"], rows: rows.monthly },
    "fr-ru-annual-trade.csv": { schema: DERIVED_SCHEMAS["fr-ru-annual-trade.csv"], rows: rows.annual },
  };
}
