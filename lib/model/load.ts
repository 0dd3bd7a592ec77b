/**
 * Loads every CSV in data/ through its schema. Country codes are checked against countries.csv.
 * Throws a CsvError (file:line:column) on the first problem, or an Error naming the file (a folder in place of a
 * CSV, a missing file).
 */
import path from "node:path";
import { parseCsv, readCsvFile, type Row } from "./csv-parse";
import { SCHEMAS } from "./schemas";

export interface Country {
  code: string;
  name: string;
  imf_name: string;
  kind: "country" | "aggregate";
}
export interface TradeRecord {
  reporter: string;
  partner: string;
  year: number;
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

export interface Dataset {
  countries: Map<string, Country>;
  trade: Record<"FRA" | "RUS" | "BLR", TradeRecord[]>;
  fdiProjects: ProjectRecord[];
  fdiFlows: FlowRecord[];
}

export const DATA_DIR = path.resolve(process.cwd(), "data");

export function loadFile(dir: string, file: string, countries?: ReadonlySet<string>): Row[] {
  const schema = SCHEMAS[file];
  if (!schema) throw new Error(`data/${file}: no schema describes this file`);
  return parseCsv(`data/${file}`, readCsvFile(`data/${file}`, path.join(dir, file)), schema, countries);
}

export function loadDataset(dir: string = DATA_DIR): Dataset {
  const countryRows = loadFile(dir, "countries.csv") as unknown as Country[];
  const codes = new Set(countryRows.map((c) => c.code));
  const load = <T>(file: string) => loadFile(dir, file, codes) as unknown as T[];
  return {
    countries: new Map(countryRows.map((c) => [c.code, c])),
    trade: {
      FRA: load<TradeRecord>("trade-france.csv"),
      RUS: load<TradeRecord>("trade-russia.csv"),
      BLR: load<TradeRecord>("trade-belarus.csv"),
    },
    fdiProjects: load<ProjectRecord>("fdi-projects.csv"),
    fdiFlows: load<FlowRecord>("fdi-flows.csv"),
  };
}

let cached: Dataset | undefined;
/** The dataset of data/, loaded once per process (build or test). */
export function dataset(): Dataset {
  return (cached ??= loadDataset());
}
