/**
 * The schema of every CSV in data/: fields with types and units, the primary key, the sources and the licence.
 * One description serves validation at build (lib/model/csv-parse.ts), the /data catalogue and datapackage.json. Its
 * words are message ids, worded in every language by messages/<locale>.json (English too): a file's title and
 * description, each column's description (`data.<file stem>.column.<name>` unless the field names a message shared by
 * several files), units (`unit.*`), sources (`source.*`) and licences (`licence.*`). The constants a sentence states
 * (years, counts) are its arguments, from lib/model, never typed into a catalogue.
 */
import { CUSTOMS_PARTNERS, IMF_SOURCE, YEAR_MAX, YEAR_MIN, type Reporter } from "./constants";
import type { MessageId, Plan } from "../i18n/translate";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";

/** The countries.csv column that names a country in a language: `name` for the default language, else `name_<locale>`. */
export const nameColumn = (locale: Locale): "name" | `name_${string}` =>
  locale === DEFAULT_LOCALE ? "name" : `name_${locale}`;

export type FieldType = "string" | "integer" | "number";

/** A unit, worded by `unit.<id>`. */
export type UnitId =
  | "usdMillions"
  | "usdBillions"
  | "eur"
  | "eurOrUsd"
  | "eurOrUsdMillions"
  | "usdPerEur"
  | "months"
  | "days"
  | "projects"
  | "percent";

export interface Field {
  name: string;
  type: FieldType;
  /** the column's description when it is not the message `data.<file stem>.column.<name>` without arguments: a
   *  message shared by several files' columns, or one that takes arguments */
  words?: Plan;
  unit?: UnitId;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** value must be a code in countries.csv */
  country?: boolean;
  /** an empty cell is allowed and means "not available" (read as null, never as zero); every other field must be filled */
  optional?: boolean;
}

export interface Source {
  /** the source's title, a `source.*` message */
  words: Plan;
  path?: string;
  url?: string;
}

/** A licence, worded by `licence.<id>`. */
export type LicenceId =
  | "imf"
  | "imts"
  | "comtrade"
  | "rosstat"
  | "repositoryCopy"
  | "eurostat"
  | "ecbReferenceRates"
  | "ecbReusable"
  | "ecbRates"
  | "claimsResults"
  | "claimsSpec"
  | "quotedPages"
  | "quotedPage";
/** One part of a file's licence: a licence; two that go together (worded "a, b"); or a licence that applies to some
 *  rows only (worded "<rows> rows: …"). */
export type LicencePart = LicenceId | readonly [LicenceId, LicenceId] | { rows: string; licence: Licence };
/** A file's licence: its parts, worded "a; b; c". */
export type Licence = readonly LicencePart[];

interface SchemaBase {
  file: string;
  fields: Field[];
  primaryKey: string[];
}
/** A CSV's schema, its words by message id. */
export interface CsvSchema extends SchemaBase {
  /** `data.<file stem>.title` (or a message shared by several files), with its arguments */
  title: Plan;
  /** `data.<file stem>.description`, with its arguments */
  description: Plan;
  sources: Source[];
  licence: Licence;
}
export type Schema = CsvSchema;

/** A column's words: the message its field names, else `data.<file stem>.column.<name>`. */
export function columnWords(file: string, field: Field): Plan {
  return field.words ?? { id: `data.${file.replace(/\.csv$/, "")}.column.${field.name}` as MessageId };
}

// Ranges of the numeric fields: every value read is checked against them (csv-parse.ts), so that a typo or a
// sentinel such as 1e308 stops the build instead of reaching a chart, a sum (1e308 + 1e308 = Infinity) or a download.
// Each bound sits well beyond the largest value in the real data, so that it only ever catches a value that cannot be.

/** Goods trade, USD millions. The largest value in data/ is 719,887 (France's imports from the world, 2011); the
 *  ceiling, 10 million (USD 10 trillion), is 14 times that and above any country's yearly goods exports or imports
 *  (China's reach about USD 3.6 trillion). A declared flow is never negative. */
export const TRADE_USD_M_MAX = 10_000_000;
/** Net FDI flows into Russia, USD billions. The largest in absolute value in data/ is 32 (all countries, 2019); ±100
 *  is three times that and beyond Russia's record total net inflow (about 75 bn, 2008). Net disinvestment is
 *  negative, hence the symmetric range. */
export const FDI_FLOW_USD_BN_LIMIT = 100;
/** FDI projects in Russia in one year: the largest count in data/ is 238 (all source countries, 2017); 1,000 is four
 *  times that. A count is never negative. */
export const FDI_PROJECTS_MAX = 1_000;

/** France–Russia monthly goods trade, euros. The largest value in data/fr-ru-monthly.csv is 1,759,968,074 (imports,
 *  2022-03); the ceiling, EUR 10 billion in a month, is over five times that, and more than France's monthly trade
 *  with Russia has ever come near (its yearly exports to Russia are EUR 2–6.4 billion in these files). A declared
 *  flow is never negative. */
export const TRADE_EUR_MONTH_MAX = 10_000_000_000;
/** Years of the ECB averages: those of the monthly trade (2019-01 to 2024-08). */
export const RATE_YEAR_MIN = 2019;
export const RATE_YEAR_MAX = 2024;

/** Years of the IMF workbooks of every reporter: the earliest starts in 1960, none goes past 2020. */
export const ALL_REPORTERS_YEAR_MIN = 1960;
export const ALL_REPORTERS_YEAR_MAX = 2020;
/** Years of the IMF's IMTS file of Russia's trade by partner; from IMTS_ESTIMATED_FROM its values are the IMF's
 *  estimates, not Russia's declarations (Russia stopped publishing trade by partner in 2022). */
export const IMTS_YEAR_MIN = 2016;
export const IMTS_YEAR_MAX = 2024;
export const IMTS_ESTIMATED_FROM = 2022;
/** Years of the UN Comtrade files of every reporter's exports. */
export const COMTRADE_YEAR_MIN = 2014;
export const COMTRADE_YEAR_MAX = 2022;

/** Years of Rosstat's table of Russia's trade with its main partners (FCS data). */
export const CUSTOMS_YEAR_MIN = 2006;
export const CUSTOMS_YEAR_MAX = 2021;
/** Russia's customs trade with one partner, USD millions: the largest month in data/russia-customs-main-partners.csv
 *  is 8,217 (imports from China, 2021-12) and the largest year 79,324 (imports from China, 2021); the ceiling, USD 1
 *  trillion, is over ten times Russia's largest yearly trade with any partner. A declared flow is never negative. */
export const CUSTOMS_USD_M_MAX = 1_000_000;

/** Columns that several files share, each with one message. */
const year: Field = {
  name: "year",
  type: "integer",
  words: { id: "data.column.year" },
  minimum: YEAR_MIN,
  maximum: YEAR_MAX,
};
const REPORTER_WORDS: Plan = { id: "data.column.reporter" };
export const PARTNER_WORDS: Plan = { id: "data.column.partner" };
const PERIOD_WORDS: Plan = { id: "data.column.period" };
const PERIOD_TYPE_WORDS: Plan = { id: "data.column.periodType" };
export const MONTH_WORDS: Plan = { id: "data.column.month" };
/** A web address the pages link to: http or https only (a javascript: or data: address would run in a reader's
 *  browser), no spaces or quotes. */
const SOURCE_URL: Field = {
  name: "source_url",
  type: "string",
  words: { id: "data.column.sourceUrl" },
  pattern: "^https?://[^\\s\"'<>`]+$",
};
/** France's monthly trade with Russia: the flow and product columns of fr-ru-monthly.csv and of the files derived
 *  from it (lib/model/derived-schemas.ts). */
export const FR_RU_FLOW: Field = {
  name: "flow",
  type: "string",
  words: { id: "data.column.frRuFlow" },
  enum: ["exports", "imports"],
};
export const FR_RU_PRODUCT: Field = {
  name: "product",
  type: "string",
  words: { id: "data.column.frRuProduct" },
  enum: ["total", "hs27"],
};

export const IMF: Source = { words: { id: "source.imf" }, url: IMF_SOURCE.url };
const imfSources = (file: string): Source[] => [
  IMF,
  { words: { id: "source.imfWorkbook", args: { file } }, path: `data/raw/imf-dots/${file}` },
];

function tradeSchema(file: string, reporter: Reporter | "BLR", workbook: string): CsvSchema {
  const args = { reporter, yearMin: String(YEAR_MIN), yearMax: String(YEAR_MAX) };
  return {
    file,
    title: { id: "data.trade.title", args },
    description: { id: "data.trade.description", args },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, enum: [reporter] },
      { name: "partner", type: "string", words: { id: "data.trade.column.partner" }, country: true },
      year,
      { name: "flow", type: "string", words: { id: "data.trade.column.flow" }, enum: ["exports", "imports"] },
      {
        name: "value_usd_m",
        type: "number",
        words: { id: "data.trade.column.value_usd_m" },
        unit: "usdMillions",
        minimum: 0,
        maximum: TRADE_USD_M_MAX,
      },
    ],
    primaryKey: ["partner", "year", "flow"],
    sources: imfSources(workbook),
    licence: ["imf"],
  };
}

const WEB = "data/raw/web/web-figures.md";
const CUSTOMS_ARGS = {
  partners: CUSTOMS_PARTNERS,
  yearMin: String(CUSTOMS_YEAR_MIN),
  yearMax: String(CUSTOMS_YEAR_MAX),
};

export const SCHEMAS: Record<string, CsvSchema> = {
  "countries.csv": {
    file: "countries.csv",
    title: { id: "data.countries.title" },
    description: {
      id: "data.countries.description",
      args: { languages: { list: LOCALES.map((l) => ({ language: l })) } },
    },
    fields: [
      { name: "code", type: "string", pattern: "^[A-Z]{3}$" },
      // the name in each language of the site: `name` in the default one, `name_<locale>` in the others
      ...LOCALES.map((l): Field => ({
        name: nameColumn(l),
        type: "string",
        words: { id: "data.countries.column.nameIn", args: { language: { language: l } } },
      })),
      { name: "imf_name", type: "string", optional: true },
      { name: "kind", type: "string", enum: ["country", "historical", "aggregate"] },
    ],
    primaryKey: ["code"],
    sources: imfSources("DOTS_72.xlsx"),
    licence: ["imf"],
  },
  "trade-france.csv": tradeSchema("trade-france.csv", "FRA", "DOTS_72.xlsx"),
  "trade-russia.csv": tradeSchema("trade-russia.csv", "RUS", "DOTS_162.xlsx"),
  "trade-belarus.csv": tradeSchema("trade-belarus.csv", "BLR", "DOTS_18.xlsx"),
  "trade-all-reporters.csv": {
    file: "trade-all-reporters.csv",
    title: {
      id: "data.trade-all-reporters.title",
      args: { yearMin: String(ALL_REPORTERS_YEAR_MIN), yearMax: String(ALL_REPORTERS_YEAR_MAX) },
    },
    description: { id: "data.trade-all-reporters.description" },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, country: true },
      { name: "reporter_kind", type: "string", enum: ["country", "historical", "aggregate"] },
      { name: "partner", type: "string", enum: ["FRA", "RUS"] },
      { ...year, minimum: ALL_REPORTERS_YEAR_MIN, maximum: ALL_REPORTERS_YEAR_MAX },
      { name: "flow", type: "string", enum: ["exports", "imports"] },
      { name: "value_usd_m", type: "number", unit: "usdMillions", minimum: 0, maximum: TRADE_USD_M_MAX },
      { name: "estimated", type: "string", enum: ["no", "yes"] },
    ],
    primaryKey: ["reporter", "partner", "year", "flow"],
    sources: [IMF, { words: { id: "source.imfAllReporters" }, path: "data/raw/imf-dots-all-reporters/INDEX.tsv" }],
    licence: ["imf"],
  },
  "trade-russia-imts.csv": {
    file: "trade-russia-imts.csv",
    title: {
      id: "data.trade-russia-imts.title",
      args: { yearMin: String(IMTS_YEAR_MIN), yearMax: String(IMTS_YEAR_MAX) },
    },
    description: { id: "data.trade-russia-imts.description", args: { estimatedFrom: String(IMTS_ESTIMATED_FROM) } },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, enum: ["RUS"] },
      { name: "partner", type: "string", words: { id: "data.trade.column.partner" }, country: true },
      { ...year, minimum: IMTS_YEAR_MIN, maximum: IMTS_YEAR_MAX },
      { name: "flow", type: "string", words: { id: "data.trade.column.flow" }, enum: ["exports", "imports"] },
      { name: "value_usd_m", type: "number", unit: "usdMillions", minimum: 0, maximum: TRADE_USD_M_MAX },
      { name: "estimated", type: "string", enum: ["no", "yes"] },
    ],
    primaryKey: ["partner", "year", "flow"],
    sources: [{ words: { id: "source.imts" }, url: IMF_SOURCE.url, path: "data/raw/imf-imts-russia/RU_trade.csv" }],
    licence: ["imts"],
  },
  "comtrade-exports-to-russia.csv": {
    file: "comtrade-exports-to-russia.csv",
    title: {
      id: "data.comtrade-exports-to-russia.title",
      args: { yearMin: String(COMTRADE_YEAR_MIN), yearMax: String(COMTRADE_YEAR_MAX) },
    },
    description: { id: "data.comtrade-exports-to-russia.description" },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, country: true },
      { name: "partner", type: "string", enum: ["RUS"] },
      { ...year, minimum: COMTRADE_YEAR_MIN, maximum: COMTRADE_YEAR_MAX },
      { name: "value_usd_m", type: "number", unit: "usdMillions", minimum: 0, maximum: TRADE_USD_M_MAX },
    ],
    primaryKey: ["reporter", "year"],
    sources: [{ words: { id: "source.comtrade" }, path: "data/raw/un-comtrade-exports/PROVENANCE.md" }],
    licence: ["comtrade"],
  },
  "comtrade-exports-france.csv": {
    file: "comtrade-exports-france.csv",
    title: {
      id: "data.comtrade-exports-france.title",
      args: { yearMin: String(COMTRADE_YEAR_MIN), yearMax: String(COMTRADE_YEAR_MAX) },
    },
    description: { id: "data.comtrade-exports-france.description" },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, enum: ["FRA"] },
      { name: "partner", type: "string", words: { id: "data.trade.column.partner" }, country: true },
      { ...year, minimum: COMTRADE_YEAR_MIN, maximum: COMTRADE_YEAR_MAX },
      {
        name: "value_usd_m",
        type: "number",
        words: { id: "data.comtrade-exports-france.column.value_usd_m" },
        unit: "usdMillions",
        minimum: 0,
        maximum: TRADE_USD_M_MAX,
      },
    ],
    primaryKey: ["partner", "year"],
    sources: [{ words: { id: "source.comtrade" }, path: "data/raw/un-comtrade-exports/PROVENANCE.md" }],
    licence: ["comtrade"],
  },
  "russia-customs-main-partners.csv": {
    file: "russia-customs-main-partners.csv",
    title: { id: "data.russia-customs-main-partners.title", args: CUSTOMS_ARGS },
    description: { id: "data.russia-customs-main-partners.description", args: CUSTOMS_ARGS },
    fields: [
      { name: "partner", type: "string", words: PARTNER_WORDS, country: true },
      {
        name: "period",
        type: "string",
        words: PERIOD_WORDS,
        pattern: "^(200[6-9]|201[0-9]|202[01])(-(0[1-9]|1[0-2]))?$",
      },
      { name: "period_type", type: "string", words: PERIOD_TYPE_WORDS, enum: ["year", "month"] },
      { name: "flow", type: "string", enum: ["exports", "imports"] },
      { name: "value_usd_m", type: "number", unit: "usdMillions", minimum: 0, maximum: CUSTOMS_USD_M_MAX },
    ],
    primaryKey: ["partner", "period", "flow"],
    sources: [{ words: { id: "source.rosstat" }, path: "data/raw/rosstat-fts-main-partners/96stran.xlsx" }],
    licence: ["rosstat", "repositoryCopy"],
  },
  "fdi-projects.csv": {
    file: "fdi-projects.csv",
    title: { id: "data.fdi-projects.title" },
    description: { id: "data.fdi-projects.description" },
    fields: [
      { name: "year", type: "integer", minimum: 2017, maximum: 2019 },
      { name: "source", type: "string", country: true },
      { name: "projects", type: "integer", unit: "projects", minimum: 0, maximum: FDI_PROJECTS_MAX },
      { name: "basis", type: "string" },
      SOURCE_URL,
    ],
    primaryKey: ["year", "source"],
    sources: [{ words: { id: "source.ey" }, path: WEB }],
    licence: ["quotedPages"],
  },
  "fdi-flows.csv": {
    file: "fdi-flows.csv",
    title: { id: "data.fdi-flows.title" },
    description: { id: "data.fdi-flows.description" },
    fields: [
      { name: "year", type: "integer", minimum: 2019, maximum: 2020 },
      { name: "source", type: "string", country: true },
      {
        name: "net_flow_usd_bn",
        type: "number",
        unit: "usdBillions",
        minimum: -FDI_FLOW_USD_BN_LIMIT,
        maximum: FDI_FLOW_USD_BN_LIMIT,
      },
      { name: "basis", type: "string" },
      SOURCE_URL,
    ],
    primaryKey: ["year", "source"],
    sources: [
      {
        words: { id: "source.tresor" },
        url: "https://www.tresor.economie.gouv.fr/Articles/2021/06/18/les-nouvelles-economiques-de-l-eurasie-du-18-juin-2021",
        path: WEB,
      },
    ],
    licence: ["quotedPage"],
  },
  "fr-ru-monthly.csv": {
    file: "fr-ru-monthly.csv",
    title: { id: "data.fr-ru-monthly.title" },
    description: { id: "data.fr-ru-monthly.description" },
    fields: [
      { name: "reporter", type: "string", words: REPORTER_WORDS, enum: ["FRA"] },
      { name: "partner", type: "string", words: PARTNER_WORDS, enum: ["RUS"] },
      { name: "period", type: "string", words: MONTH_WORDS, pattern: "^(2019|202[0-4])-(0[1-9]|1[0-2])$" },
      FR_RU_FLOW,
      FR_RU_PRODUCT,
      { name: "value_eur", type: "integer", unit: "eur", minimum: 0, maximum: TRADE_EUR_MONTH_MAX },
      { name: "source", type: "string", enum: ["eurostat-eu-exports", "eurostat-ruimpeks"] },
    ],
    primaryKey: ["period", "flow", "product"],
    sources: [
      { words: { id: "source.eurostatExports" }, path: "data/raw/eurostat-eu-exports/PROVENANCE.md" },
      {
        words: { id: "source.eurostatRuimpeks" },
        path: "data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx",
      },
    ],
    licence: ["eurostat"],
  },
  "ecb-usd-per-eur.csv": {
    file: "ecb-usd-per-eur.csv",
    title: {
      id: "data.ecb-usd-per-eur.title",
      args: { yearMin: String(RATE_YEAR_MIN), yearMax: String(RATE_YEAR_MAX) },
    },
    description: { id: "data.ecb-usd-per-eur.description" },
    fields: [
      { name: "period", type: "string", words: PERIOD_WORDS, pattern: "^(2019|202[0-4])(-(0[1-9]|1[0-2]))?$" },
      { name: "period_type", type: "string", words: PERIOD_TYPE_WORDS, enum: ["year", "month"] },
      {
        name: "usd_per_eur",
        // The ECB's USD rate has stayed within 0.8252 (2000-10-26) and 1.599 (2008-07-15) since 1999; 0.5–2 leaves a
        // wide margin and still catches a rate read from the wrong column (JPY, about 160) or scaled.
        type: "number",
        unit: "usdPerEur",
        minimum: 0.5,
        maximum: 2,
      },
      {
        name: "days",
        type: "integer",
        // A month has at most 23 weekdays and a year at most 262; at least one rate is needed for an average.
        unit: "days",
        minimum: 1,
        maximum: 262,
      },
    ],
    primaryKey: ["period"],
    sources: [
      {
        words: { id: "source.ecb" },
        url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
        path: "data/raw/ecb-rates/eurofxref-hist.csv",
      },
    ],
    licence: ["ecbReusable"],
  },
};
