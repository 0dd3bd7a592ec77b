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

export const IMF_SOURCE = {
  name: "IMF, Direction of Trade Statistics (DOTS), annual, reporter-declared",
  url: "https://data.imf.org/",
  licence: "IMF Terms of Use: free to reuse with attribution (“Source: IMF Direction of Trade Statistics”)",
};

export type Flow = "exports" | "imports";
/** What a ranking ranks: exports + imports, exports only or imports only. */
export type Measure = "total" | Flow;

/** Which side's declarations give France–Russia flows (Table 1). */
export const BILATERAL_BASES = ["france-declared", "russia-declared"] as const;
export type BilateralBasis = (typeof BILATERAL_BASES)[number];
/** Table 1's third basis, France's declarations to Eurostat converted to USD (lib/derive/monthly.ts): its own rows,
 *  never merged into the IMF bases above, and not a basis of the claims. */
export const EUROSTAT_BASIS = "eurostat-ecb-usd";
/** The year the monthly page compares each year with: the last full year before the invasion of 24 February 2022. */
export const BASE_YEAR = 2021;

/** Treatment of Russia's missing Belarus rows for 2009–2010 (Table 3). */
export const GAP_BASES = ["as-reported", "belarus-filled"] as const;
export type GapBasis = (typeof GAP_BASES)[number];

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
