/**
 * Facts about the data that every stage shares: the years kept, the countries the article is about, the statistical
 * bases (which side declared a flow, how Russia's Belarus gap is treated), and the shape of the published ranking
 * CSVs. Types only and plain values: model code must not depend on later stages.
 */

/** Years kept from the IMF workbooks: the article's tables cover 2010–2020; 2000–2009 give context. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2020;

export const FRANCE = "FRA";
export const RUSSIA = "RUS";
export const BELARUS = "BLR";
export type Reporter = typeof FRANCE | typeof RUSSIA;

/** The IMF's data portal (its name and licence are worded by the catalogues: source.imf, licence.imf). */
export const IMF_SOURCE = { url: "https://data.imf.org/" };

export type Flow = "exports" | "imports";
/** What a ranking ranks: exports + imports, exports only or imports only. */
export type Measure = "total" | Flow;

/** Which side's declarations give France–Russia flows (Table 1). */
export const BILATERAL_BASES = ["france-declared", "russia-declared"] as const;
export type BilateralBasis = (typeof BILATERAL_BASES)[number];
/** Table 1's Russia's-customs basis: Russia's customs (FCS) figures with France, mirrored like russia-declared
 *  (lib/derive/bilateral.ts), CUSTOMS_YEARS only; also a basis of the France–Russia flow claims. */
export const CUSTOMS_BILATERAL = "russia-customs";
/** Table 1's fourth basis, France's declarations to Eurostat converted to USD (lib/derive/monthly.ts): its own rows,
 *  never merged into the IMF bases above, and not a basis of the claims. */
export const EUROSTAT_BASIS = "eurostat-ecb-usd";
/** The year the monthly page compares each year with: the last full year before the invasion of 24 February 2022. */
export const BASE_YEAR = 2021;

/**
 * The statistical bases a ranking can be computed on, each defined once here with the reporters it can rank; its label
 * and the one plain sentence that explains it wherever it is used (figure notes, the claims matrix, the data
 * catalogue) are the catalogues' `basis.*` messages (lib/i18n/bases.ts). Ids: as-reported = basis 1
 * (reporter-declared), belarus-filled = 2, belarus-excluded = 3, partner-declared = 4, customs = 5.
 */
export const RANK_BASES = ["as-reported", "belarus-filled", "belarus-excluded", "partner-declared", "customs"] as const;
export type RankBasis = (typeof RANK_BASES)[number];

/** Years of Russia's customs table (Rosstat, FCS data), which lists 29 main partners only. */
export const CUSTOMS_YEARS = { from: 2006, to: 2021 } as const;
export const CUSTOMS_PARTNERS = 29;

export interface BasisInfo {
  /** which reporters' partners it can rank */
  reporters: readonly Reporter[];
}

export const BASIS_INFO: Record<RankBasis, BasisInfo> = {
  "as-reported": {
    reporters: [FRANCE, RUSSIA],
  },
  "belarus-filled": {
    reporters: [RUSSIA],
  },
  "belarus-excluded": {
    reporters: [RUSSIA],
  },
  "partner-declared": {
    reporters: [FRANCE, RUSSIA],
  },
  customs: {
    reporters: [RUSSIA],
  },
};

/** The bases that can rank a reporter's partners, in the order they are offered. */
export const basesFor = (reporter: Reporter): RankBasis[] =>
  RANK_BASES.filter((b) => BASIS_INFO[b].reporters.includes(reporter));

/** The chart pages (their slugs), which the claims spec refers to and the figure registry fills. */
export const CHART_PAGES = [
  "bilateral-trade",
  "france-top-partners",
  "russia-top-partners",
  "fdi-in-russia",
  "since-2021",
] as const;

/** Years of the published rankings, and how deep each ranking CSV goes: deeper than the charts' top N, so that a
 *  partner leaving the top still has its rank in the other year. */
export const RANK_YEARS: readonly number[] = Array.from({ length: 11 }, (_, i) => 2010 + i);
export const FRANCE_DEPTH = 30;
export const RUSSIA_DEPTH = 25;
