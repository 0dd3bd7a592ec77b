/**
 * France's monthly goods trade with Russia, in euros, from the two Eurostat sources (lib/extract/eurostat-exports.ts,
 * lib/extract/eurostat-ruimpeks.ts), as tidy rows for data/fr-ru-monthly.csv. Why a module of its own: the two
 * sources overlap (France's total exports, 2020-01 to 2022-11), and one row per month and flow must come out.
 * Rule: total exports come from the exports files (2019-01 to 2024-08, extracted 2024-11-16, the later vintage);
 * the workbook (extracted 2023-01-22) gives imports (total and HS 27) and HS 27 exports, 2020-01 to 2022-11. Its total
 * exports are not written but cross-checked against the exports files: 2020 and 2021 must be equal to the euro (they
 * are: every month), and 2022 may differ by Eurostat's revisions between the two extractions, within
 * REVISION_TOLERANCE (observed: at most 1.28 %, 2022-05); anything else stops the script, naming both cells.
 * Each series must also be complete over its months (a ":" in the middle of a series stops the script).
 */
import { checkPlausible, MONTHLY_TRADE_LIMIT } from "./plausibility";
import type { ExportValue } from "./eurostat-exports";
import type { Flow, Product, RuimpeksValue } from "./eurostat-ruimpeks";
import { nextMonth } from "./eurostat-reporters";

export const FRANCE = "FRA";
export const RUSSIA = "RUS";
/** Largest relative gap allowed between the two extractions' France → Russia total exports in a month of 2022. */
export const REVISION_TOLERANCE = 0.02;
/** Months before this one were final when the workbook was extracted: the two sources must agree exactly. */
export const FINAL_BEFORE = "2022-01";
export const EXPORTS_MONTHS = { first: "2019-01", last: "2024-08" } as const;
export const RUIMPEKS_MONTHS = { first: "2020-01", last: "2022-11" } as const;

export const SOURCE_EXPORTS = "eurostat-eu-exports";
export const SOURCE_RUIMPEKS = "eurostat-ruimpeks";

export interface MonthlyRow extends Record<string, string | number> {
  reporter: string;
  partner: string;
  period: string;
  flow: Flow;
  product: Product;
  value_eur: number;
  source: string;
}

function months(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

export interface CrossCheck {
  compared: number;
  equal: number;
  maxRelativeGap: number;
  maxGapPeriod: string;
}

export function franceRussiaMonthly(
  exportsValues: ReadonlyMap<string, ExportValue>,
  ruimpeks: readonly RuimpeksValue[],
): { rows: MonthlyRow[]; crossCheck: CrossCheck } {
  const rows: MonthlyRow[] = [];
  for (const period of months(EXPORTS_MONTHS.first, EXPORTS_MONTHS.last)) {
    const v = exportsValues.get(`${FRANCE}|${period}`);
    if (!v) throw new Error(`France's exports to Russia: no value for ${period} in the exports files`);
    rows.push({
      reporter: FRANCE,
      partner: RUSSIA,
      period,
      flow: "exports",
      product: "total",
      value_eur: v.value_eur,
      source: SOURCE_EXPORTS,
    });
  }
  const fromWorkbook = new Map<string, RuimpeksValue>();
  for (const v of ruimpeks) if (v.reporter === FRANCE) fromWorkbook.set(`${v.flow}|${v.product}|${v.period}`, v);

  const check: CrossCheck = { compared: 0, equal: 0, maxRelativeGap: 0, maxGapPeriod: "" };
  for (const [flow, product] of [
    ["exports", "total"],
    ["exports", "hs27"],
    ["imports", "total"],
    ["imports", "hs27"],
  ] as const)
    for (const period of months(RUIMPEKS_MONTHS.first, RUIMPEKS_MONTHS.last)) {
      const v = fromWorkbook.get(`${flow}|${product}|${period}`);
      if (!v) throw new Error(`France–Russia ${flow} (${product}): no value for ${period} in the workbook`);
      if (flow === "exports" && product === "total") {
        const other = exportsValues.get(`${FRANCE}|${period}`)!;
        const gap = Math.abs(other.value_eur - v.value_eur) / v.value_eur;
        check.compared++;
        if (gap === 0) check.equal++;
        if (gap > check.maxRelativeGap) Object.assign(check, { maxRelativeGap: gap, maxGapPeriod: period });
        if (period < FINAL_BEFORE ? gap !== 0 : gap > REVISION_TOLERANCE)
          throw new Error(
            `France's exports to Russia, ${period}: ${v.value_eur} at ${v.at} conflicts with ${other.value_eur} at ${other.at}` +
              (period < FINAL_BEFORE
                ? "; the two Eurostat sources must agree before 2022"
                : ` (gap ${(gap * 100).toFixed(2)} %, more than ${REVISION_TOLERANCE * 100} %)`),
          );
        continue;
      }
      rows.push({
        reporter: FRANCE,
        partner: RUSSIA,
        period,
        flow,
        product,
        value_eur: v.value_eur,
        source: SOURCE_RUIMPEKS,
      });
    }
  // each series but HS 27 exports (./plausibility.ts says why) against its neighbouring months
  checkPlausible(
    months(EXPORTS_MONTHS.first, EXPORTS_MONTHS.last).map((period) => {
      const v = exportsValues.get(`${FRANCE}|${period}`)!;
      return { what: `France's exports to Russia in ${period}`, value: v.value_eur, where: v.at };
    }),
    MONTHLY_TRADE_LIMIT,
    "the rule for a month's trade",
  );
  for (const product of ["total", "hs27"] as const)
    checkPlausible(
      months(RUIMPEKS_MONTHS.first, RUIMPEKS_MONTHS.last).map((period) => {
        const v = fromWorkbook.get(`imports|${product}|${period}`)!;
        return { what: `France's imports (${product}) from Russia in ${period}`, value: v.value_eur, where: v.at };
      }),
      MONTHLY_TRADE_LIMIT,
      "the rule for a month's trade",
    );
  rows.sort(
    (a, b) => a.period.localeCompare(b.period) || a.flow.localeCompare(b.flow) || b.product.localeCompare(a.product),
  );
  return { rows, crossCheck: check };
}
