/** A Table 1 row for takeaway fixtures: France-declared exports and imports of a year, with their total and balance. */
import type { BilateralRow } from "../lib/derive/bilateral";

export const bilateralRow = (year: number, exp: number, imp: number): BilateralRow => ({
  year,
  basis: "france-declared",
  fr_exports_usd_m: exp,
  fr_imports_usd_m: imp,
  total_usd_m: exp + imp,
  balance_usd_m: exp - imp,
});
