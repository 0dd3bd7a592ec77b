/**
 * Small IMF DOTS workbooks built in memory for the tests (fflate zipSync, inline strings, no committed binaries), in
 * the layout of the real ones: B2 the sheet's title, B4 the reporter, B5 the unit, row 7 the years from C, partner
 * rows from row 8. By default every sheet also lists the major partners (without values) that
 * lib/extract/imf-workbook.ts requires, so that a test only spells out the rows it is about.
 */
import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../lib/extract/imf-workbook";

/** A cell: empty (null), a number, a string, or an error value as a formula leaves it (`t="e"`, e.g. #DIV/0!). */
export type Value = string | number | null | { error: string };

export const EXPORTS = "Exports, FOB";
export const IMPORTS = "Imports, CIF";
export const SHEETS = [EXPORTS, IMPORTS];
export const TITLES: Record<string, string> = {
  [EXPORTS]: "Exports, FOB to Partner Countries",
  [IMPORTS]: "Imports, CIF from Partner Countries",
};

/** The IMF names of the partners every sheet must list (lib/extract/imf-partners.ts REQUIRED_PARTNERS). */
export const MAJOR_NAMES = [
  "World",
  "Belgium",
  "Belarus, Rep. of",
  "Brazil",
  "Switzerland",
  "China, P.R.: Mainland",
  "Germany",
  "Spain",
  "Finland",
  "France",
  "United Kingdom",
  "India",
  "Italy",
  "Japan",
  "Kazakhstan, Rep. of",
  "Korea, Rep. of",
  "Lithuania",
  "Latvia",
  "Netherlands, The",
  "Poland, Rep. of",
  "Portugal",
  "Russian Federation",
  "Turkey",
  "Ukraine",
  "United States",
  "Venezuela, Rep. Bolivariana de",
];

export const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cellXml = (ref: string, v: Value) =>
  v === null
    ? ""
    : typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : typeof v === "string"
        ? `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`
        : `<c r="${ref}" t="e"><f>1/0</f><v>${xmlEscape(v.error)}</v></c>`;

export const sheetXml = (rows: Value[][]) =>
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(`${columnLetters(c)}${r + 1}`, v)).join("")}</row>`)
    .join("") +
  "</sheetData></worksheet>";

/** An .xlsx with one sheet per key, in order; `raw` replaces a sheet's XML (by name) to plant a broken cell. */
export function workbook(sheets: Record<string, Value[][]>, raw: Record<string, string> = {}): Uint8Array {
  const names = Object.keys(sheets);
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
        names.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        "</sheets></workbook>",
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names
          .map(
            (_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        "</Relationships>",
    ),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(raw[n] ?? sheetXml(sheets[n]))));
  return zipSync(files);
}

export interface DotsOptions {
  title?: Value;
  reporter?: Value;
  unit?: Value;
  years?: Value[];
  /** append a row without values for each of MAJOR_NAMES not among the partners given, except these */
  omit?: string[];
}

/** One sheet in the DOTS layout; `title` defaults to the exports sheet's. */
export function dots(partners: Value[][], options: DotsOptions = {}): Value[][] {
  const {
    title = TITLES[EXPORTS],
    reporter = "France",
    unit = "US Dollars, Millions",
    years = ["2019", "2020"],
  } = options;
  const named = new Set([...partners.map((row) => row[1]), ...(options.omit ?? [])]);
  const majors = MAJOR_NAMES.filter((n) => !named.has(n)).map((n) => [null, n]);
  return [[], [null, title], [], [null, reporter], [null, unit], [], [null, null, ...years], ...partners, ...majors];
}

/** Both sheets, each with its own title, the same partner rows and options. */
export const both = (partners: Value[][], options: DotsOptions = {}): Record<string, Value[][]> =>
  Object.fromEntries(SHEETS.map((s) => [s, dots(partners, { title: TITLES[s], ...options })]));
