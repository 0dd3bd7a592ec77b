/**
 * Formula injection through a ";" inside a cell: French Excel (and LibreOffice when asked) splits a CSV's lines at
 * ";", where quotes count only at the start of a cell, so text such as `Germany;=40+2;x` would hold a live formula.
 * The loader refuses such text in every source CSV (file:line:column), the writer refuses to write it, and every CSV
 * the built site serves is opened here in LibreOffice (headless, Debian's libreoffice-calc), once split at ";" and
 * once at ",", with formulas evaluated: the formula cells of the converted workbooks are counted from their sheet XML
 * (fflate), and there are none. A planted line shows that the count would see one.
 * Needs a built site (`npm test` builds first) and LibreOffice (skipped with a warning without it, failed in CI).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { parseCsv } from "../lib/model/csv-parse";
import { toCsv } from "../lib/model/csv-write";
import { SCHEMAS } from "../lib/model/schemas";

const OUT_DATA = path.join(__dirname, "..", "out", "data");
const COUNTRIES = SCHEMAS["countries.csv"];
const HEADER = `${COUNTRIES.fields.map((f) => f.name).join(",")}\n`;
/** A row of countries.csv with `name` in its name column, "x" in every other language's (the schema's columns). */
const row = (code: string, name: string) =>
  COUNTRIES.fields
    .map((f) => (f.name === "code" ? code : f.name === "name" ? name : f.name === "kind" ? "country" : "x"))
    .join(",");

describe("the loader refuses ';' then a formula character in any text field, at its line and field", () => {
  test.each([
    ["Germany;=40+2;x", 2],
    ["Germany;+40+2", 2],
    ["Germany;-40+2", 2],
    ["Germany;@SUM(1)", 2],
    ["Germany; =40+2", 2],
  ])("%s", (name) => {
    const text = `${HEADER}${row("FRA", "France")}\n${row("DEU", name)}\n`;
    expect(() => parseCsv("data/countries.csv", text, COUNTRIES)).toThrow(
      new Error(
        `data/countries.csv:3:2: name "${name}" holds ";" then a formula character (=, +, -, @): opened with ";" as ` +
          `its separator (French Excel's default), a spreadsheet would start a cell there and run it as a formula`,
      ),
    );
  });

  test("quoting does not help, so a quoted field is refused too; a ';' before other text is accepted", () => {
    expect(() => parseCsv("data/c.csv", `${HEADER}${row("DEU", '"Germany;=1+1"')}\n`, COUNTRIES)).toThrow(
      /^data\/c\.csv:2:2: name "Germany;=1\+1" holds ";" then a formula character/,
    );
    expect(parseCsv("data/c.csv", `${HEADER}${row("DEU", "Germany;x")}\n`, COUNTRIES)[0].name).toBe("Germany;x");
  });

  test("the writer refuses it too", () => {
    expect(() => toCsv(["name"], [{ name: "Germany;=40+2;x" }])).toThrow(
      'cannot write "Germany;=40+2;x" to CSV: ";" then a formula character would start a formula in a spreadsheet that splits cells at ";"',
    );
  });
});

/** LibreOffice's soffice (Debian's libreoffice-calc): without it the test is skipped with a warning, and fails in CI. */
const haveLibreOffice = !spawnSync("soffice", ["--version"]).error;
if (!haveLibreOffice) {
  const message = "soffice is missing: install Debian's libreoffice-calc (.ci/run does) to open the CSVs";
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}; the LibreOffice test is skipped`);
}
const testLo = haveLibreOffice ? test : test.skip;

/**
 * Converts `files` to .xlsx with LibreOffice, split at `separator` (UTF-8, quotes ", formulas evaluated: the 13th
 * token of the CSV filter's options), and returns, per file, the cells of its sheet that hold a formula.
 */
function formulaCells(files: string[], separator: ";" | ",", dir: string): Map<string, string[]> {
  const outdir = path.join(dir, separator === ";" ? "semicolon" : "comma");
  const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,0,false,false,false,false,false,false,true`;
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      `--infilter=${filter}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outdir,
      ...files,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  expect(run.status).toBe(0);
  const found = new Map<string, string[]>();
  for (const file of files) {
    const xlsx = path.join(outdir, path.basename(file).replace(/\.csv$/, ".xlsx"));
    expect([file, existsSync(xlsx)]).toEqual([file, true]);
    const parts = unzipSync(readFileSync(xlsx));
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    found.set(
      path.basename(file),
      [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*?<f[\s>]/gs)].map((m) => m[1]),
    );
  }
  return found;
}

testLo(
  "every served CSV opened in LibreOffice, split at ';' and at ',': no formula cell; a planted one is counted",
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "csv-libreoffice-"));
    try {
      const served = readdirSync(OUT_DATA)
        .filter((f) => f.endsWith(".csv"))
        .sort();
      expect(served.length).toBeGreaterThanOrEqual(17);
      const planted = path.join(dir, "planted.csv");
      writeFileSync(planted, "code,name\nDEU,Germany;=40+2;x\n");
      const files = [...served.map((f) => path.join(OUT_DATA, f)), planted];
      for (const separator of [";", ","] as const) {
        const found = formulaCells(files, separator, dir);
        expect(found.get("planted.csv")).toEqual(separator === ";" ? ["B2"] : []);
        found.delete("planted.csv");
        expect([separator, [...found].filter(([, cells]) => cells.length > 0)]).toEqual([separator, []]);
        expect(found.size).toBe(served.length);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  600_000,
);
