/**
 * Partner rankings of one reporter in one year, by total trade (exports + imports), exports or imports.
 * Only countries are ranked: World and every IMF grouping or "not specified" row are excluded.
 * Ties share the better rank (standard competition ranking: 1, 2, 2, 4).
 *
 * Each statistical basis (lib/model/constants.ts RANK_BASES; the lookups in lib/derive/bases.ts) gives its own
 * ranking: Russia's own declarations have no Belarus rows for 2009–2010, so "as-reported" leaves Belarus out of those
 * years, "belarus-filled" fills them from Belarus's declarations and "belarus-excluded" leaves Belarus out of every
 * year; "partner-declared" ranks the partners that declare their trade with the reporter; "customs" ranks Russia's 29
 * main partners of its customs table.
 */
import type { Measure, RankBasis, Reporter } from "../model/constants";
import type { Dataset } from "../model/load";
import { basisIndex } from "./bases";
import { indexTrade, type TradeIndex } from "./trade-index";

export interface RankedPartner {
  rank: number;
  partner: string;
  name: string;
  exports_usd_m: number;
  imports_usd_m: number;
  total_usd_m: number;
  /** true when a flow was filled from Belarus's declarations */
  filled: boolean;
}

/** The lookup a ranking reads (lib/derive/bases.ts); kept under this name for the callers that only know the gap. */
export const reporterIndex = (ds: Dataset, reporter: Reporter, basis: RankBasis = "as-reported"): TradeIndex =>
  basisIndex(ds, reporter, basis);

const memo = new WeakMap<Dataset, Map<string, RankedPartner[]>>();

/** Every country partner of `reporter` in `year`, ranked (memoised per dataset: tables, figures and claims share it). */
export function rankPartners(
  ds: Dataset,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: RankBasis = "as-reported",
): RankedPartner[] {
  if (!memo.has(ds)) memo.set(ds, new Map());
  const cache = memo.get(ds)!;
  const key = `${reporter}|${year}|${measure}|${basis}`;
  if (!cache.has(key)) cache.set(key, computeRanks(ds, reporter, year, measure, basis));
  return cache.get(key)!;
}

function computeRanks(
  ds: Dataset,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: RankBasis,
): RankedPartner[] {
  const idx = reporterIndex(ds, reporter, basis);
  const own = indexTrade(ds.trade[reporter]);
  const rows = idx
    .partners(year)
    .filter((code) => ds.countries.get(code)?.kind === "country")
    .map((code) => {
      const exp = idx.value(code, year, "exports") ?? 0;
      const imp = idx.value(code, year, "imports") ?? 0;
      const filled =
        basis === "belarus-filled" &&
        own.value(code, year, "exports") === undefined &&
        own.value(code, year, "imports") === undefined;
      return {
        partner: code,
        name: ds.countries.get(code)!.name,
        exports_usd_m: exp,
        imports_usd_m: imp,
        total_usd_m: exp + imp,
        filled,
      };
    });
  const key = (r: (typeof rows)[number]) =>
    measure === "total" ? r.total_usd_m : measure === "exports" ? r.exports_usd_m : r.imports_usd_m;
  rows.sort((a, b) => key(b) - key(a) || a.partner.localeCompare(b.partner));
  const ranked: RankedPartner[] = [];
  rows.forEach((r, i) => {
    const prev = ranked[i - 1];
    const rank = prev && key(rows[i - 1]) === key(r) ? prev.rank : i + 1;
    ranked.push({ rank, ...r });
  });
  return ranked;
}

/** Rank of one partner, or undefined when the reporter declares no trade with it that year. */
export function rankOf(
  ds: Dataset,
  reporter: Reporter,
  partner: string,
  year: number,
  measure: Measure,
  basis: RankBasis = "as-reported",
) {
  return rankPartners(ds, reporter, year, measure, basis).find((r) => r.partner === partner);
}
