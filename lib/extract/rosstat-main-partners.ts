/**
 * Reads Rosstat's table of Russia's foreign trade with its 29 main partners, from Federal Customs Service (FCS) data,
 * monthly 2006-01 to 2021-12, USD millions (data/raw/rosstat-fts-main-partners/96stran.xlsx, see its PROVENANCE.md):
 * Russia's own customs figures, a basis distinct from its IMF DOTS declarations, and the only one here that reaches
 * 2021.
 * Layout, checked before a value is read: A2 the sheet's title (exports to / imports from the main countries), A4 the
 * unit "(млн доллалов США)" (the file's own spelling), row 5 the 29 partner names from B, then for each year a row
 * holding the year alone in A followed by twelve rows, one per month, its Russian name in A ("  январь"…). Every
 * partner name is normalised and mapped through lib/extract/russian-partners.ts; every month cell must be a number or
 * "…" (no data: no row). The year's figure is the sum of its months, given only when all twelve are there (the table has no annual row), rounded to 0.00001 (USD 10, the months'
 * precision). The file is opened as the IMF workbooks are (zip entries checked, sheets read in a worker thread under
 * a time limit); every error names file, sheet and cell.
 */
import type { SheetData } from "read-excel-file/node";
import { checkFlowValue, columnLetters, openCheckedWorkbook, READ_TIME_LIMIT_MS, shown } from "./imf-workbook";
import { CUSTOMS_USD_M_MAX } from "../model/schemas";
import { checkCellsHoldValues } from "./xlsx-archive";
import { normaliseRussianName, RUSSIAN_PARTNER_CODES } from "./russian-partners";

export const ROSSTAT_SHEETS = [
  { sheet: "Экспорт", flow: "exports", title: "Экспорт Российской Федерации в основные страны" },
  { sheet: "Импорт", flow: "imports", title: "Импорт Российской Федерации из основных стран" },
] as const;
export const ROSSTAT_UNIT = "(млн доллалов США)";
export const ROSSTAT_YEARS = { first: 2006, last: 2021 };
export const ROSSTAT_PARTNERS = 29;
const MONTHS = [
  ...["январь", "февраль", "март", "апрель", "май", "июнь"],
  ...["июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
];

export interface CustomsRow extends Record<string, string | number> {
  partner: string;
  period: string;
  period_type: "year" | "month";
  flow: "exports" | "imports";
  value_usd_m: number;
}

/** Rosstat's mark for "no data" (U+2026): Kazakhstan from July to December 2010, when the customs union with Russia
 *  stopped customs records of their mutual trade. Such a month has no row, and its year no annual figure. */
export const NOT_AVAILABLE = "\u2026";

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** One sheet's rows (months and years) for the 29 partners. */
export function customsRows(file: string, sheet: string, flow: "exports" | "imports", title: string, grid: SheetData) {
  const where = `${file} [${sheet}]`;
  const at = (col: number, row: number) => `${where}!${columnLetters(col)}${row}`;
  const cell = (col: number, row: number): unknown => grid[row - 1]?.[col];
  if (cell(0, 2) !== title) throw new Error(`${at(0, 2)}: title is ${shown(cell(0, 2))}, expected "${title}"`);
  if (cell(0, 4) !== ROSSTAT_UNIT)
    throw new Error(`${at(0, 4)}: unit is ${shown(cell(0, 4))}, expected "${ROSSTAT_UNIT}"`);

  const partners: string[] = [];
  const header = grid[4] ?? [];
  for (let col = 1; col < Math.max(header.length, ROSSTAT_PARTNERS + 1); col++) {
    const name = header[col];
    if (col > ROSSTAT_PARTNERS) {
      if (name !== null && name !== undefined) throw new Error(`${at(col, 5)}: ${shown(name)} beyond the 29 partners`);
      continue;
    }
    if (typeof name !== "string") throw new Error(`${at(col, 5)}: partner name is ${shown(name)}, not text`);
    const code = RUSSIAN_PARTNER_CODES.get(normaliseRussianName(name));
    if (!code)
      throw new Error(
        `${at(col, 5)}: unknown partner ${shown(name)} (read as "${normaliseRussianName(name)}"); add it to lib/extract/russian-partners.ts`,
      );
    const twice = partners.indexOf(code);
    if (twice >= 0) throw new Error(`${at(col, 5)}: ${shown(name)} is ${code} again (as ${columnLetters(twice + 1)}5)`);
    partners.push(code);
  }

  const rows: CustomsRow[] = [];
  let r = 6;
  for (let year = ROSSTAT_YEARS.first; year <= ROSSTAT_YEARS.last; year++) {
    const label = cell(0, r);
    if (label !== year && label !== String(year))
      throw new Error(`${at(0, r)}: ${shown(label)} where the year ${year} should start`);
    const stray = (grid[r - 1] ?? []).findIndex((v, col) => col > 0 && v !== null && v !== undefined);
    if (stray > 0) throw new Error(`${at(stray, r)}: ${shown(grid[r - 1][stray])} on the row of the year ${year}`);
    const sums = partners.map(() => 0);
    const missing = partners.map(() => 0);
    MONTHS.forEach((month, m) => {
      const row = r + 1 + m;
      const name = cell(0, row);
      if (typeof name !== "string" || name.trim() !== month)
        throw new Error(`${at(0, row)}: ${shown(name)} where the month "${month}" of ${year} belongs`);
      partners.forEach((partner, p) => {
        const value = cell(p + 1, row);
        if (value === NOT_AVAILABLE) return void missing[p]++;
        if (typeof value !== "number" || !Number.isFinite(value))
          throw new Error(
            `${at(p + 1, row)}: ${shown(value)} is neither a number nor "${NOT_AVAILABLE}" (${partner}, ${month} ${year})`,
          );
        checkFlowValue(value, CUSTOMS_USD_M_MAX, "USD millions", at(p + 1, row));
        sums[p] += value;
        const period = `${year}-${String(m + 1).padStart(2, "0")}`;
        rows.push({ partner, period, period_type: "month", flow, value_usd_m: value });
      });
    });
    partners.forEach((partner, p) => {
      if (missing[p] === 0)
        rows.push({ partner, period: String(year), period_type: "year", flow, value_usd_m: round5(sums[p]) });
    });
    r += 13;
  }
  for (; r <= grid.length; r++) {
    const stray = (grid[r - 1] ?? []).findIndex((v) => v !== null && v !== undefined && v !== "");
    if (stray >= 0)
      throw new Error(`${at(stray, r)}: ${shown(grid[r - 1][stray])} after December ${ROSSTAT_YEARS.last}`);
  }
  return rows;
}

/** Both sheets of the workbook `file` (relative to `root`), as rows sorted by partner, flow and period. */
export async function readRosstatMainPartners(
  root: string,
  file: string,
  { timeoutMs = READ_TIME_LIMIT_MS }: { timeoutMs?: number } = {},
): Promise<CustomsRow[]> {
  const { entries, grids } = await openCheckedWorkbook(
    root,
    file,
    ROSSTAT_SHEETS.map((s) => s.sheet),
    timeoutMs,
  );
  const rows: CustomsRow[] = [];
  ROSSTAT_SHEETS.forEach(({ sheet, flow, title }, n) => {
    checkCellsHoldValues(entries, file, sheet);
    rows.push(...customsRows(file, sheet, flow, title, grids[n]));
  });
  return rows.sort(
    (a, b) =>
      a.partner.localeCompare(b.partner) ||
      a.flow.localeCompare(b.flow) ||
      a.period_type.localeCompare(b.period_type) ||
      a.period.localeCompare(b.period),
  );
}
