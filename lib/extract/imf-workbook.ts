/**
 * Reads one IMF DOTS "by partner country" workbook (the data.imf.org Excel export layout) into tidy rows.
 * Layout: B4 reporter name, B5 unit, row 7 years from column C, then one row per partner (name in column B).
 * The file is first checked as a zip archive (lib/extract/xlsx-archive.ts: every entry's CRC-32), then its sheets are
 * read by read-excel-file (text kept untrimmed) in a worker thread with a time limit. Every error names the file, and
 * the sheet and cell when there is one: `data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!C12: ...`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SheetData } from "read-excel-file/node";
import { IMF_AGGREGATES, IMF_PARTNER_CODES } from "./imf-partners";
import { countryName } from "./country-names";
import { checkedEntries, storedCopy } from "./xlsx-archive";

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

const SHEETS = [
  { sheet: "Exports, FOB", flow: "exports" },
  { sheet: "Imports, CIF", flow: "imports" },
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
function sheetError(file: string, sheet: string, name: string, message: string): Error {
  if (name === "SheetNotFoundError") return new Error(`${file} [${sheet}]: sheet missing (${message})`);
  const cell = /^<c\/> at row (\d+), col (\d+): (.*)$/s.exec(message);
  if (cell)
    return new Error(
      `${file} [${sheet}]!${columnLetters(Number(cell[2]) - 1)}${cell[1]}: unreadable cell (${cell[3]})`,
    );
  if (name === "InvalidSpreadsheetError") return new Error(`${file} [${sheet}]: ${message}`);
  return new Error(`${file} [${sheet}]: cannot read the sheet (${message})`);
}

/** The sheets as grids from A1, read in a worker thread that is terminated after `timeoutMs`. */
function readSheets(bytes: Uint8Array, file: string, sheets: string[], timeoutMs: number): Promise<SheetData[]> {
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
 * Reads `file` (a path relative to `root`, quoted as given in every message) for one reporter,
 * keeping the years yearMin..yearMax.
 */
export async function readImfWorkbook(
  root: string,
  file: string,
  reporterCode: string,
  yearMin: number,
  yearMax: number,
  { timeoutMs = READ_TIME_LIMIT_MS }: { timeoutMs?: number } = {},
) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (err) {
    throw new Error(`${file}: cannot read the workbook (${(err as Error).message})`);
  }
  const entries = checkedEntries(bytes, file);
  const grids = await readSheets(
    storedCopy(entries),
    file,
    SHEETS.map((s) => s.sheet),
    timeoutMs,
  );
  const byKey = new Map<string, TradeRow>();
  const partners = new Map<string, { code: string; name: string; imf_name: string }>();
  for (const [n, { sheet, flow }] of SHEETS.entries()) {
    const grid = grids[n];
    const unit = grid[4]?.[1];
    if (unit !== "US Dollars, Millions")
      throw new Error(`${file} [${sheet}]!B5: unit is "${unit}", expected "US Dollars, Millions"`);
    const header = grid[6] ?? [];
    grid.slice(7).forEach((line, i) => {
      const imfName = line[1];
      if (typeof imfName !== "string" || imfName === "") return;
      if (IMF_AGGREGATES.has(imfName)) return;
      const where = `${file} [${sheet}]!B${i + 8}`;
      const code = IMF_PARTNER_CODES.get(imfName);
      if (!code) throw new Error(`${where}: unknown IMF partner "${imfName}"; add it to lib/extract/imf-partners.ts`);
      let name: string;
      try {
        name = countryName(code);
      } catch (err) {
        throw new Error(`${where}: IMF partner "${imfName}": ${(err as Error).message}`);
      }
      header.forEach((yearCell, col) => {
        const year = Number(yearCell);
        if (col < 2 || !Number.isInteger(year) || year < yearMin || year > yearMax) return;
        const value = line[col];
        if (value === null || value === undefined) return;
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw new Error(`${file} [${sheet}]!${columnLetters(col)}${i + 8}: "${value}" is not a number`);
        }
        const key = `${code}|${year}|${flow}`;
        const row: TradeRow = { reporter: reporterCode, partner: code, year, flow, value_usd_m: value };
        const seen = byKey.get(key);
        // The workbooks repeat the Australia row verbatim; identical repeats are dropped, conflicting ones stop the script.
        if (seen && seen.value_usd_m !== value) {
          throw new Error(
            `${file} [${sheet}]!${columnLetters(col)}${i + 8}: ${value} conflicts with ${seen.value_usd_m} read earlier for ${key}`,
          );
        }
        byKey.set(key, row);
        partners.set(code, { code, name, imf_name: imfName });
      });
    });
  }
  const rows = [...byKey.values()].sort(
    (a, b) => a.partner.localeCompare(b.partner) || a.year - b.year || a.flow.localeCompare(b.flow),
  );
  return { rows, partners: [...partners.values()] };
}
