/**
 * Reads one IMF DOTS "by partner country" workbook (the data.imf.org Excel export layout) into tidy rows.
 * Layout: B4 reporter name, B5 unit, row 7 years from column C, then one row per partner (name in column B).
 * Cells are read with read-excel-file (text kept untrimmed); every error names the file, and the sheet and cell when
 * there is one: `data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!C12: ...`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readSheet, type SheetData } from "read-excel-file/node";
import { IMF_AGGREGATES, IMF_PARTNER_CODES } from "./imf-partners";
import { countryName } from "./country-names";

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

/** One sheet as a grid from A1; read-excel-file's own errors are re-thrown naming file, sheet and, if known, cell. */
async function readGrid(bytes: Buffer, file: string, sheet: string): Promise<SheetData> {
  try {
    return await readSheet(bytes, sheet, { trim: false });
  } catch (err) {
    const { name, message } = err as Error;
    if (name === "SheetNotFoundError") throw new Error(`${file} [${sheet}]: sheet missing (${message})`);
    const cell = /^<c\/> at row (\d+), col (\d+): (.*)$/s.exec(message);
    if (cell)
      throw new Error(
        `${file} [${sheet}]!${columnLetters(Number(cell[2]) - 1)}${cell[1]}: unreadable cell (${cell[3]})`,
      );
    if (name === "InvalidSpreadsheetError") throw new Error(`${file} [${sheet}]: ${message}`);
    throw new Error(`${file}: cannot read the workbook (${message})`);
  }
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
) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (err) {
    throw new Error(`${file}: cannot read the workbook (${(err as Error).message})`);
  }
  const byKey = new Map<string, TradeRow>();
  const partners = new Map<string, { code: string; name: string; imf_name: string }>();
  for (const { sheet, flow } of SHEETS) {
    const grid = await readGrid(bytes, file, sheet);
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
