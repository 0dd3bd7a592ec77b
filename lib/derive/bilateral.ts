/**
 * Table 1: France–Russia goods trade by year, from France's side, on two bases:
 *  - france-declared: France's exports to / imports from Russia as France reports them;
 *  - russia-declared: the mirror, Russia's imports from France (= French exports) and exports to France (= French imports).
 * Balance is French exports minus French imports (negative = French deficit).
 * The one place that knows how to mirror Russia's declarations: the table and the claims both use bilateralFlows.
 */
import { BILATERAL_BASES, FRANCE, RUSSIA, YEAR_MAX, YEAR_MIN, type BilateralBasis } from "../model/constants";
import type { Dataset } from "../model/load";
import { indexTrade } from "./trade-index";
import { round1 } from "../format";

export interface BilateralRow {
  [k: string]: string | number;
  year: number;
  basis: BilateralBasis;
  fr_exports_usd_m: number;
  fr_imports_usd_m: number;
  total_usd_m: number;
  balance_usd_m: number;
}

/** French exports to and imports from Russia in one year on one basis, unrounded; undefined when a flow is missing. */
export function bilateralFlows(
  ds: Dataset,
  basis: BilateralBasis,
  year: number,
): { exp: number; imp: number } | undefined {
  const own = indexTrade(basis === "france-declared" ? ds.trade.FRA : ds.trade.RUS);
  const exp = basis === "france-declared" ? own.value(RUSSIA, year, "exports") : own.value(FRANCE, year, "imports");
  const imp = basis === "france-declared" ? own.value(RUSSIA, year, "imports") : own.value(FRANCE, year, "exports");
  return exp === undefined || imp === undefined ? undefined : { exp, imp };
}

export function bilateral(ds: Dataset): BilateralRow[] {
  const rows: BilateralRow[] = [];
  for (const basis of BILATERAL_BASES) {
    for (let year = YEAR_MIN; year <= YEAR_MAX; year++) {
      const flows = bilateralFlows(ds, basis, year);
      if (!flows) throw new Error(`bilateral: ${basis} France–Russia flows missing for ${year}`);
      const { exp, imp } = flows;
      rows.push({
        year,
        basis,
        fr_exports_usd_m: round1(exp),
        fr_imports_usd_m: round1(imp),
        total_usd_m: round1(exp + imp),
        balance_usd_m: round1(exp - imp),
      });
    }
  }
  return rows;
}
