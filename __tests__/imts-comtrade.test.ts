/**
 * The two sources that reach past 2020 (lib/extract/imf-imts.ts, lib/extract/comtrade-exports.ts) and their
 * cross-checks (lib/extract/imts-cross-check.ts): values in data/ against the raw lines they came from, read here by
 * splitting the raw text (not by the extractors' parsers); the estimate marker; groupings never kept; an unknown name
 * or code stopping with file:line:column; and each cross-check passing on the real files and failing on a planted
 * wrong value.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseImts } from "../lib/extract/imf-imts";
import { parseComtradeYear, usdToMillions } from "../lib/extract/comtrade-exports";
import {
  checkComtradeAgainstDots,
  checkImts2021AgainstCustoms,
  checkImtsAgainstDots,
} from "../lib/extract/imts-cross-check";

const root = path.resolve(__dirname, "..");
const IMTS = "data/raw/imf-imts-russia/RU_trade.csv";
const comtradeFile = (y: number) => `data/raw/un-comtrade-exports/comtrade_all_exports_${y}A.csv`;
const text = (f: string) => readFileSync(path.join(root, f), "utf8");

/** A data/ CSV as objects, split by hand (none of these files quotes a field that holds a comma in these columns). */
function csv(file: string): Record<string, string>[] {
  const [head, ...lines] = text(`data/${file}`).trimEnd().split("\n");
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}
const imtsCsv = csv("trade-russia-imts.csv");
const comtradeCsv = csv("comtrade-exports-to-russia.csv");

/** The raw IMTS line of a series ("RUS.MG_CIF_USD.FRA.A"): its 1-based number and its year cells. */
function imtsLine(series: string) {
  const lines = text(IMTS).split("\n");
  const i = lines.findIndex((l) => l.includes(`"${series}"`));
  const cells = lines[i].trim().slice(1, -1).split('","');
  const header = lines[0]
    .replace(/^\uFEFF/, "")
    .trim()
    .slice(1, -1)
    .split('","');
  return { line: i + 1, year: (y: number) => cells[header.indexOf(String(y))] };
}

describe("IMTS values in data/trade-russia-imts.csv are the raw file's", () => {
  test.each([
    ["RUS.MG_CIF_USD.FRA.A", "FRA", "imports", 2022],
    ["RUS.MG_CIF_USD.FRA.A", "FRA", "imports", 2021],
    ["RUS.XG_FOB_USD.FRA.A", "FRA", "exports", 2023],
    ["RUS.MG_CIF_USD.UGA.A", "UGA", "imports", 2024],
    ["RUS.XG_FOB_USD.UZB.A", "UZB", "exports", 2024],
    ["RUS.XG_FOB_USD.CHN.A", "CHN", "exports", 2016],
    ["RUS.XG_FOB_USD.G001.A", "WLD", "exports", 2022],
  ] as const)("%s %s %s %i", (series, partner, flow, year) => {
    const raw = imtsLine(series);
    const row = imtsCsv.find((r) => r.partner === partner && r.flow === flow && r.year === String(year));
    expect({ at: `${IMTS}:${raw.line}`, value: row?.value_usd_m }).toEqual({
      at: `${IMTS}:${raw.line}`,
      value: raw.year(year),
    });
    expect(row?.estimated).toBe(year >= 2022 ? "yes" : "no");
  });

  test("the values quoted in PROVENANCE.md: Russia's imports from Uganda 2024 and France 2022", () => {
    const v = (p: string, f: string, y: number) =>
      Number(imtsCsv.find((r) => r.partner === p && r.flow === f && r.year === String(y))!.value_usd_m);
    expect(Math.round(v("UGA", "imports", 2024))).toBe(27004);
    expect(v("FRA", "imports", 2022).toFixed(1)).toBe("5303.3");
    expect(v("FRA", "exports", 2021)).toBe(9907.496184);
  });

  test("every 2022–2024 row is marked estimated and no 2016–2021 row is; Kazakhstan has no 2024 value", () => {
    expect(new Set(imtsCsv.filter((r) => Number(r.year) >= 2022).map((r) => r.estimated))).toEqual(new Set(["yes"]));
    expect(new Set(imtsCsv.filter((r) => Number(r.year) < 2022).map((r) => r.estimated))).toEqual(new Set(["no"]));
    expect(imtsCsv.filter((r) => r.partner === "KAZ" && r.year === "2024")).toEqual([]);
  });

  test("no grouping or 'not specified' code reaches the CSV: every partner is an ISO code or WLD", () => {
    const codes = new Set(imtsCsv.map((r) => r.partner));
    for (const c of codes) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const c of ["G001", "G998", "TX898", "GX901"]) expect(codes.has(c)).toBe(false);
    expect(codes.has("WLD")).toBe(true);
  });
});

describe("Comtrade values in data/comtrade-exports-to-russia.csv are the raw lines', in USD millions", () => {
  test.each([
    [2022, "France", "FRA"],
    [2014, "France", "FRA"],
    [2022, "Armenia", "ARM"],
    [2021, "China", "CHN"],
    [2016, "Uganda", "UGA"],
    [2019, "China, Hong Kong SAR", "HKG"],
  ] as const)("%i %s", (year, name, code) => {
    const lines = text(comtradeFile(year)).split("\n");
    const i = lines.findIndex(
      (l) => l.endsWith(",Russian Federation") && l.split(",").slice(2, -1).join(",").replace(/"/g, "") === name,
    );
    expect(i).toBeGreaterThan(0);
    const usd = lines[i].split(",")[1];
    const row = comtradeCsv.find((r) => r.reporter === code && r.year === String(year));
    // an independent conversion: the written dollars and the written millions differ by the factor 10^6 exactly
    expect({
      at: `${comtradeFile(year)}:${i + 1}`,
      millionsTimes1e6: Math.round(Number(row?.value_usd_m) * 1e9),
    }).toEqual({
      at: `${comtradeFile(year)}:${i + 1}`,
      millionsTimes1e6: Math.round(Number(usd) * 1e3),
    });
  });

  test("the checked values of PROVENANCE.md: France → Russia 2022 3,249.3, China 2014 53,676.9", () => {
    const v = (c: string, y: number) =>
      Number(comtradeCsv.find((r) => r.reporter === c && r.year === String(y))!.value_usd_m);
    expect(v("FRA", 2022).toFixed(1)).toBe("3249.3");
    expect(v("CHN", 2014).toFixed(1)).toBe("53676.9");
    expect(comtradeCsv.filter((r) => r.year === "2022" && r.reporter === "BLR")).toEqual([]);
  });

  test("USD become millions by moving the decimal point, exactly", () => {
    expect(usdToMillions("8964064478.123")).toBe(8964.064478123);
    expect(usdToMillions("597.151")).toBe(0.000597151);
    expect(usdToMillions("4839236298")).toBe(4839.236298);
    expect(usdToMillions("0")).toBe(0);
    expect(() => usdToMillions("-5")).toThrow(/not a non-negative number/);
  });
});

describe("bad input stops with file:line:column", () => {
  test("an unknown Comtrade name", () => {
    const bad = "date,value,reporter,partner\n2022-01-01,5,France,World\n2022-01-01,7,Narnia,Russian Federation\n";
    expect(() => parseComtradeYear("x.csv", 2022, bad)).toThrow('x.csv:3:14: unknown name "Narnia"');
  });
  test("a Comtrade date of another year, a value that is not a number", () => {
    expect(() => parseComtradeYear("x.csv", 2022, "date,value,reporter,partner\n2021-01-01,5,France,World\n")).toThrow(
      "x.csv:2:1: date",
    );
    expect(() =>
      parseComtradeYear("x.csv", 2022, "date,value,reporter,partner\n2022-01-01,5e3,France,World\n"),
    ).toThrow("x.csv:2:2: value");
  });
  test("an unknown IMTS partner code, and a value that is not a number", () => {
    const lines = text(IMTS).split("\n");
    const fra = lines.findIndex((l) => l.includes('"RUS.MG_CIF_USD.FRA.A"'));
    const unknown = [...lines];
    unknown[fra] = unknown[fra].replace('"FRA","France"', '"XYZ","Nowhere"');
    expect(() => parseImts("RU.csv", unknown.join("\n"))).toThrow(`RU.csv:${fra + 1}:8: unknown partner code "XYZ"`);
    const notNumber = [...lines];
    notNumber[fra] = notNumber[fra].replace('"8573.329058"', '"8,573.3"');
    expect(() => parseImts("RU.csv", notNumber.join("\n"))).toThrow(
      `RU.csv:${fra + 1}:19: "8,573.3" is not a non-negative number`,
    );
  });
});

describe("cross-checks: pass on the real files, fail on a planted wrong value", () => {
  const imts = parseImts(IMTS, text(IMTS));
  const dotsRussia = csv("trade-russia.csv").map((r) => ({
    ...r,
    year: Number(r.year),
    value_usd_m: Number(r.value_usd_m),
  })) as never[];
  const dotsFrance = csv("trade-france.csv").map((r) => ({
    ...r,
    year: Number(r.year),
    value_usd_m: Number(r.value_usd_m),
  })) as never[];
  const customs = csv("russia-customs-main-partners.csv").map((r) => ({
    ...r,
    value_usd_m: Number(r.value_usd_m),
  })) as never[];
  const comtrade = [2014, 2015, 2016, 2017, 2018, 2019, 2020].flatMap(
    (y) => parseComtradeYear(comtradeFile(y), y, text(comtradeFile(y))).rows,
  );
  const cells = new Map([[`2016|FRA`, "comtrade-2016:line"]]);
  const planted = <T extends { value_usd_m: number }>(
    rows: readonly T[],
    pick: (r: T) => boolean,
    by: (v: number) => number,
  ) => rows.map((r) => (pick(r) ? { ...r, value_usd_m: by(r.value_usd_m) } : r));

  test("IMTS 2016–2020 equal DOTS: 1,915 values, only Netherlands Antilles 2016–2017 absent", () => {
    const r = checkImtsAgainstDots(imts.rows, imts.cells, dotsRussia, new Map());
    expect(r.compared).toBe(1915);
    expect(r.largestGap).toBeLessThanOrEqual(0.000014 + 1e-9);
    expect(r.absentFromImts).toEqual(["ANT exports 2016 (34.304212)", "ANT exports 2017 (25.36468)"]);
  });
  test("IMTS 2016–2020: France's 2019 imports 0.00014 higher fails, naming the raw line", () => {
    const line = imtsLine("RUS.MG_CIF_USD.FRA.A").line;
    const wrong = planted(
      imts.rows,
      (r) => r.partner === "FRA" && r.year === 2019 && r.flow === "imports",
      () => 8573.3292,
    );
    expect(() => checkImtsAgainstDots(wrong, imts.cells, dotsRussia, new Map())).toThrow(
      `${IMTS}:${line}:19: IMTS FRA imports 2019 is 8573.3292, DOTS 8573.329058`,
    );
  });
  test("IMTS 2016–2020: a World total that does not match fails", () => {
    const wrong = planted(
      imts.rows,
      (r) => r.partner === "WLD" && r.year === 2017 && r.flow === "exports",
      (v) => v + 1,
    );
    expect(() => checkImtsAgainstDots(wrong, imts.cells, dotsRussia, new Map())).toThrow(/IMTS World exports 2017/);
  });
  test("IMTS 2021 against Russia's customs: real within ±5 %, France's imports 6 % higher fails", () => {
    const r = checkImts2021AgainstCustoms(imts.rows, imts.cells, customs);
    expect(r.compared).toBe(58);
    expect([r.min.toFixed(4), r.max.toFixed(4)]).toEqual(["0.9797", "1.0384"]);
    const wrong = planted(
      imts.rows,
      (x) => x.partner === "FRA" && x.year === 2021 && x.flow === "imports",
      (v) => v * 1.06,
    );
    expect(() => checkImts2021AgainstCustoms(wrong, imts.cells, customs)).toThrow(
      /IMTS FRA imports 2021 .* 6\.0 % apart/,
    );
  });
  test("Comtrade France → Russia against DOTS: real within ±2 %, 2016 in euros (× 1.11) fails", () => {
    const r = checkComtradeAgainstDots(comtrade, cells, dotsFrance, new Map());
    expect([r.compared, r.min.toFixed(4), r.max.toFixed(4)]).toEqual([7, "0.9875", "0.9993"]);
    const wrong = planted(
      comtrade,
      (x) => x.reporter === "FRA" && x.year === 2016,
      (v) => v * 1.11,
    );
    expect(() => checkComtradeAgainstDots(wrong, cells, dotsFrance, new Map())).toThrow(
      /^comtrade-2016:line: Comtrade France → Russia 2016 .* 9\.\d\d % apart/,
    );
  });
});
