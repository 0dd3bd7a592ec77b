/**
 * Russia among France's export markets (Table 2's question asked of exports alone), 2010–2022: every country France
 * exports to, ranked per year on each of France's own declarations, to the IMF (DOTS, to 2020) and to UN Comtrade
 * (2014–2022). The two are never joined: a year one basis lacks is absent from it. Only countries are ranked (World,
 * IMF groupings and Comtrade's unnamed "nes" areas never).
 */
import { FRANCE, RUSSIA } from "../model/constants";
import { MARKET_BASES, MARKET_BASIS_YEARS, MARKET_YEARS, type MarketBasis } from "../model/after-2021";
import type { Dataset } from "../model/load";
import { round1 } from "../format";

export interface RankedMarket {
  basis: MarketBasis;
  year: number;
  rank: number;
  partner: string;
  value_usd_m: number;
  /** countries ranked on this basis that year */
  ranked: number;
}

const memo = new WeakMap<Dataset, Map<string, RankedMarket[]>>();

/** France's export markets on a basis in a year, largest first (ties share the better rank), or [] where the basis
 *  has no figure for that year. */
export function rankMarkets(ds: Dataset, basis: MarketBasis, year: number): RankedMarket[] {
  if (!memo.has(ds)) memo.set(ds, new Map());
  const cache = memo.get(ds)!;
  const k = `${basis}|${year}`;
  const done = cache.get(k);
  if (done) return done;
  const { from, to } = MARKET_BASIS_YEARS[basis];
  const values =
    year < from || year > to
      ? []
      : basis === "dots-france-declared"
        ? ds.trade[FRANCE].filter((r) => r.year === year && r.flow === "exports")
        : ds.comtradeFrance.filter((r) => r.year === year);
  const list = values
    .filter((r) => ds.countries.get(r.partner)?.kind === "country")
    .map((r) => ({ partner: r.partner, value: r.value_usd_m }))
    .sort((a, b) => b.value - a.value || a.partner.localeCompare(b.partner));
  const ranked: RankedMarket[] = [];
  list.forEach((c, i) => {
    const rank = i > 0 && list[i - 1].value === c.value ? ranked[i - 1].rank : i + 1;
    ranked.push({ basis, year, rank, partner: c.partner, value_usd_m: c.value, ranked: list.length });
  });
  cache.set(k, ranked);
  return ranked;
}

const years = () => Array.from({ length: MARKET_YEARS.to - MARKET_YEARS.from + 1 }, (_, i) => MARKET_YEARS.from + i);

/** Russia's rank among France's export markets per basis and year, where the basis ranks it. */
export function russiaMarketRanks(ds: Dataset, basis: MarketBasis): RankedMarket[] {
  return years().flatMap((year) => rankMarkets(ds, basis, year).filter((r) => r.partner === RUSSIA));
}

/** france-export-markets.csv: per basis and year, France's first `depth` markets and Russia. */
export function marketRankRows(ds: Dataset, depth: number): Record<string, string | number>[] {
  return MARKET_BASES.flatMap((basis) =>
    years().flatMap((year) =>
      rankMarkets(ds, basis, year)
        .filter((r) => r.rank <= depth || r.partner === RUSSIA)
        .map((r) => ({
          basis,
          year,
          rank: r.rank,
          partner: r.partner,
          name: ds.countries.get(r.partner)!.name,
          value_usd_m: round1(r.value_usd_m),
          partners_ranked: r.ranked,
        })),
    ),
  );
}
