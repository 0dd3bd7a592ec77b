/**
 * A figure's data table as rendered (column keys from th[data-key], raw values from td[data-value], or for a number
 * shown with all its digits, its text read back: `cellValue`) against the CSV linked from the figure. Used by the browser suite (tables read from the DOM) and by __tests__/site-html.test.ts
 * (tables read from out/**\/index.html).
 */
import Papa from "papaparse";
import type { Locale } from "../lib/i18n/locales";

export interface RenderedTable {
  /** th[data-key], in order */
  keys: string[];
  /** td[data-value] of each body row, in column order ("" for a missing value) */
  rows: string[][];
}
/** Which view the table belongs to: the figure id and the variant key (data-variant-panel / svg data-variant). */
export interface TableContext {
  figure: string;
  variant?: string;
}
export type CsvRow = Record<string, string>;

/** How each language writes a number, written here from its typographic conventions (not from Intl, which the site
 *  formats with): French and Russian group thousands with a (narrow) no-break space and use a decimal comma; English
 *  groups with commas and uses a decimal point. */
const NUMBER_STYLE: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  fr: { group: "[\\u202f\\u00a0]", decimal: "," },
  ru: { group: "[\\u202f\\u00a0]", decimal: "," },
};

/** Independent readers of a shown number in the page's language (`12 004,2`, `12,004.2`); a year or a rank is digits
 *  only in every language; a minus is U+2212 or a hyphen-minus. null for anything else. */
export function readNumber(text: string, locale: Locale): number | null {
  const t = text.replace(/^−/, "-");
  const { group, decimal } = NUMBER_STYLE[locale];
  const dec = decimal === "." ? "\\." : decimal;
  const pattern = new RegExp(`^-?(\\d{1,3}(${group}\\d{3})+|\\d+)(${dec}\\d+)?$`, "u");
  if (!pattern.test(t)) return null;
  return Number(t.replace(new RegExp(group, "gu"), "").replace(decimal, "."));
}

/** A cell's value as a machine reads it: its data-value, else (a number shown with all its digits) its text read back
 *  in the page's language, else its text. */
export function cellValue(dataValue: string | null | undefined, text: string, locale: Locale): string {
  if (dataValue !== null && dataValue !== undefined) return dataValue;
  const n = readNumber(text.trim(), locale);
  return n === null ? text.trim() : String(n);
}

export function parseCsvText(text: string): { fields: string[]; rows: CsvRow[] } {
  const r = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  if (r.errors.length)
    throw new Error(`CSV parse errors: ${r.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return { fields: r.meta.fields ?? [], rows: r.data };
}

/** code → name of the countries CSV (data/countries.csv), in English (`name`) or another language (`name_<locale>`);
 *  aggregates (World…) are left out on purpose. */
export function countryNames(countriesCsv: string, column = "name"): Map<string, string> {
  return new Map(
    parseCsvText(countriesCsv)
      .rows.filter((r) => r.kind === "country")
      .map((r) => [r.code, r[column]]),
  );
}

/** English name → the name in `column` (`name_fr`, `name_ru`), from the countries CSV: a table in another language
 *  shows that name where a CSV has `name`. */
export function namesByEnglish(countriesCsv: string, column: string): Map<string, string> {
  return new Map(parseCsvText(countriesCsv).rows.map((r) => [r.name, r[column]]));
}

const sameCell = (html: string, csv: string) => {
  if (html === csv) return true;
  if (html.trim() === "" || csv.trim() === "") return false;
  const a = Number(html),
    b = Number(csv);
  return Number.isFinite(a) && Number.isFinite(b) && a === b;
};

/**
 * Problems (empty when none) between a rendered table and the CSV rows:
 *  - every table column must be a CSV column, except "name" which may come from a `source` code via the countries
 *    (aggregate codes such as WLD have their own labels in the figures: their name is not compared);
 *  - the CSV is first narrowed to the view: a text column the table does not show whose values include the variant
 *    key (basis = france-declared) or the last word of the figure id (measure = total for russia-top-partners-total);
 *  - every table row must equal a distinct CSV row on all its columns (numbers compared as numbers);
 *  - no CSV row of the view is left out (for rank tables: none of the table's years down to its last rank).
 */
/** Figures whose table shows the rows of one value of a column it does not show: France's rank among Russia's partners
 *  is France's row of each ranking in russia-partner-ranks.csv, which holds the top 25 of each ranking too; Russia's
 *  rank among France's markets is Russia's row of each ranking in france-export-markets.csv (with the top 10). */
const FIXED_COLUMNS: Record<string, Record<string, string>> = {
  "france-rank-russia": { partner: "FRA" },
  "russia-rank-france-exports": { partner: "RUS" },
};

export function compareTableToCsv(
  table: RenderedTable,
  csv: { fields: string[]; rows: CsvRow[] },
  ctx: TableContext,
  names: Map<string, string>,
  /** for a table in another language: the CSV's English country name → the name the table shows */
  nameIn?: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const where = `${ctx.figure}${ctx.variant ? ` (${ctx.variant})` : ""}`;
  if (table.keys.length === 0) return [`${where}: table has no th[data-key]`];
  if (table.rows.length === 0) return [`${where}: table has no rows`];
  const viaSource = (k: string) => k === "name" && !csv.fields.includes("name") && csv.fields.includes("source");
  for (const k of table.keys)
    if (!csv.fields.includes(k) && !viaSource(k))
      problems.push(`${where}: column "${k}" is not in the CSV (${csv.fields.join(", ")})`);
  if (problems.length) return problems;
  for (const [i, r] of table.rows.entries())
    if (r.length !== table.keys.length)
      problems.push(`${where}: row ${i + 1} has ${r.length} td[data-value] for ${table.keys.length} columns`);
  if (problems.length) return problems;

  const shown = new Set(table.keys.flatMap((k) => (viaSource(k) ? ["source"] : [k])));
  const figureWord = ctx.figure.split("-").pop();
  let rows = csv.rows;
  for (const [f, v] of Object.entries(FIXED_COLUMNS[ctx.figure] ?? {})) rows = rows.filter((r) => r[f] === v);
  for (const f of csv.fields) {
    if (shown.has(f)) continue;
    const values = new Set(rows.map((r) => r[f]));
    const pick =
      ctx.variant && values.has(ctx.variant)
        ? ctx.variant
        : figureWord && values.has(figureWord)
          ? figureWord
          : undefined;
    if (pick !== undefined) rows = rows.filter((r) => r[f] === pick);
  }

  const cellOf = (row: CsvRow, k: string): string | undefined =>
    viaSource(k) ? names.get(row.source) : k === "name" && nameIn ? (nameIn.get(row[k]) ?? `?${row[k]}`) : row[k];
  const matches = (t: string[], row: CsvRow) =>
    table.keys.every((k, j) => {
      const v = cellOf(row, k);
      if (v === undefined) return viaSource(k); // aggregate: label not compared
      return sameCell(t[j], v);
    });
  const used = new Set<CsvRow>();
  for (const t of table.rows) {
    const hit = rows.find((r) => !used.has(r) && matches(t, r));
    if (hit) used.add(hit);
    else {
      const show = (vals: (string | undefined)[]) => table.keys.map((k, j) => `${k}=${vals[j] ?? "?"}`).join(", ");
      const score = (r: CsvRow) => table.keys.filter((k, j) => sameCell(t[j], cellOf(r, k) ?? "")).length;
      const near = [...rows]
        .sort((a, b) => score(b) - score(a))
        .slice(0, 2)
        .map((r) => `{${show(table.keys.map((k) => cellOf(r, k)))}}`);
      problems.push(
        `${where}: table row {${show(t)}} matches no CSV row${near.length ? `; closest: ${near.join(" ")}` : ""}`,
      );
    }
  }

  const yearCol = table.keys.indexOf("year");
  const rankCol = table.keys.indexOf("rank");
  const years = new Set(table.rows.map((r) => r[yearCol]));
  const lastRank = rankCol < 0 ? Infinity : Math.max(...table.rows.map((r) => Number(r[rankCol])));
  // a rank table shows the top of some years; any other table shows every row of its view
  const inScope = (r: CsvRow) => rankCol < 0 || ((yearCol < 0 || years.has(r.year)) && Number(r.rank) <= lastRank);
  const missing = rows.filter((r) => !used.has(r) && inScope(r));
  for (const r of missing.slice(0, 5))
    problems.push(`${where}: CSV row {${csv.fields.map((f) => `${f}=${r[f]}`).join(", ")}} is not in the table`);
  if (missing.length > 5) problems.push(`${where}: … and ${missing.length - 5} more CSV rows not in the table`);
  return problems;
}
