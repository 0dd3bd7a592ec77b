/**
 * lib/extract/imf-workbook.ts on small workbooks built here (test-support/dots-workbook.ts: fflate zipSync, inline
 * strings, no committed binaries) and on damaged copies of a real one: a good workbook reads into tidy rows with CLDR
 * names, and every bad one stops with the file, the sheet and the cell, in a message checked word for word.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { columnLetters, readImfWorkbook, REPORTERS } from "../lib/extract/imf-workbook";
import { both, dots, EXPORTS, IMPORTS, sheetXml, TITLES, workbook, type Value } from "../test-support/dots-workbook";

const [FRANCE] = REPORTERS;
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

/** Writes the bytes as `name` in the scratch dir and reads it as the data script would, as France's, 2019–2020. */
const read = (name: string, bytes: Uint8Array | string, options: { timeoutMs?: number } = {}) => {
  writeFileSync(path.join(dir, name), bytes);
  return readImfWorkbook(dir, name, FRANCE, 2019, 2020, options);
};
/** The read stops with exactly this message. */
const stops = (name: string, bytes: Uint8Array | string, message: string) =>
  expect(read(name, bytes)).rejects.toThrow(new Error(message));

test("column letters", () => {
  expect([0, 1, 25, 26, 52, 62, 701, 702].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "BA", "BK", "ZZ", "AAA"]);
});

test("a good workbook: tidy rows, aggregates dropped (World kept), empty cells skipped, names from CLDR or overrides", async () => {
  const { rows, partners, cells } = await read("good.xlsx", workbook(both(GOOD)));
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
  expect(cells.get("RUS|2020|imports")).toBe("good.xlsx [Imports, CIF]!D9");
  expect(cells.size).toBe(10);
});

test("the years outside the range asked for are left out; a verbatim repeat of a row is dropped", async () => {
  const years = { years: ["2018", "2019", "2020"] };
  const world: Value[] = [null, "World", 400, 500, 600];
  const { rows } = await read("years.xlsx", workbook(both([world, world], years)));
  expect(rows.filter((r) => r.partner === "WLD").map((r) => `${r.year} ${r.flow} ${r.value_usd_m}`)).toEqual([
    "2019 exports 500",
    "2019 imports 500",
    "2020 exports 600",
    "2020 imports 600",
  ]);
});

describe("errors name the file, the sheet and the cell", () => {
  test("an unknown IMF partner name", () =>
    stops(
      "unknown.xlsx",
      workbook(both([...GOOD, [null, "Atlantis", 1, 2]])),
      'unknown.xlsx [Exports, FOB]!B12: unknown IMF partner "Atlantis"; add it to lib/extract/imf-partners.ts',
    ));

  test("a text cell where a number belongs", () =>
    stops(
      "text.xlsx",
      workbook({
        [EXPORTS]: dots(GOOD),
        [IMPORTS]: dots([...GOOD.slice(0, 2), [null, "Kosovo, Rep. of", 3, "n/a"]], { title: TITLES[IMPORTS] }),
      }),
      'text.xlsx [Imports, CIF]!D10: "n/a" is not a number',
    ));

  test("the wrong unit", () =>
    stops(
      "unit.xlsx",
      workbook(both(GOOD, { unit: "US Dollars" })),
      'unit.xlsx [Exports, FOB]!B5: unit is "US Dollars", expected "US Dollars, Millions"',
    ));

  test("a repeated partner row with a different value", () =>
    stops(
      "repeat.xlsx",
      workbook(both([...GOOD, [null, "Russian Federation", 6512.4, 2]])),
      "repeat.xlsx [Exports, FOB]!D12: 2 conflicts with 1e-7 read earlier for RUS|2020|exports",
    ));

  test("a cell the reader cannot decode (shared string index, no shared strings)", () => {
    const broken = sheetXml(dots(GOOD, { title: TITLES[IMPORTS] })).replace(
      '<c r="C9"><v>6512.4</v></c>',
      '<c r="C9" t="s"><v>7</v></c>',
    );
    return stops(
      "cell.xlsx",
      workbook(both(GOOD), { [IMPORTS]: broken }),
      "cell.xlsx [Imports, CIF]!C9: unreadable cell (VALUE_INVALID)",
    );
  });

  test("a missing sheet", () =>
    expect(read("sheet.xlsx", workbook({ [EXPORTS]: dots(GOOD) }))).rejects.toThrow(
      /^sheet\.xlsx \[Imports, CIF\]: sheet missing \(/,
    ));

  test("a file that is not a workbook", () =>
    stops(
      "text.csv.xlsx",
      "reporter,partner\n",
      "text.csv.xlsx: cannot read the workbook (not a readable .xlsx (zip) file: End of central directory record signature not found. Either not a zip file, or file is truncated.)",
    ));

  test("a file that is not there", () =>
    expect(readImfWorkbook(dir, "absent.xlsx", FRANCE, 2019, 2020)).rejects.toThrow(
      /^absent\.xlsx: cannot read the workbook \(ENOENT/,
    ));
});

describe("wrong data that used to pass silently stops, naming the cell", () => {
  test("another reporter's workbook in France's place (B4)", () =>
    stops(
      "wrong-reporter.xlsx",
      workbook(both(GOOD, { reporter: "Russian Federation" })),
      'wrong-reporter.xlsx [Exports, FOB]!B4: reporter is "Russian Federation", expected "France" (FRA\'s workbook)',
    ));

  test("the real Belarus workbook read as France's", async () => {
    writeFileSync(
      path.join(dir, "DOTS_18.xlsx"),
      readFileSync(path.join(__dirname, "..", "data/raw/imf-dots/DOTS_18.xlsx")),
    );
    await expect(readImfWorkbook(dir, "DOTS_18.xlsx", FRANCE, 2000, 2020)).rejects.toThrow(
      new Error('DOTS_18.xlsx [Exports, FOB]!B4: reporter is "Belarus, Rep. of", expected "France" (FRA\'s workbook)'),
    );
  });

  test("the two sheets' names swapped (B2 names the other flow)", () =>
    stops(
      "swapped.xlsx",
      workbook({
        [EXPORTS]: dots(GOOD, { title: TITLES[IMPORTS] }),
        [IMPORTS]: dots(GOOD, { title: TITLES[EXPORTS] }),
      }),
      'swapped.xlsx [Exports, FOB]!B2: title is "Imports, CIF from Partner Countries", expected "Exports, FOB to Partner Countries"',
    ));

  test("a sheet whose title names the wrong flow", () =>
    stops(
      "title.xlsx",
      workbook({ [EXPORTS]: dots(GOOD), [IMPORTS]: dots(GOOD, { title: "Exports, FOB to Partner Countries" }) }),
      'title.xlsx [Imports, CIF]!B2: title is "Exports, FOB to Partner Countries", expected "Imports, CIF from Partner Countries"',
    ));

  test("a sheet without a title", () =>
    stops(
      "no-title.xlsx",
      workbook(both(GOOD, { title: null })),
      'no-title.xlsx [Exports, FOB]!B2: title is (empty), expected "Exports, FOB to Partner Countries"',
    ));

  test("a partner renamed to an aggregate already in the sheet", () =>
    stops(
      "aggregate.xlsx",
      workbook(both([...GOOD, [null, "Euro Area", 7, 8]])),
      'aggregate.xlsx [Exports, FOB]!B12: aggregate "Euro Area" appears a second time (first in B11); a renamed partner?',
    ));

  test("a major partner renamed to an aggregate the sheet did not have", () =>
    stops(
      "vanished.xlsx",
      workbook(both([...GOOD, [null, "Special Categories", 90000, 91000]], { omit: ["Germany"] })),
      "vanished.xlsx [Exports, FOB]: no row for Germany (DEU), a major partner every workbook lists; renamed or dropped?",
    ));

  test("the World row missing", () =>
    stops(
      "no-world.xlsx",
      workbook(both(GOOD.slice(1), { omit: ["World"] })),
      "no-world.xlsx [Exports, FOB]: no row for World (WLD), a major partner every workbook lists; renamed or dropped?",
    ));

  test("year headers swapped", () =>
    stops(
      "years-swapped.xlsx",
      workbook(both(GOOD, { years: ["2020", "2019"] })),
      "years-swapped.xlsx [Exports, FOB]!D7: year 2019 follows 2020 (C7); years go up by one",
    ));

  test("a year missing from the headers", () =>
    stops(
      "years-gap.xlsx",
      workbook(both(GOOD, { years: ["2018", "2020"] })),
      "years-gap.xlsx [Exports, FOB]!D7: year 2020 follows 2018 (C7); years go up by one",
    ));

  test("a year header that is not a year", () =>
    stops(
      "years-text.xlsx",
      workbook(both(GOOD, { years: ["2019", "2O20"] })),
      'years-text.xlsx [Exports, FOB]!D7: "2O20" is not a year',
    ));

  test("years that stop short of the range", () =>
    stops(
      "years-short.xlsx",
      workbook(both([[null, "World", 500]], { years: ["2019"] })),
      "years-short.xlsx [Exports, FOB]!C7: the years run 2019–2019; 2019–2020 are needed",
    ));

  test("a value in a column without a year", () =>
    stops(
      "no-year.xlsx",
      workbook(both([...GOOD, [null, "Germany", 1, 2, 3]])),
      "no-year.xlsx [Exports, FOB]!E12: 3 lies in a column without a year",
    ));

  test("an error cell (#DIV/0!), which read-excel-file reads as empty", () =>
    stops(
      "div0.xlsx",
      workbook(both([...GOOD, [null, "Germany", 1, { error: "#DIV/0!" }]])),
      "div0.xlsx [Exports, FOB]!D12: error value #DIV/0! (a failed formula) where a value belongs",
    ));

  test("an error cell (#N/A) in the imports sheet's header", () =>
    stops(
      "na.xlsx",
      workbook({
        [EXPORTS]: dots(GOOD),
        [IMPORTS]: dots(GOOD, { title: TITLES[IMPORTS], reporter: { error: "#N/A" } }),
      }),
      "na.xlsx [Imports, CIF]!B4: error value #N/A (a failed formula) where a value belongs",
    ));

  test("a negative value, caught at extraction rather than at build", () =>
    stops(
      "negative.xlsx",
      workbook(both([...GOOD, [null, "Germany", 1, -5]])),
      "negative.xlsx [Exports, FOB]!D12: -5 is negative; a declared flow never is",
    ));

  test("a value of 1e308, caught at extraction rather than at build", () =>
    stops(
      "huge.xlsx",
      workbook(both([...GOOD, [null, "Germany", 1e308, 2]])),
      "huge.xlsx [Exports, FOB]!C12: 1e+308 is above 10000000 USD millions, the ceiling of its column in lib/model/schemas.ts",
    ));

  test("values without a partner name", () =>
    stops(
      "no-name.xlsx",
      workbook(both([...GOOD, [null, null, null, 5]])),
      "no-name.xlsx [Exports, FOB]!B12: no partner name, yet D12 holds a value",
    ));

  test("a partner name that is a number", () =>
    stops(
      "number-name.xlsx",
      workbook(both([...GOOD, [null, 42, 1, 2]])),
      "number-name.xlsx [Exports, FOB]!B12: partner name is 42, not text",
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
    stops("DOTS_72.xlsx", bytes, `DOTS_72.xlsx: cannot read the workbook (${what})`);
  const NO_END =
    "not a readable .xlsx (zip) file: End of central directory record signature not found. Either not a zip file, or file is truncated.";

  test.each([30, 31, 100, 200])("truncated by %i bytes", (cut) => damaged(real.subarray(0, real.length - cut), NO_END));

  test("one bit changed inside the exports sheet: it used to read, with France's 2007 exports to Macao at 90.2 instead of 50.2", () =>
    damaged(
      flipped(17952, 0x01),
      "zip entry xl/worksheets/sheet1.xml: is damaged (CRC-32 e772ec58, the directory says f0991b3f)",
    ));

  test("a byte changed so that the sheet cannot be inflated", () =>
    damaged(flipped(1002, 0x10), "zip entry xl/worksheets/sheet1.xml: invalid distance too far back"));

  test("a byte changed so that the sheet inflates short", () =>
    damaged(
      flipped(120000, 0x10),
      "zip entry xl/worksheets/sheet1.xml: not enough bytes in the stream. expected 646243. got only 646147",
    ));

  test("a byte changed in a local header's file name: harmless, the directory's name and the verified content are used", async () => {
    const good = await read("DOTS_72.xlsx", real);
    const renamed = await read("DOTS_72.xlsx", flipped(850, 0x10));
    expect(renamed.rows).toEqual(good.rows);
  });

  test("a byte changed in the central directory's name of a part the reader does not use: harmless", async () => {
    const good = await read("DOTS_72.xlsx", real);
    const renamed = await read("DOTS_72.xlsx", flipped(256442, 0x10)); // _rels/.rels becomes _re|s/.rels
    expect(renamed.rows).toEqual(good.rows);
  });

  test("a missing workbook part", () => {
    const entries = new Map([["[Content_Types].xml", new Uint8Array([60])]]);
    return damaged(Buffer.from(zipSync(Object.fromEntries(entries))), "zip entry xl/workbook.xml is missing");
  });

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

test("the reader runs under a time limit, and is stopped when it runs past it", () =>
  expect(read("slow.xlsx", workbook(both(GOOD)), { timeoutMs: 1 })).rejects.toThrow(
    new Error("slow.xlsx: reading the sheets took longer than 1 ms; stopped (time limit)"),
  ));
