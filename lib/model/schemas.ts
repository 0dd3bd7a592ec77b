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
      "Every partner that appears in the trade files, with its ISO 3166-1 alpha-3 code, short English name and IMF name. Historical entities use ISO 3166-3 codes; Kosovo uses XKX.",
    fields: [
      { name: "code", type: "string", description: "ISO 3166-1 alpha-3 code", pattern: "^[A-Z]{3}$" },
      { name: "name", type: "string", description: "Short English name" },
      { name: "imf_name", type: "string", description: "Name in the IMF DOTS workbooks" },
      { name: "kind", type: "string", description: "country, or aggregate (WLD only)", enum: ["country", "aggregate"] },
    ],
    primaryKey: ["code"],
    sources: imfSources("DOTS_72.xlsx"),
    licence: IMF_SOURCE.licence,
  },
  "trade-france.csv": tradeSchema("trade-france.csv", "France", "FRA", "DOTS_72.xlsx"),
  "trade-russia.csv": tradeSchema("trade-russia.csv", "Russia", "RUS", "DOTS_162.xlsx"),
  "trade-belarus.csv": tradeSchema("trade-belarus.csv", "Belarus", "BLR", "DOTS_18.xlsx"),
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
};
