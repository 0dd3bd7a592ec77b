/**
 * France's trade with Russia since the article, from Eurostat's monthly figures (data/fr-ru-monthly.csv, euros) and
 * the ECB's USD averages (data/ecb-usd-per-eur.csv): the monthly series in EUR and in USD (each month at its monthly
 * average rate), the annual totals by year and source with the change from 2021, Table 1's Eurostat basis (full years
 * only, at the annual average rate), and the facts the page states (computed here, never typed). Why one module: the
 * conversion rule and the "full year" rule must be the same in the chart, the tables, the CSVs and the words.
 */
import type { Dataset, MonthlyRecord } from "../model/load";
import { BASE_YEAR, EUROSTAT_BASIS, FRANCE, RUSSIA, YEAR_MAX } from "../model/constants";
import { round1 } from "../format";
import { indexTrade } from "./trade-index";

export { BASE_YEAR, EUROSTAT_BASIS };
export const UNITS = ["EUR", "USD"] as const;
export type Unit = (typeof UNITS)[number];
export type MonthlyFlow = MonthlyRecord["flow"];
export type MonthlyProduct = MonthlyRecord["product"];

/** The day each raw source of data/fr-ru-monthly.csv was extracted (its PROVENANCE.md). */
export const SOURCE_EXTRACTED: Record<string, string> = {
  "eurostat-eu-exports": "2024-11-16",
  "eurostat-ruimpeks": "2023-01-22",
};
/** What each raw source is, in the words of the CSVs' source column (English: the CSVs are machine-readable). */
export const SOURCE_TEXT: Record<string, string> = Object.fromEntries(
  Object.entries(SOURCE_EXTRACTED).map(([id, day]) => [id, `Eurostat, France-declared (extracted ${day})`]),
);
/** The ECB average a USD row is converted at: none on EUR rows. */
export type Conversion = "monthly" | "annual";
export const CONVERSION_TEXT: Record<Conversion, string> = {
  monthly: "ECB monthly average",
  annual: "ECB annual average",
};

export function sourceText(source: string, conversion?: Conversion): string {
  const text = SOURCE_TEXT[source];
  if (!text) throw new Error(`fr-ru-monthly: unknown source "${source}"`);
  return conversion ? `${text}; ${CONVERSION_TEXT[conversion]}` : text;
}

/** Every text the source column can hold, with what it is made of (so another language can word the same cell). */
export function sourceTexts(): { text: string; source: string; conversion?: Conversion }[] {
  return Object.keys(SOURCE_TEXT).flatMap((source) =>
    [undefined, "monthly" as const, "annual" as const].map((conversion) => ({
      text: sourceText(source, conversion),
      source,
      conversion,
    })),
  );
}

/** A row of fr-ru-monthly-trade.csv: one month of one flow and product in one unit. */
export interface MonthlyTradeRow {
  [k: string]: string | number | null;
  period: string;
  flow: MonthlyFlow;
  product: MonthlyProduct;
  unit: Unit;
  /** euros as declared, or US dollars rounded to the dollar */
  value: number;
  /** the ECB monthly average used (USD rows); null on EUR rows */
  usd_per_eur: number | null;
  source: string;
}

/** A row of fr-ru-annual-trade.csv: one year (or the months of it that exist) of one flow and product in one unit. */
export interface AnnualTradeRow {
  [k: string]: string | number | null;
  year: number;
  flow: MonthlyFlow;
  product: MonthlyProduct;
  unit: Unit;
  months: number;
  value_m: number;
  usd_per_eur: number | null;
  change_from_2021_pct: number;
  compared_with: string;
  source: string;
}

export interface ImfEurostatRow {
  [k: string]: string | number;
  flow: MonthlyFlow;
  imf_usd_m: number;
  eurostat_eur_m: number;
  usd_per_eur: number;
  eurostat_usd_m: number;
  difference_pct: number;
}

export interface MonthlyFacts {
  /** French exports to Russia, EUR, BASE_YEAR and `to`, and the change in percent (1 decimal) */
  exportsChange: { from: number; to: number; fromEur: number; toEur: number; pct: number };
  firstMonth: Record<MonthlyFlow, string>;
  lastMonth: Record<MonthlyFlow, string>;
  /** the last month of each flow with its value in euros */
  lastValue: Record<MonthlyFlow, number>;
  /** HS 27's share of French imports from Russia in BASE_YEAR, percent (1 decimal) */
  hs27ShareOfImports: { year: number; pct: number };
  /** France's 2020 trade with Russia: IMF (USD, France-declared) beside Eurostat (EUR, converted) */
  imfVsEurostat: { year: number; rows: ImfEurostatRow[] };
  /** the change of exports from BASE_YEAR to exportsChange.to in US dollars, as the annual table has it (USD row) */
  exportsChangeUsdPct: number;
  /** Eurostat in USD against the IMF, percent, by flow (the comparison table's difference_pct) */
  imfDifferencePct: Record<MonthlyFlow, number>;
  /** the last month of Russia's customs figures with France (data/russia-customs-main-partners.csv) */
  customsEnd: string;
}

/** Percent change rounded to 0.1; a change that rounds to zero is 0, never -0 (which a CSV would write as "0" but a
 *  sentence could call a fall). */
const pctChange = (from: number, to: number) => round1((to / from - 1) * 100) || 0;

/** The ECB average of a year ("2021") or a month ("2021-03"); a missing one stops the build. */
export function usdPerEur(ds: Dataset, period: string): number {
  const r = ds.usdPerEur.find((x) => x.period === period);
  if (!r) throw new Error(`ecb-usd-per-eur.csv has no average for ${period}`);
  return r.usd_per_eur;
}

/** The series of one flow and product, in period order. */
export function series(ds: Dataset, flow: MonthlyFlow, product: MonthlyProduct): MonthlyRecord[] {
  return ds.monthly
    .filter((r) => r.reporter === FRANCE && r.partner === RUSSIA && r.flow === flow && r.product === product)
    .sort((a, b) => a.period.localeCompare(b.period));
}

export const SERIES_KEYS: readonly [MonthlyFlow, MonthlyProduct][] = [
  ["exports", "total"],
  ["imports", "total"],
  ["imports", "hs27"],
  ["exports", "hs27"],
];

export function monthlyTrade(ds: Dataset): MonthlyTradeRow[] {
  const rows: MonthlyTradeRow[] = [];
  for (const unit of UNITS)
    for (const r of [...ds.monthly].sort(
      (a, b) => a.period.localeCompare(b.period) || a.flow.localeCompare(b.flow) || b.product.localeCompare(a.product),
    )) {
      const rate = unit === "USD" ? usdPerEur(ds, r.period) : null;
      rows.push({
        period: r.period,
        flow: r.flow,
        product: r.product,
        unit,
        value: rate === null ? r.value_eur : Math.round(r.value_eur * rate),
        usd_per_eur: rate,
        source: sourceText(r.source, rate === null ? undefined : "monthly"),
      });
    }
  return rows;
}

interface YearTotal {
  year: number;
  months: string[];
  eur: number;
  source: string;
}

/** The totals of a series by calendar year, with the months each holds (a year may be partial). */
function yearTotals(list: readonly MonthlyRecord[]): YearTotal[] {
  const byYear = new Map<number, YearTotal>();
  for (const r of list) {
    const year = Number(r.period.slice(0, 4));
    const t = byYear.get(year) ?? { year, months: [], eur: 0, source: r.source };
    if (t.source !== r.source)
      throw new Error(`fr-ru-monthly: ${r.flow} ${r.product} ${year} mixes sources ${t.source} and ${r.source}`);
    t.months.push(r.period.slice(5));
    t.eur += r.value_eur;
    byYear.set(year, t);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** "2021" for a full year, else the same months of 2021 ("2021-01 to 2021-08"), which the change compares with. */
function comparedWith(months: readonly string[]): string {
  if (months.length === 12) return String(BASE_YEAR);
  const m = [...months].sort();
  const contiguous = m.every((x, i) => i === 0 || Number(x) === Number(m[i - 1]) + 1);
  if (!contiguous) throw new Error(`annual totals: months ${m.join(", ")} are not contiguous`);
  return `${BASE_YEAR}-${m[0]} to ${BASE_YEAR}-${m[m.length - 1]}`;
}

export function annualTrade(ds: Dataset): AnnualTradeRow[] {
  const rows: AnnualTradeRow[] = [];
  for (const unit of UNITS)
    for (const [flow, product] of SERIES_KEYS) {
      const list = series(ds, flow, product);
      const base = list.filter((r) => r.period.startsWith(`${BASE_YEAR}-`));
      if (base.length !== 12) throw new Error(`annual totals: ${flow} ${product} has ${base.length} months in 2021`);
      const inUnit = (eur: number, year: number) => (unit === "USD" ? eur * usdPerEur(ds, String(year)) : eur);
      for (const t of yearTotals(list)) {
        const baseEur = base.filter((r) => t.months.includes(r.period.slice(5))).reduce((a, r) => a + r.value_eur, 0);
        rows.push({
          year: t.year,
          flow,
          product,
          unit,
          months: t.months.length,
          value_m: round1(inUnit(t.eur, t.year) / 1e6),
          usd_per_eur: unit === "USD" ? usdPerEur(ds, String(t.year)) : null,
          change_from_2021_pct: pctChange(inUnit(baseEur, BASE_YEAR), inUnit(t.eur, t.year)),
          compared_with: comparedWith(t.months),
          source: sourceText(t.source, unit === "USD" ? "annual" : undefined),
        });
      }
    }
  return rows;
}

/**
 * Table 1's Eurostat basis: France's total exports to and imports from Russia by full calendar year (all twelve
 * months present), in USD millions at the ECB annual average. A flow without a full year is null (no bar, no total):
 * never a partial year, never filled from another source.
 */
export function eurostatBilateral(ds: Dataset): {
  year: number;
  exp: number | null;
  imp: number | null;
}[] {
  const full = (flow: MonthlyFlow) =>
    new Map(
      yearTotals(series(ds, flow, "total"))
        .filter((t) => t.months.length === 12)
        .map((t) => [t.year, (t.eur / 1e6) * usdPerEur(ds, String(t.year))]),
    );
  const exp = full("exports");
  const imp = full("imports");
  const years = [...new Set([...exp.keys(), ...imp.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({ year, exp: exp.get(year) ?? null, imp: imp.get(year) ?? null }));
}

/** The facts of the monthly page: exports compared from BASE_YEAR to the last full year of exports in the data (the
 *  takeaways compare the same two years), and the IMF's last year (YEAR_MAX) beside Eurostat. */
export function monthlyFacts(ds: Dataset, annual: readonly AnnualTradeRow[]): MonthlyFacts {
  const fullYears = annual
    .filter((x) => x.unit === "EUR" && x.flow === "exports" && x.product === "total" && x.months === 12)
    .map((x) => x.year);
  const toYear = Math.max(...fullYears);
  const eurRow = (year: number, flow: MonthlyFlow, product: MonthlyProduct) => {
    const r = annual.find(
      (x) => x.unit === "EUR" && x.year === year && x.flow === flow && x.product === product && x.months === 12,
    );
    if (!r) throw new Error(`monthly facts: no full year ${year} of ${flow} (${product})`);
    return r;
  };
  const total = (flow: MonthlyFlow, product: MonthlyProduct, year: number) =>
    series(ds, flow, product)
      .filter((r) => r.period.startsWith(`${year}-`))
      .reduce((a, r) => a + r.value_eur, 0);
  eurRow(BASE_YEAR, "exports", "total");
  eurRow(toYear, "exports", "total");
  const ends = (flow: MonthlyFlow) => {
    const list = series(ds, flow, "total");
    if (list.length === 0) throw new Error(`monthly facts: no ${flow}`);
    return { first: list[0].period, last: list[list.length - 1] };
  };
  const ex = ends("exports");
  const im = ends("imports");
  eurRow(BASE_YEAR, "imports", "hs27");
  const imfYear = YEAR_MAX;
  const imf = indexTrade(ds.trade.FRA);
  const rate = usdPerEur(ds, String(imfYear));
  const imfRows = (["exports", "imports"] as const).map((flow) => {
    const usd = imf.value(RUSSIA, imfYear, flow);
    if (usd === undefined) throw new Error(`monthly facts: no IMF France-declared ${flow} for ${imfYear}`);
    eurRow(imfYear, flow, "total");
    const eur = total(flow, "total", imfYear) / 1e6;
    return {
      flow,
      imf_usd_m: usd,
      eurostat_eur_m: round1(eur),
      usd_per_eur: rate,
      eurostat_usd_m: round1(eur * rate),
      difference_pct: pctChange(usd, eur * rate),
    };
  });
  const usdRow = annual.find(
    (x) => x.year === toYear && x.flow === "exports" && x.product === "total" && x.unit === "USD" && x.months === 12,
  );
  if (!usdRow) throw new Error(`monthly facts: no full year ${toYear} of exports in USD in the annual totals`);
  const customsEnd = ds.customs
    .filter((r) => r.partner === FRANCE && r.period_type === "month")
    .map((r) => r.period)
    .sort()
    .at(-1);
  if (!customsEnd) throw new Error("monthly facts: no monthly customs figures with France");
  const difference = (flow: MonthlyFlow) => imfRows.find((r) => r.flow === flow)!.difference_pct;
  return {
    exportsChange: {
      from: BASE_YEAR,
      to: toYear,
      fromEur: total("exports", "total", BASE_YEAR),
      toEur: total("exports", "total", toYear),
      pct: pctChange(total("exports", "total", BASE_YEAR), total("exports", "total", toYear)),
    },
    firstMonth: { exports: ex.first, imports: im.first },
    lastMonth: { exports: ex.last.period, imports: im.last.period },
    lastValue: { exports: ex.last.value_eur, imports: im.last.value_eur },
    hs27ShareOfImports: {
      year: BASE_YEAR,
      pct: round1((total("imports", "hs27", BASE_YEAR) / total("imports", "total", BASE_YEAR)) * 100),
    },
    imfVsEurostat: { year: imfYear, rows: imfRows },
    exportsChangeUsdPct: usdRow.change_from_2021_pct,
    imfDifferencePct: { exports: difference("exports"), imports: difference("imports") },
    customsEnd,
  };
}
