/**
 * A value far outside its neighbours, such as a daily ECB rate typed ten times too large (it moves a monthly mean by
 * 43 %), passes every check of form and range. Each series read by `npm run data` that can bear one gets a rule
 * derived from the real data: a value may not lie further than a factor from the median of its neighbours (two before
 * and two after, fewer at the ends). The limits and the real figures they come from are below; the first value
 * outside stops the script at its place (file:line:column or workbook cell). __tests__/plausibility.test.ts
 * recomputes every figure and multiplies or divides each value by ten.
 */

/** How many neighbours on each side a value is compared with. */
export const NEIGHBOURS = 2;

/**
 * A day's USD rate against the median of its neighbours: at most 10 % away. In the ECB's file (6,747 daily rates,
 * 1999–2025) the furthest is 4.7 % (2008-12-18: 1.4616 against 1.3955); in 2019–2024, the years the site uses,
 * 2.2 % (2022-11-10). A rate typed 10 times too large or too small is 900 % or 90 % away.
 */
export const DAILY_RATE_LIMIT = 1.1;

/**
 * A month of France's trade with Russia against the median of its neighbouring months: at most a factor 5 either
 * way. The real series reach: total exports a factor 1.84 (2022-03, the month after the invasion: EUR 196 m against
 * 361 m), total imports 2.68 (2020-04, the first lockdown: EUR 211 m against 565 m), mineral-fuel (HS 27) imports
 * 2.93 (2020-04). France's HS 27 exports to Russia get no rule: tiny and erratic, they fall by a factor of 717 in
 * 2022-03 (EUR 686 against 492,483), further than any typing slip would take them. Every month of the three series
 * with a rule, multiplied or divided by ten, is caught (273 of 276) but three lockdown months multiplied by ten
 * (imports 2020-04, HS 27 imports 2020-04 and 2020-05), which that brings back towards their neighbours.
 */
export const MONTHLY_TRADE_LIMIT = 5;

export interface Point {
  /** what the value is, for the message: "USD rate on 2022-11-10", "France's exports to Russia, 2022-03" */
  what: string;
  value: number;
  /** where it was read: file:line:column or file [sheet]!cell */
  where: string;
}

/** Each point's factor from the median of its neighbours in `series` (in order); undefined where not comparable. */
export function deviations(series: readonly Point[]): ({ point: Point; median: number; factor: number } | undefined)[] {
  return series.map((point, i) => {
    const around = [...series.slice(Math.max(0, i - NEIGHBOURS), i), ...series.slice(i + 1, i + 1 + NEIGHBOURS)]
      .map((p) => p.value)
      .sort((a, b) => a - b);
    if (around.length === 0 || point.value <= 0) return undefined;
    const mid = around.length / 2;
    const median = around.length % 2 ? around[Math.floor(mid)] : (around[mid - 1] + around[mid]) / 2;
    if (median <= 0) return undefined;
    return { point, median, factor: Math.max(point.value / median, median / point.value) };
  });
}

/** The point of `series` furthest from its neighbours' median. */
export function furthest(series: readonly Point[]) {
  return deviations(series).reduce((a, b) => (b && (!a || b.factor > a.factor) ? b : a), undefined);
}

/** Throws at the place of the first value of `series` further than `limit` from its neighbours' median. */
export function checkPlausible(series: readonly Point[], limit: number, rule: string): void {
  const found = deviations(series).find((d) => d && d.factor > limit);
  if (!found) return;
  const { point, median, factor } = found;
  throw new Error(
    `${point.where}: ${point.what} is ${point.value}, a factor ${factor.toPrecision(3)} ` +
      `${point.value > median ? "above" : "below"} the median of its neighbours (${median}); ${rule} allows ${limit} ` +
      `(lib/extract/plausibility.ts). A typing slip?`,
  );
}
