/**
 * How the CSVs are encoded, and how to open them in a spreadsheet: the one wording that the /data catalogue and the
 * zip's README.txt share. The files are plain UTF-8 without a byte-order mark (BOM), on purpose: they are the
 * machine-readable copies, byte-identical to data/ or to the data module's output, hashed in datapackage.json, and read
 * as they are by pandas, R, papaparse and command-line tools, some of which take a BOM for part of the first column's
 * name. The cost: Excel (and LibreOffice on Windows), opening a CSV without asking, may assume the system's older
 * encoding, and non-ASCII names come out garbled ("Türkiye" as "TÃ¼rkiye"); choosing UTF-8 on import avoids it, and
 * each chart page offers its figure's table as an Excel file (no encoding or separator to choose).
 */

import Papa from "papaparse";

export const CSV_ENCODING =
  "The files are UTF-8 without a byte-order mark (BOM), because they are the machine-readable copies: identical to " +
  "the project's data files, hashed in datapackage.json, and read as they are by pandas, R, papaparse and " +
  "command-line tools, some of which would take a BOM for part of the first column's name.";

export const MOJIBAKE =
  "Opened without choosing an encoding (by a double click), Excel, and LibreOffice on Windows, may read them in the " +
  "system's older encoding and garble the accented names (Türkiye shows as TÃ¼rkiye). Choose UTF-8 when you import:";

export const OPEN_IN_SPREADSHEET: readonly { app: string; steps: string }[] = [
  {
    app: "Excel",
    steps:
      "Data → From Text/CSV (on a Mac: File → Import → CSV file), pick the file, set File origin to " +
      "65001: Unicode (UTF-8), then Load.",
  },
  {
    app: "LibreOffice Calc",
    steps:
      "File → Open, pick the file; in the Text Import dialog set Character set to Unicode (UTF-8) and separator to " +
      "Comma, then OK.",
  },
  { app: "Google Sheets", steps: "File → Import reads UTF-8 as it is." },
];

export const XLSX_DOWNLOADS =
  "Each chart page also offers its figure's table as an Excel file (.xlsx), which opens without these steps.";

const NON_ASCII = /[\u0080-\uffff]/;
const nonAsciiLetter = (c: string) => [...c].some((ch) => NON_ASCII.test(ch) && /\p{L}/u.test(ch));

/**
 * A cell of the CSV text with a non-ASCII character, for the catalogue to show ("Türkiye", "Côte d’Ivoire"): the first
 * with a non-ASCII letter, else the first with any non-ASCII character (a dash, an arrow); a long cell is cut to the
 * word holding that character. Undefined when the file is all ASCII (then no encoding can garble it).
 */
export function nonAsciiSample(text: string): string | undefined {
  const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
  const cell = cells.find(nonAsciiLetter) ?? cells.find((c) => NON_ASCII.test(c));
  if (cell === undefined || cell.length <= 30) return cell;
  return /\S*[\u0080-\uffff]\S*/.exec(cell)![0];
}
