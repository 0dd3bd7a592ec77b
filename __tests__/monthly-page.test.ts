/**
 * The "since the article" page's numbers: the two derived CSVs as served (out/data/fr-ru-monthly-trade.csv and
 * fr-ru-annual-trade.csv), Table 1's Eurostat rows and the page's computed facts, against the raw files read here
 * independently of lib/ (papaparse for the Eurostat CSVs and the ECB daily file, yauzl + regular expressions for the
 * workbook cells); the facts on fixtures whose answer is known; the refusals of the derive step.
 * Needs a built site: `npm test` builds first.
 */
import { translate } from "../lib/i18n/translate";
import { contextOf } from "../lib/figures/localize-names";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { rawCell } from "../test-support/raw-workbook";
import { annualTrade, eurostatBilateral, monthlyFacts, monthlyTrade } from "../lib/derive/monthly";
import type { Dataset, MonthlyRecord, RateRecord, TradeRecord } from "../lib/model/load";
import { since2021Headline, since2021Sections } from "../lib/figures/since-2021";
/** "2022-11" → "November 2022", written here with Intl (en-GB), not through the site's formatter. */
const monthName = (period: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`not a month: ${period}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
};
import { derived, type Derived } from "../lib/derive";
import { parseCsv } from "../lib/model/csv-parse";
import type { Schema } from "../lib/model/schemas";
import { withPanels } from "../test-support/panels";
import { cellValue } from "../test-support/tables";

const root = path.resolve(__dirname, "..");
beforeAll(() => {
  if (!existsSync(path.join(root, "out/index.html")))
    throw new Error("out/ is missing: run `npm run build` first (`npm test` does)");
});
const rows = (file: string) => {
  const p = Papa.parse<Record<string, string>>(readFileSync(path.join(root, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(p.errors).toEqual([]);
  return p.data;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const tenth = (x: number) => Math.round(x * 10) / 10;

// ---- independent readers of the raw files --------------------------------------------------------------------

const EXPORTS_DIR = "data/raw/eurostat-eu-exports";
const FRANCE_PREFIX = "France (incl. Saint Barthélemy";
/** France's rows of the raw Eurostat exports files: file, line, month text ("Feb. 2022"), euros. */
const rawFrance = readdirSync(path.join(root, EXPORTS_DIR))
  .filter((f) => f.endsWith(".csv"))
  .flatMap((file) =>
    Papa.parse<string[]>(readFileSync(path.join(root, EXPORTS_DIR, file), "utf8"), { skipEmptyLines: true })
      .data.map((row, i) => ({ file, line: i + 1, month: row[5], eur: Number(row[6]), reporter: row[0] }))
      .filter((r) => r.reporter.startsWith(FRANCE_PREFIX)),
  );
const rawExportsOfYear = (year: number) =>
  sum(rawFrance.filter((r) => r.month.endsWith(String(year))).map((r) => r.eur));

/** The ECB daily USD rates (papaparse on data/raw/ecb-rates/eurofxref-hist.csv), "N/A" dropped. */
const daily = rows("data/raw/ecb-rates/eurofxref-hist.csv").filter((r) => r.USD !== "N/A");
const ecbMean = (prefix: string) => {
  const xs = daily.filter((r) => r.Date.startsWith(prefix)).map((r) => Number(r.USD));
  expect(xs.length).toBeGreaterThan(0);
  return sum(xs) / xs.length;
};

const WB_DIR = "data/raw/eurostat-ruimpeks";
const WB = "eu_total_trade_4630244_spreadsheet.xlsx";
/** Column letters of month `period` in the workbook's sheets (row 9: C = 2020-01, one column per month). */
const wbColumn = (period: string) => {
  const k = (Number(period.slice(0, 4)) - 2020) * 12 + Number(period.slice(5)) - 1;
  const n = 3 + k;
  return n <= 26 ? String.fromCharCode(64 + n) : `A${String.fromCharCode(64 + n - 26)}`;
};
/** France's row 87 (France, Russia) of a workbook sheet at a month, after checking the row and column headers. */
async function wbCell(sheet: string, period: string): Promise<number> {
  expect(String(await rawCell(WB, sheet, "A87", WB_DIR))).toMatch(/^France \(incl\./);
  expect(await rawCell(WB, sheet, "B87", WB_DIR)).toBe("Russian Federation (Russia)");
  expect(await rawCell(WB, sheet, `${wbColumn(period)}9`, WB_DIR)).toBe(period);
  const v = await rawCell(WB, sheet, `${wbColumn(period)}87`, WB_DIR);
  if (typeof v !== "number") throw new Error(`${WB} [${sheet}]!${wbColumn(period)}87 holds no number`);
  return v;
}
const months = (year: number, n = 12) =>
  Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
const wbSum = async (sheet: string, periods: string[]) => sum(await Promise.all(periods.map((p) => wbCell(sheet, p))));
/** Sheet 3 = total imports, Sheet 1 = HS 27 imports, Sheet 4 = total exports (the workbook's Summary sheet). */
const IMPORTS = "Sheet 3";
const EXPORTS_WB = "Sheet 4";

// ---- fr-ru-monthly-trade.csv ---------------------------------------------------------------------------------

describe("out/data/fr-ru-monthly-trade.csv", () => {
  const monthly = rows("out/data/fr-ru-monthly-trade.csv");
  const find = (period: string, flow: string, product: string, unit: string) => {
    const hit = monthly.filter(
      (r) => r.period === period && r.flow === flow && r.product === product && r.unit === unit,
    );
    expect(hit).toHaveLength(1);
    return hit[0];
  };

  test("346 rows: the 173 months of data/fr-ru-monthly.csv, once in EUR and once in USD", () => {
    expect(monthly).toHaveLength(346);
    expect(monthly.filter((r) => r.unit === "EUR")).toHaveLength(173);
    const source = rows("data/fr-ru-monthly.csv");
    for (const s of source) expect(find(s.period, s.flow, s.product, "EUR").value).toBe(s.value_eur);
  });

  test("2022-02 exports: Relational_View_2024-11-16T07_43_43.659Z.csv line 24 (France, Feb. 2022), 590,331,914 EUR", () => {
    const raw = rawFrance.filter((r) => r.month === "Feb. 2022");
    expect(raw.map((r) => [r.file, r.line, r.eur])).toEqual([
      ["Relational_View_2024-11-16T07_43_43.659Z.csv", 24, 590_331_914],
    ]);
    const eur = find("2022-02", "exports", "total", "EUR");
    expect(eur).toMatchObject({ value: "590331914", usd_per_eur: "" });
    expect(eur.source).toBe("Eurostat, France-declared (extracted 2024-11-16)");
  });

  test("2022-02 exports in USD: the euros times the mean of February 2022's daily rates, computed here", () => {
    const rate = ecbMean("2022-02");
    const usd = find("2022-02", "exports", "total", "USD");
    expect(Math.abs(Number(usd.usd_per_eur) - rate)).toBeLessThanOrEqual(5e-7);
    expect(Math.abs(Number(usd.value) - 590_331_914 * rate)).toBeLessThanOrEqual(590_331_914 * 5e-7 + 0.5);
    expect(usd.source).toBe("Eurostat, France-declared (extracted 2024-11-16); ECB monthly average");
  });

  test.each([
    ["2022-03", IMPORTS, "imports", "total"],
    ["2022-11", IMPORTS, "imports", "total"],
    ["2022-03", "Sheet 1", "imports", "hs27"],
    ["2021-09", "Sheet 2", "exports", "hs27"],
  ])("%s: workbook [%s] row 87 (France, Russia) = the %s (%s) row", async (period, sheet, flow, product) => {
    expect(find(period, flow, product, "EUR").value).toBe(String(await wbCell(sheet, period)));
  });

  test("no imports after 2022-11: the workbook's 2022-12 column (AL) is ':' and the CSV has no row", async () => {
    expect(await rawCell(WB, IMPORTS, "AL9", WB_DIR)).toBe("2022-12");
    expect(await rawCell(WB, IMPORTS, "AL87", WB_DIR)).toBe(":");
    expect(monthly.filter((r) => r.flow === "imports" && r.period > "2022-11")).toEqual([]);
  });
});

// ---- fr-ru-annual-trade.csv ----------------------------------------------------------------------------------

describe("out/data/fr-ru-annual-trade.csv", () => {
  const annual = rows("out/data/fr-ru-annual-trade.csv");
  const find = (year: number, flow: string, product: string, unit: string) => {
    const hit = annual.filter(
      (r) => r.year === String(year) && r.flow === flow && r.product === product && r.unit === unit,
    );
    expect(hit).toHaveLength(1);
    return hit[0];
  };

  test("exports by year = the raw exports files' France rows summed here; change from 2021 computed here", () => {
    const base = rawExportsOfYear(2021);
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      const r = find(year, "exports", "total", "EUR");
      expect({ year, months: r.months, value_m: Number(r.value_m), change: Number(r.change_from_2021_pct) }).toEqual({
        year,
        months: "12",
        value_m: tenth(rawExportsOfYear(year) / 1e6),
        change: tenth((rawExportsOfYear(year) / base - 1) * 100),
      });
      expect(r.compared_with).toBe("2021");
    }
    // PROVENANCE.md's checked sums: 2021 6,416,136,891 and 2023 2,043,910,697 EUR
    expect(find(2021, "exports", "total", "EUR").value_m).toBe("6416.1");
    expect(find(2023, "exports", "total", "EUR")).toMatchObject({ value_m: "2043.9", change_from_2021_pct: "-68.1" });
  });

  test("2024 has eight months (January–August) and is compared with the same months of 2021", () => {
    const r = find(2024, "exports", "total", "EUR");
    const jan_aug_2021 = sum(
      rawFrance.filter((x) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug)\. 2021$/.test(x.month)).map((x) => x.eur),
    );
    expect(r).toMatchObject({ months: "8", compared_with: "2021-01 to 2021-08" });
    expect(Number(r.value_m)).toBe(tenth(rawExportsOfYear(2024) / 1e6));
    expect(Number(r.change_from_2021_pct)).toBe(tenth((rawExportsOfYear(2024) / jan_aug_2021 - 1) * 100));
  });

  test("imports 2021 = workbook [Sheet 3] O87:Z87; 2022 = C..AK of 2022 (eleven months) against 2021-01..11", async () => {
    const y2021 = await wbSum(IMPORTS, months(2021));
    const y2022 = await wbSum(IMPORTS, months(2022, 11));
    const jan_nov_2021 = await wbSum(IMPORTS, months(2021, 11));
    expect(Number(find(2021, "imports", "total", "EUR").value_m)).toBe(tenth(y2021 / 1e6));
    expect(find(2022, "imports", "total", "EUR")).toMatchObject({
      months: "11",
      value_m: String(tenth(y2022 / 1e6)),
      change_from_2021_pct: String(tenth((y2022 / jan_nov_2021 - 1) * 100)),
      compared_with: "2021-01 to 2021-11",
    });
  });

  test("2020 total exports: the two Eurostat sources agree (workbook [Sheet 4] C87:N87 = exports files), 5,171.3 m", async () => {
    const wb = await wbSum(EXPORTS_WB, months(2020));
    expect(wb).toBe(rawExportsOfYear(2020));
    expect(wb).toBe(5_171_338_744);
    expect(find(2020, "exports", "total", "EUR").value_m).toBe("5171.3");
  });

  test("USD rows: the year's euros times the ECB annual mean computed here from the daily file", async () => {
    for (const year of [2021, 2023]) {
      const rate = ecbMean(String(year));
      const r = find(year, "exports", "total", "USD");
      expect(Math.abs(Number(r.usd_per_eur) - rate)).toBeLessThanOrEqual(5e-7);
      expect(Number(r.value_m)).toBe(tenth((rawExportsOfYear(year) * rate) / 1e6));
    }
    const rate2021 = ecbMean("2021");
    const imports2021 = await wbSum(IMPORTS, months(2021));
    expect(Number(find(2021, "imports", "total", "USD").value_m)).toBe(tenth((imports2021 * rate2021) / 1e6));
    // the USD change compares dollars with dollars, each year at its own rate
    expect(Number(find(2023, "exports", "total", "USD").change_from_2021_pct)).toBe(
      tenth(((rawExportsOfYear(2023) * ecbMean("2023")) / (rawExportsOfYear(2021) * rate2021) - 1) * 100),
    );
    expect(find(2021, "exports", "total", "EUR").usd_per_eur).toBe("");
  });
});

// ---- Table 1's Eurostat basis ---------------------------------------------------------------------------------

describe("out/data/bilateral-trade.csv, basis eurostat-ecb-usd", () => {
  const bilateral = rows("out/data/bilateral-trade.csv").filter((r) => r.basis === "eurostat-ecb-usd");
  const year = (y: number) => bilateral.find((r) => r.year === String(y))!;

  test("exports for the full years 2019–2023; imports only for 2020 and 2021 (2022 has eleven months); never 2024", () => {
    expect(bilateral.map((r) => r.year)).toEqual(["2019", "2020", "2021", "2022", "2023"]);
    expect(bilateral.filter((r) => r.fr_imports_usd_m !== "").map((r) => r.year)).toEqual(["2020", "2021"]);
    for (const r of bilateral.filter((x) => x.fr_imports_usd_m === ""))
      expect([r.total_usd_m, r.balance_usd_m]).toEqual(["", ""]);
  });

  test("2021: raw sums times the ECB 2021 mean computed here; total and balance from the unrounded flows", async () => {
    const rate = ecbMean("2021");
    const exp = (rawExportsOfYear(2021) * rate) / 1e6;
    const imp = ((await wbSum(IMPORTS, months(2021))) * rate) / 1e6;
    expect(year(2021)).toEqual({
      year: "2021",
      basis: "eurostat-ecb-usd",
      fr_exports_usd_m: String(tenth(exp)),
      fr_imports_usd_m: String(tenth(imp)),
      total_usd_m: String(tenth(exp + imp)),
      balance_usd_m: String(tenth(exp - imp)),
    });
    expect(Number(year(2023).fr_exports_usd_m)).toBe(tenth((rawExportsOfYear(2023) * ecbMean("2023")) / 1e6));
  });

  test("the IMF rows are untouched: France-declared 2020 is still the IMF's", () => {
    const imf = rows("out/data/bilateral-trade.csv").find((r) => r.basis === "france-declared" && r.year === "2020")!;
    const tf = rows("data/trade-france.csv").filter((r) => r.partner === "RUS" && r.year === "2020");
    expect(Number(imf.fr_exports_usd_m)).toBe(tenth(Number(tf.find((r) => r.flow === "exports")!.value_usd_m)));
  });
});

// ---- the page's facts -----------------------------------------------------------------------------------------

/** A dataset of France–Russia months and rates only, with IMF 2020 figures, for facts whose answer is known. */
function fixture(opts: { exports: Record<number, number>; importsUntil: string; imf?: [number, number] }): Dataset {
  const monthly: MonthlyRecord[] = [];
  const rec = (period: string, flow: "exports" | "imports", product: "total" | "hs27", value_eur: number) =>
    monthly.push({ reporter: "FRA", partner: "RUS", period, flow, product, value_eur, source: "eurostat-eu-exports" });
  for (const [year, perMonth] of Object.entries(opts.exports))
    for (const p of months(Number(year))) rec(p, "exports", "total", perMonth);
  for (let y = 2020; y <= 2022; y++)
    for (const p of months(y)) {
      if (p > opts.importsUntil) continue;
      rec(p, "imports", "total", 200);
      rec(p, "imports", "hs27", 150);
      rec(p, "exports", "hs27", 1);
    }
  for (const r of monthly) if (!(r.flow === "exports" && r.product === "total")) r.source = "eurostat-ruimpeks";
  const usdPerEur: RateRecord[] = [];
  for (let y = 2019; y <= 2024; y++) {
    usdPerEur.push({ period: String(y), period_type: "year", usd_per_eur: 1.25, days: 250 });
    for (const p of months(y)) usdPerEur.push({ period: p, period_type: "month", usd_per_eur: 1.25, days: 20 });
  }
  const [imfExp, imfImp] = opts.imf ?? [3000, 3000];
  const fra: TradeRecord[] = [
    { reporter: "FRA", partner: "RUS", year: 2020, flow: "exports", value_usd_m: imfExp },
    { reporter: "FRA", partner: "RUS", year: 2020, flow: "imports", value_usd_m: imfImp },
  ];
  return {
    countries: new Map(),
    trade: { FRA: fra, RUS: [], BLR: [] },
    declared: [],
    // one month of Russia's customs figures with France: the "where the data stop" words name its last month
    customs: [{ partner: "FRA", period: "2021-12", period_type: "month", flow: "exports", value_usd_m: 1 }],
    imts: [],
    comtrade: [],
    comtradeFrance: [],
    fdiProjects: [],
    fdiFlows: [],
    monthly,
    usdPerEur,
  };
}
const derivedOf = (ds: Dataset) => {
  const annual = annualTrade(ds);
  return { ds, annual, monthly: monthlyTrade(ds), monthlyFacts: monthlyFacts(ds, annual) } as unknown as Derived;
};

describe("facts and words, on fixtures whose answer is known", () => {
  test("exports of 100 a month in 2021 and 25 in 2023: a fall of 75.0 %; imports end where the fixture ends", () => {
    const ds = fixture({ exports: { 2020: 100, 2021: 100, 2022: 50, 2023: 25 }, importsUntil: "2022-06" });
    const d = derivedOf(ds);
    expect(d.monthlyFacts.exportsChange).toEqual({ from: 2021, to: 2023, fromEur: 1200, toEur: 300, pct: -75 });
    expect(d.monthlyFacts.lastMonth).toEqual({ exports: "2023-12", imports: "2022-06" });
    expect(d.monthlyFacts.hs27ShareOfImports).toEqual({ year: 2021, pct: 75 });
    expect(translate("en", since2021Headline(d), contextOf(d))).toBe(
      "French exports to Russia fell by 75.0% from 2021 to 2023; French imports from Russia in these sources end in June 2022",
    );
    const text = since2021Sections(d, "en")
      .flatMap((s) => [...s.paragraphs, ...(s.list ?? []), ...(s.after ?? [])])
      .join("\n");
    expect(text).toContain("No French imports from Russia after June 2022 are in these sources.");
    expect(text).toContain("Mineral fuels (HS 27) were 75.0% of French imports from Russia in 2021.");
    // one rate for every year in the fixture: the change in dollars is the change in euros
    expect(text).toContain("in US dollars at each year's ECB average, they fell by 75.0%.");
  });

  test("a rise is called a rise; the IMF/Eurostat comparison states which is above", () => {
    // 2020: 2,400 EUR of imports × 1.25 = 3,000 USD, the IMF's 3,000 exactly; exports 1,200 EUR × 1.25 = 1,500 vs 1,000
    const ds = fixture({
      exports: { 2020: 100, 2021: 100, 2023: 110 },
      importsUntil: "2021-12",
      imf: [0.001, 0.003],
    });
    const d = derivedOf(ds);
    expect(d.monthlyFacts.exportsChange.pct).toBe(10);
    expect(translate("en", since2021Headline(d), contextOf(d))).toMatch(
      /^French exports to Russia rose by 10\.0% from 2021 to 2023;/,
    );
    expect(d.monthlyFacts.imfVsEurostat.rows).toEqual([
      {
        flow: "exports",
        imf_usd_m: 0.001,
        eurostat_eur_m: 0,
        usd_per_eur: 1.25,
        eurostat_usd_m: 0,
        difference_pct: 50,
      },
      { flow: "imports", imf_usd_m: 0.003, eurostat_eur_m: 0, usd_per_eur: 1.25, eurostat_usd_m: 0, difference_pct: 0 },
    ]);
    const after = since2021Sections(d, "en")
      .find((s) => s.id === "data-end")!
      .after!.join(" ");
    expect(after).toContain("is 50.0% above the IMF's, and for French imports from Russia equal to it.");
  });

  test("Table 1's Eurostat basis keeps full years only: a year of eleven months gives no imports", () => {
    const ds = fixture({ exports: { 2020: 100, 2021: 100 }, importsUntil: "2022-11" });
    const got = eurostatBilateral(ds);
    expect(got.map((r) => r.year)).toEqual([2020, 2021]);
    for (const r of got) {
      expect(r.exp).toBeCloseTo((1200 * 1.25) / 1e6, 12);
      expect(r.imp).toBeCloseTo((2400 * 1.25) / 1e6, 12);
    }
    const partial = fixture({ exports: { 2021: 100, 2022: 100 }, importsUntil: "2022-11" });
    expect(eurostatBilateral(partial).map((r) => [r.year, r.exp !== null, r.imp !== null])).toEqual([
      [2020, false, true],
      [2021, true, true],
      [2022, true, false],
    ]);
  });

  test("refusals: 2021 incomplete, a missing ECB average", () => {
    const ds = fixture({ exports: { 2021: 100 }, importsUntil: "2021-12" });
    ds.monthly = ds.monthly.filter((r) => !(r.flow === "imports" && r.product === "hs27" && r.period === "2021-05"));
    expect(() => annualTrade(ds)).toThrow("annual totals: imports hs27 has 11 months in 2021");
    const ds2 = fixture({ exports: { 2021: 100 }, importsUntil: "2021-12" });
    ds2.usdPerEur = ds2.usdPerEur.filter((r) => r.period !== "2021-03");
    expect(() => monthlyTrade(ds2)).toThrow("ecb-usd-per-eur.csv has no average for 2021-03");
  });
});

describe("the facts on the real data equal the tables", () => {
  const page = withPanels(
    path.join(root, "out"),
    readFileSync(path.join(root, "out/en/charts/since-2021/index.html"), "utf8"),
  );
  const annual = rows("out/data/fr-ru-annual-trade.csv");
  const text = page.replace(/<!-- -->/g, "").replace(/&#x27;/g, "'");

  test("the fall in exports 2021→2023 stated on the page and the home card is the annual table's change", () => {
    const row = annual.find(
      (r) => r.year === "2023" && r.flow === "exports" && r.product === "total" && r.unit === "EUR",
    )!;
    const pct = -Number(row.change_from_2021_pct);
    expect(pct).toBeGreaterThan(0);
    const stated = `French exports to Russia fell by ${pct.toFixed(1)}% from 2021`;
    expect(text).toContain(stated);
    const usd = annual.find(
      (r) => r.year === "2023" && r.flow === "exports" && r.product === "total" && r.unit === "USD",
    )!;
    expect(text).toContain(
      `in US dollars at each year's ECB average, they fell by ${(-Number(usd.change_from_2021_pct)).toFixed(1)}%.`,
    );
    expect(readFileSync(path.join(root, "out/en/index.html"), "utf8").replace(/<!-- -->/g, "")).toContain(stated);
  });

  test("the last months stated are the last months of data/fr-ru-monthly.csv", () => {
    const source = rows("data/fr-ru-monthly.csv");
    const last = (flow: string) =>
      source
        .filter((r) => r.flow === flow)
        .map((r) => r.period)
        .sort()
        .pop()!;
    expect([last("exports"), last("imports")]).toEqual(["2024-08", "2022-11"]);
    expect(text).toContain(
      `The last month of French exports to Russia in these sources is ${monthName(last("exports"))}`,
    );
    expect(text).toContain(`No French imports from Russia after ${monthName(last("imports"))} are in these sources.`);
  });

  test("the 2020 IMF/Eurostat table: IMF = DOTS_72.xlsx BK104 (2020, Russian Federation); Eurostat converted here", async () => {
    for (const [sheet, flow] of [
      ["Exports, FOB", "exports"],
      ["Imports, CIF", "imports"],
    ]) {
      expect(await rawCell("DOTS_72.xlsx", sheet, "B104")).toBe("Russian Federation");
      expect(await rawCell("DOTS_72.xlsx", sheet, "BK7")).toBe("2020");
      const imf = (await rawCell("DOTS_72.xlsx", sheet, "BK104")) as number;
      const eur = flow === "exports" ? rawExportsOfYear(2020) : await wbSum(IMPORTS, months(2020));
      const usd = (eur * ecbMean("2020")) / 1e6;
      // each cell's value: its data-value, or a number shown with all its digits read back (components/DataTable.tsx)
      const cells = [...page.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)]
        .map((m) =>
          [...m[1].matchAll(/<td\b([^>]*)>([^<]*)<\/td>/g)].map((c) =>
            cellValue(/data-value="([^"]*)"/.exec(c[1])?.[1], c[2], "en"),
          ),
        )
        .find((c) => c[0] === flow && c.length === 6);
      expect(cells).toBeDefined();
      expect(cells!.slice(1).map(Number)).toEqual([
        imf,
        tenth(eur / 1e6),
        Number(ecbMean("2020").toFixed(6)),
        tenth(usd),
        tenth((usd / imf - 1) * 100),
      ]);
    }
  });
});

describe("optional fields (lib/model/csv-parse.ts)", () => {
  const schema: Schema = {
    file: "x.csv",
    title: { id: "data.claims.title" },
    description: { id: "data.claims.description" },
    fields: [
      { name: "k", type: "string" },
      { name: "v", type: "number", optional: true },
    ],
    primaryKey: ["k"],
    sources: [],
    licence: [],
  };
  test("an empty optional cell reads as null, never 0; an empty required cell still stops", () => {
    expect(parseCsv("x.csv", "k,v\na,\nb,0\n", schema)).toEqual([
      { k: "a", v: null },
      { k: "b", v: 0 },
    ]);
    expect(() => parseCsv("x.csv", "k,v\n,1\n", schema)).toThrow("x.csv:2:1: k is empty");
  });
});

test("where the data stop: Russia's customs figures with France end in the last month of the Rosstat table", () => {
  // the last month with France in the tidy customs CSV, read here with papaparse
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(path.join(__dirname, "..", "data", "russia-customs-main-partners.csv"), "utf8"),
    { header: true, skipEmptyLines: true },
  ).data.filter((r) => r.partner === "FRA" && r.period_type === "month");
  const last = rows
    .map((r) => r.period)
    .sort()
    .pop();
  expect(last).toBe("2021-12");
  const words = since2021Sections(derived(), "en")
    .flatMap((s) => s.paragraphs)
    .join(" ");
  expect(words).toContain("Russia stopped publishing its trade by partner country after 2021");
  expect(words).toContain("end in December 2021");
});

// ---- the page in French: the same numbers and months as the English one ---------------------------------------

/** Month names of each language, typed here (not read from lib/ or Intl), for reading sentences back. */
const MONTHS_READ = {
  en: "January February March April May June July August September October November December".split(" "),
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
};
/**
 * What a sentence states, read back independently: each "<month> <year>" as YYYY-MM, then each number (English
 * `6,416` / `68.1`; French `6 416` with a narrow or plain no-break space, `68,1`), as numbers, in order of appearance.
 */
function stated(text: string, lang: "en" | "fr"): (string | number)[] {
  const out: (string | number)[] = [];
  const months = MONTHS_READ[lang].join("|");
  const num =
    lang === "en"
      ? "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
      : "\\d{1,3}(?:[\\u202f\\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
  const re = new RegExp(`(${months}) (\\d{4})|(${num})`, "g");
  for (const m of text.matchAll(re)) {
    if (m[1]) out.push(`${m[2]}-${String(MONTHS_READ[lang].indexOf(m[1]) + 1).padStart(2, "0")}`);
    else
      out.push(Number(lang === "en" ? m[3].replace(/,/g, "") : m[3].replace(/[\u202f\u00a0]/g, "").replace(",", ".")));
  }
  return out.sort((a, b) => String(a).localeCompare(String(b)));
}
/** Each sentence of the sections, by section id and place (list items, paragraphs, after the table). */
const sentencesOf = (d: Derived, lang: "en" | "fr") =>
  since2021Sections(d, lang).flatMap((s) =>
    [...(s.list ?? []), ...s.paragraphs, ...(s.after ?? [])].map((t, i) => ({ at: `${s.id} #${i + 1}`, t })),
  );

describe("the page in French states the numbers and months of the English page", () => {
  const cases: [string, () => Derived][] = [
    [
      "fixture: a fall",
      () => derivedOf(fixture({ exports: { 2020: 100, 2021: 100, 2022: 50, 2023: 25 }, importsUntil: "2022-06" })),
    ],
    [
      "fixture: a rise, Eurostat equal to the IMF for imports",
      () =>
        derivedOf(
          fixture({ exports: { 2020: 100, 2021: 100, 2023: 110 }, importsUntil: "2021-12", imf: [0.001, 0.003] }),
        ),
    ],
    ["the real data", () => derived()],
  ];
  test.each(cases)("%s: sentence by sentence", (_label, make) => {
    const d = make();
    const en = sentencesOf(d, "en");
    const fr = sentencesOf(d, "fr");
    expect(fr.map((s) => s.at)).toEqual(en.map((s) => s.at));
    for (const [i, s] of en.entries()) {
      expect({ at: s.at, numbers: stated(fr[i].t, "fr") }).toEqual({ at: s.at, numbers: stated(s.t, "en") });
      expect(stated(s.t, "en").length).toBeGreaterThan(0);
    }
  });

  test("the real data: the French facts are the annual CSV's change and the last months of the monthly CSV", () => {
    const annual = rows("out/data/fr-ru-annual-trade.csv");
    const change = (unit: string) =>
      -Number(
        annual.find((r) => r.year === "2023" && r.flow === "exports" && r.product === "total" && r.unit === unit)!
          .change_from_2021_pct,
      );
    const facts = since2021Sections(derived(), "fr").find((s) => s.id === "facts")!.list!;
    // « ont baissé de 68,1 % », narrow no-break space before the sign, decimal comma
    expect(facts[0]).toContain(`ont baissé de ${String(change("EUR")).replace(".", ",")}\u202f% de 2021`);
    expect(facts[0]).toContain(`elles ont baissé de ${String(change("USD")).replace(".", ",")}\u202f%.`);
    expect(facts[1]).toContain("est août 2024 (");
    expect(facts[3]).toContain("est novembre 2022 (");
  });

  test("French table cells: the CSV's value in data-value, its French words shown", () => {
    const html = withPanels(
      path.join(root, "out"),
      readFileSync(path.join(root, "out/fr/charts/since-2021/index.html"), "utf8"),
    );
    const annualTable = /<table id="annual-table"[\s\S]*?<\/table>/.exec(html)![0];
    expect(annualTable).toContain('data-value="exports"');
    expect(annualTable).toMatch(/data-value="exports"[^>]*>exportations</);
    expect(annualTable).toMatch(/data-value="hs27"[^>]*>SH 27 \(combustibles minéraux\)</);
    expect(annualTable).toMatch(/data-value="2021-01 to 2021-08"[^>]*>janvier 2021 à août 2021</);
    expect(annualTable).toMatch(
      /data-value="Eurostat, France-declared \(extracted 2024-11-16\); ECB annual average"[^>]*>Eurostat, déclarations de la France \(extraction du 16 novembre 2024\) ; moyenne annuelle de la BCE</,
    );
    // the monthly figure's own table too
    expect(html).toMatch(/data-value="imports"[^>]*>importations</);
    expect(html).toMatch(
      /data-value="Eurostat, France-declared \(extracted 2023-01-22\); ECB monthly average"[^>]*>Eurostat, déclarations de la France \(extraction du 22 janvier 2023\) ; moyenne mensuelle de la BCE</,
    );
    expect(html).not.toMatch(/>Download CSV \(/);
  });
});
