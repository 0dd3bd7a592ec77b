/**
 * The bases on which Russia's partners are ranked after the article's tables stop, and the years each covers: facts
 * about the sources (lib/derive/after-2021.ts computes the ranks; the schemas of the ranking CSVs list the bases).
 * Plain values only, so that the model's schemas can name them.
 */
export const AFTER_BASES = [
  "russia-declared",
  "imf-estimate",
  "imf-estimate-checked",
  "partner-declared",
  "comtrade-declared",
] as const;
export type AfterBasis = (typeof AFTER_BASES)[number];
export type AfterMeasure = "total" | "imports";

/** Years of the France rank chart and of the ranking CSV. */
export const AFTER_YEARS = { from: 2000, to: 2024 } as const;
/** Years of each basis (the sources' own spans). */
export const BASIS_YEARS: Record<AfterBasis, { from: number; to: number }> = {
  "russia-declared": { from: 2000, to: 2021 },
  "imf-estimate": { from: 2022, to: 2024 },
  "imf-estimate-checked": { from: 2022, to: 2024 },
  "partner-declared": { from: 2000, to: 2020 },
  "comtrade-declared": { from: 2014, to: 2022 },
};
export const basisMeasures = (basis: AfterBasis): AfterMeasure[] =>
  basis === "comtrade-declared" ? ["imports"] : ["total", "imports"];
/** The years whose pair history the check reads: Russia's own declarations in IMTS, after DOTS's 2016 overlap. */
export const HISTORY = { from: 2016, to: 2021 } as const;
export const ESTIMATE_YEARS = { from: 2022, to: 2024 } as const;

/** The bases of Russia's place among France's export markets, both France's own declarations: to the IMF (DOTS,
 *  trade-france.csv) and to UN Comtrade (comtrade-exports-france.csv). */
export const MARKET_BASES = ["dots-france-declared", "comtrade-france-declared"] as const;
export type MarketBasis = (typeof MARKET_BASES)[number];
/** Years of the export-markets chart and CSV: from Table 2's first year to Comtrade's last. */
export const MARKET_YEARS = { from: 2010, to: 2022 } as const;
export const MARKET_BASIS_YEARS: Record<MarketBasis, { from: number; to: number }> = {
  "dots-france-declared": { from: 2010, to: 2020 },
  "comtrade-france-declared": { from: 2014, to: 2022 },
};
/** How many of France's first export markets the CSV lists each year, beside Russia. */
export const MARKET_DEPTH = 10;
