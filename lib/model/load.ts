/**
 * Loads every CSV in data/ through its schema. Country codes are checked against countries.csv.
 * Throws a CsvError (file:line:column) on the first problem, or an Error naming the file (a folder in place of a
 * CSV, a missing file, a file in data/ that no schema declares).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { CLAIMS_FILE } from "./claims-spec";
import { parseCsvLines, readCsvFile, type Row } from "./csv-parse";
import { SCHEMAS } from "./schemas";
import { BELARUS, FRANCE, RUSSIA } from "./constants";

export interface Country {
  code: string;
  /** the English name (CLDR), the default language's */
  name: string;
  /** the name in each other language of the site (CLDR): name_fr, … */
  [nameInOtherLanguage: `name_${string}`]: string;
  /** the IMF's name, null for a country that only UN Comtrade names (a Comtrade reporter the IMF lists nowhere) */
  imf_name: string | null;
  kind: "country" | "historical" | "aggregate";
}
export interface TradeRecord {
  reporter: string;
  partner: string;
  year: number;
  flow: "exports" | "imports";
  value_usd_m: number;
}
/** A row of trade-all-reporters.csv: what one reporter declares about its trade with Russia or France. */
export interface DeclaredRecord extends TradeRecord {
  reporter_kind: "country" | "historical" | "aggregate";
  estimated: "yes" | "no";
}
/** A row of trade-russia-imts.csv: Russia's trade with a partner in the IMF's IMTS; an IMF estimate from 2022. */
export interface ImtsRecord extends TradeRecord {
  estimated: "yes" | "no";
}
/** A row of comtrade-exports-to-russia.csv: one country's exports to Russia as it declares them to UN Comtrade. */
export interface ComtradeRecord {
  reporter: string;
  partner: "RUS";
  year: number;
  value_usd_m: number;
}
/** A row of comtrade-exports-france.csv: France's exports to one partner as France declares them to UN Comtrade. */
export interface ComtradeFranceRecord {
  reporter: "FRA";
  partner: string;
  year: number;
  value_usd_m: number;
}
/** A row of russia-customs-main-partners.csv: Russia's customs figure for one of its 29 main partners. */
export interface CustomsRecord {
  partner: string;
  period: string;
  period_type: "year" | "month";
  flow: "exports" | "imports";
  value_usd_m: number;
}
export interface ProjectRecord {
  year: number;
  source: string;
  projects: number;
  basis: string;
  source_url: string;
}
export interface FlowRecord {
  year: number;
  source: string;
  net_flow_usd_bn: number;
  basis: string;
  source_url: string;
}

/** A month of France's goods trade with Russia as Eurostat has it (data/fr-ru-monthly.csv), euros. */
export interface MonthlyRecord {
  reporter: string;
  partner: string;
  period: string;
  flow: "exports" | "imports";
  product: "total" | "hs27";
  value_eur: number;
  source: string;
}
/** An ECB average of the daily USD reference rate over a year or a month (data/ecb-usd-per-eur.csv). */
export interface RateRecord {
  period: string;
  period_type: "year" | "month";
  usd_per_eur: number;
  days: number;
}

export interface Dataset {
  countries: Map<string, Country>;
  trade: Record<"FRA" | "RUS" | "BLR", TradeRecord[]>;
  /** every IMF reporter's declarations of its trade with Russia and France (partner-declared basis) */
  declared: DeclaredRecord[];
  /** Russia's customs figures with its 29 main partners (FCS basis) */
  customs: CustomsRecord[];
  /** Russia's trade by partner in the IMF's IMTS, 2016–2024 (IMF estimates from 2022) */
  imts: ImtsRecord[];
  /** every country's declared exports to Russia in UN Comtrade, 2014–2022 */
  comtrade: ComtradeRecord[];
  /** France's declared exports to every partner in UN Comtrade, 2014–2022 */
  comtradeFrance: ComtradeFranceRecord[];
  fdiProjects: ProjectRecord[];
  fdiFlows: FlowRecord[];
  monthly: MonthlyRecord[];
  usdPerEur: RateRecord[];
}

export const DATA_DIR = path.resolve(process.cwd(), "data");

/** What data/ may hold: the CSVs of lib/model/schemas.ts, the claims spec, and the raw/ folder of sources. */
export const DATA_FILES: readonly string[] = [...Object.keys(SCHEMAS), CLAIMS_FILE];
const RAW_DIR = "raw";

/** Refuses any entry of data/ that nothing declares: it would be neither validated nor published, just ignored. */
export function checkDataDir(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === RAW_DIR && entry.isDirectory()) continue;
    if (!DATA_FILES.includes(entry.name))
      throw new Error(
        `data/${entry.name}: no schema declares this file (data/ holds only the CSVs of lib/model/schemas.ts, ${CLAIMS_FILE} and the ${RAW_DIR}/ folder): declare it or move it out of data/`,
      );
  }
}

/** Where each loaded row was read, `data/<file>:<line>`, for messages about its content at a later stage. */
const origins = new WeakMap<object, string>();

/** The `data/<file>:<line>` a row of the dataset was read from (undefined for a row that was not loaded). */
export const origin = (row: object): string | undefined => origins.get(row);

export function loadFile(dir: string, file: string, countries?: ReadonlySet<string>): Row[] {
  const schema = SCHEMAS[file];
  if (!schema) throw new Error(`data/${file}: no schema describes this file`);
  const name = `data/${file}`;
  return parseCsvLines(name, readCsvFile(name, path.join(dir, file)), schema, countries).map(({ row, line }) => {
    origins.set(row, `${name}:${line}`);
    return row;
  });
}

/** World, the one aggregate code of countries.csv (lib/extract/imf-partners.ts codeKind). */
const WORLD = "WLD";

/**
 * The kinds the rest of the build relies on, checked at their line: the three reporters are countries (a reporter
 * marked aggregate or historical would drop out of every ranking and claim, and be reported far from its cause), and
 * World is the one aggregate (any other code marked aggregate would vanish from the rankings without a word).
 */
function checkKinds(rows: readonly Country[]) {
  const column = SCHEMAS["countries.csv"].fields.findIndex((f) => f.name === "kind") + 1;
  for (const row of rows) {
    const expected =
      row.code === WORLD ? "aggregate" : [FRANCE, RUSSIA, BELARUS].includes(row.code) ? "country" : undefined;
    const wrong = expected !== undefined ? row.kind !== expected : row.kind === "aggregate";
    if (wrong)
      throw new Error(
        `${origin(row)}:${column}: kind of ${row.code} is "${row.kind}"; ${
          row.code === WORLD
            ? "World is the aggregate"
            : expected
              ? `${row.code} is a reporter and must be a country`
              : `only World (${WORLD}) is an aggregate`
        }`,
      );
  }
}

/** Checks what data/ holds, then loads its CSVs (the claims spec is loaded by loadClaims). */
export function loadDataset(dir: string = DATA_DIR): Dataset {
  checkDataDir(dir);
  const countryRows = loadFile(dir, "countries.csv") as unknown as Country[];
  checkKinds(countryRows);
  const codes = new Set(countryRows.map((c) => c.code));
  const load = <T>(file: string) => loadFile(dir, file, codes) as unknown as T[];
  return {
    countries: new Map(countryRows.map((c) => [c.code, c])),
    trade: {
      FRA: load<TradeRecord>("trade-france.csv"),
      RUS: load<TradeRecord>("trade-russia.csv"),
      BLR: load<TradeRecord>("trade-belarus.csv"),
    },
    declared: load<DeclaredRecord>("trade-all-reporters.csv"),
    customs: load<CustomsRecord>("russia-customs-main-partners.csv"),
    imts: load<ImtsRecord>("trade-russia-imts.csv"),
    comtrade: load<ComtradeRecord>("comtrade-exports-to-russia.csv"),
    comtradeFrance: load<ComtradeFranceRecord>("comtrade-exports-france.csv"),
    fdiProjects: load<ProjectRecord>("fdi-projects.csv"),
    fdiFlows: load<FlowRecord>("fdi-flows.csv"),
    monthly: load<MonthlyRecord>("fr-ru-monthly.csv"),
    usdPerEur: load<RateRecord>("ecb-usd-per-eur.csv"),
  };
}

let cached: Dataset | undefined;
/** The dataset of data/, loaded once per process (build or test). */
export function dataset(): Dataset {
  return (cached ??= loadDataset());
}
