/**
 * How the CSVs are encoded, and how to open them in a spreadsheet: the one wording (the catalogues' `csvOpening.*`)
 * that the /data catalogue (in the page's language) and the zip's README.txt (English) share. The files are plain
 * UTF-8 without a byte-order mark (BOM), on purpose: they are the
 * machine-readable copies, byte-identical to data/ or to the data module's output, hashed in datapackage.json, and read
 * as they are by pandas, R, papaparse and command-line tools, some of which take a BOM for part of the first column's
 * name. The cost: Excel (and LibreOffice on Windows), opening a CSV without asking, may assume the system's older
 * encoding, and non-ASCII names come out garbled ("Türkiye" as "TÃ¼rkiye"); choosing UTF-8 on import avoids it, and
 * each chart page offers its figure's table as an Excel file (no encoding or separator to choose).
 */

import Papa from "papaparse";
import type { Locale } from "../i18n/locales";
import { message } from "../i18n/translate";

/** The wording in one language: why no BOM, what goes wrong, how to import in each spreadsheet, the Excel files. */
export interface EncodingWords {
  csvEncoding: string;
  mojibake: string;
  openInSpreadsheet: readonly { app: string; steps: string }[];
  xlsxDownloads: string;
}

/** The spreadsheets whose import steps are given (product names, the same in every language), and their messages. */
const SPREADSHEETS = [
  { app: "Excel", id: "csvOpening.steps.excel" },
  { app: "LibreOffice Calc", id: "csvOpening.steps.libreoffice" },
  { app: "Google Sheets", id: "csvOpening.steps.sheets" },
] as const;

/** The wording in a language, from its catalogue (`csvOpening.*`). */
export const encodingWords = (locale: Locale): EncodingWords => ({
  csvEncoding: message(locale, "csvOpening.encoding"),
  mojibake: message(locale, "csvOpening.mojibake"),
  openInSpreadsheet: SPREADSHEETS.map((s) => ({ app: s.app, steps: message(locale, s.id) })),
  xlsxDownloads: message(locale, "csvOpening.xlsx"),
});

/** The English wording, as the zip's README.txt (lib/publish/datapackage.ts) has it. */
const EN = encodingWords("en");
export const CSV_ENCODING = EN.csvEncoding;
export const MOJIBAKE = EN.mojibake;
export const OPEN_IN_SPREADSHEET = EN.openInSpreadsheet;
export const XLSX_DOWNLOADS = EN.xlsxDownloads;

const NON_ASCII = /[\u0080-\uffff]/;
const nonAsciiLetter = (c: string) => [...c].some((ch) => NON_ASCII.test(ch) && /\p{L}/u.test(ch));

/**
 * A cell of the CSV text with a non-ASCII character, for the catalogue to show ("Türkiye", "Côte"): the first
 * with a non-ASCII letter, else the first with any non-ASCII character (a dash, an arrow), cut to the word holding that
 * character: the CSVs' text is English, and a word (a name, "→", "−1") reads the same on the French page. Undefined when the file is all ASCII (then no encoding can garble it).
 */
export function nonAsciiSample(text: string): string | undefined {
  const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
  const cell = cells.find(nonAsciiLetter) ?? cells.find((c) => NON_ASCII.test(c));
  if (cell === undefined) return undefined;
  return /\S*[\u0080-\uffff]\S*/.exec(cell)![0];
}
