/**
 * Parses and validates one CSV against its schema with papaparse.
 * Every problem is reported as `file:line:column: message` (1-based, line counted in the file as written)
 * and throws a CsvError, so that the build stops before any page is written.
 * The bytes must be UTF-8 (decodeCsv), with at most one byte order mark, at the very start: the published copy is
 * the file's own bytes, so nothing the reader would silently drop or replace may be in it. Numbers must be read
 * exactly as written (no rounding, no underflow to 0, no leading zeros) and fall within their field's range.
 */
import { readFileSync } from "node:fs";
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

/** A row as read: null only in a field the schema marks optional, where the cell is empty (not available). */
export type Row = Record<string, string | number | null>;

/** Files above this size are refused before parsing: the real ones are under 300 KB. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/**
 * A ";" followed (after any spaces) by a formula character. A spreadsheet that opens the file with ";" as its list
 * separator starts a new cell at every ";", quoted or not (quotes count only at the start of a cell, and a ","-file's
 * quoted field rarely starts one there), so `Germany;=40+2;x` would hold the live formula =40+2 (LibreOffice opening a
 * served CSV with ";": __tests__/csv-semicolon.test.ts). No real field holds one.
 */
export const SEPARATED_FORMULA = /;\s*[=+\-@]/;

/** The longest a field may be: the longest real one, a claim's params, has 153 characters. A longer one (a 4 MB name)
 *  would otherwise be refused only in a derived CSV, at a place that is not its source. */
export const MAX_FIELD_CHARS = 1000;

const NUMBER = /^-?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;
const DECIMAL = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The exact decimal value a number's text denotes, in one spelling: "6512.40", "651240e-2" → "65124e-1"; 0 → "0". */
function exactDecimal(text: string): string {
  const [, sign, whole, fraction = "", exponent = "0"] = DECIMAL.exec(text) ?? [];
  let digits = (whole + fraction).replace(/^0+/, "");
  let power = Number(exponent) - fraction.length;
  if (digits === "") return `${sign}0`;
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    power++;
  }
  return `${sign}${digits}e${power}`;
}

/** Where `index` of `text` sits: physical line (CRLF, CR or LF) and 1-based field of its record (quotes honoured). */
export function positionAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let quoted = false;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 44 && !quoted) column++;
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      if (!quoted) column = 1;
    }
  }
  return { line, column };
}

/** Start of the first ill-formed UTF-8 sequence in `bytes` (the WHATWG decoder's rules), or -1. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let follow = 0;
    let [low, high] = [0x80, 0xbf];
    if (b < 0x80) follow = 0;
    else if (b >= 0xc2 && b <= 0xdf) follow = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      follow = 2;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      follow = 3;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= follow; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      [low, high] = [0x80, 0xbf];
    }
    i += follow + 1;
  }
  return -1;
}

/**
 * The text of a CSV's bytes, which must be UTF-8: a Windows-1252 or Latin-1 file is refused at its first bad byte
 * (line and field), instead of being read with U+FFFD in place of its accented letters and published as it is.
 * A BOM is kept in the text: parseCsv allows one, at the very start.
 */
export function decodeCsv(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = Math.max(firstBadByte(bytes), 0);
    const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const { line, column } = positionAt(before, before.length);
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    throw new CsvError(
      file,
      line,
      column,
      `not valid UTF-8: byte 0x${hex} at offset ${bad} (save the file as UTF-8, not Windows-1252 or Latin-1)`,
    );
  }
}

/**
 * Reads the CSV at `filePath` as decodeCsv does; `file` is its name in messages (data/…). A missing file, a folder
 * in its place or any other read error names the file, instead of Node's bare EISDIR or absolute path.
 */
export function readCsvFile(file: string, filePath: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new Error(`${file}: is a folder, expected a CSV file`);
    if (code === "ENOENT") throw new Error(`${file}: is missing`);
    throw new Error(`${file}: cannot be read (${(err as Error).message})`);
  }
  return decodeCsv(file, bytes);
}

function checkField(
  field: Field,
  raw: string,
  fail: (message: string) => never,
  countries?: ReadonlySet<string>,
): string | number | null {
  if (raw.length > MAX_FIELD_CHARS)
    fail(`${field.name} is ${raw.length} characters long; a field holds at most ${MAX_FIELD_CHARS}`);
  if (raw === "" && field.optional) return null;
  if (raw === "") fail(`${field.name} is empty`);
  if (raw !== raw.trim()) fail(`${field.name} "${raw}" has leading or trailing spaces`);
  let value: string | number = raw;
  if (field.type === "integer" || field.type === "number") {
    if (!NUMBER.test(raw)) fail(`${field.name} "${raw}" is not a number`);
    // "02019" reads as 2019, but a leading zero is the mark of a cell typed as text or padded by some other tool
    if (/^-?0\d/.test(raw)) fail(`${field.name} "${raw}" has a leading zero`);
    value = Number(raw);
    if (!Number.isFinite(value)) fail(`${field.name} "${raw}" is not a finite number`); // e.g. 1e400
    // an integer is written as digits: "2000.0" or "2e3" would read as 2000 but are not whole-number notation
    if (field.type === "integer" && !INTEGER.test(raw)) fail(`${field.name} "${raw}" is not a whole number`);
    // The download is the file as written and the pages use the number as read: both must be the same number.
    // String(value) is the shortest text that reads back as value; it must denote the same decimal as raw.
    if (exactDecimal(String(value)) !== exactDecimal(raw)) {
      if (value === 0 && !/^-?0$/.test(exactDecimal(raw)))
        fail(`${field.name} "${raw}" underflows: it would be read as 0`);
      fail(`${field.name} "${raw}" cannot be read exactly: it would be read as ${value}`);
    }
    if (field.minimum !== undefined && value < field.minimum)
      fail(`${field.name} ${raw} is below the minimum ${field.minimum}`);
    if (field.maximum !== undefined && value > field.maximum)
      fail(`${field.name} ${raw} is above the maximum ${field.maximum}`);
  } else {
    if (/^[=+\-@]/.test(raw)) fail(`${field.name} "${raw}" starts with a formula character (=, +, -, @)`);
    if (SEPARATED_FORMULA.test(raw))
      fail(
        `${field.name} "${raw}" holds ";" then a formula character (=, +, -, @): opened with ";" as its separator ` +
          `(French Excel's default), a spreadsheet would start a cell there and run it as a formula`,
      );
    if (field.enum && !field.enum.includes(raw)) fail(`${field.name} "${raw}" is not one of ${field.enum.join(", ")}`);
    if (field.pattern && !new RegExp(field.pattern).test(raw))
      fail(`${field.name} "${raw}" does not match ${field.pattern}`);
    if (field.country && countries && !countries.has(raw)) fail(`${field.name} "${raw}" is not a known country code`);
  }
  return value;
}

/**
 * C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F): no field of any schema may hold one, tab and line
 * breaks included (a line break inside a quoted field would split a name over two lines in every table, chart and
 * file; a NUL makes an SVG that is not XML and a Word file that no reader opens). None is in the real data.
 */
const CONTROL = /\p{Cc}/u; // exactly U+0000–U+001F and U+007F–U+009F
const CONTROL_NAMES: Record<number, string> = { 0: "NUL", 9: "a tab", 10: "a line break", 13: "a line break" };

/** Throws at the line and field of the first control character of a record that starts on line `line`. */
function checkNoControl(
  record: readonly string[],
  header: readonly string[],
  line: number,
  at: (line: number, column: number, message: string) => never,
) {
  let breaks = 0;
  record.forEach((value, c) => {
    const i = value.search(CONTROL);
    if (i >= 0) {
      const code = value.charCodeAt(i);
      const hex = code.toString(16).toUpperCase().padStart(4, "0");
      const what = CONTROL_NAMES[code] ? `${CONTROL_NAMES[code]} (U+${hex})` : `control character U+${hex}`;
      const lineOfChar = line + breaks + value.slice(0, i).split("\n").length - 1;
      at(
        lineOfChar,
        c + 1,
        `${header[c] ?? `field ${c + 1}`} holds ${what} at character ${i + 1}: no field may hold a control character`,
      );
    }
    breaks += value.split("\n").length - 1;
  });
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
  // Any other U+FEFF is refused: papaparse would drop a second one at the start of the text (and trimming drops it
  // anywhere in a cell), while the published copy would keep it.
  const bom = text.indexOf("\ufeff");
  if (bom >= 0) {
    const { line, column } = positionAt(text, bom);
    at(line, column, "stray byte order mark (U+FEFF): one is allowed only as the very first character of the file");
  }
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
    checkNoControl(record, header, ln, at);
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
