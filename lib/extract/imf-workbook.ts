/**
 * Reads one IMF DOTS "by partner country" workbook (the data.imf.org Excel export layout) into tidy rows, and checks
 * that it is the workbook it should be, since wrong data would otherwise pass silently.
 * Layout: B2 the sheet's title (naming its flow), B4 the reporter, B5 the unit, row 7 the years from column C
 * (increasing by one), then one row per partner (name in column B).
 * The file is first checked as a zip archive (lib/extract/xlsx-archive.ts: every entry's CRC-32), then its sheets are
 * read by read-excel-file (text kept untrimmed) in a worker thread with a time limit. Then, per sheet: no cell holds
 * an error value (#DIV/0!, which read-excel-file reads as empty) nor a formula (which it reads as its cache); B2, B4, B5 and row 7 say what they should; every
 * partner name is known, no aggregate appears twice and the major partners all have a row (a partner renamed into
 * an aggregate would otherwise vanish); every value is a number under a year.
 * Every error names the file, and the sheet and cell when there is one: `data/raw/imf-dots/DOTS_72.xlsx [Exports,
 * FOB]!C12: ...`. Cross-checks between workbooks are in lib/extract/cross-check.ts.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SheetData } from "read-excel-file/node";
import { IMF_AGGREGATES, IMF_PARTNER_CODES, REQUIRED_PARTNERS } from "./imf-partners";
import { countryName } from "./country-names";
import { TRADE_USD_M_MAX } from "../model/schemas";
import { checkCellsHoldValues, readCheckedWorkbook, storedCopy } from "./xlsx-archive";

/**
 * How long read-excel-file may take over one workbook's two sheets before it is stopped. Measured on the shared
 * 2-core machine: 0.3–1.5 s per real workbook, worker start-up included; the limit is 20 times the slowest.
 *
 * Why a worker thread rather than Promise.race with a timer: read-excel-file does yield to the event loop (the
 * sheet XML is parsed in chunks between setImmediate calls: a 61 MB sheet kept a 100 ms timer waiting 183 ms), so
 * a timer would fire, but the abandoned parse would go on using the CPU and memory (71 s for that sheet) with no way
 * to stop it, and nothing guarantees that every step of it yields (workbook.xml, styles and shared strings are parsed
 * in one piece). A worker can be terminated, and is given a memory cap; it costs about 0.3 s of start-up per file.
 */
export const READ_TIME_LIMIT_MS = 30_000;
const WORKER = path.join(__dirname, "read-sheets.worker.mjs");

export const REPORTERS = [
  { code: "FRA", slug: "france", imfName: "France", file: "DOTS_72.xlsx" },
  { code: "RUS", slug: "russia", imfName: "Russian Federation", file: "DOTS_162.xlsx" },
  { code: "BLR", slug: "belarus", imfName: "Belarus, Rep. of", file: "DOTS_18.xlsx" },
] as const;

/** A reporter as readImfWorkbook needs it: its code, and its name as the IMF writes it in cell B4. */
export interface Reporter {
  code: string;
  imfName: string;
}

/** The two sheets, each with the title its cell B2 holds in every DOTS export. */
export const SHEETS = [
  { sheet: "Exports, FOB", flow: "exports", title: "Exports, FOB to Partner Countries" },
  { sheet: "Imports, CIF", flow: "imports", title: "Imports, CIF from Partner Countries" },
] as const;

export interface TradeRow extends Record<string, string | number> {
  reporter: string;
  partner: string;
  year: number;
  flow: "exports" | "imports";
  value_usd_m: number;
}

/** Spreadsheet column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** read-excel-file's error for one sheet, re-thrown naming file, sheet and, if known, cell. */
export function sheetError(file: string, sheet: string, name: string, message: string): Error {
  if (name === "SheetNotFoundError") return new Error(`${file} [${sheet}]: sheet missing (${message})`);
  const cell = /^<c\/> at row (\d+), col (\d+): (.*)$/s.exec(message);
  if (cell)
    return new Error(
      `${file} [${sheet}]!${columnLetters(Number(cell[2]) - 1)}${cell[1]}: unreadable cell (${cell[3]})`,
    );
  if (name === "InvalidSpreadsheetError") return new Error(`${file} [${sheet}]: ${message}`);
  return new Error(`${file} [${sheet}]: cannot read the sheet (${message})`);
}

/** The sheets as grids from A1, read in a worker thread that is terminated after `timeoutMs` (for every reader of one workbook, through openCheckedWorkbook). */
export function readSheets(bytes: Uint8Array, file: string, sheets: string[], timeoutMs: number): Promise<SheetData[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { bytes, sheets },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const settle = (error: Error | undefined, grids?: SheetData[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(grids!);
    };
    const timer = setTimeout(
      () => settle(new Error(`${file}: reading the sheets took longer than ${timeoutMs} ms; stopped (time limit)`)),
      timeoutMs,
    );
    worker.once("message", (m: { grids?: SheetData[]; error?: { sheet: string; name: string; message: string } }) =>
      m.error ? settle(sheetError(file, m.error.sheet, m.error.name, m.error.message)) : settle(undefined, m.grids),
    );
    worker.once("error", (err) => settle(new Error(`${file}: cannot read the workbook (${err.message})`)));
    worker.once("exit", (code) =>
      settle(new Error(`${file}: cannot read the workbook (the reader stopped early, exit code ${code})`)),
    );
  });
}

/**
 * Opens the workbook `file` (relative to `root`, quoted as given in every message) as each reader of one workbook
 * does (readImfWorkbook, lib/extract/eurostat-ruimpeks.ts, lib/extract/rosstat-main-partners.ts): checked as a zip
 * archive (lib/extract/xlsx-archive.ts), then its `sheets` read from a stored copy of the checked entries by
 * readSheets. Returns the checked entries too, for the search of each sheet's XML for error and formula cells (checkCellsHoldValues).
 */
export async function openCheckedWorkbook(
  root: string,
  file: string,
  sheets: string[],
  timeoutMs: number,
): Promise<{ entries: Map<string, Uint8Array>; grids: SheetData[] }> {
  const entries = await readCheckedWorkbook(root, file);
  const grids = await readSheets(storedCopy(entries), file, sheets, timeoutMs);
  return { entries, grids };
}

/**
 * A declared flow as extraction reads it: never negative, and no larger than the ceiling data/'s schema gives its
 * column (lib/model/schemas.ts), so that a damaged cell (-5, 1e308) stops `npm run data` at its cell instead of being
 * written into data/ and refused only at build, far from its source.
 */
export function checkFlowValue(value: number, max: number, unit: string, at: string): void {
  if (value < 0) throw new Error(`${at}: ${value} is negative; a declared flow never is`);
  if (value > max)
    throw new Error(`${at}: ${value} is above ${max} ${unit}, the ceiling of its column in lib/model/schemas.ts`);
}

/** How a cell reads in a message: strings quoted, empty cells as (empty). */
export const shown = (v: unknown) =>
  v === null || v === undefined ? "(empty)" : typeof v === "string" ? `"${v}"` : String(v);

/**
 * The years of row 7, by column index: from C, each one more than the one before, up to the first empty cell (after
 * which nothing may follow), and covering yearMin..yearMax when given. With `gaps`, years need only increase: some
 * reporters' workbooks skip a year (Afghanistan's imports go from 1965 to 1967, DOTS_1.xlsx).
 */
export function yearColumns(
  header: readonly unknown[],
  where: string,
  yearMin?: number,
  yearMax?: number,
  { gaps = false }: { gaps?: boolean } = {},
) {
  const at = (col: number) => `${where}!${columnLetters(col)}7`;
  const years = new Map<number, number>();
  let last: number | undefined;
  let ended = false;
  for (let col = 2; col < header.length; col++) {
    const cell = header[col];
    if (cell === null || cell === undefined) {
      ended = true;
      continue;
    }
    const year =
      typeof cell === "number" ? cell : typeof cell === "string" && /^\d{4}$/.test(cell) ? Number(cell) : NaN;
    if (!Number.isInteger(year)) throw new Error(`${at(col)}: ${shown(cell)} is not a year`);
    if (ended) throw new Error(`${at(col)}: year ${year} after an empty cell in row 7`);
    if (last !== undefined && gaps && year <= last)
      throw new Error(`${at(col)}: year ${year} follows ${last} (${columnLetters(col - 1)}7); years go up`);
    if (last !== undefined && !gaps && year !== last + 1)
      throw new Error(`${at(col)}: year ${year} follows ${last} (${columnLetters(col - 1)}7); years go up by one`);
    years.set(col, year);
    last = year;
  }
  const first = years.get(2);
  if (first === undefined || last === undefined) throw new Error(`${at(2)}: no year (years start in C7)`);
  if (yearMin !== undefined && yearMax !== undefined && (first > yearMin || last < yearMax))
    throw new Error(`${at(2)}: the years run ${first}–${last}; ${yearMin}–${yearMax} are needed`);
  return years;
}

/**
 * The partner rows of a sheet, from row 8 to its last: each row's number (1-based), its partner name (column B) and
 * its cells. A row without a name is passed over, and is an error if it holds a value; a name that is not text is an
 * error. Also used for the workbooks of every reporter (lib/extract/imf-all-reporters.ts).
 */
export function* partnerRows(
  grid: SheetData,
  at: (col: number, row: number) => string,
): Generator<{ r: number; imfName: string; line: SheetData[number] }> {
  for (let r = 8; r <= grid.length; r++) {
    const line = grid[r - 1];
    const imfName = line[1];
    const firstValue = line.findIndex((v, col) => col >= 2 && v !== null && v !== undefined);
    if (imfName === null || imfName === undefined || imfName === "") {
      if (firstValue >= 0)
        throw new Error(`${at(1, r)}: no partner name, yet ${columnLetters(firstValue)}${r} holds a value`);
      continue;
    }
    if (typeof imfName !== "string") throw new Error(`${at(1, r)}: partner name is ${shown(imfName)}, not text`);
    yield { r, imfName, line };
  }
}

/**
 * The values of partner row `r` (`line`, from column C; empty cells passed over), each with its column and the year
 * `years` gives that column; a value in a column without a year is an error.
 */
export function* yearValues(
  line: SheetData[number],
  r: number,
  years: ReadonlyMap<number, number>,
  at: (col: number, row: number) => string,
): Generator<{ col: number; year: number; value: NonNullable<SheetData[number][number]> }> {
  for (const [col, value] of line.entries()) {
    if (col < 2 || value === null || value === undefined) continue;
    const year = years.get(col);
    if (year === undefined) throw new Error(`${at(col, r)}: ${shown(value)} lies in a column without a year`);
    yield { col, year, value };
  }
}

/**
 * One sheet of an IMF workbook, with the checks every reader makes first: its XML holds no error cell and no formula
 * (read-excel-file reads an error value, t="e", as an empty cell and a formula as its cached result, so the XML is
 * searched) and its title is the expected one. Returns
 * how to name a cell in errors (`file [sheet]!B7`) and how to read one (1-based row, 0-based column).
 */
export function checkedSheet(
  entries: ReadonlyMap<string, Uint8Array>,
  file: string,
  sheet: string,
  grid: SheetData,
  title: string,
): { where: string; at: (col: number, row: number) => string; cell: (col: number, row: number) => unknown } {
  const where = `${file} [${sheet}]`;
  const at = (col: number, row: number) => `${where}!${columnLetters(col)}${row}`;
  const cell = (col: number, row: number): unknown => grid[row - 1]?.[col];
  checkCellsHoldValues(entries, file, sheet);
  if (cell(1, 2) !== title) throw new Error(`${at(1, 2)}: title is ${shown(cell(1, 2))}, expected "${title}"`);
  return { where, at, cell };
}

/**
 * Reads `file` (a path relative to `root`, quoted as given in every message) for one reporter,
 * keeping the years yearMin..yearMax. Also returns, for each row, the cell it was read from
 * (`cells`, keyed partner|year|flow), for messages about the numbers later on.
 */
export async function readImfWorkbook(
  root: string,
  file: string,
  reporter: Reporter,
  yearMin: number,
  yearMax: number,
  { timeoutMs = READ_TIME_LIMIT_MS }: { timeoutMs?: number } = {},
) {
  const { entries, grids } = await openCheckedWorkbook(
    root,
    file,
    SHEETS.map((s) => s.sheet),
    timeoutMs,
  );
  const byKey = new Map<string, TradeRow>();
  const cells = new Map<string, string>();
  const partners = new Map<string, { code: string; name: string; imf_name: string }>();
  for (const [n, { sheet, flow, title }] of SHEETS.entries()) {
    const grid = grids[n];
    const { where, at, cell } = checkedSheet(entries, file, sheet, grid, title);
    if (cell(1, 4) !== reporter.imfName)
      throw new Error(
        `${at(1, 4)}: reporter is ${shown(cell(1, 4))}, expected "${reporter.imfName}" (${reporter.code}'s workbook)`,
      );
    if (cell(1, 5) !== "US Dollars, Millions")
      throw new Error(`${at(1, 5)}: unit is ${shown(cell(1, 5))}, expected "US Dollars, Millions"`);
    const years = yearColumns(grid[6] ?? [], where, yearMin, yearMax);

    const aggregates = new Map<string, number>();
    const listed = new Set<string>([reporter.code]);
    for (const { r, imfName, line } of partnerRows(grid, at)) {
      if (IMF_AGGREGATES.has(imfName)) {
        const first = aggregates.get(imfName);
        if (first !== undefined)
          throw new Error(
            `${at(1, r)}: aggregate "${imfName}" appears a second time (first in B${first}); a renamed partner?`,
          );
        aggregates.set(imfName, r);
        continue;
      }
      const code = IMF_PARTNER_CODES.get(imfName);
      if (!code)
        throw new Error(`${at(1, r)}: unknown IMF partner "${imfName}"; add it to lib/extract/imf-partners.ts`);
      let name: string;
      try {
        name = countryName(code);
      } catch (err) {
        throw new Error(`${at(1, r)}: IMF partner "${imfName}": ${(err as Error).message}`);
      }
      listed.add(code);
      for (const { col, year, value } of yearValues(line, r, years, at)) {
        if (typeof value !== "number" || !Number.isFinite(value))
          throw new Error(`${at(col, r)}: ${shown(value)} is not a number`);
        checkFlowValue(value, TRADE_USD_M_MAX, "USD millions", at(col, r));
        if (year < yearMin || year > yearMax) continue;
        const key = `${code}|${year}|${flow}`;
        const seen = byKey.get(key);
        // The workbooks repeat the Australia row verbatim; identical repeats are dropped, conflicting ones stop the script.
        if (seen) {
          if (seen.value_usd_m !== value)
            throw new Error(`${at(col, r)}: ${value} conflicts with ${seen.value_usd_m} read earlier for ${key}`);
          continue;
        }
        byKey.set(key, { reporter: reporter.code, partner: code, year, flow, value_usd_m: value });
        cells.set(key, at(col, r));
        partners.set(code, { code, name, imf_name: imfName });
      }
    }
    const missing = REQUIRED_PARTNERS.find((code) => !listed.has(code));
    if (missing)
      throw new Error(
        `${where}: no row for ${countryName(missing)} (${missing}), a major partner every workbook lists; renamed or dropped?`,
      );
  }
  const rows = [...byKey.values()].sort(
    (a, b) => a.partner.localeCompare(b.partner) || a.year - b.year || a.flow.localeCompare(b.flow),
  );
  return { rows, partners: [...partners.values()], cells };
}
