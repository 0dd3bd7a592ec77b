/**
 * The schema of every CSV in data/: fields with types and units, the primary key, and the source.
 * One description serves validation at build (lib/model/csv-parse.ts), the /data catalogue and datapackage.json.
 */
import { IMF_SOURCE, YEAR_MAX, YEAR_MIN } from "./constants";

export type FieldType = "string" | "integer" | "number";

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  unit?: string;
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
  title: string;
  path?: string;
  url?: string;
}

export interface Schema {
  file: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  sources: Source[];
  licence: string;
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
/** Years of Rosstat's table of Russia's trade with its main partners (FCS data). */
export const CUSTOMS_YEAR_MIN = 2006;
export const CUSTOMS_YEAR_MAX = 2021;
/** Russia's customs trade with one partner, USD millions: the largest month in data/russia-customs-main-partners.csv
 *  is 8,217 (imports from China, 2021-12) and the largest year 79,324 (imports from China, 2021); the ceiling, USD 1
 *  trillion, is over ten times Russia's largest yearly trade with any partner. A declared flow is never negative. */
export const CUSTOMS_USD_M_MAX = 1_000_000;

const EUROSTAT_LICENCE = "Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”)";
const ECB_LICENCE = "ECB reference rates, reusable with the source cited (“Source: ECB”)";

const year: Field = {
  name: "year",
  type: "integer",
  description: "Calendar year",
  minimum: YEAR_MIN,
  maximum: YEAR_MAX,
};

const imfSources = (file: string): Source[] => [
  { title: IMF_SOURCE.name, url: IMF_SOURCE.url },
  {
    title: `Raw workbook data/raw/imf-dots/${file} (see data/raw/imf-dots/PROVENANCE.md)`,
    path: `data/raw/imf-dots/${file}`,
  },
];

function tradeSchema(file: string, reporter: string, code: string, workbook: string): Schema {
  return {
    file,
    title: `Goods trade reported by ${reporter}, by partner, ${YEAR_MIN}–${YEAR_MAX}`,
    description: `${reporter}'s own declarations to the IMF: exports (FOB) to and imports (CIF) from each partner country, in millions of current US dollars. Partner WLD is the world total; IMF groupings and "not specified" rows are left out.`,
    fields: [
      { name: "reporter", type: "string", description: "Declaring country (ISO 3166-1 alpha-3)", enum: [code] },
      {
        name: "partner",
        type: "string",
        description: "Partner country (ISO 3166-1 alpha-3; WLD = world total)",
        country: true,
      },
      year,
      {
        name: "flow",
        type: "string",
        description: "exports = exports FOB to partner; imports = imports CIF from partner",
        enum: ["exports", "imports"],
      },
      {
        name: "value_usd_m",
        type: "number",
        description: "Value of goods trade",
        unit: "USD millions, current prices",
        minimum: 0,
        maximum: TRADE_USD_M_MAX,
      },
    ],
    primaryKey: ["partner", "year", "flow"],
    sources: imfSources(workbook),
    licence: IMF_SOURCE.licence,
  };
}

const WEB = "data/raw/web/web-figures.md";

export const SCHEMAS: Record<string, Schema> = {
  "countries.csv": {
    file: "countries.csv",
    title: "Country codes",
    description:
      "Every partner and reporter that appears in the trade files, with its ISO 3166-1 alpha-3 code, short English and French names (CLDR) and IMF name. Historical entities use ISO 3166-3 codes; Kosovo uses XKX.",
    fields: [
      { name: "code", type: "string", description: "ISO 3166-1 alpha-3 code", pattern: "^[A-Z]{3}$" },
      { name: "name", type: "string", description: "Short English name" },
      { name: "name_fr", type: "string", description: "Short French name" },
      { name: "imf_name", type: "string", description: "Name in the IMF DOTS workbooks" },
      {
        name: "kind",
        type: "string",
        description:
          "country; historical (an entity that no longer exists, ISO 3166-3 or customary code: never ranked); or aggregate (WLD only)",
        enum: ["country", "historical", "aggregate"],
      },
    ],
    primaryKey: ["code"],
    sources: imfSources("DOTS_72.xlsx"),
    licence: IMF_SOURCE.licence,
  },
  "trade-france.csv": tradeSchema("trade-france.csv", "France", "FRA", "DOTS_72.xlsx"),
  "trade-russia.csv": tradeSchema("trade-russia.csv", "Russia", "RUS", "DOTS_162.xlsx"),
  "trade-belarus.csv": tradeSchema("trade-belarus.csv", "Belarus", "BLR", "DOTS_18.xlsx"),
  "trade-all-reporters.csv": {
    file: "trade-all-reporters.csv",
    title: `What every IMF reporter declares about its trade with Russia and with France, ${ALL_REPORTERS_YEAR_MIN}–${ALL_REPORTERS_YEAR_MAX}`,
    description:
      "Each IMF DOTS reporter's own declarations of its goods exports (FOB) to and imports (CIF) from Russia and France, all years of its workbook, in millions of current US dollars: the partner-declared (mirror) view of Russia's and France's trade. One row per reporter, partner, year and flow; a value the IMF marks as an estimate (printed as \"0.05 e\") has estimated = yes. reporter_kind says what the reporter is: a country; historical (an entity that no longer exists: USSR, Yugoslavia, Czechoslovakia…); or aggregate (WLD, the IMF's World workbook, kept for cross-checks). Neither historical reporters nor aggregates are ever ranked; the IMF's other groupings (European Union, Euro Area, regions…) are left out. Reporters that declare nothing for a year have no row: they are missing, not zero. Nicaragua's two identical workbooks count once.",
    fields: [
      { name: "reporter", type: "string", description: "Declaring country (ISO 3166-1 alpha-3)", country: true },
      {
        name: "reporter_kind",
        type: "string",
        description: "country; historical (former entity, never ranked); aggregate (WLD only, never ranked)",
        enum: ["country", "historical", "aggregate"],
      },
      { name: "partner", type: "string", description: "Russia or France (ISO 3166-1 alpha-3)", enum: ["FRA", "RUS"] },
      {
        name: "year",
        type: "integer",
        description: "Calendar year",
        minimum: ALL_REPORTERS_YEAR_MIN,
        maximum: ALL_REPORTERS_YEAR_MAX,
      },
      {
        name: "flow",
        type: "string",
        description: "exports = the reporter's exports FOB to the partner; imports = its imports CIF from the partner",
        enum: ["exports", "imports"],
      },
      {
        name: "value_usd_m",
        type: "number",
        description: "Value of goods trade as the reporter declares it",
        unit: "USD millions, current prices",
        minimum: 0,
        maximum: TRADE_USD_M_MAX,
      },
      {
        name: "estimated",
        type: "string",
        description: 'yes when the IMF marks the value as an estimate (a cell such as "0.05 e"), else no',
        enum: ["no", "yes"],
      },
    ],
    primaryKey: ["reporter", "partner", "year", "flow"],
    sources: [
      { title: IMF_SOURCE.name, url: IMF_SOURCE.url },
      {
        title:
          "Raw workbooks data/raw/imf-dots-all-reporters/DOTS_<n>.xlsx, one per reporter, listed in its INDEX.tsv (see data/raw/imf-dots-all-reporters/PROVENANCE.md)",
        path: "data/raw/imf-dots-all-reporters/INDEX.tsv",
      },
    ],
    licence: IMF_SOURCE.licence,
  },
  "russia-customs-main-partners.csv": {
    file: "russia-customs-main-partners.csv",
    title: `Russia's customs statistics: trade with its 29 main partners, monthly and yearly, ${CUSTOMS_YEAR_MIN}–${CUSTOMS_YEAR_MAX}`,
    description:
      "Russia's exports to and imports from each of the 29 main partner countries that Rosstat's table lists (Federal Customs Service data), in millions of current US dollars: every month as the table gives it, and each year as the sum of its twelve months (computed at extraction, rounded to 0.00001; the table has no annual row). A different basis from Russia's IMF declarations. Only these 29 partners are listed, so a rank computed from this file is a rank among them, not among all countries. Months the table marks \"…\" (no data: Kazakhstan, July–December 2010, after the customs union with Russia ended customs records of their trade) have no row, and their year no yearly row.",
    fields: [
      { name: "partner", type: "string", description: "Partner country (ISO 3166-1 alpha-3)", country: true },
      {
        name: "period",
        type: "string",
        description: "Year (YYYY) or month (YYYY-MM)",
        pattern: "^(200[6-9]|201[0-9]|202[01])(-(0[1-9]|1[0-2]))?$",
      },
      { name: "period_type", type: "string", description: "year or month", enum: ["year", "month"] },
      {
        name: "flow",
        type: "string",
        description: "exports = Russia's exports to the partner; imports = Russia's imports from the partner",
        enum: ["exports", "imports"],
      },
      {
        name: "value_usd_m",
        type: "number",
        description: "Value of goods trade recorded by Russia's customs",
        unit: "USD millions, current prices",
        minimum: 0,
        maximum: CUSTOMS_USD_M_MAX,
      },
    ],
    primaryKey: ["partner", "period", "flow"],
    sources: [
      {
        title:
          "Rosstat, Внешняя торговля Российской Федерации с основными странами (по данным ФТС России): data/raw/rosstat-fts-main-partners/96stran.xlsx (see its PROVENANCE.md)",
        path: "data/raw/rosstat-fts-main-partners/96stran.xlsx",
      },
    ],
    licence:
      "Rosstat official statistics, reused with the source cited (“Source: Rosstat, FCS data”); the repository that holds the copy is Apache-2.0",
  },
  "fdi-projects.csv": {
    file: "fdi-projects.csv",
    title: "FDI projects in Russia by source country (EY)",
    description:
      "Counts of announced greenfield and expansion FDI projects in Russia (EY European Investment Monitor), as reported in EY's release and press reports of it. A count of projects, not an amount of money. source WLD = all source countries.",
    fields: [
      { name: "year", type: "integer", description: "Year of the projects", minimum: 2017, maximum: 2019 },
      {
        name: "source",
        type: "string",
        description: "Source country of the investment (ISO 3166-1 alpha-3; WLD = total)",
        country: true,
      },
      {
        name: "projects",
        type: "integer",
        description: "Number of FDI projects",
        unit: "projects (count)",
        minimum: 0,
        maximum: FDI_PROJECTS_MAX,
      },
      { name: "basis", type: "string", description: "What the count covers" },
      { name: "source_url", type: "string", description: "Page that states the figure" },
    ],
    primaryKey: ["year", "source"],
    sources: [
      {
        title: "EY European Attractiveness Survey / European Investment Monitor, via the pages listed per row",
        path: WEB,
      },
    ],
    licence: "Figures quoted from the cited pages, with attribution",
  },
  "fdi-flows.csv": {
    file: "fdi-flows.csv",
    title: "Net FDI flows into Russia by counterpart country (Bank of Russia)",
    description:
      "Net direct-investment inflows into Russia by immediate counterpart country, Bank of Russia balance-of-payments data as reported by the French Treasury (DG Trésor). Immediate counterpart, not ultimate investor; negative values are net disinvestment. source WLD = all countries.",
    fields: [
      { name: "year", type: "integer", description: "Year of the flows", minimum: 2019, maximum: 2020 },
      {
        name: "source",
        type: "string",
        description: "Counterpart country (ISO 3166-1 alpha-3; WLD = total)",
        country: true,
      },
      {
        name: "net_flow_usd_bn",
        type: "number",
        description: "Net FDI flow into Russia",
        unit: "USD billions, current prices",
        minimum: -FDI_FLOW_USD_BN_LIMIT,
        maximum: FDI_FLOW_USD_BN_LIMIT,
      },
      { name: "basis", type: "string", description: "What the figure measures" },
      { name: "source_url", type: "string", description: "Page that states the figure" },
    ],
    primaryKey: ["year", "source"],
    sources: [
      {
        title: "Bank of Russia, via DG Trésor, Les nouvelles économiques de l'Eurasie, 18 June 2021",
        url: "https://www.tresor.economie.gouv.fr/Articles/2021/06/18/les-nouvelles-economiques-de-l-eurasie-du-18-juin-2021",
        path: WEB,
      },
    ],
    licence: "Figures quoted from the cited page, with attribution",
  },
  "fr-ru-monthly.csv": {
    file: "fr-ru-monthly.csv",
    title: "France's monthly goods trade with Russia, 2019-01 to 2024-08 (Eurostat, euros)",
    description:
      "France-declared goods trade with Russia by month, in euros at current prices (Eurostat Comext, dataset DS-045409). Total exports 2019-01 to 2024-08 come from the Comext relational-view files extracted 2024-11-16 (source eurostat-eu-exports); imports (total and HS chapter 27, mineral fuels) and HS 27 exports 2020-01 to 2022-11 from the workbook extracted 2023-01-22 (source eurostat-ruimpeks). The workbook's total exports are not repeated: they equal the later extraction's to the euro in 2020–2021 and differ by at most 1.3 % in 2022 (Eurostat revisions), which the build checks. France's imports after 2022-11 are in neither file. Months Eurostat marks ':' (not available) have no row.",
    fields: [
      { name: "reporter", type: "string", description: "Declaring country (ISO 3166-1 alpha-3)", enum: ["FRA"] },
      { name: "partner", type: "string", description: "Partner country (ISO 3166-1 alpha-3)", enum: ["RUS"] },
      {
        name: "period",
        type: "string",
        description: "Month (YYYY-MM)",
        pattern: "^(2019|202[0-4])-(0[1-9]|1[0-2])$",
      },
      {
        name: "flow",
        type: "string",
        description: "exports = France's exports to Russia; imports = France's imports from Russia",
        enum: ["exports", "imports"],
      },
      {
        name: "product",
        type: "string",
        description: "total = all goods; hs27 = HS chapter 27, mineral fuels, oils and products of their distillation",
        enum: ["total", "hs27"],
      },
      {
        name: "value_eur",
        type: "integer",
        description: "Value of goods trade in the month",
        unit: "EUR (euros, not thousands), current prices",
        minimum: 0,
        maximum: TRADE_EUR_MONTH_MAX,
      },
      {
        name: "source",
        type: "string",
        description:
          "Raw source: eurostat-eu-exports = data/raw/eurostat-eu-exports/; eurostat-ruimpeks = data/raw/eurostat-ruimpeks/",
        enum: ["eurostat-eu-exports", "eurostat-ruimpeks"],
      },
    ],
    primaryKey: ["period", "flow", "product"],
    sources: [
      {
        title:
          "Eurostat Comext, EU trade since 1988 by HS2-4-6 and CN8 (DS-045409), relational view extracted 2024-11-16: data/raw/eurostat-eu-exports/ (see its PROVENANCE.md)",
        path: "data/raw/eurostat-eu-exports/PROVENANCE.md",
      },
      {
        title:
          "Eurostat Comext, DS-045409 custom extraction 4630244 (22/01/2023): data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx (see its PROVENANCE.md)",
        path: "data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx",
      },
    ],
    licence: EUROSTAT_LICENCE,
  },
  "ecb-usd-per-eur.csv": {
    file: "ecb-usd-per-eur.csv",
    title: `ECB euro reference rate against the US dollar, yearly and monthly averages, ${RATE_YEAR_MIN}–${RATE_YEAR_MAX}`,
    description:
      "Arithmetic means of the ECB's daily USD reference rates (US dollars per euro) over each year and each month, computed at extraction from the daily file; days counts the daily rates averaged (ECB business days). For putting euro and dollar figures on one basis only.",
    fields: [
      {
        name: "period",
        type: "string",
        description: "Year (YYYY) or month (YYYY-MM)",
        pattern: "^(2019|202[0-4])(-(0[1-9]|1[0-2]))?$",
      },
      { name: "period_type", type: "string", description: "year or month", enum: ["year", "month"] },
      {
        name: "usd_per_eur",
        // The ECB's USD rate has stayed within 0.8252 (2000-10-26) and 1.599 (2008-07-15) since 1999; 0.5–2 leaves a
        // wide margin and still catches a rate read from the wrong column (JPY, about 160) or scaled.
        type: "number",
        description: "Mean of the daily rates, rounded to 6 decimals",
        unit: "US dollars per euro",
        minimum: 0.5,
        maximum: 2,
      },
      {
        name: "days",
        type: "integer",
        // A month has at most 23 weekdays and a year at most 262; at least one rate is needed for an average.
        description: "Number of daily rates averaged",
        unit: "days (count)",
        minimum: 1,
        maximum: 262,
      },
    ],
    primaryKey: ["period"],
    sources: [
      {
        title:
          "European Central Bank, euro foreign exchange reference rates, daily: data/raw/ecb-rates/eurofxref-hist.csv (see its PROVENANCE.md)",
        url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
        path: "data/raw/ecb-rates/eurofxref-hist.csv",
      },
    ],
    licence: ECB_LICENCE,
  },
};
