/**
 * Table 1: France–Russia goods trade by year, from France's side, on four bases:
 *  - france-declared: France's exports to / imports from Russia as France reports them (IMF);
 *  - russia-declared: the mirror, Russia's imports from France (= French exports) and exports to France (= French imports);
 *  - russia-customs: the same mirror of Russia's customs (FCS) figures, its yearly rows, 2006–2021;
 *  - eurostat-ecb-usd: France's declarations to Eurostat, EUR converted to USD at the ECB annual average, for the full
 *    years that exist (lib/derive/monthly.ts); a flow without a full year is null, and so are its total and balance.
 * Balance is French exports minus French imports (negative = French deficit).
 * The one place that knows how to mirror Russia's declarations: the table and the claims both use bilateralFlows.
 */
import {
  BILATERAL_BASES,
  CUSTOMS_BILATERAL,
  CUSTOMS_YEARS,
  FRANCE,
  RUSSIA,
  YEAR_MAX,
  YEAR_MIN,
  type BilateralBasis,
} from "../model/constants";
import type { Dataset } from "../model/load";
import { indexTrade } from "./trade-index";
import { round1 } from "../format";
import { EUROSTAT_BASIS, eurostatBilateral } from "./monthly";

export interface BilateralRow {
  [k: string]: string | number | null;
  year: number;
  basis: BilateralBasis | typeof CUSTOMS_BILATERAL | typeof EUROSTAT_BASIS;
  fr_exports_usd_m: number | null;
  fr_imports_usd_m: number | null;
  total_usd_m: number | null;
  balance_usd_m: number | null;
}

/** French exports to and imports from Russia in one year on one basis, unrounded; undefined when a flow is missing. */
export function bilateralFlows(
  ds: Dataset,
  basis: BilateralBasis | typeof CUSTOMS_BILATERAL,
  year: number,
): { exp: number; imp: number } | undefined {
  if (basis === CUSTOMS_BILATERAL) {
    // French exports are Russia's customs imports from France, French imports its customs exports to France
    const get = (flow: "exports" | "imports") =>
      ds.customs.find(
        (r) => r.partner === FRANCE && r.period_type === "year" && r.period === String(year) && r.flow === flow,
      )?.value_usd_m;
    const [exp, imp] = [get("imports"), get("exports")];
    return exp === undefined || imp === undefined ? undefined : { exp, imp };
  }
  const own = indexTrade(basis === "france-declared" ? ds.trade.FRA : ds.trade.RUS);
  const exp = basis === "france-declared" ? own.value(RUSSIA, year, "exports") : own.value(FRANCE, year, "imports");
  const imp = basis === "france-declared" ? own.value(RUSSIA, year, "imports") : own.value(FRANCE, year, "exports");
  return exp === undefined || imp === undefined ? undefined : { exp, imp };
}

export function bilateral(ds: Dataset): BilateralRow[] {
  const rows: BilateralRow[] = [];
  const spans: { basis: BilateralBasis | typeof CUSTOMS_BILATERAL; from: number; to: number }[] = [
    ...BILATERAL_BASES.map((basis) => ({ basis, from: YEAR_MIN, to: YEAR_MAX })),
    { basis: CUSTOMS_BILATERAL, from: CUSTOMS_YEARS.from, to: CUSTOMS_YEARS.to },
  ];
  for (const { basis, from, to } of spans) {
    for (let year = from; year <= to; year++) {
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
  for (const { year, exp, imp } of eurostatBilateral(ds)) {
    const both = exp !== null && imp !== null;
    rows.push({
      year,
      basis: EUROSTAT_BASIS,
      fr_exports_usd_m: exp === null ? null : round1(exp),
      fr_imports_usd_m: imp === null ? null : round1(imp),
      total_usd_m: both ? round1(exp + imp) : null,
      balance_usd_m: both ? round1(exp - imp) : null,
    });
  }
  return rows;
}
