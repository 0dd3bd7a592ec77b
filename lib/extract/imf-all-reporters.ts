/**
 * Reads the 235 IMF DOTS workbooks of every reporter (data/raw/imf-dots-all-reporters/, see its PROVENANCE.md) and
 * keeps what each reporter declares about its trade with Russia and with France: the partner-declared ("mirror")
 * side of the trade of the two countries the site is about.
 *
 * Why its own module: lib/extract/imf-workbook.ts reads three known reporters over fixed years and refuses anything
 * that is not a number; here the reporters are every one the IMF has (countries, former entities, groupings), their
 * years differ, and values may carry the IMF's estimate flag ("0.05 e", "1,032.13 e": a value, flagged, kept with
 * the flag). The same machinery is used: the folder is checked against INDEX.tsv (bytes, sha256), each workbook as a
 * zip (lib/extract/xlsx-archive.ts), its sheets read by read-excel-file in a pool of worker threads with a time limit
 * per workbook (lib/extract/sheet-pool.ts), then its layout checked: B2 the sheet's title, B4 the reporter (as
 * INDEX.tsv names it, and a name the checked list in lib/extract/imf-partners.ts knows), B5 "US Dollars, Millions",
 * row 7 the years (increasing, some skipped), no error or formula cell, every partner name known, every value under a year a number or a flagged number.
 * Two workbooks of the same reporter (Nicaragua is DOTS_143 and DOTS_144) must hold the same cells.
 * Errors are collected and the first in file order is thrown (so that the message does not depend on which worker
 * finished first), naming the file, and the sheet and cell when there is one.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SheetData } from "read-excel-file/node";
import { checkedEntries, storedCopy } from "./xlsx-archive";
import {
  checkFlowValue,
  checkedSheet,
  columnLetters,
  partnerRows,
  READ_TIME_LIMIT_MS,
  SHEETS,
  shown,
  yearColumns,
  yearValues,
} from "./imf-workbook";
import { codeKind, IMF_AGGREGATES, IMF_PARTNER_CODES } from "./imf-partners";
import { SheetPool } from "./sheet-pool";
import { TRADE_USD_M_MAX } from "../model/schemas";

/** The partners kept, by their name in column B. */
export const KEPT_PARTNERS: ReadonlyMap<string, string> = new Map([
  ["Russian Federation", "RUS"],
  ["France", "FRA"],
]);

export const UNIT = "US Dollars, Millions";

/** A number as the IMF prints an estimate: thousands separated by commas, two decimals, then " e". */
const FLAGGED = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?) e$/;

export type ReporterKind = "country" | "historical" | "aggregate";

export interface DeclaredRow extends Record<string, string | number> {
  reporter: string;
  reporter_kind: ReporterKind;
  partner: string;
  year: number;
  flow: "exports" | "imports";
  value_usd_m: number;
  estimated: "yes" | "no";
}

export interface IndexEntry {
  file: string;
  bytes: number;
  sha256: string;
  reporter: string;
}

export interface ReporterRead {
  file: string;
  imfName: string;
  code: string | undefined;
  kind: ReporterKind | "grouping";
  rows: DeclaredRow[];
  /** cell of each row, keyed partner|year|flow (for messages and tests) */
  cells: Map<string, string>;
}

/** INDEX.tsv: one line per workbook (file, bytes, sha256, reporter, years of each sheet), tab-separated. */
export function parseIndex(file: string, text: string): IndexEntry[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const header = "file\tbytes\tsha256\treporter\tyears_exports\tyears_imports";
  if (lines[0] !== header) throw new Error(`${file}:1: header is "${lines[0]}", expected "${header}"`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    if (
      cells.length !== 6 ||
      !/^DOTS_\d+\.xlsx$/.test(cells[0]) ||
      !/^\d+$/.test(cells[1]) ||
      !/^[0-9a-f]{64}$/.test(cells[2])
    )
      throw new Error(`${file}:${i + 2}: not a line of the index (file, bytes, sha256, reporter, years, years)`);
    return { file: cells[0], bytes: Number(cells[1]), sha256: cells[2], reporter: cells[3] };
  });
}

/** The workbook's reporter (cell B4) as a code and kind; undefined code for a grouping other than World. */
export function reporterOf(imfName: string): { code: string | undefined; kind: ReporterKind | "grouping" } | undefined {
  const code = IMF_PARTNER_CODES.get(imfName);
  if (code) return { code, kind: codeKind(code) };
  if (IMF_AGGREGATES.has(imfName)) return { code: undefined, kind: "grouping" };
  return undefined;
}

/** Checks one workbook's two sheets and keeps its rows for Russia and France. */
export function declaredRows(
  file: string,
  entries: ReadonlyMap<string, Uint8Array>,
  grids: SheetData[],
  expectedReporter: string,
): ReporterRead {
  const reporter = reporterOf(expectedReporter);
  const rows = new Map<string, DeclaredRow>();
  const cells = new Map<string, string>();
  for (const [n, { sheet, flow, title }] of SHEETS.entries()) {
    const grid = grids[n];
    const { where, at, cell } = checkedSheet(entries, file, sheet, grid, title);
    if (cell(1, 4) !== expectedReporter)
      throw new Error(`${at(1, 4)}: reporter is ${shown(cell(1, 4))}, expected "${expectedReporter}" (INDEX.tsv)`);
    if (!reporter)
      throw new Error(
        `${at(1, 4)}: unknown IMF reporter "${expectedReporter}"; add it to lib/extract/imf-partners.ts (a country or a grouping)`,
      );
    if (cell(1, 5) !== UNIT) throw new Error(`${at(1, 5)}: unit is ${shown(cell(1, 5))}, expected "${UNIT}"`);
    const years = yearColumns(grid[6] ?? [], where, undefined, undefined, { gaps: true });

    for (const { r, imfName, line } of partnerRows(grid, at)) {
      if (!IMF_AGGREGATES.has(imfName) && !IMF_PARTNER_CODES.has(imfName))
        throw new Error(`${at(1, r)}: unknown IMF partner "${imfName}"; add it to lib/extract/imf-partners.ts`);
      const partner = KEPT_PARTNERS.get(imfName);
      if (!partner) continue;
      for (const { col, year, value } of yearValues(line, r, years, at)) {
        let number: number;
        let estimated: "yes" | "no" = "no";
        if (typeof value === "number" && Number.isFinite(value)) number = value;
        else if (typeof value === "string" && FLAGGED.test(value)) {
          number = Number(FLAGGED.exec(value)![1].replace(/,/g, ""));
          estimated = "yes";
        } else
          throw new Error(`${at(col, r)}: ${shown(value)} is neither a number nor a flagged estimate such as "0.05 e"`);
        if (number < 0) throw new Error(`${at(col, r)}: ${shown(value)} is negative; a declared flow never is`);
        checkFlowValue(number, TRADE_USD_M_MAX, "USD millions", at(col, r));
        const key = `${partner}|${year}|${flow}`;
        const seen = rows.get(key);
        if (seen) {
          if (seen.value_usd_m !== number || seen.estimated !== estimated)
            throw new Error(`${at(col, r)}: ${shown(value)} conflicts with ${cells.get(key)} read earlier for ${key}`);
          continue;
        }
        rows.set(key, {
          reporter: reporter.code ?? "",
          reporter_kind: reporter.kind === "grouping" ? "aggregate" : reporter.kind,
          partner,
          year,
          flow,
          value_usd_m: number,
          estimated,
        });
        cells.set(key, at(col, r));
      }
    }
  }
  return {
    file,
    imfName: expectedReporter,
    code: reporter!.code,
    kind: reporter!.kind,
    rows: [...rows.values()],
    cells,
  };
}

/** The first cell where two workbooks of the same reporter differ, as an error; undefined when they agree. */
export function firstDifference(
  first: { file: string; grids: SheetData[] },
  second: { file: string; grids: SheetData[] },
): Error | undefined {
  for (const [n, { sheet }] of SHEETS.entries()) {
    const a = first.grids[n];
    const b = second.grids[n];
    for (let r = 0; r < Math.max(a.length, b.length); r++)
      // a missing row has no cells (a length, not data); its cells compare as empty below
      for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++) {
        const x = a[r]?.[c] ?? null;
        const y = b[r]?.[c] ?? null;
        if (x !== y)
          return new Error(
            `${second.file} [${sheet}]!${columnLetters(c)}${r + 1}: ${shown(y)} differs from ${shown(x)} in ${first.file}, a workbook of the same reporter "${a[3]?.[1]}"; they must agree`,
          );
      }
  }
  return undefined;
}

export interface AllReporters {
  rows: DeclaredRow[];
  reporters: ReporterRead[];
  /** workbooks left out as duplicates of an identical one (file → the file kept) */
  duplicates: Map<string, string>;
  workbooks: number;
}

/**
 * Reads every workbook of `dir` (relative to `root`). `workers` threads read the sheets; each workbook has
 * `timeoutMs`. Rows are sorted by reporter, partner, year and flow; groupings other than World are left out.
 */
export async function readAllReporters(
  root: string,
  dir: string,
  { workers = 2, timeoutMs = READ_TIME_LIMIT_MS }: { workers?: number; timeoutMs?: number } = {},
): Promise<AllReporters> {
  const indexFile = `${dir}/INDEX.tsv`;
  let indexText: string;
  try {
    indexText = readFileSync(path.join(root, indexFile), "utf8");
  } catch (err) {
    throw new Error(`${indexFile}: cannot read the index (${(err as Error).message})`);
  }
  const index = parseIndex(indexFile, indexText);
  const listed = new Set(index.map((e) => e.file));
  const present = readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".xlsx"));
  const unlisted = present.filter((f) => !listed.has(f)).sort();
  if (unlisted.length) throw new Error(`${dir}/${unlisted[0]}: a workbook INDEX.tsv does not list`);

  const pool = new SheetPool(workers, timeoutMs);
  const errors: (Error | undefined)[] = [];
  const reads: (ReporterRead | undefined)[] = [];
  const sameName = new Map<string, number>();
  for (const e of index) sameName.set(e.reporter, (sameName.get(e.reporter) ?? 0) + 1); // a count of files
  const keptGrids = new Map<number, SheetData[]>();
  try {
    await Promise.all(
      index.map(async (entry, i) => {
        const file = `${dir}/${entry.file}`;
        try {
          let bytes: Buffer;
          try {
            bytes = readFileSync(path.join(root, file));
          } catch (err) {
            throw new Error(`${file}: cannot read the workbook (${(err as Error).message})`);
          }
          const sha = createHash("sha256").update(bytes).digest("hex");
          if (bytes.length !== entry.bytes || sha !== entry.sha256)
            throw new Error(
              `${file}: ${bytes.length} bytes, sha256 ${sha}; INDEX.tsv records ${entry.bytes} bytes, ${entry.sha256}`,
            );
          const entries = await checkedEntries(bytes, file);
          const grids = await pool.read(
            storedCopy(entries),
            file,
            SHEETS.map((s) => s.sheet),
          );
          reads[i] = declaredRows(file, entries, grids, entry.reporter);
          if (sameName.get(entry.reporter)! > 1) keptGrids.set(i, grids);
        } catch (err) {
          errors[i] = err as Error;
        }
      }),
    );
  } finally {
    await pool.close();
  }
  const failed = errors.find((e) => e !== undefined);
  if (failed) throw failed;

  // Two workbooks of one reporter must agree cell for cell; the first is kept.
  const duplicates = new Map<string, string>();
  const firstOf = new Map<string, number>();
  index.forEach((entry, i) => {
    const first = firstOf.get(entry.reporter);
    if (first === undefined) return void firstOf.set(entry.reporter, i);
    const difference = firstDifference(
      { file: `${dir}/${index[first].file}`, grids: keptGrids.get(first)! },
      { file: `${dir}/${entry.file}`, grids: keptGrids.get(i)! },
    );
    if (difference) throw difference;
    duplicates.set(entry.file, index[first].file);
  });

  const reporters = reads.filter((r, i): r is ReporterRead => r !== undefined && !duplicates.has(index[i].file));
  const byCode = new Map<string, ReporterRead>();
  for (const r of reporters) {
    if (r.code === undefined) continue;
    const other = byCode.get(r.code);
    if (other)
      throw new Error(
        `${r.file}: reporter "${r.imfName}" has the code ${r.code} of "${other.imfName}" (${other.file}) but other cells; one code, one reporter`,
      );
    byCode.set(r.code, r);
  }
  const rows = reporters
    .filter((r) => r.kind !== "grouping")
    .flatMap((r) => r.rows)
    .sort(
      (a, b) =>
        a.reporter.localeCompare(b.reporter) ||
        a.partner.localeCompare(b.partner) ||
        a.year - b.year ||
        a.flow.localeCompare(b.flow),
    );
  return { rows, reporters, duplicates, workbooks: index.length };
}
