/**
 * The data module on the real data: parse + validate (loadDataset), derive (bilateral series, rankings),
 * with cells checked against the raw IMF workbooks. The raw cells are read here straight from the sheet XML inside
 * the .xlsx (yauzl + regular expressions), not through lib/extract/imf-workbook.ts, so the extraction is checked by
 * something independent of it; the expected values are also written out, with their cell references.
 */
import { rawCell } from "../test-support/raw-workbook";
import { loadDataset } from "../lib/model/load";
import { bilateral } from "../lib/derive/bilateral";
import { rankOf, rankPartners } from "../lib/derive/rankings";
import { indexTrade } from "../lib/derive/trade-index";
import { franceTopPartners, russiaTopPartners } from "../lib/derive/tables";
import { derived } from "../lib/derive";

const ds = loadDataset();
const fr = indexTrade(ds.trade.FRA);
const ru = indexTrade(ds.trade.RUS);
const by = indexTrade(ds.trade.BLR);

describe("raw workbook cells survive into data/*.csv unchanged", () => {
  // [file, sheet, cell, partner as the IMF names it in column B, year in row 7, value in data/*.csv, expected value]
  test.each([
    [
      "DOTS_72.xlsx",
      "Exports, FOB",
      "BA104",
      "Russian Federation",
      "2010",
      () => fr.value("RUS", 2010, "exports"),
      8397.818786,
    ],
    [
      "DOTS_72.xlsx",
      "Imports, CIF",
      "BK104",
      "Russian Federation",
      "2020",
      () => fr.value("RUS", 2020, "imports"),
      6110.578392,
    ],
    ["DOTS_72.xlsx", "Exports, FOB", "BK18", "Germany", "2020", () => fr.value("DEU", 2020, "exports"), 71072.53453],
    ["DOTS_72.xlsx", "Imports, CIF", "BD9", "World", "2013", () => fr.value("WLD", 2013, "imports"), 682440.857465],
    ["DOTS_162.xlsx", "Exports, FOB", "AC18", "France", "2018", () => ru.value("FRA", 2018, "exports"), 7785.043349],
    ["DOTS_162.xlsx", "Imports, CIF", "AB18", "France", "2017", () => ru.value("FRA", 2017, "imports"), 9530.084629],
    [
      "DOTS_162.xlsx",
      "Exports, FOB",
      "V90",
      "Belarus, Rep. of",
      "2011",
      () => ru.value("BLR", 2011, "exports"),
      11336.944799,
    ],
    [
      "DOTS_18.xlsx",
      "Imports, CIF",
      "U101",
      "Russian Federation",
      "2010",
      () => by.value("RUS", 2010, "imports"),
      18080.6145,
    ],
    [
      "DOTS_18.xlsx",
      "Exports, FOB",
      "U95",
      "Russian Federation",
      "2010",
      () => by.value("RUS", 2010, "exports"),
      9953.6479,
    ],
  ])("%s %s!%s (%s, %s)", async (file, sheet, ref, partner, year, fromCsv, expected) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    expect(await rawCell(file, sheet, `B${row}`)).toBe(partner);
    expect(await rawCell(file, sheet, `${col}7`)).toBe(year);
    expect(await rawCell(file, sheet, ref)).toBe(expected);
    expect(fromCsv()).toBe(expected);
  });

  test("Russia-declared data have no Belarus rows for 2009–2010 (DOTS_162.xlsx T90 and U90 are empty)", async () => {
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "B90")).toBe("Belarus, Rep. of");
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "T7")).toBe("2009");
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "T90")).toBeUndefined();
    expect(await rawCell("DOTS_162.xlsx", "Exports, FOB", "U90")).toBeUndefined();
    expect(ru.value("BLR", 2010, "exports")).toBeUndefined();
    expect(ru.value("BLR", 2009, "exports")).toBeUndefined();
    expect(ru.value("BLR", 2009, "imports")).toBeUndefined();
  });

  test("IMF groupings are not in the data; World is kept as WLD", () => {
    expect(ds.countries.get("WLD")?.kind).toBe("aggregate");
    expect([...ds.countries.values()].filter((c) => c.kind === "aggregate").map((c) => c.code)).toEqual(["WLD"]);
    expect(ds.trade.FRA.some((r) => !ds.countries.has(r.partner))).toBe(false);
  });
});

describe("bilateral series (Table 1)", () => {
  const rows = bilateral(ds);
  const get = (basis: string, year: number) => rows.find((r) => r.basis === basis && r.year === year)!;

  test("France-declared 2010: exports, imports, total and balance from the workbook cells", () => {
    const r = get("france-declared", 2010);
    expect(r.fr_exports_usd_m).toBe(8397.8);
    expect(r.fr_imports_usd_m).toBe(15486.3);
    expect(r.total_usd_m).toBe(23884.1);
    expect(r.balance_usd_m).toBe(-7088.5);
  });

  test("Russia-declared mirrors: French exports = Russia's imports from France", () => {
    expect(get("russia-declared", 2017).fr_exports_usd_m).toBe(9530.1);
    expect(get("russia-declared", 2018).fr_imports_usd_m).toBe(7785);
  });

  test("both IMF bases cover every year 2000–2020; Russia's customs 2006–2021 and Eurostat 2019–2023 have their own rows", () => {
    expect(rows.filter((r) => r.basis === "france-declared").map((r) => r.year)).toEqual(
      Array.from({ length: 21 }, (_, i) => 2000 + i),
    );
    expect(rows.filter((r) => r.basis === "france-declared" || r.basis === "russia-declared")).toHaveLength(42);
    expect(rows.filter((r) => r.basis === "russia-customs").map((r) => r.year)).toEqual(
      Array.from({ length: 16 }, (_, i) => 2006 + i),
    );
    expect(rows.filter((r) => r.basis === "eurostat-ecb-usd").map((r) => r.year)).toEqual([
      2019, 2020, 2021, 2022, 2023,
    ]);
  });
});

describe("rankings (Tables 2 and 3)", () => {
  test("Russia's rank among France's partners by total trade, France-declared: 10th in 2010, 17th in 2020", () => {
    expect(rankOf(ds, "FRA", "RUS", 2010, "total")?.rank).toBe(10);
    expect(rankOf(ds, "FRA", "RUS", 2020, "total")?.rank).toBe(17);
  });

  test("aggregates are never ranked; Germany first in 2020 with DOTS_72.xlsx Exports, FOB!BK18 + Imports, CIF!BK18", async () => {
    const list = rankPartners(ds, "FRA", 2020, "total");
    expect(list.find((r) => r.partner === "WLD")).toBeUndefined();
    expect(list[0].partner).toBe("DEU");
    for (const sheet of ["Exports, FOB", "Imports, CIF"]) {
      expect(await rawCell("DOTS_72.xlsx", sheet, "B18")).toBe("Germany");
      expect(await rawCell("DOTS_72.xlsx", sheet, "BK7")).toBe("2020");
    }
    const exp = await rawCell("DOTS_72.xlsx", "Exports, FOB", "BK18");
    const imp = await rawCell("DOTS_72.xlsx", "Imports, CIF", "BK18");
    expect([exp, imp]).toEqual([71072.53453, 101435.173997]);
    expect(list[0].exports_usd_m).toBe(71072.53453);
    expect(list[0].imports_usd_m).toBe(101435.173997);
    expect(list[0].total_usd_m).toBeCloseTo(172507.708527, 6);
  });

  test("France among Russia's partners in 2010 depends on the Belarus gap: 11th as reported, 12th with Belarus filled", () => {
    expect(rankOf(ds, "RUS", "FRA", 2010, "total", "as-reported")?.rank).toBe(11);
    expect(rankOf(ds, "RUS", "FRA", 2010, "total", "belarus-filled")?.rank).toBe(12);
    expect(rankOf(ds, "RUS", "FRA", 2020, "total", "as-reported")?.rank).toBe(13);
  });

  test("Belarus filled from Belarus's own declarations, flagged as filled", () => {
    const b = rankOf(ds, "RUS", "BLR", 2010, "total", "belarus-filled")!;
    expect(b.exports_usd_m).toBe(18080.6145);
    expect(b.imports_usd_m).toBe(9953.6479);
    expect(b.filled).toBe(true);
    expect(rankOf(ds, "RUS", "BLR", 2010, "total", "as-reported")).toBeUndefined();
  });

  test("France among Russia's suppliers (imports): 6th in 2020", () => {
    expect(rankOf(ds, "RUS", "FRA", 2020, "imports", "as-reported")?.rank).toBe(6);
  });

  test("ties share the better rank", () => {
    const tiny = {
      ...ds,
      trade: {
        ...ds.trade,
        FRA: [
          { reporter: "FRA", partner: "DEU", year: 2010, flow: "exports" as const, value_usd_m: 3 },
          { reporter: "FRA", partner: "DEU", year: 2010, flow: "imports" as const, value_usd_m: 2 },
          { reporter: "FRA", partner: "ITA", year: 2010, flow: "exports" as const, value_usd_m: 1 },
          { reporter: "FRA", partner: "ITA", year: 2010, flow: "imports" as const, value_usd_m: 4 },
          { reporter: "FRA", partner: "ESP", year: 2010, flow: "exports" as const, value_usd_m: 2 },
          { reporter: "FRA", partner: "ESP", year: 2010, flow: "imports" as const, value_usd_m: 1 },
        ],
      },
    };
    expect(rankPartners(tiny, "FRA", 2010, "total").map((r) => `${r.partner}:${r.rank}`)).toEqual([
      "DEU:1",
      "ITA:1",
      "ESP:3",
    ]);
  });

  test("derived CSV tables: top 30 / top 25 per year (and measure and basis for Russia), ranks contiguous from 1", () => {
    const f = franceTopPartners(ds);
    expect(f).toHaveLength(660);
    for (const basis of ["as-reported", "partner-declared"])
      for (let year = 2010; year <= 2020; year++) {
        expect({
          basis,
          year,
          ranks: f.filter((r) => r.basis === basis && r.year === year).map((r) => r.rank),
        }).toEqual({
          basis,
          year,
          ranks: Array.from({ length: 30 }, (_, i) => i + 1),
        });
      }
    const r = russiaTopPartners(ds);
    expect(r).toHaveLength(2750);
    for (const measure of ["total", "imports"])
      for (const basis of ["as-reported", "belarus-filled", "belarus-excluded", "partner-declared", "customs"])
        for (let year = 2010; year <= 2020; year++) {
          const ranks = r
            .filter((x) => x.measure === measure && x.basis === basis && x.year === year)
            .map((x) => x.rank);
          expect({ measure, basis, year, ranks }).toEqual({
            measure,
            basis,
            year,
            ranks: Array.from({ length: 25 }, (_, i) => i + 1),
          });
        }
    expect(
      r
        .filter((x) => x.year === 2010 && x.measure === "total" && x.basis === "belarus-filled")
        .find((x) => x.partner === "FRA")?.rank,
    ).toBe(12);
    expect(Object.keys(derived().tables).sort()).toEqual([
      "bilateral-trade.csv",
      "claims-results.csv",
      "fr-ru-annual-trade.csv",
      "fr-ru-monthly-trade.csv",
      "france-export-markets.csv",
      "france-top-partners.csv",
      "imf-estimate-checks.csv",
      "russia-partner-ranks.csv",
      "russia-top-partners.csv",
    ]);
  });
});
