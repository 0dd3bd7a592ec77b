/**
 * data/fr-ru-monthly.csv and data/ecb-usd-per-eur.csv against their raw files, read here independently of
 * lib/extract/ (papaparse for the CSVs, yauzl + regular expressions for the workbook cells), and the extraction's
 * refusals on small fixtures built in the test, with their exact messages.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { rawCell } from "../test-support/raw-workbook";
import { mergeExports, parseExportsCsv } from "../lib/extract/eurostat-exports";
import { parseRuimpeksSheets, RUIMPEKS_SHEETS } from "../lib/extract/eurostat-ruimpeks";
import { franceRussiaMonthly } from "../lib/extract/fr-ru-monthly";
import { parseEcbUsd, usdAverages } from "../lib/extract/ecb-rates";
import { EUROSTAT_REPORTERS } from "../lib/extract/eurostat-reporters";

const root = path.resolve(__dirname, "..");
const exact = (m: string) => new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

const monthly = csv("data/fr-ru-monthly.csv");
const value = (period: string, flow: string, product: string) =>
  monthly
    .filter((r) => r.period === period && r.flow === flow && r.product === product)
    .map((r) => Number(r.value_eur));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const EXPORTS_DIR = "data/raw/eurostat-eu-exports";
const FRANCE_LABEL = [...EUROSTAT_REPORTERS].find(([, c]) => c === "FRA")![0];
/** France's rows of the raw exports files, read with papaparse: file, line, period text, value text. */
const rawFrance = readdirSync(path.join(root, EXPORTS_DIR))
  .filter((f) => f.endsWith(".csv"))
  .flatMap((f) =>
    Papa.parse<string[]>(readFileSync(path.join(root, EXPORTS_DIR, f), "utf8"), { skipEmptyLines: true })
      .data.map((row, i) => ({ file: f, line: i + 1, row }))
      .filter(({ row }) => row[0] === FRANCE_LABEL),
  );
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const rawMonth = (period: string) => `${MON[Number(period.slice(5)) - 1]}. ${period.slice(0, 4)}`;

describe("data/fr-ru-monthly.csv against the raw files", () => {
  test("173 rows: 68 months of total exports, 35 months each of imports (total, HS 27) and HS 27 exports", () => {
    expect(monthly).toHaveLength(173);
    expect(monthly.filter((r) => r.source === "eurostat-eu-exports")).toHaveLength(68);
    expect(monthly.filter((r) => r.source === "eurostat-ruimpeks")).toHaveLength(105);
  });

  test("France's exports by year = PROVENANCE.md's checked sums = the raw files' sums (papaparse)", () => {
    const checked: Record<string, number> = {
      "2019": 5_627_709_149,
      "2021": 6_416_136_891,
      "2022": 3_080_573_760,
      "2023": 2_043_910_697,
      "2024": 1_319_284_067,
    };
    for (const [year, expected] of Object.entries(checked)) {
      const fromCsv = sum(
        monthly
          .filter((r) => r.period.startsWith(year) && r.flow === "exports" && r.product === "total")
          .map((r) => Number(r.value_eur)),
      );
      const fromRaw = sum(rawFrance.filter(({ row }) => row[5].endsWith(year)).map(({ row }) => Number(row[6])));
      expect({ year, fromCsv, fromRaw }).toEqual({ year, fromCsv: expected, fromRaw: expected });
    }
  });

  test.each([
    ["2022-02", 590_331_914],
    ["2022-04", 120_935_769],
  ])("%s exports: %d, in the raw file's VALUE_IN_EUR cell", (period, expected) => {
    const raw = rawFrance.filter(({ row }) => row[5] === rawMonth(period));
    expect(raw).toHaveLength(1);
    expect(Number(raw[0].row[6])).toBe(expected);
    expect(value(period, "exports", "total")).toEqual([expected]);
  });

  test("every France row of the exports files is in the CSV, once, with its value", () => {
    expect(rawFrance).toHaveLength(68);
    for (const { row } of rawFrance) {
      const [mon, year] = row[5].split(". ");
      const period = `${year}-${String(MON.indexOf(mon) + 1).padStart(2, "0")}`;
      expect(value(period, "exports", "total")).toEqual([Number(row[6])]);
    }
  });

  const WB = "eu_total_trade_4630244_spreadsheet.xlsx";
  const cell = (sheet: string, ref: string) => rawCell(WB, sheet, ref, "data/raw/eurostat-ruimpeks");
  test.each([
    ["Sheet 3", "imports", "total", "C", "2020-01"],
    ["Sheet 3", "imports", "total", "AC", "2022-03"],
    ["Sheet 1", "imports", "hs27", "AC", "2022-03"],
    ["Sheet 2", "exports", "hs27", "AK", "2022-11"],
  ])("workbook [%s] row 87 (France, Russia): %s %s, column %s (%s)", async (sheet, flow, product, col, period) => {
    expect(await cell(sheet, "A87")).toBe(FRANCE_LABEL);
    expect(await cell(sheet, "B87")).toBe("Russian Federation (Russia)");
    expect(await cell(sheet, `${col}9`)).toBe(period);
    expect(value(period, flow, product)).toEqual([await cell(sheet, `${col}87`)]);
  });

  test("2022-12 is ':' in the workbook (AL87): no row", async () => {
    expect(await cell("Sheet 3", "AL9")).toBe("2022-12");
    expect(await cell("Sheet 3", "AL87")).toBe(":");
    expect(monthly.filter((r) => r.period === "2022-12" && r.flow === "imports")).toEqual([]);
  });

  test("2020 total exports: the two Eurostat sources agree to the euro (5,171,338,744); imports 5,384,458,815", async () => {
    const cols = Array.from({ length: 12 }, (_, i) => String.fromCharCode(67 + i)); // C..N = 2020-01..2020-12
    const wbExports = sum(await Promise.all(cols.map(async (c) => Number(await cell("Sheet 4", `${c}87`)))));
    const wbImports = sum(await Promise.all(cols.map(async (c) => Number(await cell("Sheet 3", `${c}87`)))));
    const files = sum(rawFrance.filter(({ row }) => row[5].endsWith("2020")).map(({ row }) => Number(row[6])));
    expect({ wbExports, files, wbImports }).toEqual({
      wbExports: 5_171_338_744,
      files: 5_171_338_744,
      wbImports: 5_384_458_815,
    });
  });
});

describe("data/ecb-usd-per-eur.csv against the daily file", () => {
  const rates = csv("data/ecb-usd-per-eur.csv");
  const daily = csv("data/raw/ecb-rates/eurofxref-hist.csv").filter((r) => r.USD !== "N/A");
  test.each([
    ["2019", 1.1195],
    ["2020", 1.1422],
    ["2021", 1.1827],
    ["2022", 1.053],
    ["2023", 1.0813],
    ["2024", 1.0824],
  ])("%s: the mean of the year's daily USD rates, computed here; PROVENANCE.md gives %d", (year, provenance) => {
    const days = daily.filter((r) => r.Date.startsWith(year)).map((r) => Number(r.USD));
    const mean = sum(days) / days.length;
    const row = rates.find((r) => r.period === year)!;
    expect(row.period_type).toBe("year");
    expect(Number(row.days)).toBe(days.length);
    expect(Math.abs(Number(row.usd_per_eur) - mean)).toBeLessThanOrEqual(5e-7);
    expect(Number(mean.toFixed(4))).toBe(provenance);
  });
  test("every month: the mean of the month's daily USD rates, computed here, and their count", () => {
    const months = rates.filter((r) => r.period_type === "month");
    expect(months).toHaveLength(72);
    for (const row of months) {
      const days = daily.filter((r) => r.Date.startsWith(`${row.period}-`)).map((r) => Number(r.USD));
      const mean = sum(days) / days.length;
      expect({
        period: row.period,
        days: Number(row.days),
        off: Math.abs(Number(row.usd_per_eur) - mean) <= 5e-7,
      }).toEqual({ period: row.period, days: days.length, off: true });
    }
  });
  test("78 rows: six years and their 72 months; each month's days add up to its year's", () => {
    expect(rates).toHaveLength(78);
    for (const y of rates.filter((r) => r.period_type === "year"))
      expect(sum(rates.filter((r) => r.period.startsWith(`${y.period}-`)).map((r) => Number(r.days)))).toBe(
        Number(y.days),
      );
  });
});

// ---- refusals, on fixtures ------------------------------------------------------------------------------------

const HEADER = "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\r\n";
const line = (reporter: string, period: string, v: string) =>
  `"${reporter}","Russian Federation (Russia)","Total","EXPORT","Total","${period}",${v}\r\n`;

describe("exports files: refusals", () => {
  test("a month in two files with different values stops, naming both files", () => {
    const a = parseExportsCsv("raw/a.csv", HEADER + line(FRANCE_LABEL, "Feb. 2022", "590331914"));
    const b = parseExportsCsv(
      "raw/b.csv",
      HEADER + line("Austria", "Feb. 2022", "1") + line(FRANCE_LABEL, "Feb. 2022", "590331915"),
    );
    expect(() => mergeExports([a, b])).toThrow(
      exact(
        "FRA exports to Russia, 2022-02: 590331915 at raw/b.csv:3:7 conflicts with 590331914 at raw/a.csv:2:7; a month in two Eurostat files must carry the same value",
      ),
    );
    // the same value twice is one value
    const same = parseExportsCsv("raw/c.csv", HEADER + line(FRANCE_LABEL, "Feb. 2022", "590331914"));
    expect([...mergeExports([a, same]).values()].map((v) => v.at)).toEqual(["raw/a.csv:2:7"]);
  });

  test("a ':' cell gives no value, never a zero; a gap in France's months then stops the monthly file", () => {
    const values = parseExportsCsv("raw/a.csv", HEADER + line(FRANCE_LABEL, "Jan. 2019", ":"));
    expect(values).toEqual([]);
    expect(() => franceRussiaMonthly(mergeExports([values]), [])).toThrow(
      exact("France's exports to Russia: no value for 2019-01 in the exports files"),
    );
  });

  test("an unknown reporter stops, naming file, line and column", () => {
    expect(() =>
      parseExportsCsv("raw/a.csv", HEADER + line("Austria", "Jan. 2019", "1") + line("France", "Jan. 2019", "2")),
    ).toThrow(exact('raw/a.csv:3:1: unknown Eurostat reporter "France"; add it to lib/extract/eurostat-reporters.ts'));
  });

  test("a non-numeric value stops, naming file, line and column", () => {
    expect(() => parseExportsCsv("raw/a.csv", HEADER + line(FRANCE_LABEL, "Jan. 2019", "1 234"))).toThrow(
      exact(
        'raw/a.csv:2:7: VALUE_IN_EUR "1 234" is not a whole number of euros (":" is the only "not available" marker)',
      ),
    );
  });

  test("a period that is not a month stops", () => {
    expect(() => parseExportsCsv("raw/a.csv", HEADER + line(FRANCE_LABEL, "2019-01", "1"))).toThrow(
      exact('raw/a.csv:2:6: PERIOD "2019-01" is not a month like "Aug. 2024"'),
    );
  });
});

/** Four sheets in the workbook's layout, with France's Russia row holding `values` under `months`. */
function grids(months: string[], values: (number | string)[], reporter = FRANCE_LABEL) {
  return RUIMPEKS_SHEETS.map(({ productLabel, flowLabel }) => {
    const g: (string | number | null)[][] = Array.from({ length: 11 }, () => []);
    g[4] = ["PRODUCT [PRODUCT]", null, productLabel];
    g[5] = ["FLOW", null, flowLabel];
    g[6] = ["INDICATORS", null, "VALUE_IN_EUROS"];
    g[8] = ["TIME", "TIME", ...months];
    g[10] = ["REPORTER (Labels)", "PARTNER (Labels)"];
    g.push([reporter, "Russian Federation (Russia)", ...values], [null], ["Special value"], [":", "not available"]);
    return g;
  }) as unknown as Parameters<typeof parseRuimpeksSheets>[1];
}

describe("workbook: refusals", () => {
  test("reads a well-formed fixture; ':' gives no value", () => {
    const v = parseRuimpeksSheets("wb.xlsx", grids(["2020-01", "2020-02"], [5, ":"]));
    expect(v.map((x) => [x.flow, x.product, x.period, x.value_eur, x.at])).toEqual([
      ["imports", "hs27", "2020-01", 5, "wb.xlsx [Sheet 1]!C12"],
      ["exports", "hs27", "2020-01", 5, "wb.xlsx [Sheet 2]!C12"],
      ["imports", "total", "2020-01", 5, "wb.xlsx [Sheet 3]!C12"],
      ["exports", "total", "2020-01", 5, "wb.xlsx [Sheet 4]!C12"],
    ]);
  });
  test("a month out of order stops, naming the cell", () => {
    expect(() => parseRuimpeksSheets("wb.xlsx", grids(["2020-01", "2020-03"], [1, 2]))).toThrow(
      exact("wb.xlsx [Sheet 1]!D9: month 2020-03 out of order, after 2020-01 (C9); months go up by one"),
    );
  });
  test("an unknown reporter stops, naming the cell", () => {
    expect(() => parseRuimpeksSheets("wb.xlsx", grids(["2020-01"], [1], "France"))).toThrow(
      exact('wb.xlsx [Sheet 1]!A12: unknown Eurostat reporter "France"; add it to lib/extract/eurostat-reporters.ts'),
    );
  });
  test("a non-numeric value stops, naming the cell", () => {
    expect(() => parseRuimpeksSheets("wb.xlsx", grids(["2020-01", "2020-02"], [1, "n/a"]))).toThrow(
      exact('wb.xlsx [Sheet 1]!D12: "n/a" is not a whole number of euros (":" is the only "not available" marker)'),
    );
  });
  test("the two sources' total exports must agree before 2022: a conflict stops, naming both cells", () => {
    const wb = parseRuimpeksSheets("wb.xlsx", grids(["2020-01"], [7]));
    const files = new Map(
      Array.from({ length: 68 }, (_, i) => {
        const period = `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
        return [`FRA|${period}`, { reporter: "FRA", period, value_eur: 8, at: "raw/a.csv:2:7", file: "raw/a.csv" }];
      }),
    );
    expect(() => franceRussiaMonthly(files, wb)).toThrow(
      exact(
        "France's exports to Russia, 2020-01: 7 at wb.xlsx [Sheet 4]!C12 conflicts with 8 at raw/a.csv:2:7; the two Eurostat sources must agree before 2022",
      ),
    );
  });
});

describe("ECB file: refusals", () => {
  const HEAD = "Date,USD,JPY,\n";
  test("no USD column stops, naming file and line", () => {
    expect(() => parseEcbUsd("ecb.csv", "Date,JPY,GBP,\n2024-01-02,160.1,0.86,\n")).toThrow(
      exact('ecb.csv:1: no "USD" column in the header (3 columns)'),
    );
  });
  test("a non-numeric rate stops, naming file, line and column; N/A is skipped", () => {
    expect(parseEcbUsd("ecb.csv", `${HEAD}2024-01-03,N/A,160,\n2024-01-02,1.1,159,\n`)).toEqual([
      { date: "2024-01-02", usd_per_eur: 1.1, where: "ecb.csv:3:2" },
    ]);
    expect(() => parseEcbUsd("ecb.csv", `${HEAD}2024-01-03,1.1,160,\n2024-01-02,1,1,159,\n`)).toThrow(
      exact("ecb.csv:3: 5 columns, expected 4 as in the header"),
    );
    expect(() => parseEcbUsd("ecb.csv", `${HEAD}2024-01-03,1.1,160,\n2024-01-02,n.a.,159,\n`)).toThrow(
      exact('ecb.csv:3:2: USD rate "n.a." is not a number ("N/A" is the only marker of no rate)'),
    );
  });
  test("a date out of order stops", () => {
    expect(() => parseEcbUsd("ecb.csv", `${HEAD}2024-01-02,1.1,160,\n2024-01-03,1.2,159,\n`)).toThrow(
      exact("ecb.csv:3:1: date 2024-01-03 out of order after 2024-01-02 (line 2); dates go down, newest first"),
    );
  });
  test("averages: mean rounded to 6 decimals, with the day count", () => {
    const rates = parseEcbUsd("ecb.csv", `${HEAD}2024-02-01,1.15,1,\n2024-01-03,1.1,1,\n2024-01-02,1.12,1,\n`);
    expect(() => usdAverages("ecb.csv", rates, 2024, 2024)).toThrow(exact("ecb.csv: no USD rate in 2024-03"));
  });
});
