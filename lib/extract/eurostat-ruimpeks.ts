/**
 * Reads the Eurostat Comext workbook data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx (EU member
 * states' monthly exports to and imports from Russia and six neighbours, 2020-01 to 2022-12, euros, totals and HS
 * chapter 27; see its PROVENANCE.md). Why its own module: it is the only source of France's imports from Russia and
 * of the HS 27 (mineral fuels) split, and its four sheets differ only in the product and flow their headers name, so
 * each sheet is checked against what it should hold before a value is read: C5 the product, C6 the flow, C7 the
 * indicator (VALUE_IN_EUROS), row 9 the months (from C9, each one month after the last), row 11 the column titles,
 * then one row per reporter and partner, and the "not available" legend (":") below.
 * ":" gives no value (never a zero); any other cell that is not a whole number of euros stops the script. Every
 * error names file, sheet and cell. The file is opened as in lib/extract/imf-workbook.ts (zip entries checked, sheets
 * read in a worker thread under a time limit).
 */
import type { SheetData } from "read-excel-file/node";
import { checkFlowValue, columnLetters, openCheckedWorkbook, READ_TIME_LIMIT_MS } from "./imf-workbook";
import { TRADE_EUR_MONTH_MAX } from "../model/schemas";
import { checkCellsHoldValues } from "./xlsx-archive";
import { eurostatReporter, EUROSTAT_RUSSIA, nextMonth } from "./eurostat-reporters";

export type Flow = "exports" | "imports";
export type Product = "total" | "hs27";

const HS27 =
  "MINERAL FUELS, MINERAL OILS AND PRODUCTS OF THEIR DISTILLATION; BITUMINOUS SUBSTANCES; MINERAL WAXES [27]";
/** The four data sheets and what their headers say (also listed on the workbook's Summary sheet). */
export const RUIMPEKS_SHEETS = [
  { sheet: "Sheet 1", product: "hs27", productLabel: HS27, flow: "imports", flowLabel: "IMPORT" },
  { sheet: "Sheet 2", product: "hs27", productLabel: HS27, flow: "exports", flowLabel: "EXPORT" },
  { sheet: "Sheet 3", product: "total", productLabel: "Total [TOTAL]", flow: "imports", flowLabel: "IMPORT" },
  { sheet: "Sheet 4", product: "total", productLabel: "Total [TOTAL]", flow: "exports", flowLabel: "EXPORT" },
] as const;

/** The partners of this extraction; another label stops the script (a changed extraction). */
export const RUIMPEKS_PARTNERS: ReadonlySet<string> = new Set([
  "Armenia",
  "Belarus (Belorussia)",
  "Georgia",
  "Kazakhstan",
  "Kyrgyzstan",
  EUROSTAT_RUSSIA,
  "Uzbekistan",
]);
export const NOT_AVAILABLE = ":";

export interface RuimpeksValue {
  reporter: string;
  period: string;
  flow: Flow;
  product: Product;
  value_eur: number;
  /** file [sheet]!cell of the value */
  at: string;
}

const shown = (v: unknown) => (v === null || v === undefined ? "(empty)" : JSON.stringify(v));

/**
 * The values for partner Russia (reporter countries only) from the four sheets' grids, in RUIMPEKS_SHEETS order.
 * `file` is quoted in every error.
 */
export function parseRuimpeksSheets(file: string, grids: readonly SheetData[]): RuimpeksValue[] {
  const values: RuimpeksValue[] = [];
  RUIMPEKS_SHEETS.forEach(({ sheet, product, productLabel, flow, flowLabel }, n) => {
    const grid = grids[n] ?? [];
    const where = `${file} [${sheet}]`;
    const at = (col: number, row: number) => `${where}!${columnLetters(col)}${row}`;
    const cell = (col: number, row: number): unknown => grid[row - 1]?.[col];
    const expect = (col: number, row: number, text: string) => {
      if (cell(col, row) !== text) throw new Error(`${at(col, row)}: ${shown(cell(col, row))}, expected "${text}"`);
    };
    expect(0, 5, "PRODUCT [PRODUCT]");
    expect(2, 5, productLabel);
    expect(0, 6, "FLOW");
    expect(2, 6, flowLabel);
    expect(0, 7, "INDICATORS");
    expect(2, 7, "VALUE_IN_EUROS");
    expect(0, 9, "TIME");
    expect(0, 11, "REPORTER (Labels)");
    expect(1, 11, "PARTNER (Labels)");

    // Row 9: the months from C9, each one month after the one before, up to the last column.
    const months = new Map<number, string>();
    const header = grid[8] ?? [];
    let last: string | undefined;
    for (let col = 2; col < header.length; col++) {
      const text = header[col];
      if (typeof text !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(text))
        throw new Error(`${at(col, 9)}: ${shown(text)} is not a month like "2020-01"`);
      if (last !== undefined && text !== nextMonth(last))
        throw new Error(
          `${at(col, 9)}: month ${text} out of order, after ${last} (${columnLetters(col - 1)}9); months go up by one`,
        );
      months.set(col, text);
      last = text;
    }
    if (months.size === 0) throw new Error(`${at(2, 9)}: no month (months start in C9)`);

    // Rows 12…: reporter, partner, values, up to the first row without a reporter; then the legend.
    let r = 12;
    const seen = new Map<string, string>();
    for (; r <= grid.length && cell(0, r) !== null && cell(0, r) !== undefined; r++) {
      if (cell(0, r) === "Special value") break;
      const reporter = eurostatReporter(cell(0, r), at(0, r));
      const partner = cell(1, r);
      if (typeof partner !== "string" || !RUIMPEKS_PARTNERS.has(partner))
        throw new Error(
          `${at(1, r)}: unknown partner ${shown(partner)}; the extraction's partners are listed in lib/extract/eurostat-ruimpeks.ts`,
        );
      const key = `${String(cell(0, r))}|${partner}`;
      const first = seen.get(key);
      if (first) throw new Error(`${at(0, r)}: reporter and partner appear a second time (first in row ${first})`);
      seen.set(key, String(r));
      for (const [col, period] of months) {
        const v = cell(col, r);
        if (v === NOT_AVAILABLE) continue; // not available: no value, never a zero
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
          throw new Error(
            `${at(col, r)}: ${shown(v)} is not a whole number of euros (":" is the only "not available" marker)`,
          );
        if (reporter === null || partner !== EUROSTAT_RUSSIA) continue;
        checkFlowValue(v, TRADE_EUR_MONTH_MAX, "euros", at(col, r));
        values.push({ reporter, period, flow, product, value_eur: v, at: at(col, r) });
      }
    }
    if (r === 12) throw new Error(`${at(0, 12)}: no reporter row`);
    // The legend says what ":" means; a different legend means a different extraction.
    while (r <= grid.length && cell(0, r) !== "Special value") r++;
    if (cell(0, r + 1) !== NOT_AVAILABLE || cell(1, r + 1) !== "not available")
      throw new Error(`${where}: no legend row ": not available" under "Special value" after the data`);
  });
  return values;
}

/** Reads the workbook `file` (relative to `root`, quoted as given in every message). */
export async function readRuimpeksWorkbook(
  root: string,
  file: string,
  { timeoutMs = READ_TIME_LIMIT_MS }: { timeoutMs?: number } = {},
): Promise<RuimpeksValue[]> {
  const { entries, grids } = await openCheckedWorkbook(
    root,
    file,
    RUIMPEKS_SHEETS.map((s) => s.sheet),
    timeoutMs,
  );
  for (const { sheet } of RUIMPEKS_SHEETS) checkCellsHoldValues(entries, file, sheet);
  return parseRuimpeksSheets(file, grids);
}
