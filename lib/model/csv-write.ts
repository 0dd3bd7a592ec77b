/**
 * Deterministic CSV writing (RFC 4180, LF line endings, UTF-8, no BOM, final newline), by papaparse's unparse.
 *
 * Text cells that a spreadsheet would read as a formula (leading =, +, -, @, tab or CR) get a leading apostrophe
 * (OWASP "CSV injection" advice); papaparse then always quotes them. The pattern is ours, not papaparse's default
 * (/^[=+\-@\t\r].*$/), which misses multi-line text such as "=1\n2". Numbers are written as String(n), untouched,
 * and never neutralised; non-finite numbers are refused (papaparse would write "NaN"), and so is text holding ";" then
 * a formula character, which would become a formula in a spreadsheet that splits cells at ";" (SEPARATED_FORMULA).
 * Header and rows go in as one list of arrays in column order: papaparse writes an object row with no keys as an
 * empty line, and { fields, data: [] } as a header plus an empty line.
 */
import Papa from "papaparse";
import { SEPARATED_FORMULA } from "./csv-parse";

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const OPTIONS = { newline: "\n", quotes: false, escapeFormulae: FORMULA_START } as const;

function checked(cell: Cell): Cell {
  if (typeof cell === "number" && !Number.isFinite(cell))
    throw new Error(`cannot write non-finite number ${cell} to CSV`);
  // Neither an apostrophe nor quotes can neutralise a formula that starts after a ";" inside a cell (a spreadsheet
  // splitting the line at ";" sees no quote or apostrophe there), so such text is refused; the loader refuses it in
  // every source CSV, so only a sentence of the site's own could bring one here.
  if (typeof cell === "string" && SEPARATED_FORMULA.test(cell))
    throw new Error(
      `cannot write "${cell}" to CSV: ";" then a formula character would start a formula in a spreadsheet that splits cells at ";"`,
    );
  return cell;
}

export function formatCell(cell: Cell): string {
  return Papa.unparse([[checked(cell)]], OPTIONS);
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const data = rows.map((row) => columns.map((c) => checked(row[c])));
  return Papa.unparse([[...columns], ...data], OPTIONS) + "\n";
}
