/**
 * Table 1: France–Russia goods trade by year, from France's side, on two bases:
 *  - france-declared: France's exports to / imports from Russia as France reports them;
 *  - russia-declared: the mirror, Russia's imports from France (= French exports) and exports to France (= French imports).
 * Balance is French exports minus French imports (negative = French deficit).
 */
import { FRANCE, RUSSIA, YEAR_MAX, YEAR_MIN } from "../model/constants";
import type { Dataset } from "../model/load";
import { indexTrade } from "./trade-index";
import { round1 } from "../format";

export type Basis = "france-declared" | "russia-declared";
export const BASES: readonly Basis[] = ["france-declared", "russia-declared"];
export const BASIS_LABEL: Record<Basis, string> = {
  "france-declared": "France-declared (French customs data reported to the IMF)",
  "russia-declared": "Russia-declared (Russian data reported to the IMF, mirrored)",
};

export interface BilateralRow {
  [k: string]: string | number;
  year: number;
  basis: Basis;
  fr_exports_usd_m: number;
  fr_imports_usd_m: number;
  total_usd_m: number;
  balance_usd_m: number;
}

export function bilateral(ds: Dataset): BilateralRow[] {
  const fr = indexTrade(ds.trade.FRA);
  const ru = indexTrade(ds.trade.RUS);
  const rows: BilateralRow[] = [];
  for (const basis of BASES) {
    for (let year = YEAR_MIN; year <= YEAR_MAX; year++) {
      const exp = basis === "france-declared" ? fr.value(RUSSIA, year, "exports") : ru.value(FRANCE, year, "imports");
      const imp = basis === "france-declared" ? fr.value(RUSSIA, year, "imports") : ru.value(FRANCE, year, "exports");
      if (exp === undefined || imp === undefined) throw new Error(`bilateral: ${basis} France–Russia flows missing for ${year}`);
      rows.push({
        year, basis,
        fr_exports_usd_m: round1(exp), fr_imports_usd_m: round1(imp),
        total_usd_m: round1(exp + imp), balance_usd_m: round1(exp - imp),
      });
    }
  }
  return rows;
}
