/**
 * Parses and validates one CSV against its schema with papaparse.
 * Every problem is reported as `file:line:column: message` (1-based, line counted in the file as written)
 * and throws a CsvError, so that the build stops before any page is written.
 */
import Papa from "papaparse";
import type { Field, Schema } from "./schemas";

export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = "CsvError";
  }
}

export type Row = Record<string, string | number>;

/** Files above this size are refused before parsing: the real ones are under 300 KB. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;

function checkField(
  field: Field,
  raw: string,
  fail: (message: string) => never,
  countries?: ReadonlySet<string>,
): string | number {
  if (raw === "") fail(`${field.name} is empty`);
  if (raw !== raw.trim()) fail(`${field.name} "${raw}" has leading or trailing spaces`);
  let value: string | number = raw;
  if (field.type === "integer" || field.type === "number") {
    if (!NUMBER.test(raw)) fail(`${field.name} "${raw}" is not a number`);
    value = Number(raw);
    if (!Number.isFinite(value)) fail(`${field.name} "${raw}" is not a finite number`); // e.g. 1e400
    // an integer is written as digits: "2000.0" or "2e3" would read as 2000 but are not whole-number notation
    if (field.type === "integer" && !INTEGER.test(raw)) fail(`${field.name} "${raw}" is not a whole number`);
    if (field.minimum !== undefined && value < field.minimum)
      fail(`${field.name} ${raw} is below the minimum ${field.minimum}`);
    if (field.maximum !== undefined && value > field.maximum)
      fail(`${field.name} ${raw} is above the maximum ${field.maximum}`);
  } else {
    if (/^[=+\-@]/.test(raw)) fail(`${field.name} "${raw}" starts with a formula character (=, +, -, @)`);
    if (field.enum && !field.enum.includes(raw)) fail(`${field.name} "${raw}" is not one of ${field.enum.join(", ")}`);
    if (field.pattern && !new RegExp(field.pattern).test(raw))
      fail(`${field.name} "${raw}" does not match ${field.pattern}`);
    if (field.country && countries && !countries.has(raw)) fail(`${field.name} "${raw}" is not a known country code`);
  }
  return value;
}

export function parseCsv(file: string, text: string, schema: Schema, countries?: ReadonlySet<string>): Row[] {
  return parseCsvLines(file, text, schema, countries).map((r) => r.row);
}

/** As parseCsv, with the physical line each row starts on (for messages about a row's content later on). */
export function parseCsvLines(
  file: string,
  text: string,
  schema: Schema,
  countries?: ReadonlySet<string>,
): { row: Row; line: number }[] {
  const at = (line: number, column: number, message: string): never => {
    throw new CsvError(file, line, column, message);
  };
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) at(1, 1, `file is larger than ${MAX_CSV_BYTES} bytes`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 BOM is tolerated and dropped
  if (text.trim() === "") at(1, 1, "file is empty");
  // CRLF and lone CR line breaks become LF, so that papaparse splits every physical line (it would otherwise
  // guess one newline style and glue the lines of a mixed or CR-only file together) and lines are counted once.
  text = text.replace(/\r\n?/g, "\n");

  // Parse record by record; papaparse's cursor gives where each record ends, hence the line it starts on
  // (quoted fields may hold line breaks, so record number and line number can differ).
  const records: string[][] = [];
  const lineOf: number[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ",", // never guessed: a file separated by ; or tabs is not accepted as CSV
    newline: "\n",
    skipEmptyLines: false,
    step(result) {
      lineOf.push(line);
      const bad = result.errors[0];
      if (bad) {
        // papaparse's index points into the offending quoted field: report the line and field where it opens
        let errorLine = line;
        let column = result.data.length;
        const index = bad.index ?? -1;
        if (index > cursor && index <= text.length) {
          column = 1;
          let quoted = false;
          for (let i = cursor; i < index - 1; i++) {
            const c = text.charCodeAt(i);
            if (c === 34) quoted = !quoted;
            else if (c === 44 && !quoted) column++;
            else if (c === 10) errorLine++;
          }
        }
        at(
          errorLine,
          Math.max(column, 1),
          bad.type === "Quotes" ? `malformed quoting (${bad.message})` : `unreadable CSV (${bad.message})`,
        );
      }
      records.push(result.data);
      // papaparse's cursor is already past the record's own line break; if it ever stops just before it, step over
      // it here. (Never step over a following \n otherwise: that one is a blank line, i.e. the next record.)
      const end = result.meta.cursor;
      const next = text.charCodeAt(end - 1) !== 10 && text.charCodeAt(end) === 10 ? end + 1 : end;
      for (let i = cursor; i < next; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = next;
    },
  });

  const header = records[0] ?? [];
  const expected = schema.fields.map((f) => f.name);
  header.forEach((name, i) => {
    if (!expected.includes(name)) at(1, i + 1, `unexpected column "${name}"; expected ${expected.join(",")}`);
    if (header.indexOf(name) !== i) at(1, i + 1, `column "${name}" appears twice`);
  });
  expected.forEach((name, i) => {
    if (!header.includes(name)) at(1, header.length + 1, `missing column "${name}"`);
    if (header[i] !== name) at(1, i + 1, `column ${i + 1} is "${header[i]}", expected "${name}"`);
  });

  const rows: { row: Row; line: number }[] = [];
  const keys = new Map<string, number>();
  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const ln = lineOf[r];
    if (record.length === 1 && record[0] === "") {
      if (r === records.length - 1) continue; // trailing newline
      at(ln, 1, "blank line");
    }
    if (record.length !== header.length)
      at(ln, Math.min(record.length, header.length) + 1, `expected ${header.length} fields, found ${record.length}`);
    const row: Row = {};
    schema.fields.forEach((field, c) => {
      row[field.name] = checkField(field, record[c], (m) => at(ln, c + 1, m), countries);
    });
    const key = schema.primaryKey.map((k) => row[k]).join("|");
    const first = keys.get(key);
    if (first !== undefined)
      at(
        ln,
        schema.fields.findIndex((f) => f.name === schema.primaryKey[0]) + 1,
        `duplicate key ${schema.primaryKey.join("+")}=${key} (first on line ${first})`,
      );
    keys.set(key, ln);
    rows.push({ row, line: ln });
  }
  if (rows.length === 0) at(2, 1, "no data rows after the header");
  return rows;
}
