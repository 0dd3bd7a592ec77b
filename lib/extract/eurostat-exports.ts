/**
 * Reads the Eurostat Comext relational-view CSVs in data/raw/eurostat-eu-exports/ (EU member states' monthly goods
 * exports to Russia, euros; see its PROVENANCE.md) into one value per reporter and month. Why its own module: the
 * files are many small extractions whose months may overlap, so besides reading each cell strictly (":" is "not
 * available" and gives no value, never a zero; any other non-integer stops) the reader must check that a month read
 * from two files carries the same value in both, and stop naming both files when it does not.
 * Every error names file:line:column (1-based, as in the file).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { comextMonth, eurostatReporter, EUROSTAT_RUSSIA } from "./eurostat-reporters";
import { checkFlowValue } from "./imf-workbook";
import { TRADE_EUR_MONTH_MAX } from "../model/schemas";

export const EXPORTS_HEADER = [
  "REPORTER",
  "PARTNER",
  "PRODUCT",
  "FLOW",
  "STAT_PROCEDURE",
  "PERIOD",
  "VALUE_IN_EUR",
] as const;
/** The one value each of these columns may hold: the files are Russia, all products, exports, all procedures. */
const FIXED: Partial<Record<(typeof EXPORTS_HEADER)[number], string>> = {
  PARTNER: EUROSTAT_RUSSIA,
  PRODUCT: "Total",
  FLOW: "EXPORT",
  STAT_PROCEDURE: "Total",
};
/** Eurostat's "not available" marker. */
export const NOT_AVAILABLE = ":";

export interface ExportValue {
  reporter: string;
  period: string;
  value_eur: number;
  /** file:line:column of the value, for messages */
  at: string;
  file: string;
}

/** One file's values (reporter countries only; aggregates and ":" cells give none). `file` is quoted in errors. */
export function parseExportsCsv(file: string, text: string): ExportValue[] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    // papaparse gives no row for an error of the whole text: it is then named at line 1
    throw new Error(`${file}:${(e.row ?? 0) + 1}: cannot parse the CSV (${e.message})`);
  }
  const rows = parsed.data;
  // A final line break leaves one empty row at the end; nothing else may be empty.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  if (rows.some((r) => r.some((c) => /[\r\n]/.test(c))))
    throw new Error(`${file}: a cell spans lines; line numbers would be wrong`);
  const header = rows[0] ?? [];
  EXPORTS_HEADER.forEach((name, i) => {
    if (header[i] !== name)
      throw new Error(`${file}:1:${i + 1}: header is ${JSON.stringify(header[i] ?? null)}, expected "${name}"`);
  });
  if (header.length !== EXPORTS_HEADER.length)
    throw new Error(`${file}:1: ${header.length} columns, expected ${EXPORTS_HEADER.length}`);
  const col = (name: (typeof EXPORTS_HEADER)[number]) => EXPORTS_HEADER.indexOf(name);
  const values: ExportValue[] = [];
  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const row = rows[r];
    const at = (name: (typeof EXPORTS_HEADER)[number]) => `${file}:${line}:${col(name) + 1}`;
    if (row.length !== EXPORTS_HEADER.length)
      throw new Error(`${file}:${line}: ${row.length} columns, expected ${EXPORTS_HEADER.length}`);
    for (const [name, expected] of Object.entries(FIXED) as [(typeof EXPORTS_HEADER)[number], string][])
      if (row[col(name)] !== expected)
        throw new Error(`${at(name)}: ${name} is ${JSON.stringify(row[col(name)])}, expected "${expected}"`);
    const reporter = eurostatReporter(row[col("REPORTER")], at("REPORTER"));
    const period = comextMonth(row[col("PERIOD")]);
    if (!period)
      throw new Error(`${at("PERIOD")}: PERIOD ${JSON.stringify(row[col("PERIOD")])} is not a month like "Aug. 2024"`);
    const cell = row[col("VALUE_IN_EUR")];
    if (cell === NOT_AVAILABLE) continue; // not available: no value, never a zero
    if (!/^\d+$/.test(cell))
      throw new Error(
        `${at("VALUE_IN_EUR")}: VALUE_IN_EUR ${JSON.stringify(cell)} is not a whole number of euros (":" is the only "not available" marker)`,
      );
    const value = Number(cell);
    if (!Number.isSafeInteger(value)) throw new Error(`${at("VALUE_IN_EUR")}: VALUE_IN_EUR ${cell} is too large`);
    if (reporter === null) continue; // EU and euro-area aggregates
    checkFlowValue(value, TRADE_EUR_MONTH_MAX, "euros", at("VALUE_IN_EUR"));
    values.push({ reporter, period, value_eur: value, at: at("VALUE_IN_EUR"), file });
  }
  return values;
}

/**
 * Merges the files' values into one per reporter and month. A month found in several files (or twice in one) is kept
 * once if the values are equal; unequal values stop, naming both places.
 */
export function mergeExports(files: readonly ExportValue[][]): Map<string, ExportValue> {
  const merged = new Map<string, ExportValue>();
  for (const values of files)
    for (const v of values) {
      const key = `${v.reporter}|${v.period}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, v);
      else if (seen.value_eur !== v.value_eur)
        throw new Error(
          `${v.reporter} exports to Russia, ${v.period}: ${v.value_eur} at ${v.at} conflicts with ${seen.value_eur} at ${seen.at}; a month in two Eurostat files must carry the same value`,
        );
    }
  return merged;
}

/** Reads every *.csv of `dir` (relative to `root`, quoted as given), in name order, and merges them. */
export function readEurostatExports(root: string, dir: string): { values: Map<string, ExportValue>; files: number } {
  const names = readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".csv"))
    .sort();
  if (names.length === 0) throw new Error(`${dir}: no CSV file`);
  const values = mergeExports(
    names.map((name) => parseExportsCsv(`${dir}/${name}`, readFileSync(path.join(root, dir, name), "utf8"))),
  );
  return { values, files: names.length };
}
