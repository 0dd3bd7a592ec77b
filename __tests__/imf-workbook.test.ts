/**
 * lib/extract/imf-workbook.ts on small workbooks built here (fflate zipSync, inline strings, no committed binaries):
 * a good one reads into tidy rows with CLDR names, and every bad one stops with the file, the sheet and the cell.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { columnLetters, readImfWorkbook } from "../lib/extract/imf-workbook";

type Value = string | number | null;
const SHEETS = ["Exports, FOB", "Imports, CIF"];

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cellXml = (ref: string, v: Value) =>
  v === null
    ? ""
    : typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
const sheetXml = (rows: Value[][]) =>
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(`${columnLetters(c)}${r + 1}`, v)).join("")}</row>`)
    .join("") +
  "</sheetData></worksheet>";

/** An .xlsx with the DOTS layout; `raw` replaces a sheet's XML (by name) to plant a broken cell. */
function workbook(sheets: Record<string, Value[][]>, raw: Record<string, string> = {}): Uint8Array {
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

/** The DOTS layout: B4 reporter, B5 unit, row 7 years from C, partner rows from row 8. */
const dots = (partners: Value[][], unit = "US Dollars, Millions"): Value[][] => [
  [null, "Exports, FOB to Partner Countries"],
  [],
  [],
  [null, "France"],
  [null, unit],
  [],
  [null, null, "2019", "2020"],
  ...partners,
];
const GOOD: Value[][] = [
  [null, "World", 500, 600],
  [null, "Russian Federation", 6512.4, 1e-7],
  [null, "Kosovo, Rep. of", 3, null],
  [null, "Euro Area", 100, 200],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "imf-workbook-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the bytes as `name` in the scratch dir and reads it as the data script would. */
const read = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(path.join(dir, name), bytes);
  return readImfWorkbook(dir, name, "FRA", 2000, 2020);
};
const both = (rows: Value[][]) => Object.fromEntries(SHEETS.map((s) => [s, rows]));

test("column letters", () => {
  expect([0, 1, 25, 26, 52, 62, 701, 702].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "BA", "BK", "ZZ", "AAA"]);
});

test("a good workbook: tidy rows, aggregates dropped (World kept), empty cells skipped, names from CLDR or overrides", async () => {
  const { rows, partners } = await read("good.xlsx", workbook(both(dots(GOOD))));
  expect(rows.filter((r) => r.partner === "RUS")).toEqual([
    { reporter: "FRA", partner: "RUS", year: 2019, flow: "exports", value_usd_m: 6512.4 },
    { reporter: "FRA", partner: "RUS", year: 2019, flow: "imports", value_usd_m: 6512.4 },
    { reporter: "FRA", partner: "RUS", year: 2020, flow: "exports", value_usd_m: 1e-7 },
    { reporter: "FRA", partner: "RUS", year: 2020, flow: "imports", value_usd_m: 1e-7 },
  ]);
  expect(rows.filter((r) => r.partner === "XKX").map((r) => r.year)).toEqual([2019, 2019]);
  expect(rows).toHaveLength(10);
  expect(partners.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
    { code: "RUS", name: "Russia", imf_name: "Russian Federation" },
    { code: "WLD", name: "World", imf_name: "World" },
    { code: "XKX", name: "Kosovo", imf_name: "Kosovo, Rep. of" },
  ]);
});

describe("errors name the file, the sheet and the cell", () => {
  const stops = (name: string, bytes: Uint8Array | string, message: string) =>
    expect(read(name, bytes)).rejects.toThrow(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));

  test("an unknown IMF partner name", () =>
    stops(
      "unknown.xlsx",
      workbook(both(dots([...GOOD, [null, "Atlantis", 1, 2]]))),
      'unknown.xlsx [Exports, FOB]!B12: unknown IMF partner "Atlantis"; add it to lib/extract/imf-partners.ts',
    ));

  test("a text cell where a number belongs", () =>
    stops(
      "text.xlsx",
      workbook({
        "Exports, FOB": dots(GOOD),
        "Imports, CIF": dots([...GOOD.slice(0, 2), [null, "Kosovo, Rep. of", 3, "n/a"]]),
      }),
      'text.xlsx [Imports, CIF]!D10: "n/a" is not a number',
    ));

  test("the wrong unit", () =>
    stops(
      "unit.xlsx",
      workbook(both(dots(GOOD, "US Dollars"))),
      'unit.xlsx [Exports, FOB]!B5: unit is "US Dollars", expected "US Dollars, Millions"',
    ));

  test("a repeated partner row with a different value", () =>
    stops(
      "repeat.xlsx",
      workbook(both(dots([...GOOD, [null, "Russian Federation", 6512.4, 2]]))),
      "repeat.xlsx [Exports, FOB]!D12: 2 conflicts with 1e-7 read earlier for RUS|2020|exports",
    ));

  test("a cell the reader cannot decode (shared string index, no shared strings)", () => {
    const broken = sheetXml(dots(GOOD)).replace('<c r="C9"><v>6512.4</v></c>', '<c r="C9" t="s"><v>7</v></c>');
    return stops(
      "cell.xlsx",
      workbook(both(dots(GOOD)), { "Imports, CIF": broken }),
      "cell.xlsx [Imports, CIF]!C9: unreadable cell (VALUE_INVALID)",
    );
  });

  test("a missing sheet", () =>
    expect(read("sheet.xlsx", workbook({ "Exports, FOB": dots(GOOD) }))).rejects.toThrow(
      /^sheet\.xlsx \[Imports, CIF\]: sheet missing \(/,
    ));

  test("a file that is not a workbook", () =>
    expect(read("text.csv.xlsx", "reporter,partner\n")).rejects.toThrow(
      /^text\.csv\.xlsx: cannot read the workbook \(/,
    ));

  test("a file that is not there", () =>
    expect(readImfWorkbook(dir, "absent.xlsx", "FRA", 2000, 2020)).rejects.toThrow(
      /^absent\.xlsx: cannot read the workbook \(ENOENT/,
    ));
});

describe("a damaged workbook stops with the file named (a real one, DOTS_72.xlsx, truncated or with a byte changed)", () => {
  const real = readFileSync(path.join(__dirname, "..", "data/raw/imf-dots/DOTS_72.xlsx"));
  const flipped = (offset: number, mask: number) => {
    const copy = Buffer.from(real);
    copy[offset] ^= mask;
    return copy;
  };
  const damaged = (bytes: Uint8Array, what: string) =>
    expect(read("DOTS_72.xlsx", bytes)).rejects.toThrow(new Error(`DOTS_72.xlsx: cannot read the workbook (${what})`));
  const NO_END = "no end-of-central-directory record: the file is truncated, or is not an .xlsx (zip) file";

  test.each([30, 31, 100, 200])("truncated by %i bytes", (cut) => damaged(real.subarray(0, real.length - cut), NO_END));

  test("one bit changed inside the exports sheet: it used to read, with France's 2007 exports to Macao at 90.2 instead of 50.2", () =>
    damaged(
      flipped(17952, 0x01),
      "zip entry xl/worksheets/sheet1.xml: is damaged (CRC-32 e772ec58, the directory says f0991b3f)",
    ));

  test("a byte changed so that the sheet cannot be inflated", () =>
    damaged(
      flipped(1002, 0x10),
      "zip entry xl/worksheets/sheet1.xml: cannot be inflated (invalid distance too far back)",
    ));

  test("a byte changed so that the sheet inflates short", () =>
    damaged(
      flipped(120000, 0x10),
      "zip entry xl/worksheets/sheet1.xml: inflates to 646147 bytes, the directory says 646243",
    ));

  test("a byte changed in a local header's file name", () =>
    damaged(flipped(850, 0x10), "zip entry xl/worksheets/sheet1.xml: the local header names another file"));

  test("a byte changed in the central directory's file name", () =>
    damaged(flipped(256442, 0x10), "zip entry _re|s/.rels: the local header names another file"));

  test("an entry that says it inflates to 2 GB is refused before anything is inflated", () => {
    const big = Buffer.from(real);
    const directory = big.readUInt32LE(big.length - 22 + 16);
    big.writeUInt32LE(0x7fffffff, directory + 24); // the first entry's uncompressed size
    return damaged(
      big,
      "zip entry _rels/.rels: would bring the inflated archive to 2147483647 bytes, over the 67108864-byte limit",
    );
  });
});

test("the reader runs under a time limit, and is stopped when it runs past it", async () => {
  writeFileSync(path.join(dir, "slow.xlsx"), workbook(both(dots(GOOD))));
  await expect(readImfWorkbook(dir, "slow.xlsx", "FRA", 2000, 2020, { timeoutMs: 1 })).rejects.toThrow(
    new Error("slow.xlsx: reading the sheets took longer than 1 ms; stopped (time limit)"),
  );
});
