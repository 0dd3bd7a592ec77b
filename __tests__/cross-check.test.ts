/**
 * lib/extract/cross-check.ts on the three real workbooks, then on copies made wrong in ways that pass every check of
 * a single workbook: exports and imports swapped under the right titles, values in thousands or billions, a value
 * gone. The real ones must pass with the ratios written down in MIRROR_BAND's comment; each wrong one must stop with
 * its exact message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readImfWorkbook, REPORTERS } from "../lib/extract/imf-workbook";
import { crossCheck, mirrorRatios, RUSSIA_BELARUS_GAPS, type ReadWorkbook } from "../lib/extract/cross-check";

const RAW = "data/raw/imf-dots";
const real = (file: string) => readFileSync(path.join(__dirname, "..", RAW, file));
const SHEET_FILES = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"];

/** The workbook with its two sheets' contents exchanged, each keeping its own title cell (B2). */
function swapSheets(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const [exportsXml, importsXml] = SHEET_FILES.map((f) => strFromU8(entries[f]));
  const b2 = (xml: string) => /<c r="B2"[^>]*?(?:\/>|>.*?<\/c>)/.exec(xml)![0];
  entries[SHEET_FILES[0]] = strToU8(importsXml.replace(b2(importsXml), b2(exportsXml)));
  entries[SHEET_FILES[1]] = strToU8(exportsXml.replace(b2(exportsXml), b2(importsXml)));
  return zipSync(entries);
}

/** The workbook with every value (rows 8 on) multiplied by `factor`, B5 still saying millions. */
function scale(bytes: Uint8Array, factor: number): Uint8Array {
  const entries = unzipSync(bytes);
  for (const f of SHEET_FILES)
    entries[f] = strToU8(
      strFromU8(entries[f]).replace(
        /(<c r="[A-Z]+(\d+)"(?: s="\d+")?><v>)([^<]+)(<\/v>)/g,
        (cell, open, row, v, end) =>
          Number(row) >= 8 ? `${open}${Number((Number(v) * factor).toPrecision(15))}${end}` : cell,
      ),
    );
  return zipSync(entries);
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "cross-check-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const realReads = new Map<string, Promise<ReadWorkbook>>();
/** One workbook read as the data script reads it, from the bytes given (default: the real file, read once). */
async function readOne(code: string, bytes?: Uint8Array): Promise<ReadWorkbook> {
  const reporter = REPORTERS.find((r) => r.code === code)!;
  const file = `${RAW}/${reporter.file}`;
  if (!bytes && realReads.has(code)) return realReads.get(code)!;
  const dir = mkdtempSync(path.join(root, "read-"));
  mkdirSync(path.join(dir, RAW), { recursive: true });
  writeFileSync(path.join(dir, file), bytes ?? real(reporter.file));
  const read = readImfWorkbook(dir, file, reporter, 2000, 2020).then(({ rows, cells }) => ({
    reporter: code,
    file,
    rows,
    cells,
  }));
  if (!bytes) realReads.set(code, read);
  return read;
}
/** The three workbooks, some replaced by the bytes given. */
const readAll = (replaced: Record<string, Uint8Array> = {}) =>
  Promise.all(REPORTERS.map((r) => readOne(r.code, replaced[r.code])));

describe("the real workbooks", () => {
  let workbooks: ReadWorkbook[];
  beforeAll(async () => {
    workbooks = await readAll();
  });

  test("pass: 72 mirror flows, 0.694–2.595", () => {
    const { compared, min, max } = crossCheck(workbooks, 2000, 2020);
    expect(compared).toBe(72);
    expect(min).toBeCloseTo(0.694, 3);
    expect(max).toBeCloseTo(2.595, 3);
  });

  test("each flow's range is the one written down in MIRROR_BAND's comment and PROVENANCE.md", () => {
    const ratios = mirrorRatios(workbooks, 2000, 2020);
    const range = (exporter: string, importer: string) => {
      const flow = ratios.filter((r) => r.exporter === exporter && r.importer === importer);
      const low = flow.reduce((a, b) => (b.ratio < a.ratio ? b : a));
      const high = flow.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      return `${flow.length} years, ${low.ratio.toFixed(3)} (${low.year}) to ${high.ratio.toFixed(3)} (${high.year})`;
    };
    expect(range("FRA", "RUS")).toBe("21 years, 0.694 (2001) to 1.557 (2016)");
    expect(range("RUS", "FRA")).toBe("21 years, 1.156 (2015) to 2.595 (2001)");
    expect(range("RUS", "BLR")).toBe("15 years, 0.984 (2007) to 1.250 (2005)");
    expect(range("BLR", "RUS")).toBe("15 years, 0.807 (2005) to 1.023 (2002)");
  });

  test("Russia–Belarus is not compared in the years of Russia's missing or partial Belarus rows", () => {
    const years = mirrorRatios(workbooks, 2000, 2020)
      .filter((r) => r.exporter === "BLR" || r.importer === "BLR")
      .map((r) => r.year);
    expect([...RUSSIA_BELARUS_GAPS].filter((y) => years.includes(y))).toEqual([]);
  });

  test("a value gone from one side stops the check, naming the sheet that lacks it", async () => {
    // Russia's 2005 imports from France (Imports, CIF!P18) emptied
    const entries = unzipSync(real("DOTS_162.xlsx"));
    entries[SHEET_FILES[1]] = strToU8(
      strFromU8(entries[SHEET_FILES[1]]).replace(/<c r="P18"( s="\d+")?><v>[^<]*<\/v><\/c>/, '<c r="P18"$1/>'),
    );
    const gone = await readAll({ RUS: zipSync(entries) });
    expect(() => crossCheck(gone, 2000, 2020)).toThrow(
      new Error(
        "mirror check 2005: no value for Russia's imports from France in data/raw/imf-dots/DOTS_162.xlsx [Imports, CIF], " +
          "while France's exports to Russia are 4600.304766 (data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!AV104); " +
          "a vanished row?",
      ),
    );
  });
});

describe("a workbook in thousands is stopped at its first value above its column's ceiling, before any cross-check", () => {
  test.each([
    [
      "France's workbook in thousands",
      () => ({ FRA: scale(real("DOTS_72.xlsx"), 1000) }),
      "data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!I9: 10704700 is above 10000000 USD millions, the ceiling of its column in lib/model/schemas.ts",
    ],
    [
      "Belarus's workbook in thousands",
      () => ({ BLR: scale(real("DOTS_18.xlsx"), 1000) }),
      "data/raw/imf-dots/DOTS_18.xlsx [Exports, FOB]!O9: 13733373.587 is above 10000000 USD millions, the ceiling of its column in lib/model/schemas.ts",
    ],
  ])("%s", async (_, replaced, message) => {
    await expect(readAll(replaced())).rejects.toThrow(new Error(message));
  });
});

describe("wrong workbooks that pass every single-workbook check stop here", () => {
  test.each([
    [
      "France's sheets swapped (titles kept)",
      () => ({ FRA: swapSheets(real("DOTS_72.xlsx")) }),
      "mirror check 2000: Russia's imports from France, 1187.529166 (data/raw/imf-dots/DOTS_162.xlsx [Imports, CIF]!K18), " +
        "are 0.29 times France's exports to Russia, 4156.292613 (data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!AQ104)",
    ],
    [
      "Russia's sheets swapped (titles kept)",
      () => ({ RUS: swapSheets(real("DOTS_162.xlsx")) }),
      "mirror check 2000: France's imports from Russia, 4156.292613 (data/raw/imf-dots/DOTS_72.xlsx [Imports, CIF]!AQ104), " +
        "are 3.5 times Russia's exports to France, 1187.529166 (data/raw/imf-dots/DOTS_162.xlsx [Exports, FOB]!K18)",
    ],
    [
      "Belarus's sheets swapped (titles kept)",
      () => ({ BLR: swapSheets(real("DOTS_18.xlsx")) }),
      "mirror check 2005: Russia's imports from Belarus, 4614.124999 (data/raw/imf-dots/DOTS_162.xlsx [Imports, CIF]!P91), " +
        "are 0.46 times Belarus's exports to Russia, 10118.1506 (data/raw/imf-dots/DOTS_18.xlsx [Exports, FOB]!P101)",
    ],
    [
      "Russia's workbook in billions",
      () => ({ RUS: scale(real("DOTS_162.xlsx"), 0.001) }),
      "mirror check 2000: Russia's imports from France, 1.187529166 (data/raw/imf-dots/DOTS_162.xlsx [Imports, CIF]!K18), " +
        "are 0.00071 times France's exports to Russia, 1680.993215 (data/raw/imf-dots/DOTS_72.xlsx [Exports, FOB]!AQ104)",
    ],
    [
      "France's values 20 % too high",
      () => ({ FRA: scale(real("DOTS_72.xlsx"), 1.2) }),
      "mirror check 2001: France's imports from Russia, 5364.1977492 (data/raw/imf-dots/DOTS_72.xlsx [Imports, CIF]!AR104), " +
        "are 3.1 times Russia's exports to France, 1722.436658 (data/raw/imf-dots/DOTS_162.xlsx [Exports, FOB]!L18)",
    ],
  ])("%s", async (_, replaced, start) => {
    const workbooks = await readAll(replaced());
    expect(() => crossCheck(workbooks, 2000, 2020)).toThrow(
      new Error(
        `${start}; outside 0.5–3. A workbook with its sheets swapped, in the wrong unit, or another reporter's? ` +
          "(lib/extract/cross-check.ts)",
      ),
    );
  });
});
