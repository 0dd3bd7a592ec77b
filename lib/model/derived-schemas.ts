/** Schemas of the derived CSVs (computed by lib/derive/tables.ts, never edited by hand). */
import {
  BASE_YEAR,
  basesFor,
  BASIS_INFO,
  BILATERAL_BASES,
  CUSTOMS_BILATERAL,
  CUSTOMS_YEARS,
  EUROSTAT_BASIS,
  FRANCE,
  FRANCE_DEPTH,
  RUSSIA,
  IMF_SOURCE,
  RANK_YEARS,
  RUSSIA_DEPTH,
  YEAR_MAX,
  YEAR_MIN,
} from "./constants";
import {
  RATE_YEAR_MAX,
  RATE_YEAR_MIN,
  SCHEMAS,
  TRADE_EUR_MONTH_MAX,
  TRADE_USD_M_MAX,
  type Field,
  type Schema,
} from "./schemas";

/** Ranges follow from data/'s: one flow lies in 0…TRADE_USD_M_MAX (lib/model/schemas.ts), so exports + imports lie
 *  in 0…2× that and exports − imports within ± that; rounding to 0.1 cannot cross a bound that is a whole number. */
const FLOW: [number, number] = [0, TRADE_USD_M_MAX];
const TOTAL: [number, number] = [0, 2 * TRADE_USD_M_MAX];
const BALANCE: [number, number] = [-TRADE_USD_M_MAX, TRADE_USD_M_MAX];
const usd = (name: string, description: string, [minimum, maximum]: [number, number], optional = false): Field => ({
  name,
  type: "number",
  description,
  unit: "USD millions, current prices",
  minimum,
  maximum,
  ...(optional ? { optional } : {}),
});
const from = (...files: string[]) => [
  { title: IMF_SOURCE.name, url: IMF_SOURCE.url },
  ...files.map((f) => ({ title: `Derived at build from data/${f} by lib/derive/tables.ts`, path: `data/${f}` })),
];
/** The basis column of a ranking CSV, and the sentence of each basis it may hold. */
const basisField = (reporter: typeof FRANCE | typeof RUSSIA): Field => ({
  name: "basis",
  type: "string",
  description: `Statistical basis: ${basesFor(reporter)
    .map((b) => `${b} = ${BASIS_INFO[b].sentence}`)
    .join(" ")}`,
  enum: basesFor(reporter),
});
const [RANK_FROM, RANK_TO] = [RANK_YEARS[0], RANK_YEARS[RANK_YEARS.length - 1]];
const EUROSTAT_SOURCES = [...SCHEMAS["fr-ru-monthly.csv"].sources, ...SCHEMAS["ecb-usd-per-eur.csv"].sources];
const fromMonthly = {
  title: "Derived at build from data/fr-ru-monthly.csv and data/ecb-usd-per-eur.csv by lib/derive/monthly.ts",
  path: "data/fr-ru-monthly.csv",
};
const MONTHLY_FLOW: Field = {
  name: "flow",
  type: "string",
  description: "exports = France's exports to Russia; imports = France's imports from Russia",
  enum: ["exports", "imports"],
};
const MONTHLY_PRODUCT: Field = {
  name: "product",
  type: "string",
  description: "total = all goods; hs27 = HS chapter 27, mineral fuels, oils and products of their distillation",
  enum: ["total", "hs27"],
};
const UNIT: Field = {
  name: "unit",
  type: "string",
  description:
    "Unit of the row's value: EUR = euros as France declared them to Eurostat; USD = US dollars, converted from the euros at the rate in usd_per_eur",
  enum: ["EUR", "USD"],
};
const RATE = (period: string): Field => ({
  name: "usd_per_eur",
  type: "number",
  description: `ECB ${period} average of the daily USD reference rate (data/ecb-usd-per-eur.csv), the rate used for a USD row; empty on EUR rows (no conversion)`,
  unit: "US dollars per euro",
  minimum: 0.5,
  maximum: 2,
  optional: true,
});
const SOURCE: Field = {
  name: "source",
  type: "string",
  description:
    "Where the value comes from: the Eurostat extraction (data/raw/eurostat-eu-exports/, extracted 2024-11-16; data/raw/eurostat-ruimpeks/, extracted 2023-01-22) and, for USD rows, the ECB average used",
};
/** The fields of a ranking CSV that keeps the first `depth` partners of each ranking (lib/derive/tables.ts): ranks
 *  run from 1, and ties share the better rank, so none exceeds `depth`. */
const rankFields = (depth: number): Field[] => [
  { name: "year", type: "integer", description: "Calendar year", minimum: RANK_FROM, maximum: RANK_TO },
  {
    name: "rank",
    type: "integer",
    description: "Rank among partner countries (1 = largest); aggregates excluded; ties share the better rank",
    minimum: 1,
    maximum: depth,
  },
  { name: "partner", type: "string", description: "Partner country (ISO 3166-1 alpha-3)", country: true },
  { name: "name", type: "string", description: "Partner name" },
  usd("exports_usd_m", "Reporter's exports to the partner (FOB), rounded to 0.1", FLOW),
  usd("imports_usd_m", "Reporter's imports from the partner (CIF), rounded to 0.1", FLOW),
  usd("total_usd_m", "Exports + imports, rounded to 0.1 after summing", TOTAL),
];

export const DERIVED_SCHEMAS: Record<string, Schema> = {
  "bilateral-trade.csv": {
    file: "bilateral-trade.csv",
    title: `France–Russia goods trade by year, ${YEAR_MIN}–${YEAR_MAX} on both declaring sides (IMF), and full years from Eurostat since ${RATE_YEAR_MIN}`,
    description: `French exports to and imports from Russia. basis france-declared: France's declarations to the IMF; russia-declared: Russia's declarations to the IMF mirrored (Russia's imports from France as French exports, Russia's exports to France as French imports); ${CUSTOMS_BILATERAL}: Russia's customs statistics (Federal Customs Service data published by Rosstat), sums of the twelve months of each year ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to}, mirrored in the same way; ${EUROSTAT_BASIS}: France's declarations to Eurostat, summed over the calendar year in euros and converted to US dollars at the ECB annual average of that year, for full years only (all twelve months present): a flow with fewer months is empty, and so are the year's total and balance. The ${EUROSTAT_BASIS} rows are a different source and valuation from the IMF rows, never merged with them. Balance = exports − imports (negative: French deficit). Values rounded to 0.1 after computing.`,
    fields: [
      { name: "year", type: "integer", description: "Calendar year", minimum: YEAR_MIN, maximum: RATE_YEAR_MAX },
      {
        name: "basis",
        type: "string",
        description: "Which side declared the flows, and to whom",
        enum: [...BILATERAL_BASES, CUSTOMS_BILATERAL, EUROSTAT_BASIS],
      },
      usd("fr_exports_usd_m", "French exports to Russia; empty where the basis has no full year", FLOW, true),
      usd("fr_imports_usd_m", "French imports from Russia; empty where the basis has no full year", FLOW, true),
      usd("total_usd_m", "Exports + imports; empty where either is", TOTAL, true),
      usd("balance_usd_m", "French exports − French imports; empty where either is", BALANCE, true),
    ],
    primaryKey: ["basis", "year"],
    sources: [
      ...from("trade-france.csv", "trade-russia.csv", "russia-customs-main-partners.csv"),
      ...SCHEMAS["russia-customs-main-partners.csv"].sources,
      ...EUROSTAT_SOURCES,
      fromMonthly,
    ],
    licence: `${IMF_SOURCE.licence}; ${CUSTOMS_BILATERAL} rows: ${SCHEMAS["russia-customs-main-partners.csv"].licence}; Eurostat rows: Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”), ECB rates (“Source: ECB”)`,
  },
  "france-top-partners.csv": {
    file: "france-top-partners.csv",
    title: `France's top ${FRANCE_DEPTH} trading partners by total goods trade, each year ${RANK_FROM}–${RANK_TO}, on each basis`,
    description:
      "Partners ranked by France's exports + imports, as France declares them (basis as-reported) or as each partner declares its trade with France (partner-declared); World, IMF groupings and former entities excluded.",
    fields: [basisField(FRANCE), ...rankFields(FRANCE_DEPTH)],
    primaryKey: ["basis", "year", "rank", "partner"],
    sources: from("trade-france.csv", "trade-all-reporters.csv"),
    licence: IMF_SOURCE.licence,
  },
  "russia-top-partners.csv": {
    file: "russia-top-partners.csv",
    title: `Russia's top ${RUSSIA_DEPTH} trading partners by total trade and by imports, each year ${RANK_FROM}–${RANK_TO}, on each basis`,
    description:
      "Partners of Russia ranked on each basis (see the basis field). measure total = exports + imports; imports = Russia's imports from the partner. On basis customs only the 29 main partners of Russia's customs table are ranked (Kazakhstan has no 2010 figure there). Russia's 2011 Belarus figures are present but look incomplete (11.3 bn USD exports / 6.8 bn imports against Belarus-declared 14.5 / 24.9 bn); they are not filled, so Belarus is understated in 2011 on both bases.",
    fields: [
      { name: "measure", type: "string", description: "What is ranked", enum: ["total", "imports"] },
      basisField(RUSSIA),
      ...rankFields(RUSSIA_DEPTH),
    ],
    primaryKey: ["measure", "basis", "year", "rank", "partner"],
    sources: from(
      "trade-russia.csv",
      "trade-belarus.csv",
      "trade-all-reporters.csv",
      "russia-customs-main-partners.csv",
    ),
    licence: `${IMF_SOURCE.licence}; customs rows: ${SCHEMAS["russia-customs-main-partners.csv"].licence}`,
  },
  "fr-ru-monthly-trade.csv": {
    file: "fr-ru-monthly-trade.csv",
    title: `France's monthly goods trade with Russia since ${RATE_YEAR_MIN}, in euros and in US dollars (Eurostat, ECB)`,
    description:
      "One row per month, flow, product and unit. EUR rows are France's declarations to Eurostat as published (euros); USD rows are the same values converted at the ECB average of that month (usd_per_eur), rounded to the dollar. Total exports run 2019-01 to 2024-08; imports (total and HS 27) and HS 27 exports 2020-01 to 2022-11: France's imports from Russia after 2022-11 are in none of the sources. Months Eurostat marks not available have no row.",
    fields: [
      {
        name: "period",
        type: "string",
        description: "Month (YYYY-MM)",
        pattern: "^(2019|202[0-4])-(0[1-9]|1[0-2])$",
      },
      MONTHLY_FLOW,
      MONTHLY_PRODUCT,
      UNIT,
      {
        name: "value",
        type: "integer",
        description: "Value of goods trade in the month, in the row's unit",
        unit: "EUR or USD (see unit), current prices",
        minimum: 0,
        maximum: 2 * TRADE_EUR_MONTH_MAX,
      },
      RATE("monthly"),
      SOURCE,
    ],
    primaryKey: ["period", "flow", "product", "unit"],
    sources: [...EUROSTAT_SOURCES, fromMonthly],
    licence: "Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”); ECB reference rates (“Source: ECB”)",
  },
  "fr-ru-annual-trade.csv": {
    file: "fr-ru-annual-trade.csv",
    title: `France's goods trade with Russia by year and source since ${RATE_YEAR_MIN}, with the change from ${BASE_YEAR} (Eurostat, ECB)`,
    description: `Sums of the months of data/fr-ru-monthly.csv by calendar year, one row per year, flow, product and unit. A year with fewer than twelve months (months) is the sum of those months, and its change is from the same months of ${BASE_YEAR} (compared_with). USD rows convert the year's euros at the ECB annual average of that year (usd_per_eur); their change compares USD with USD. Values rounded to 0.1 after summing.`,
    fields: [
      { name: "year", type: "integer", description: "Calendar year", minimum: RATE_YEAR_MIN, maximum: RATE_YEAR_MAX },
      MONTHLY_FLOW,
      MONTHLY_PRODUCT,
      UNIT,
      {
        name: "months",
        type: "integer",
        description: "Months of the year in the sum (12 = full year)",
        unit: "months (count)",
        minimum: 1,
        maximum: 12,
      },
      {
        name: "value_m",
        type: "number",
        description: "Sum of the months, in the row's unit",
        unit: "EUR or USD millions (see unit), current prices",
        minimum: 0,
        maximum: (2 * 12 * TRADE_EUR_MONTH_MAX) / 1e6,
      },
      RATE("annual"),
      {
        name: "change_from_2021_pct",
        type: "number",
        description: `Change from the same months of ${BASE_YEAR} (compared_with), in the row's unit, rounded to 0.1`,
        unit: "percent",
        // a value can fall by at most 100 %; a rise of 1,000,000 % would take a year 10,000 times 2021's
        minimum: -100,
        maximum: 1_000_000,
      },
      {
        name: "compared_with",
        type: "string",
        description: `The months of ${BASE_YEAR} the change is from: "${BASE_YEAR}" for a full year, else the same months`,
      },
      SOURCE,
    ],
    primaryKey: ["year", "flow", "product", "unit"],
    sources: [...EUROSTAT_SOURCES, fromMonthly],
    licence: "Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”); ECB reference rates (“Source: ECB”)",
  },
};
