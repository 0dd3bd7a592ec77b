/**
 * Computes the ECB's USD reference rate averages (US dollars per euro) by year and by month from the daily file
 * data/raw/ecb-rates/eurofxref-hist.csv (see its PROVENANCE.md), so that no average is ever typed in: the monthly
 * trade is in euros, and these averages put it on the same basis as the USD figures elsewhere on the site.
 * Why strict: the file is wide (one column per currency), so the USD column is found by its header and its absence
 * stops the script; a rate that is not a number stops it too, except the file's own marker of no rate, "N/A". Dates
 * must go strictly down (the file runs newest first), so a row out of order or repeated cannot count twice.
 * No rate may lie more than 10 % from the median of its neighbours (./plausibility.ts). Every error names
 * file:line:column.
 */
import { checkPlausible, DAILY_RATE_LIMIT } from "./plausibility";

export const ECB_NOT_AVAILABLE = "N/A";

export interface DailyRate {
  date: string;
  usd_per_eur: number;
  /** file:line:column of the rate */
  where: string;
}

export interface RateAverage extends Record<string, string | number> {
  period: string;
  period_type: "year" | "month";
  usd_per_eur: number;
  days: number;
}

/** The daily USD rates of the file's text (LF or CRLF lines), oldest first. */
export function parseEcbUsd(file: string, text: string): DailyRate[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const header = (lines[0] ?? "").split(",");
  if (header[0] !== "Date")
    throw new Error(`${file}:1:1: first column is ${JSON.stringify(header[0])}, expected "Date"`);
  const usd = header.indexOf("USD");
  if (usd < 0) throw new Error(`${file}:1: no "USD" column in the header (${header.filter(Boolean).length} columns)`);
  const rates: DailyRate[] = [];
  let previous: { date: string; line: number } | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const cells = lines[i].split(",");
    if (cells.length !== header.length)
      throw new Error(`${file}:${line}: ${cells.length} columns, expected ${header.length} as in the header`);
    const date = cells[0];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
      throw new Error(`${file}:${line}:1: ${JSON.stringify(date)} is not a date like 2024-01-31`);
    if (previous && date >= previous.date)
      throw new Error(
        `${file}:${line}:1: date ${date} out of order after ${previous.date} (line ${previous.line}); dates go down, newest first`,
      );
    previous = { date, line };
    const cell = cells[usd];
    if (cell === ECB_NOT_AVAILABLE) continue;
    if (!/^\d+(\.\d+)?$/.test(cell) || !(Number(cell) > 0))
      throw new Error(
        `${file}:${line}:${usd + 1}: USD rate ${JSON.stringify(cell)} is not a number ("${ECB_NOT_AVAILABLE}" is the only marker of no rate)`,
      );
    rates.push({ date, usd_per_eur: Number(cell), where: `${file}:${line}:${usd + 1}` });
  }
  rates.reverse();
  checkPlausible(
    rates.map((r) => ({ what: `the USD rate of ${r.date}`, value: r.usd_per_eur, where: r.where })),
    DAILY_RATE_LIMIT,
    "the rule for a day's rate",
  );
  return rates;
}

/** Mean of the daily rates, rounded to 6 decimals. */
const mean6 = (xs: readonly number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e6) / 1e6;

/**
 * One average per year yearMin..yearMax and per month of those years, ordered by period ("2019", "2019-01", …).
 * A year or month without any rate stops (the file would not cover the years asked for).
 */
export function usdAverages(
  file: string,
  rates: readonly DailyRate[],
  yearMin: number,
  yearMax: number,
): RateAverage[] {
  const groups = new Map<string, number[]>();
  for (const { date, usd_per_eur } of rates) {
    const year = Number(date.slice(0, 4));
    if (year < yearMin || year > yearMax) continue;
    for (const period of [date.slice(0, 4), date.slice(0, 7)]) {
      const list = groups.get(period) ?? [];
      list.push(usd_per_eur);
      groups.set(period, list);
    }
  }
  const out: RateAverage[] = [];
  for (let year = yearMin; year <= yearMax; year++)
    for (const period of [
      String(year),
      ...Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`),
    ]) {
      const list = groups.get(period);
      if (!list) throw new Error(`${file}: no USD rate in ${period}`);
      out.push({
        period,
        period_type: period.length === 4 ? "year" : "month",
        usd_per_eur: mean6(list),
        days: list.length,
      });
    }
  return out;
}
