/**
 * What the takeaways say, as data: the comparisons behind each figure's two or three sentences, computed once here and
 * turned into sentence plans by lib/figures/takeaways.ts, so every language states the same facts from the same rows
 * and only the words (messages/<locale>.json) differ.
 */
import type { BilateralRow } from "./bilateral";
import type { AnnualTradeRow } from "./monthly";
import { competitionRanks, largestMoves, rankMoves, type Ranked } from "./movers";

type FlowKey = "fr_exports_usd_m" | "fr_imports_usd_m" | "total_usd_m";
export interface Ends {
  first: BilateralRow;
  last: BilateralRow;
  v: (r: BilateralRow) => number;
}

/** Table 1: each flow at both ends of the years it has; the peak, the last total and the balance over the years with
 *  both flows (the Eurostat view has exports for more full years than imports). */
export function bilateralSummary(rows: readonly BilateralRow[]) {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const ends = (key: FlowKey): Ends & { has: BilateralRow[] } => {
    const has = sorted.filter((r) => r[key] !== null);
    const first = has[0];
    const last = has[has.length - 1];
    if (!first || !last || first === last) throw new Error(`bilateral takeaways: need two years of ${key}`);
    return { has, first, last, v: (r) => r[key] as number };
  };
  const exp = ends("fr_exports_usd_m");
  const imp = ends("fr_imports_usd_m");
  const tot = ends("total_usd_m");
  const balances = tot.has.map((r) => ({ year: r.year, b: r.balance_usd_m as number }));
  return {
    exp,
    imp,
    tot,
    /** both flows start and end in the same years */
    sameYears: exp.first.year === imp.first.year && exp.last.year === imp.last.year,
    peak: tot.has.reduce((p, r) => (tot.v(r) > tot.v(p) ? r : p)),
    balances,
    lastBalance: balances[balances.length - 1]!,
    deficits: balances.filter((r) => r.b < 0).length,
    /** the years with both flows run without a gap from the first to the last */
    contiguous: balances.length === tot.last.year - tot.first.year + 1,
  };
}

/** Tables 2 and 3: the highlighted partner's rows in the two years, the leaders, the largest movers in the top N. */
export function rankingSummary<R extends Ranked>(
  rows: readonly R[],
  highlight: string,
  years: { a: number; b: number },
  top: number,
) {
  const at = (year: number) => rows.find((r) => r.year === year && r.partner === highlight);
  const leader = (year: number) => rows.find((r) => r.year === year && r.rank === 1);
  return {
    ha: at(years.a),
    hb: at(years.b),
    la: leader(years.a),
    lb: leader(years.b),
    ...largestMoves(rankMoves(rows, years.a, years.b, top)),
  };
}

/** A value of a grouped (FDI) chart: one country in one year. */
export interface GroupedRow {
  year: number;
  code: string;
  name: string;
  value: number;
}

/** The FDI charts: the highlighted country's rank each year (with the countries tied with it), the years without it,
 *  the first each year, the negative values. */
export function groupedSummary(shown: readonly GroupedRow[], highlight: string) {
  const years = [...new Set(shown.map((r) => r.year))].sort((p, q) => p - q);
  const ranked = new Map(
    years.map((y) => [
      y,
      competitionRanks(
        shown.filter((r) => r.year === y),
        (r) => r.value,
      ),
    ]),
  );
  const ranks = years.flatMap((y) => {
    const r = ranked.get(y)!.find((x) => x.code === highlight);
    if (!r) return [];
    const tied = ranked.get(y)!.filter((x) => x.rank === r.rank && x.code !== r.code);
    return [{ year: y, rank: r.rank, value: r.value, tied }];
  });
  const firsts = years.map((y) => ({ y, top: ranked.get(y)!.filter((x) => x.rank === 1) }));
  return {
    count: new Set(shown.map((r) => r.code)).size,
    ranks,
    missing: years.filter((y) => !ranked.get(y)!.some((x) => x.code === highlight)),
    firsts,
    sameLeader: new Set(firsts.map((f) => f.top.map((x) => x.code).join())).size === 1,
    negatives: shown.filter((r) => r.value < 0).sort((p, q) => p.year - q.year || p.name.localeCompare(q.name)),
  };
}

/** The monthly page: exports in the base year and the last full year, imports and their mineral-fuel part in the
 *  base year, in one unit (full years only). */
export function monthlySummary(annual: readonly AnnualTradeRow[], unit: string, baseYear: number) {
  const full = (flow: string, product: string) =>
    annual
      .filter((r) => r.unit === unit && r.flow === flow && r.product === product && r.months === 12)
      .sort((a, b) => a.year - b.year);
  const exp = full("exports", "total");
  const base = exp.find((r) => r.year === baseYear);
  const last = exp[exp.length - 1];
  const imp = full("imports", "total").find((r) => r.year === baseYear);
  const fuel = full("imports", "hs27").find((r) => r.year === baseYear);
  if (!base || !last || last === base || !imp || !fuel)
    throw new Error(`monthly takeaways: no full ${baseYear} in ${unit}`);
  return { base, last, imp, fuel };
}
