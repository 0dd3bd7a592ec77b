/**
 * Schemas of the derived CSVs (computed by lib/derive/tables.ts, never edited by hand). Their words are message ids,
 * as in lib/model/schemas.ts; the constants a sentence states (years, depths, basis codes) are its arguments.
 */
import {
  BASE_YEAR,
  basesFor,
  CUSTOMS_BILATERAL,
  CUSTOMS_PARTNERS,
  CUSTOMS_YEARS,
  EUROSTAT_BASIS,
  FRANCE,
  FRANCE_DEPTH,
  RUSSIA,
  RANK_YEARS,
  RUSSIA_DEPTH,
  YEAR_MAX,
  YEAR_MIN,
  BILATERAL_BASES,
  type Reporter,
} from "./constants";
import {
  FR_RU_FLOW,
  FR_RU_PRODUCT,
  IMF,
  MONTH_WORDS,
  PARTNER_WORDS,
  RATE_YEAR_MAX,
  RATE_YEAR_MIN,
  SCHEMAS,
  TRADE_EUR_MONTH_MAX,
  TRADE_USD_M_MAX,
  type CsvSchema,
  type Field,
  type Licence,
  type Source,
} from "./schemas";
import { basisSentence } from "../i18n/bases";
import { AFTER_BASES, AFTER_YEARS, ESTIMATE_YEARS, MARKET_BASES, MARKET_DEPTH, MARKET_YEARS } from "./after-2021";
import type { Arg, MessageId } from "../i18n/translate";

/** Ranges follow from data/'s: one flow lies in 0…TRADE_USD_M_MAX (lib/model/schemas.ts), so exports + imports lie
 *  in 0…2× that and exports − imports within ± that; rounding to 0.1 cannot cross a bound that is a whole number. */
const FLOW: [number, number] = [0, TRADE_USD_M_MAX];
const TOTAL: [number, number] = [0, 2 * TRADE_USD_M_MAX];
const BALANCE: [number, number] = [-TRADE_USD_M_MAX, TRADE_USD_M_MAX];
const usd = (name: string, [minimum, maximum]: [number, number], optional = false, words?: MessageId): Field => ({
  name,
  type: "number",
  ...(words ? { words: { id: words } } : {}),
  unit: "usdMillions",
  minimum,
  maximum,
  ...(optional ? { optional } : {}),
});
const derivedFrom = (files: string[], code: string): Source => ({
  words: { id: "source.derived", args: { files: { list: files.map((f) => `data/${f}`) }, code } },
  path: `data/${files[0]}`,
});
const from = (...files: string[]): Source[] => [IMF, ...files.map((f) => derivedFrom([f], "lib/derive/tables.ts"))];
/** The words of each basis a ranking CSV's basis column may hold: its sentence (basis.<basis>.sentence), by the
 *  basis code in camel case (as-reported → asReported). */
const basisArgs = (reporter: Reporter): Record<string, Arg> =>
  Object.fromEntries(
    basesFor(reporter).map((b) => [b.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), basisSentence(b)]),
  );
const [RANK_FROM, RANK_TO] = [RANK_YEARS[0], RANK_YEARS[RANK_YEARS.length - 1]];
const RANK_ARGS = { rankFrom: String(RANK_FROM), rankTo: String(RANK_TO) };
const EUROSTAT_SOURCES = [...SCHEMAS["fr-ru-monthly.csv"].sources, ...SCHEMAS["ecb-usd-per-eur.csv"].sources];
const fromMonthly = derivedFrom(["fr-ru-monthly.csv", "ecb-usd-per-eur.csv"], "lib/derive/monthly.ts");
const EUROSTAT_ECB: Licence = ["eurostat", "ecbReferenceRates"];
const UNIT: Field = {
  name: "unit",
  type: "string",
  words: { id: "data.column.currencyUnit" },
  enum: ["EUR", "USD"],
};
const RATE = (average: "monthly" | "annual"): Field => ({
  name: "usd_per_eur",
  type: "number",
  words: { id: "data.column.usdPerEur", args: { average } },
  unit: "usdPerEur",
  minimum: 0.5,
  maximum: 2,
  optional: true,
});
const SOURCE: Field = { name: "source", type: "string", words: { id: "data.column.eurostatSource" } };
/** The fields of a ranking CSV that keeps the first `depth` partners of each ranking (lib/derive/tables.ts): ranks
 *  run from 1, and ties share the better rank, so none exceeds `depth`. */
const rankFields = (depth: number): Field[] => [
  { name: "year", type: "integer", words: { id: "data.column.year" }, minimum: RANK_FROM, maximum: RANK_TO },
  { name: "rank", type: "integer", words: { id: "data.column.ranking.rank" }, minimum: 1, maximum: depth },
  { name: "partner", type: "string", words: PARTNER_WORDS, country: true },
  { name: "name", type: "string", words: { id: "data.column.ranking.name" } },
  usd("exports_usd_m", FLOW, false, "data.column.ranking.exports_usd_m"),
  usd("imports_usd_m", FLOW, false, "data.column.ranking.imports_usd_m"),
  usd("total_usd_m", TOTAL, false, "data.column.ranking.total_usd_m"),
];
const CUSTOMS_LICENCE = SCHEMAS["russia-customs-main-partners.csv"].licence;
/** A ranking has at most one rank per country: 300 is above the 221 codes of data/countries.csv. */
const MAX_RANKED = 300;
/** Ratios of one declaration to another: the largest in the estimate checks is under 1,000 (an estimate a thousand
 *  times its partner's figure); 1,000,000 leaves room and still refuses an overflow. */
const RATIO: [number, number] = [0, 1_000_000];
const ratio = (name: string): Field => ({ name, type: "number", minimum: RATIO[0], maximum: RATIO[1], optional: true });
const YES_NO = ["no", "yes"] as const;
const AFTER_SOURCES: Source[] = [
  IMF,
  ...SCHEMAS["trade-russia-imts.csv"].sources,
  ...SCHEMAS["comtrade-exports-to-russia.csv"].sources,
  derivedFrom(
    ["trade-russia.csv", "trade-russia-imts.csv", "trade-all-reporters.csv", "comtrade-exports-to-russia.csv"],
    "lib/derive/after-2021.ts",
  ),
];
const AFTER_LICENCE: Licence = ["imf", "imts", "comtrade"];

export const DERIVED_SCHEMAS: Record<string, CsvSchema> = {
  "bilateral-trade.csv": {
    file: "bilateral-trade.csv",
    title: {
      id: "data.bilateral-trade.title",
      args: { yearMin: String(YEAR_MIN), yearMax: String(YEAR_MAX), rateYearMin: String(RATE_YEAR_MIN) },
    },
    description: {
      id: "data.bilateral-trade.description",
      args: {
        customs: CUSTOMS_BILATERAL,
        eurostat: EUROSTAT_BASIS,
        customsFrom: String(CUSTOMS_YEARS.from),
        customsTo: String(CUSTOMS_YEARS.to),
      },
    },
    fields: [
      { name: "year", type: "integer", words: { id: "data.column.year" }, minimum: YEAR_MIN, maximum: RATE_YEAR_MAX },
      { name: "basis", type: "string", enum: [...BILATERAL_BASES, CUSTOMS_BILATERAL, EUROSTAT_BASIS] },
      usd("fr_exports_usd_m", FLOW, true),
      usd("fr_imports_usd_m", FLOW, true),
      usd("total_usd_m", TOTAL, true),
      usd("balance_usd_m", BALANCE, true),
    ],
    primaryKey: ["basis", "year"],
    sources: [
      ...from("trade-france.csv", "trade-russia.csv", "russia-customs-main-partners.csv"),
      ...SCHEMAS["russia-customs-main-partners.csv"].sources,
      ...EUROSTAT_SOURCES,
      fromMonthly,
    ],
    licence: [
      "imf",
      { rows: CUSTOMS_BILATERAL, licence: CUSTOMS_LICENCE },
      { rows: "Eurostat", licence: [["eurostat", "ecbRates"]] },
    ],
  },
  "france-top-partners.csv": {
    file: "france-top-partners.csv",
    title: { id: "data.france-top-partners.title", args: { depth: FRANCE_DEPTH, ...RANK_ARGS } },
    description: { id: "data.france-top-partners.description" },
    fields: [
      {
        name: "basis",
        type: "string",
        words: { id: "data.france-top-partners.column.basis", args: basisArgs(FRANCE) },
        enum: basesFor(FRANCE),
      },
      ...rankFields(FRANCE_DEPTH),
    ],
    primaryKey: ["basis", "year", "rank", "partner"],
    sources: from("trade-france.csv", "trade-all-reporters.csv"),
    licence: ["imf"],
  },
  "russia-top-partners.csv": {
    file: "russia-top-partners.csv",
    title: { id: "data.russia-top-partners.title", args: { depth: RUSSIA_DEPTH, ...RANK_ARGS } },
    description: { id: "data.russia-top-partners.description", args: { partners: CUSTOMS_PARTNERS } },
    fields: [
      { name: "measure", type: "string", enum: ["total", "imports"] },
      {
        name: "basis",
        type: "string",
        words: { id: "data.russia-top-partners.column.basis", args: basisArgs(RUSSIA) },
        enum: basesFor(RUSSIA),
      },
      ...rankFields(RUSSIA_DEPTH),
    ],
    primaryKey: ["measure", "basis", "year", "rank", "partner"],
    sources: from(
      "trade-russia.csv",
      "trade-belarus.csv",
      "trade-all-reporters.csv",
      "russia-customs-main-partners.csv",
    ),
    licence: ["imf", { rows: "customs", licence: CUSTOMS_LICENCE }],
  },
  "russia-partner-ranks.csv": {
    file: "russia-partner-ranks.csv",
    title: {
      id: "data.russia-partner-ranks.title",
      args: { depth: RUSSIA_DEPTH, yearMin: String(AFTER_YEARS.from), yearMax: String(AFTER_YEARS.to) },
    },
    description: { id: "data.russia-partner-ranks.description", args: { depth: RUSSIA_DEPTH } },
    fields: [
      { name: "measure", type: "string", enum: ["total", "imports"] },
      { name: "basis", type: "string", enum: AFTER_BASES },
      {
        name: "year",
        type: "integer",
        words: { id: "data.column.year" },
        minimum: AFTER_YEARS.from,
        maximum: AFTER_YEARS.to,
      },
      { name: "rank", type: "integer", words: { id: "data.column.ranking.rank" }, minimum: 1, maximum: MAX_RANKED },
      { name: "partner", type: "string", words: PARTNER_WORDS, country: true },
      { name: "name", type: "string", words: { id: "data.column.ranking.name" } },
      usd("value_usd_m", TOTAL),
      { name: "partners_ranked", type: "integer", minimum: 1, maximum: MAX_RANKED },
      { name: "estimated", type: "string", enum: YES_NO },
      { name: "flagged", type: "string", enum: YES_NO },
    ],
    primaryKey: ["measure", "basis", "year", "partner"],
    sources: AFTER_SOURCES,
    licence: AFTER_LICENCE,
  },
  "france-export-markets.csv": {
    file: "france-export-markets.csv",
    title: {
      id: "data.france-export-markets.title",
      args: { depth: MARKET_DEPTH, yearMin: String(MARKET_YEARS.from), yearMax: String(MARKET_YEARS.to) },
    },
    description: { id: "data.france-export-markets.description", args: { depth: MARKET_DEPTH } },
    fields: [
      { name: "basis", type: "string", enum: MARKET_BASES },
      {
        name: "year",
        type: "integer",
        words: { id: "data.column.year" },
        minimum: MARKET_YEARS.from,
        maximum: MARKET_YEARS.to,
      },
      { name: "rank", type: "integer", words: { id: "data.column.ranking.rank" }, minimum: 1, maximum: MAX_RANKED },
      { name: "partner", type: "string", words: PARTNER_WORDS, country: true },
      { name: "name", type: "string", words: { id: "data.column.ranking.name" } },
      usd("value_usd_m", FLOW),
      { name: "partners_ranked", type: "integer", minimum: 1, maximum: MAX_RANKED },
    ],
    primaryKey: ["basis", "year", "partner"],
    sources: [
      IMF,
      ...SCHEMAS["comtrade-exports-france.csv"].sources,
      derivedFrom(["trade-france.csv", "comtrade-exports-france.csv"], "lib/derive/france-markets.ts"),
    ],
    licence: ["imf", "comtrade"],
  },
  "imf-estimate-checks.csv": {
    file: "imf-estimate-checks.csv",
    title: {
      id: "data.imf-estimate-checks.title",
      args: { yearMin: String(ESTIMATE_YEARS.from), yearMax: String(ESTIMATE_YEARS.to) },
    },
    description: { id: "data.imf-estimate-checks.description" },
    fields: [
      { name: "partner", type: "string", words: PARTNER_WORDS, country: true },
      { name: "name", type: "string", words: { id: "data.column.ranking.name" } },
      { name: "flow", type: "string", enum: ["exports", "imports"] },
      {
        name: "year",
        type: "integer",
        words: { id: "data.column.year" },
        minimum: ESTIMATE_YEARS.from,
        maximum: ESTIMATE_YEARS.to,
      },
      usd("estimate_usd_m", FLOW),
      { name: "test", type: "string", enum: ["mirror", "level", "none"] },
      usd("declared_usd_m", FLOW, true),
      { name: "declared_source", type: "string", enum: ["comtrade", "eurostat"], optional: true },
      ratio("mirror_ratio"),
      ratio("ratio_min"),
      ratio("ratio_max"),
      ratio("ratio_low"),
      ratio("ratio_high"),
      usd("value_min_usd_m", FLOW, true),
      usd("value_max_usd_m", FLOW, true),
      usd("value_low_usd_m", TOTAL, true),
      usd("value_high_usd_m", TOTAL, true),
      { name: "flagged", type: "string", enum: YES_NO },
      { name: "reason", type: "string", enum: ["in-band", "above-band", "below-band", "no-history"] },
    ],
    primaryKey: ["partner", "flow", "year"],
    sources: AFTER_SOURCES,
    licence: AFTER_LICENCE,
  },
  "fr-ru-monthly-trade.csv": {
    file: "fr-ru-monthly-trade.csv",
    title: { id: "data.fr-ru-monthly-trade.title", args: { rateYearMin: String(RATE_YEAR_MIN) } },
    description: { id: "data.fr-ru-monthly-trade.description" },
    fields: [
      { name: "period", type: "string", words: MONTH_WORDS, pattern: "^(2019|202[0-4])-(0[1-9]|1[0-2])$" },
      FR_RU_FLOW,
      FR_RU_PRODUCT,
      UNIT,
      { name: "value", type: "integer", unit: "eurOrUsd", minimum: 0, maximum: 2 * TRADE_EUR_MONTH_MAX },
      RATE("monthly"),
      SOURCE,
    ],
    primaryKey: ["period", "flow", "product", "unit"],
    sources: [...EUROSTAT_SOURCES, fromMonthly],
    licence: EUROSTAT_ECB,
  },
  "fr-ru-annual-trade.csv": {
    file: "fr-ru-annual-trade.csv",
    title: {
      id: "data.fr-ru-annual-trade.title",
      args: { rateYearMin: String(RATE_YEAR_MIN), baseYear: String(BASE_YEAR) },
    },
    description: { id: "data.fr-ru-annual-trade.description", args: { baseYear: String(BASE_YEAR) } },
    fields: [
      {
        name: "year",
        type: "integer",
        words: { id: "data.column.year" },
        minimum: RATE_YEAR_MIN,
        maximum: RATE_YEAR_MAX,
      },
      FR_RU_FLOW,
      FR_RU_PRODUCT,
      UNIT,
      { name: "months", type: "integer", unit: "months", minimum: 1, maximum: 12 },
      {
        name: "value_m",
        type: "number",
        unit: "eurOrUsdMillions",
        minimum: 0,
        maximum: (2 * 12 * TRADE_EUR_MONTH_MAX) / 1e6,
      },
      RATE("annual"),
      {
        name: "change_from_2021_pct",
        type: "number",
        words: { id: "data.fr-ru-annual-trade.column.change_from_2021_pct", args: { baseYear: String(BASE_YEAR) } },
        unit: "percent",
        // a value can fall by at most 100 %; a rise of 1,000,000 % would take a year 10,000 times 2021's
        minimum: -100,
        maximum: 1_000_000,
      },
      {
        name: "compared_with",
        type: "string",
        words: { id: "data.fr-ru-annual-trade.column.compared_with", args: { baseYear: String(BASE_YEAR) } },
      },
      SOURCE,
    ],
    primaryKey: ["year", "flow", "product", "unit"],
    sources: [...EUROSTAT_SOURCES, fromMonthly],
    licence: EUROSTAT_ECB,
  },
};
