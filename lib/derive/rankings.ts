/**
 * Partner rankings of one reporter in one year, by total trade (exports + imports), exports or imports.
 * Only countries are ranked: World and every IMF grouping or "not specified" row are excluded.
 * Ties share the better rank (standard competition ranking: 1, 2, 2, 4).
 *
 * Russia's own declarations have no Belarus rows for 2009–2010. Basis "as-reported" leaves Belarus out of
 * those years; basis "belarus-filled" fills the missing flows from Belarus's declarations (Russia's exports to
 * Belarus ← Belarus's imports from Russia, Russia's imports from Belarus ← Belarus's exports to Russia).
 */
import { BELARUS, RUSSIA, type GapBasis, type Measure, type Reporter } from "../model/constants";
import type { Dataset } from "../model/load";
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

export function reporterIndex(ds: Dataset, reporter: Reporter, basis: GapBasis = "as-reported"): TradeIndex {
  const own = indexTrade(ds.trade[reporter]);
  if (reporter !== RUSSIA || basis === "as-reported") return own;
  const by = indexTrade(ds.trade.BLR);
  return {
    value(partner, year, flow) {
      const v = own.value(partner, year, flow);
      if (v !== undefined || partner !== BELARUS) return v;
      return by.value(RUSSIA, year, flow === "exports" ? "imports" : "exports");
    },
    partners(year) {
      const list = own.partners(year);
      return list.includes(BELARUS) || by.value(RUSSIA, year, "exports") === undefined
        ? list
        : [...list, BELARUS].sort();
    },
  };
}

const memo = new WeakMap<Dataset, Map<string, RankedPartner[]>>();

/** Every country partner of `reporter` in `year`, ranked (memoised per dataset: tables, figures and claims share it). */
export function rankPartners(
  ds: Dataset,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: GapBasis = "as-reported",
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
  basis: GapBasis,
): RankedPartner[] {
  const idx = reporterIndex(ds, reporter, basis);
  const own = indexTrade(ds.trade[reporter]);
  const rows = idx
    .partners(year)
    .filter((code) => ds.countries.get(code)?.kind === "country")
    .map((code) => {
      const exp = idx.value(code, year, "exports") ?? 0;
      const imp = idx.value(code, year, "imports") ?? 0;
      const filled = own.value(code, year, "exports") === undefined && own.value(code, year, "imports") === undefined;
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
  basis: GapBasis = "as-reported",
) {
  return rankPartners(ds, reporter, year, measure, basis).find((r) => r.partner === partner);
}
