/**
 * Reads one IMF DOTS "by partner country" workbook (the data.imf.org Excel export layout) into tidy rows.
 * Layout: B4 reporter name, B5 unit, row 7 years from column C, then one row per partner (name in column B).
 */
import * as XLSX from "xlsx";
import { IMF_AGGREGATES, IMF_PARTNER_CODES } from "./imf-partners";

export const REPORTERS = [
  { code: "FRA", slug: "france", name: "France", imfName: "France", file: "DOTS_72.xlsx" },
  { code: "RUS", slug: "russia", name: "Russia", imfName: "Russian Federation", file: "DOTS_162.xlsx" },
  { code: "BLR", slug: "belarus", name: "Belarus", imfName: "Belarus, Rep. of", file: "DOTS_18.xlsx" },
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

export function readImfWorkbook(file: string, reporterCode: string, yearMin: number, yearMax: number) {
  const wb = XLSX.readFile(file);
  const byKey = new Map<string, TradeRow>();
  const partners = new Map<string, { code: string; name: string; imf_name: string }>();
  for (const { sheet, flow } of SHEETS) {
    const ws = wb.Sheets[sheet];
    if (!ws) throw new Error(`${file}: sheet "${sheet}" missing`);
    const grid = XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, raw: true, defval: null });
    const unit = grid[4]?.[1];
    if (unit !== "US Dollars, Millions") throw new Error(`${file} [${sheet}]!B5: unit is "${unit}", expected "US Dollars, Millions"`);
    const header = grid[6] ?? [];
    grid.slice(7).forEach((line, i) => {
      const imfName = line[1];
      if (typeof imfName !== "string" || imfName === "") return;
      if (IMF_AGGREGATES.has(imfName)) return;
      const mapped = IMF_PARTNER_CODES[imfName];
      if (!mapped) throw new Error(`${file} [${sheet}]!B${i + 8}: unknown IMF partner "${imfName}"; add it to lib/data/imf-partners.ts`);
      header.forEach((yearCell, col) => {
        const year = Number(yearCell);
        if (col < 2 || !Number.isInteger(year) || year < yearMin || year > yearMax) return;
        const value = line[col];
        if (value === null || value === undefined || value === "") return;
        if (typeof value !== "number" || !Number.isFinite(value)) {
          throw new Error(`${file} [${sheet}]!${XLSX.utils.encode_col(col)}${i + 8}: "${value}" is not a number`);
        }
        const key = `${mapped.code}|${year}|${flow}`;
        const row: TradeRow = { reporter: reporterCode, partner: mapped.code, year, flow, value_usd_m: value };
        const seen = byKey.get(key);
        // The workbooks repeat the Australia row verbatim; identical repeats are dropped, conflicting ones stop the script.
        if (seen && seen.value_usd_m !== value) throw new Error(`${file} [${sheet}]: conflicting values for ${key}: ${seen.value_usd_m} vs ${value}`);
        byKey.set(key, row);
        partners.set(mapped.code, { code: mapped.code, name: mapped.name, imf_name: imfName });
      });
    });
  }
  const rows = [...byKey.values()].sort(
    (a, b) => a.partner.localeCompare(b.partner) || a.year - b.year || a.flow.localeCompare(b.flow),
  );
  return { rows, partners: [...partners.values()] };
}
