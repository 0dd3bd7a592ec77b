/**
 * The plausibility rules of lib/extract/plausibility.ts on the real sources: no alarm, every figure of the limits'
 * comments recomputed, and each value of each series multiplied and divided by ten (the ECB's daily rates of
 * 2019–2024, the months of France's trade with Russia), which stops the extraction at that value's line or cell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEcbUsd } from "../lib/extract/ecb-rates";
import { readEurostatExports } from "../lib/extract/eurostat-exports";
import { readRuimpeksWorkbook } from "../lib/extract/eurostat-ruimpeks";
import { franceRussiaMonthly } from "../lib/extract/fr-ru-monthly";
import {
  checkPlausible,
  DAILY_RATE_LIMIT,
  deviations,
  furthest,
  MONTHLY_TRADE_LIMIT,
  type Point,
} from "../lib/extract/plausibility";

const root = path.join(__dirname, "..");
const ECB = "data/raw/ecb-rates/eurofxref-hist.csv";
const ecbText = readFileSync(path.join(root, ECB), "utf8");

const at = (f: ReturnType<typeof furthest>) => f && `${f.point.what} ×${f.factor.toFixed(2)}`;

describe("the ECB's daily rates", () => {
  const rates = parseEcbUsd(ECB, ecbText);
  const points: Point[] = rates.map((r) => ({ what: r.date, value: r.usd_per_eur, where: r.where }));

  test("the real file passes; its furthest rates are those of DAILY_RATE_LIMIT's comment", () => {
    expect(points).toHaveLength(6747);
    expect(at(furthest(points))).toBe("2008-12-18 ×1.05");
    expect(furthest(points)!.point.value).toBe(1.4616);
    expect(furthest(points)!.median).toBeCloseTo(1.3955, 4);
    expect(at(furthest(points.filter((p) => p.what >= "2019" && p.what < "2025")))).toBe("2022-11-10 ×1.02");
    expect(furthest(points)!.factor).toBeLessThan(DAILY_RATE_LIMIT);
  });

  test("a rate typed ten times too large in the file stops the script at its line and column", () => {
    const lines = ecbText.split("\n");
    const i = lines.findIndex((l) => l.startsWith("2022-03-15,"));
    const cells = lines[i].split(",");
    const typed = String(Number(cells[1]) * 10);
    cells[1] = typed;
    lines[i] = cells.join(",");
    expect(() => parseEcbUsd(ECB, lines.join("\n"))).toThrow(
      new RegExp(
        `^${ECB.replace(/[.]/g, "\\.")}:${i + 1}:2: the USD rate of 2022-03-15 is ${typed.replace(".", "\\.")}, a factor 10\\.0 above the median of its neighbours`,
      ),
    );
  });

  test("every rate of 2019–2024 multiplied or divided by ten is caught", () => {
    const missed: string[] = [];
    const recent = points.map((p, i) => [p, i] as const).filter(([p]) => p.what >= "2019" && p.what < "2025");
    for (const [p, i] of recent)
      for (const f of [10, 0.1]) {
        const copy = points.slice(Math.max(0, i - 4), i + 5).map((q) => (q === p ? { ...q, value: q.value * f } : q));
        try {
          checkPlausible(copy, DAILY_RATE_LIMIT, "test");
          missed.push(`${p.what} ×${f}`);
        } catch {
          // caught
        }
      }
    expect(recent.length).toBeGreaterThan(1500);
    expect(missed).toEqual([]);
  });
});

describe("France's monthly trade with Russia", () => {
  let series: Record<string, Point[]>;
  beforeAll(async () => {
    const exportsFiles = readEurostatExports(root, "data/raw/eurostat-eu-exports");
    const workbook = await readRuimpeksWorkbook(
      root,
      "data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx",
    );
    const { rows } = franceRussiaMonthly(exportsFiles.values, workbook); // passes its own plausibility checks
    series = {};
    for (const r of rows)
      (series[`${r.flow} ${r.product}`] ??= []).push({ what: r.period, value: r.value_eur, where: r.period });
  }, 60_000);

  test("the real series: the furthest months of MONTHLY_TRADE_LIMIT's comment; HS 27 exports beyond any rule", () => {
    expect(Object.fromEntries(Object.entries(series).map(([k, s]) => [k, at(furthest(s))]))).toEqual({
      "exports total": "2022-03 ×1.84",
      "exports hs27": "2022-03 ×717.90",
      "imports total": "2020-04 ×2.68",
      "imports hs27": "2020-04 ×2.93",
    });
  });

  test("each month of the series with a rule multiplied or divided by ten is caught (273 of 276), but those named", () => {
    const missed: string[] = [];
    let tries = 0;
    for (const key of ["exports total", "imports total", "imports hs27"])
      series[key].forEach((p, i) => {
        for (const f of [10, 0.1]) {
          tries++;
          const copy = series[key].map((q, j) => (j === i ? { ...q, value: q.value * f } : q));
          try {
            checkPlausible(copy, MONTHLY_TRADE_LIMIT, "test");
            missed.push(`${key} ${p.what} ×${f}`);
          } catch {
            // caught
          }
        }
      });
    expect(tries).toBe(276);
    expect(missed).toEqual(MISSED_MONTHS);
  });

  test("deviations are symmetric in the factor (a value ten times too small is as far as one ten times too large)", () => {
    const d = deviations([
      { what: "a", value: 1, where: "" },
      { what: "b", value: 10, where: "" },
      { what: "c", value: 1, where: "" },
    ]);
    expect(d.map((x) => x?.factor)).toEqual([5.5, 10, 5.5]);
  });
});

/** The slips the monthly rule lets through: months already far from their neighbours, moved back towards them. */
const MISSED_MONTHS: string[] = ["imports total 2020-04 ×10", "imports hs27 2020-04 ×10", "imports hs27 2020-05 ×10"];
