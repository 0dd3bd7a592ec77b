/**
 * A formula where a value belongs is refused by every reader of a workbook, naming file, sheet and cell: read-excel-file
 * reads a formula cell as its cached result (whatever the program that last saved the file left there) or, with no
 * cache, as an empty cell, so a formula would otherwise publish a stale cache or make a flow vanish. Each case is a
 * copy of a real raw workbook with one value cell rewritten in the sheet XML (fflate), and the message is checked
 * word for word.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readAllReporters } from "../lib/extract/imf-all-reporters";
import { readImfWorkbook, REPORTERS } from "../lib/extract/imf-workbook";
import { readRosstatMainPartners } from "../lib/extract/rosstat-main-partners";
import { readRuimpeksWorkbook } from "../lib/extract/eurostat-ruimpeks";
import { firstNonValueCell } from "../lib/extract/xlsx-archive";

const root = path.resolve(__dirname, "..");
const raw = (file: string) => readFileSync(path.join(root, "data/raw", file));

/** The workbook's bytes with cell `ref` of the sheet XML `part` replaced by `<c r="ref">inner</c>`. */
function plant(bytes: Uint8Array, part: string, ref: string, inner: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part]);
  const cell = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`);
  if (!cell.test(xml)) throw new Error(`no cell ${ref} in ${part}`);
  files[part] = strToU8(xml.replace(cell, `<c r="${ref}">${inner}</c>`));
  return zipSync(files);
}

/** The three ways a formula can stand where a value belongs, and the words each is refused with. */
const FORMULAS: [string, string, string][] = [
  ["a formula with no cached value (the flow would vanish)", "<f>1+1</f>", "formula =1+1 (no cached value)"],
  ["a formula whose cache is wrong (1+1 cached as 2)", "<f>1+1</f><v>2</v>", "formula =1+1 (cached value 2)"],
  [
    "an external link's formula (cached 999)",
    "<f>[1]Sheet1!$A$1</f><v>999</v>",
    "formula =[1]Sheet1!$A$1 (cached value 999)",
  ],
  ["a cell sharing another cell's formula", '<f t="shared" si="0"/><v>5</v>', "a shared formula (cached value 5)"],
];
const TAIL = "where a value belongs; the sources hold values only";

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "workbook-formulas-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("France's IMF workbook (readImfWorkbook): France's 2019 exports to Germany, BJ18, made a formula", () => {
  const real = raw("imf-dots/DOTS_72.xlsx");
  test.each(FORMULAS)("%s", async (_, inner, words) => {
    writeFileSync(path.join(dir, "DOTS_72.xlsx"), plant(real, "xl/worksheets/sheet1.xml", "BJ18", inner));
    await expect(readImfWorkbook(dir, "DOTS_72.xlsx", REPORTERS[0], 2000, 2020)).rejects.toThrow(
      new Error(`DOTS_72.xlsx [Exports, FOB]!BJ18: ${words} ${TAIL}`),
    );
  });

  test("the unchanged workbook reads, with 79247.502299 in that cell", async () => {
    writeFileSync(path.join(dir, "DOTS_72.xlsx"), real);
    const { rows } = await readImfWorkbook(dir, "DOTS_72.xlsx", REPORTERS[0], 2000, 2020);
    expect(rows.find((r) => r.partner === "DEU" && r.year === 2019 && r.flow === "exports")?.value_usd_m).toBe(
      79247.502299,
    );
  });
});

test("every reporter's workbooks (readAllReporters): the same cell of France's, in a folder with its index", async () => {
  const bytes = plant(raw("imf-dots-all-reporters/DOTS_72.xlsx"), "xl/worksheets/sheet1.xml", "BJ18", "<f>1+1</f>");
  const folder = path.join(dir, "all");
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "DOTS_72.xlsx"), bytes);
  const sha = createHash("sha256").update(bytes).digest("hex");
  writeFileSync(
    path.join(folder, "INDEX.tsv"),
    "file\tbytes\tsha256\treporter\tyears_exports\tyears_imports\n" +
      `DOTS_72.xlsx\t${bytes.length}\t${sha}\tFrance\t1960-2020\t1960-2020\n`,
  );
  await expect(readAllReporters(dir, "all", { workers: 1 })).rejects.toThrow(
    new Error(`all/DOTS_72.xlsx [Exports, FOB]!BJ18: formula =1+1 (no cached value) ${TAIL}`),
  );
});

test("Rosstat's table (readRosstatMainPartners): China, January 2006 exports, B7, made a formula", async () => {
  const bytes = plant(
    raw("rosstat-fts-main-partners/96stran.xlsx"),
    "xl/worksheets/sheet2.xml",
    "B7",
    "<f>1+1</f><v>2</v>",
  );
  writeFileSync(path.join(dir, "96stran.xlsx"), bytes);
  await expect(readRosstatMainPartners(dir, "96stran.xlsx")).rejects.toThrow(
    new Error(`96stran.xlsx [Экспорт]!B7: formula =1+1 (cached value 2) ${TAIL}`),
  );
});

test("Eurostat's workbook (readRuimpeksWorkbook): a value of Sheet 1, C16, made a formula", async () => {
  const file = "eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx";
  writeFileSync(
    path.join(dir, "ruimpeks.xlsx"),
    plant(raw(file), "xl/worksheets/sheet3.xml", "C16", "<f>SUM(D16:E16)</f>"),
  );
  await expect(readRuimpeksWorkbook(dir, "ruimpeks.xlsx")).rejects.toThrow(
    new Error(`ruimpeks.xlsx [Sheet 1]!C16: formula =SUM(D16:E16) (no cached value) ${TAIL}`),
  );
});

describe("firstNonValueCell", () => {
  test("values, inline and shared strings pass; namespaced and array formulas are found; XML entities decoded", () => {
    expect(
      firstNonValueCell(
        '<c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>f</t></is></c><c r="D1"/>',
      ),
    ).toBeUndefined();
    expect(firstNonValueCell('<x:c r="A2"><x:f>A1&amp;"x"</x:f><x:v>1x</x:v></x:c>')).toEqual({
      ref: "A2",
      kind: "formula",
      value: 'A1&"x"',
      cached: "1x",
    });
    expect(firstNonValueCell('<c r="A3"><f t="array" ref="A3:A4">B1:B2*2</f><v>4</v></c>')).toEqual({
      ref: "A3",
      kind: "formula",
      value: "B1:B2*2",
      cached: "4",
    });
  });

  test("no real raw workbook holds a formula or an error value", () => {
    const files = [
      "imf-dots/DOTS_72.xlsx",
      "imf-dots/DOTS_162.xlsx",
      "imf-dots/DOTS_18.xlsx",
      "rosstat-fts-main-partners/96stran.xlsx",
      "eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx",
    ];
    for (const file of files) {
      const parts = unzipSync(raw(file));
      const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
      expect(sheets.length).toBeGreaterThan(0);
      for (const p of sheets) expect([file, p, firstNonValueCell(strFromU8(parts[p]))]).toEqual([file, p, undefined]);
    }
  });
});
