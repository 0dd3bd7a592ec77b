/**
 * Sentence builders of the takeaways: each figure states in two or three sentences what its chart shows. Every
 * number comes from the rows the chart and table draw (comparisons from lib/derive/movers.ts), formatted as the
 * table formats it, never typed. The words a sentence needs beyond these patterns (who, what, units) are passed in
 * by the figure's file, so a language parameter later touches these builders and the figure files, not the writers.
 */
import type { BilateralRow } from "../derive/bilateral";
import type { AnnualTradeRow, MonthlyFacts } from "../derive/monthly";
import { competitionRanks, largestMoves, rankMoves, type Ranked } from "../derive/movers";
import { formatNumber, ordinal } from "../format";

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** An amount in USD millions as the tables print it (one decimal). */
export const usdMillions = (v: number) => `USD ${formatNumber(v, 1)} million`;

/** Table 1: exports and imports at both ends of the period, the peak of total trade, and the balance. A view with
 *  missing years (the Eurostat view has exports for more full years than imports) states each flow over the years it
 *  has, and the total and balance over the years that have both. */
export function bilateralTakeaways(rows: readonly BilateralRow[], viewLabel: string): string[] {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const ends = (key: "fr_exports_usd_m" | "fr_imports_usd_m" | "total_usd_m") => {
    const has = sorted.filter((r) => r[key] !== null);
    const first = has[0];
    const last = has[has.length - 1];
    if (!first || !last || first === last) throw new Error(`bilateral takeaways: need two years of ${key}`);
    return { has, first, last, v: (r: BilateralRow) => r[key] as number };
  };
  const exp = ends("fr_exports_usd_m");
  const imp = ends("fr_imports_usd_m");
  const tot = ends("total_usd_m");
  const sameYears = exp.first.year === imp.first.year && exp.last.year === imp.last.year;
  const importsPart = sameYears
    ? `French imports from Russia were ${usdMillions(imp.v(imp.first))} and ${usdMillions(imp.v(imp.last))}`
    : `French imports from Russia were ${usdMillions(imp.v(imp.first))} in ${imp.first.year} and ${usdMillions(imp.v(imp.last))} in ${imp.last.year}`;
  const peak = tot.has.reduce((p, r) => (tot.v(r) > tot.v(p) ? r : p));
  const balances = tot.has.map((r) => ({ year: r.year, b: r.balance_usd_m as number }));
  const lastBalance = balances[balances.length - 1]!;
  const deficits = balances.filter((r) => r.b < 0).length;
  const n = balances.length;
  const balance = (v: number) =>
    v < 0 ? `a deficit of ${usdMillions(-v)}` : v > 0 ? `a surplus of ${usdMillions(v)}` : "balanced";
  const years =
    n === tot.last.year - tot.first.year + 1
      ? `years from ${tot.first.year} to ${tot.last.year}`
      : `years with both flows (${joinList(balances.map((r) => String(r.year)))})`;
  return [
    `${viewLabel} figures: French exports to Russia were ${usdMillions(exp.v(exp.first))} in ${exp.first.year} and ${usdMillions(exp.v(exp.last))} in ${exp.last.year}; ${importsPart}.`,
    `Total trade peaked in ${peak.year} at ${usdMillions(tot.v(peak))}; in ${tot.last.year} it was ${usdMillions(tot.v(tot.last))}.`,
    `France's balance with Russia was in deficit in ${deficits === n ? `each of the ${n}` : `${deficits} of the ${n}`} ${years}; in ${lastBalance.year} it was ${balance(lastBalance.b)}.`,
  ];
}

export interface RankingWords {
  /** the reporter whose partners are ranked ("France") */
  reporter: string;
  /** the highlighted partner's code, and its name */
  highlight: string;
  highlightName: string;
  /** what a ranked partner is ("trading partner", "supplier") */
  noun: string;
  /** what the amount measures, after it ("of total trade") */
  measure: string;
  /** the row field holding that amount */
  valueKey: string;
  /** the chart's top N, and how deep the published ranking goes */
  top: number;
  depth: number;
  years: { a: number; b: number };
  /** the statistical basis of the view, opening the first sentence ("Partner-declared (mirror): …") */
  basis?: string;
}

/** Tables 2 and 3: the highlighted partner's rank in both years with its amounts, the leaders, the largest movers. */
export function rankingTakeaways(rows: readonly (Ranked & Record<string, unknown>)[], w: RankingWords): string[] {
  const { a, b } = w.years;
  const amount = (r: Record<string, unknown>) => usdMillions(Number(r[w.valueKey]));
  const at = (year: number) => rows.find((r) => r.year === year && r.partner === w.highlight);
  const leader = (year: number) => rows.find((r) => r.year === year && r.rank === 1);
  const [ha, hb] = [at(a), at(b)];
  const first = ha
    ? `was ${w.reporter}'s ${ordinal(ha.rank)} ${w.noun} in ${a} (${amount(ha)} ${w.measure})`
    : `was outside ${w.reporter}'s top ${w.depth} in ${a}`;
  const second = hb ? `its ${ordinal(hb.rank)} in ${b} (${amount(hb)})` : `outside its top ${w.depth} in ${b}`;
  const sentences = [`${w.basis ? `${w.basis}: ` : ""}${w.highlightName} ${first} and ${second}.`];
  const [la, lb] = [leader(a), leader(b)];
  if (la && lb) {
    sentences.push(
      la.partner === lb.partner
        ? `${lb.name} was ${w.reporter}'s first ${w.noun} in both years (${amount(la)} in ${a}, ${amount(lb)} in ${b}).`
        : `${w.reporter}'s first ${w.noun} was ${la.name} in ${a} (${amount(la)}) and ${lb.name} in ${b} (${amount(lb)}).`,
    );
  }
  const { up, down } = largestMoves(rankMoves(rows, a, b, w.top));
  const move = (m: NonNullable<typeof up>, verb: string) =>
    `${m.name} ${verb} most (${ordinal(m.from)} in ${a}, ${ordinal(m.to)} in ${b})`;
  const moves = [up && move(up, "climbed"), down && move(down, "fell")].filter((s): s is string => !!s);
  if (moves.length) sentences.push(`Among the top ${w.top} of either year, ${joinList(moves)}.`);
  return sentences;
}

export interface GroupedRow {
  year: number;
  code: string;
  name: string;
  value: number;
}
export interface GroupedWords {
  /** what the bars' countries are, plural ("source countries", "counterparts") */
  what: string;
  /** an amount as the table prints it ("22 projects", "USD 1.4 bn") */
  amount: (v: number) => string;
  highlight: string;
  highlightName: string;
  /** what a negative value means, when one can be ("net disinvestment") */
  negative?: string;
  /** how the all-countries total reads ("All source countries together had") */
  totalWords: string;
}

/**
 * The FDI charts: the highlighted country's rank among the countries shown in each year it has a value (ties
 * named), the first country each year, then either the negative values or the all-countries totals.
 */
export function groupedTakeaways(
  shown: readonly GroupedRow[],
  totals: readonly GroupedRow[],
  w: GroupedWords,
): string[] {
  const years = [...new Set(shown.map((r) => r.year))].sort((p, q) => p - q);
  const ranked = new Map(
    years.map((y) => [
      y,
      competitionRanks(
        shown.filter((r) => r.year === y),
        (r) => r.value,
      ),
    ]),
  );
  const count = new Set(shown.map((r) => r.code)).size;
  const hl = years.flatMap((y) => {
    const r = ranked.get(y)!.find((x) => x.code === w.highlight);
    if (!r) return [];
    const tied = ranked
      .get(y)!
      .filter((x) => x.rank === r.rank && x.code !== r.code)
      .map((x) => x.name);
    return [`${ordinal(r.rank)} in ${y} (${w.amount(r.value)}${tied.length ? `, tied with ${joinList(tied)}` : ""})`];
  });
  const missing = years.filter((y) => !ranked.get(y)!.some((x) => x.code === w.highlight));
  const sentences = [
    `Among the ${count} ${w.what} shown, ${w.highlightName} ranked ${joinList(hl)}${missing.length ? `; the sources give no ${w.highlightName} figure for ${joinList(missing.map(String))}` : ""}.`,
  ];
  const firsts = years.map((y) => ({ y, top: ranked.get(y)!.filter((x) => x.rank === 1) }));
  const names = (top: GroupedRow[]) => joinList(top.map((x) => x.name));
  const sameLeader = new Set(firsts.map((f) => names(f.top))).size === 1;
  sentences.push(
    sameLeader
      ? `${names(firsts[0].top)} came first in every year shown (${joinList(firsts.map((f) => `${w.amount(f.top[0].value)} in ${f.y}`))}).`
      : `The largest figure came from ${joinList(firsts.map((f) => `${names(f.top)} in ${f.y} (${w.amount(f.top[0].value)})`))}.`,
  );
  const negatives = shown.filter((r) => r.value < 0).sort((p, q) => p.year - q.year || p.name.localeCompare(q.name));
  if (w.negative && negatives.length) {
    sentences.push(
      `Values below zero (${w.negative}): ${joinList(negatives.map((r) => `${r.name} in ${r.year} (${w.amount(r.value)})`))}.`,
    );
  } else if (totals.length) {
    const t = [...totals].sort((p, q) => p.year - q.year);
    sentences.push(`${w.totalWords} ${joinList(t.map((r) => `${w.amount(r.value)} in ${r.year}`))}.`);
  }
  return sentences;
}

/** An amount in millions of a currency, one decimal, as the annual table prints it. */
const millionsOf = (unit: string, v: number) => `${unit} ${formatNumber(v, 1)} million`;

/** "November 2022" from "2022-11". */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export function monthName(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !name) throw new Error(`not a month: ${period}`);
  return `${name} ${m[1]}`;
}

/** The monthly page: exports in the base year and the last full year with the change (in the view's currency), the
 *  base year's imports and their mineral-fuel share, and the last month of each flow in the sources. */
export function monthlyTakeaways(
  annual: readonly AnnualTradeRow[],
  facts: Pick<MonthlyFacts, "lastMonth">,
  unit: string,
  baseYear: number,
): string[] {
  const full = (flow: string, product: string) =>
    annual
      .filter((r) => r.unit === unit && r.flow === flow && r.product === product && r.months === 12)
      .sort((a, b) => a.year - b.year);
  const exp = full("exports", "total");
  const base = exp.find((r) => r.year === baseYear);
  const last = exp[exp.length - 1];
  const imp = full("imports", "total").find((r) => r.year === baseYear);
  const fuel = full("imports", "hs27").find((r) => r.year === baseYear);
  if (!base || !last || last === base || !imp || !fuel)
    throw new Error(`monthly takeaways: no full ${baseYear} in ${unit}`);
  const pct = last.change_from_2021_pct;
  const moved =
    pct < 0 ? `a fall of ${formatNumber(-pct, 1)} %` : pct > 0 ? `a rise of ${formatNumber(pct, 1)} %` : "no change";
  return [
    `French exports to Russia were ${millionsOf(unit, base.value_m)} in ${baseYear} and ${millionsOf(unit, last.value_m)} in ${last.year}, the last full year in these sources: ${moved}.`,
    `French imports from Russia were ${millionsOf(unit, imp.value_m)} in ${baseYear}, of which mineral fuels (HS 27) ${millionsOf(unit, fuel.value_m)}.`,
    `The sources end in ${monthName(facts.lastMonth.exports)} for exports and in ${monthName(facts.lastMonth.imports)} for imports.`,
  ];
}
