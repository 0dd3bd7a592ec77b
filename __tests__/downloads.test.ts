/**
 * The CSV downloads in the built site (out/data/): the source CSVs are served byte-identical to data/, and the
 * derived ones hold the rows and values the raw IMF workbooks give. The derived CSVs are read with papaparse (not the
 * project's parser) and compared with row counts and values written here as literals; each literal is checked
 * against its raw workbook cell, read straight from the sheet XML inside the .xlsx (yauzl + regular expressions, not
 * lib/extract). They are UTF-8 without a BOM, and the /data page says how to open them as UTF-8 in a spreadsheet.
 * Needs a built site: `npm test` builds first.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { rawCell } from "../test-support/raw-workbook";
import { SERVED_CSVS } from "../lib/publish/served-csvs";

const root = path.resolve(__dirname, "..");
const served = (file: string) => readFileSync(path.join(root, "out/data", file));

beforeAll(() => {
  if (!existsSync(path.join(root, "out/index.html")))
    throw new Error("out/ is missing: run `npm run build` first (`npm test` does)");
});

/** The rows of a served CSV as objects keyed by the header, every value a string (papaparse, no type guessing). */
function servedRows(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(served(file).toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/**
 * The value of a raw cell after checking that its row is the expected partner (column B) and its column the expected
 * year (row 7), so a cell reference that points at the wrong row or column fails here rather than passing silently.
 */
async function cellOf(
  file: string,
  sheet: "Exports, FOB" | "Imports, CIF",
  ref: string,
  partner: string,
  year: number,
): Promise<number> {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
  expect(await rawCell(file, sheet, `B${row}`)).toBe(partner);
  expect(await rawCell(file, sheet, `${col}7`)).toBe(String(year));
  const v = await rawCell(file, sheet, ref);
  if (typeof v !== "number") throw new Error(`${file} [${sheet}]!${ref} holds no number`);
  return v;
}

/** Rounded to 0.1 as the downloads show it, written out as a CSV cell. */
const tenth = (x: number) => String(Math.round(x * 10) / 10);

// ---- tests -------------------------------------------------------------------------------------------------------

const SOURCE_CSVS = [
  "countries.csv",
  "trade-france.csv",
  "trade-russia.csv",
  "trade-belarus.csv",
  "fdi-projects.csv",
  "fdi-flows.csv",
  "claims.csv",
  "fr-ru-monthly.csv",
  "ecb-usd-per-eur.csv",
  "trade-all-reporters.csv",
  "russia-customs-main-partners.csv",
  "trade-russia-imts.csv",
  "comtrade-exports-to-russia.csv",
  "comtrade-exports-france.csv",
];
const DERIVED_CSVS = [
  "bilateral-trade.csv",
  "france-top-partners.csv",
  "russia-top-partners.csv",
  "fr-ru-monthly-trade.csv",
  "fr-ru-annual-trade.csv",
  "russia-partner-ranks.csv",
  "imf-estimate-checks.csv",
  "france-export-markets.csv",
  "claims-results.csv",
];

test.each(SOURCE_CSVS)("out/data/%s is byte-identical to its file in data/", (file) => {
  expect(served(file).equals(readFileSync(path.join(root, "data", file)))).toBe(true);
});

describe("encoding: UTF-8 without a BOM, and the /data page says how to open the files as UTF-8", () => {
  const ALL = [...SOURCE_CSVS, ...DERIVED_CSVS];
  const hasNonAscii = (file: string) => served(file).some((b) => b >= 0x80);

  test.each(ALL)("out/data/%s is valid UTF-8 and starts without a BOM", (file) => {
    const bytes = served(file);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
  });

  test("the country names that a wrong encoding would garble are there", () => {
    expect(served("countries.csv").toString("utf8")).toContain("Côte d’Ivoire");
    for (const f of ["france-top-partners.csv", "russia-top-partners.csv"])
      expect(served(f).toString("utf8")).toContain("Türkiye");
  });

  test("out/en/data/index.html: how to open them in Excel and LibreOffice, why no BOM, and a note on each non-ASCII file", () => {
    const html = readFileSync(path.join(root, "out/en/data/index.html"), "utf8");
    const opening = /<section id="opening"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    for (const words of [
      "Opening the files in Excel or LibreOffice",
      "TÃ¼rkiye",
      "Data → From Text/CSV",
      "65001: Unicode (UTF-8)",
      "Character set to Unicode (UTF-8)",
      "without a byte-order mark (BOM)",
      "datapackage.json",
      "table as an Excel file (.xlsx), which opens without these steps",
    ])
      expect(opening).toContain(words);
    const noted = ALL.filter((f) => {
      const section = new RegExp(`<section[^>]* id="${f.replace(".", "\\.")}"[\\s\\S]*?</section>`).exec(html)?.[0];
      if (!section) throw new Error(`no section for ${f} in out/en/data/index.html`);
      return section.includes('href="#opening"');
    });
    expect(noted.sort()).toEqual(ALL.filter(hasNonAscii).sort());
    expect(noted).toEqual(
      expect.arrayContaining(["countries.csv", "france-top-partners.csv", "russia-top-partners.csv"]),
    );
  });
});

test("out/data/ serves exactly the source and derived CSVs, and the registry that documents them lists the same", () => {
  const files = readdirSync(path.join(root, "out/data"))
    .filter((f: string) => f.endsWith(".csv"))
    .sort();
  expect(files).toEqual([...SOURCE_CSVS, ...DERIVED_CSVS].sort());
  expect(SERVED_CSVS.map((c) => c.file).sort()).toEqual(files);
});

describe("bilateral-trade.csv", () => {
  test("63 rows: 2000–2020 on each of the two IMF bases, 2006–2021 on Russia's customs, 2019–2023 on Eurostat", () => {
    const rows = servedRows("bilateral-trade.csv");
    expect(rows).toHaveLength(63);
    expect(rows.filter((r) => r.basis === "russia-customs").map((r) => r.year)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(2006 + i)),
    );
    expect(rows.filter((r) => r.basis === "eurostat-ecb-usd").map((r) => r.year)).toEqual([
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
    ]);
    const years = Array.from({ length: 21 }, (_, i) => String(2000 + i));
    expect(rows.filter((r) => r.basis === "france-declared").map((r) => r.year)).toEqual(years);
    expect(rows.filter((r) => r.basis === "russia-declared").map((r) => r.year)).toEqual(years);
  });

  test("France-declared 2010 = DOTS_72.xlsx Exports, FOB!BA104 and Imports, CIF!BA104 (Russian Federation, 2010)", async () => {
    const row = servedRows("bilateral-trade.csv").find((r) => r.basis === "france-declared" && r.year === "2010");
    expect(row).toEqual({
      year: "2010",
      basis: "france-declared",
      fr_exports_usd_m: "8397.8",
      fr_imports_usd_m: "15486.3",
      total_usd_m: "23884.1",
      balance_usd_m: "-7088.5",
    });
    const exp = await cellOf("DOTS_72.xlsx", "Exports, FOB", "BA104", "Russian Federation", 2010);
    const imp = await cellOf("DOTS_72.xlsx", "Imports, CIF", "BA104", "Russian Federation", 2010);
    expect([exp, imp]).toEqual([8397.818786, 15486.328549]);
    expect([tenth(exp), tenth(imp), tenth(exp + imp), tenth(exp - imp)]).toEqual([
      "8397.8",
      "15486.3",
      "23884.1",
      "-7088.5",
    ]);
  });

  test("Russia-declared 2010 mirrors DOTS_162.xlsx row 18 (France): French exports = Russia's imports", async () => {
    const row = servedRows("bilateral-trade.csv").find((r) => r.basis === "russia-declared" && r.year === "2010");
    expect(row).toEqual({
      year: "2010",
      basis: "russia-declared",
      fr_exports_usd_m: "8203.7",
      fr_imports_usd_m: "9321.9",
      total_usd_m: "17525.6",
      balance_usd_m: "-1118.1",
    });
    const ruImp = await cellOf("DOTS_162.xlsx", "Imports, CIF", "U18", "France", 2010);
    const ruExp = await cellOf("DOTS_162.xlsx", "Exports, FOB", "U18", "France", 2010);
    expect([ruImp, ruExp]).toEqual([8203.729448, 9321.872675]);
    expect([tenth(ruImp), tenth(ruExp), tenth(ruImp + ruExp), tenth(ruImp - ruExp)]).toEqual([
      "8203.7",
      "9321.9",
      "17525.6",
      "-1118.1",
    ]);
  });
});

describe("france-top-partners.csv", () => {
  test("660 rows: the top 30 for each basis (as-reported, partner-declared) and year 2010–2020, ranked 1 to 30", () => {
    const rows = servedRows("france-top-partners.csv");
    expect(rows).toHaveLength(660);
    for (const basis of ["as-reported", "partner-declared"])
      for (let year = 2010; year <= 2020; year++) {
        expect(rows.filter((r) => r.basis === basis && r.year === String(year)).map((r) => r.rank)).toEqual(
          Array.from({ length: 30 }, (_, i) => String(i + 1)),
        );
      }
  });

  test("2010: Germany 1st (DOTS_72.xlsx BA18), Russia 10th (BA104)", async () => {
    const y2010 = servedRows("france-top-partners.csv").filter((r) => r.basis === "as-reported" && r.year === "2010");
    expect(y2010[0]).toEqual({
      basis: "as-reported",
      year: "2010",
      rank: "1",
      partner: "DEU",
      name: "Germany",
      exports_usd_m: "84583.1",
      imports_usd_m: "116323.2",
      total_usd_m: "200906.3",
    });
    expect(y2010[9]).toEqual({
      basis: "as-reported",
      year: "2010",
      rank: "10",
      partner: "RUS",
      name: "Russia",
      exports_usd_m: "8397.8",
      imports_usd_m: "15486.3",
      total_usd_m: "23884.1",
    });
    const exp = await cellOf("DOTS_72.xlsx", "Exports, FOB", "BA18", "Germany", 2010);
    const imp = await cellOf("DOTS_72.xlsx", "Imports, CIF", "BA18", "Germany", 2010);
    expect([tenth(exp), tenth(imp), tenth(exp + imp)]).toEqual(["84583.1", "116323.2", "200906.3"]);
  });
});

describe("russia-top-partners.csv", () => {
  test("2750 rows: the top 25 for each measure (total, imports), basis (all five) and year 2010–2020", () => {
    const rows = servedRows("russia-top-partners.csv");
    expect(rows).toHaveLength(2750);
    for (const measure of ["total", "imports"])
      for (const basis of ["as-reported", "belarus-filled", "belarus-excluded", "partner-declared", "customs"])
        for (let year = 2010; year <= 2020; year++) {
          const ranks = rows
            .filter((r) => r.measure === measure && r.basis === basis && r.year === String(year))
            .map((r) => r.rank);
          expect({ measure, basis, year, ranks }).toEqual({
            measure,
            basis,
            year,
            ranks: Array.from({ length: 25 }, (_, i) => String(i + 1)),
          });
        }
  });

  test("total, belarus-filled, 2010: 25 rows, France 12th (DOTS_162.xlsx U18), Belarus 5th from DOTS_18.xlsx", async () => {
    const rows = servedRows("russia-top-partners.csv").filter(
      (r) => r.measure === "total" && r.basis === "belarus-filled" && r.year === "2010",
    );
    expect(rows).toHaveLength(25);
    const fra = {
      measure: "total",
      basis: "belarus-filled",
      year: "2010",
      rank: "12",
      partner: "FRA",
      name: "France",
      exports_usd_m: "9321.9",
      imports_usd_m: "8203.7",
      total_usd_m: "17525.6",
    };
    expect(rows.find((r) => r.partner === "FRA")).toEqual(fra);
    const ruExp = await cellOf("DOTS_162.xlsx", "Exports, FOB", "U18", "France", 2010);
    const ruImp = await cellOf("DOTS_162.xlsx", "Imports, CIF", "U18", "France", 2010);
    expect([tenth(ruExp), tenth(ruImp), tenth(ruExp + ruImp)]).toEqual(["9321.9", "8203.7", "17525.6"]);
    // Belarus's own declarations: Russia's exports to Belarus = Belarus's imports from Russia, and the reverse
    const blr = rows.find((r) => r.partner === "BLR");
    expect(blr).toMatchObject({ rank: "5", exports_usd_m: "18080.6", imports_usd_m: "9953.6", total_usd_m: "28034.3" });
    const byImp = await cellOf("DOTS_18.xlsx", "Imports, CIF", "U101", "Russian Federation", 2010);
    const byExp = await cellOf("DOTS_18.xlsx", "Exports, FOB", "U95", "Russian Federation", 2010);
    expect([tenth(byImp), tenth(byExp), tenth(byImp + byExp)]).toEqual(["18080.6", "9953.6", "28034.3"]);
  });

  test("total, as-reported, 2010: no Belarus row (DOTS_162.xlsx has none for 2010), France 11th", async () => {
    const rows = servedRows("russia-top-partners.csv").filter(
      (r) => r.measure === "total" && r.basis === "as-reported" && r.year === "2010",
    );
    expect(rows).toHaveLength(25);
    expect(rows.find((r) => r.partner === "BLR")).toBeUndefined();
    expect(rows.find((r) => r.partner === "FRA")?.rank).toBe("11");
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "B90")).toBe("Belarus, Rep. of");
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "U90")).toBeUndefined();
  });
});

describe("claims-results.csv", () => {
  // Ranks on the new bases as established independently in __tests__/bases.test.ts (Python on the raw workbooks);
  // Russia's customs growth and changes from the month cells of 96stran.xlsx (column K, summed in Python):
  // Russia's exports to France 5,832.8 (2017) → 7,648.8 (2018): +31.1 %; imports from France − exports to France
  // 4,016.9 (2013) → 3,945.6 (2017): −1.8 %; exports + imports 22,007.8 (2013) → 15,611.3 (2017): −29.1 %.
  test("35 rows, one per claim and basis, with the verdicts found independently (claims-real-data.test.ts, bases.test.ts)", () => {
    const rows = servedRows("claims-results.csv");
    expect(Object.keys(rows[0])).toEqual([
      "id",
      "page",
      "statement",
      "article_value",
      "basis",
      "our_value",
      "verdict",
      "explanation",
    ]);
    const R = "Russia-declared";
    const C = "Russia's customs (FCS), among 29 main partners";
    const P = "Partner-declared (mirror)";
    expect(rows.map((r) => [r.id, r.basis, r.our_value, r.verdict])).toEqual([
      ["russia-rank-france-2010", "France-declared", "10th", "agrees"],
      ["russia-rank-france-2010", P, "11th", "differs"],
      ["russia-rank-france-2020", "France-declared", "17th", "agrees"],
      ["russia-rank-france-2020", P, "16th", "differs"],
      ["france-rank-russia-2010", `${R}, Belarus gap filled`, "12th", "agrees"],
      ["france-rank-russia-2010", `${R}, as reported`, "11th", "differs"],
      ["france-rank-russia-2010", `${R}, Belarus left out`, "11th", "differs"],
      ["france-rank-russia-2010", P, "11th", "differs"],
      ["france-rank-russia-2010", C, "10th", "differs"],
      ["france-rank-russia-2020", `${R}, Belarus gap filled`, "13th", "agrees"],
      ["france-rank-russia-2020", `${R}, as reported`, "13th", "agrees"],
      ["france-rank-russia-2020", `${R}, Belarus left out`, "12th", "differs"],
      ["france-rank-russia-2020", P, "13th", "agrees"],
      ["france-rank-russia-2020", C, "13th", "agrees"],
      ["france-rank-russia-imports-2020", `${R}, Belarus gap filled`, "6th", "differs"],
      ["france-rank-russia-imports-2020", `${R}, as reported`, "6th", "differs"],
      ["france-rank-russia-imports-2020", `${R}, Belarus left out`, "5th", "agrees"],
      ["france-rank-russia-imports-2020", P, "8th", "differs"],
      ["france-rank-russia-imports-2020", C, "6th", "differs"],
      ["france-rank-russia-imports-change", `${R}, Belarus gap filled`, "up 2 places (8th → 6th)", "agrees"],
      ["france-rank-russia-imports-change", `${R}, as reported`, "up 1 place (7th → 6th)", "differs"],
      ["france-rank-russia-imports-change", `${R}, Belarus left out`, "up 2 places (7th → 5th)", "agrees"],
      ["france-rank-russia-imports-change", P, "down 2 places (6th → 8th)", "differs"],
      ["france-rank-russia-imports-change", C, "unchanged (6th → 6th)", "differs"],
      ["russia-exports-france-growth-2018", "France-declared", "up 36.1%", "agrees"],
      ["russia-exports-france-growth-2018", "Russia-declared (mirrored)", "up 31.3%", "agrees"],
      ["russia-exports-france-growth-2018", "Russia's customs (FCS, mirrored)", "up 31.1%", "agrees"],
      ["balance-fall-2013-2017", "France-declared", "down 42.3%", "differs"],
      ["balance-fall-2013-2017", "Russia-declared (mirrored)", "down 2.1%", "differs"],
      ["balance-fall-2013-2017", "Russia's customs (FCS, mirrored)", "down 1.8%", "differs"],
      ["total-fall-2013-2017", "France-declared", "down 38.7%", "differs"],
      ["total-fall-2013-2017", "Russia-declared (mirrored)", "down 30.9%", "agrees"],
      ["total-fall-2013-2017", "Russia's customs (FCS, mirrored)", "down 29.1%", "agrees"],
      ["fdi-projects-tie-2019", "EY project counts", "France 22, China 22", "agrees"],
      ["fdi-projects-rank-2019", "EY project counts", "2nd (tied)", "agrees"],
    ]);
  });
});
