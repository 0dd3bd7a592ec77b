/**
 * Sentence builders of the takeaways: each figure states in two or three sentences what its chart shows. Every
 * number comes from the rows the chart and table draw (the comparisons from lib/derive/summaries.ts, shared with the
 * French builders in takeaways-fr.ts), formatted as the table formats it, never typed. The words a sentence needs
 * beyond these patterns (who, what, units) are passed in by the figure's file.
 */
import type { BilateralRow } from "../derive/bilateral";
import type { AnnualTradeRow, MonthlyFacts } from "../derive/monthly";
import type { Ranked } from "../derive/movers";
import { bilateralSummary, groupedSummary, monthlySummary, rankingSummary, type GroupedRow } from "../derive/summaries";
import { formatNumber, formatPercent, ordinal } from "../format";

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
  const { exp, imp, tot, sameYears, peak, balances, lastBalance, deficits, contiguous } = bilateralSummary(rows);
  const n = balances.length;
  const importsPart = sameYears
    ? `French imports from Russia were ${usdMillions(imp.v(imp.first))} and ${usdMillions(imp.v(imp.last))}`
    : `French imports from Russia were ${usdMillions(imp.v(imp.first))} in ${imp.first.year} and ${usdMillions(imp.v(imp.last))} in ${imp.last.year}`;
  const balance = (v: number) =>
    v < 0 ? `a deficit of ${usdMillions(-v)}` : v > 0 ? `a surplus of ${usdMillions(v)}` : "balanced";
  const years = contiguous
    ? `years from ${tot.first.year} to ${tot.last.year}`
    : `years with both flows (${joinList(balances.map((r) => String(r.year)))})`;
  return [
    `${viewLabel}: French exports to Russia were ${usdMillions(exp.v(exp.first))} in ${exp.first.year} and ${usdMillions(exp.v(exp.last))} in ${exp.last.year}; ${importsPart}.`,
    peak.year === tot.last.year
      ? `Total trade peaked in ${peak.year}, the last year ${sameYears ? "shown" : "with both flows"}, at ${usdMillions(tot.v(peak))}.`
      : `Total trade peaked in ${peak.year} at ${usdMillions(tot.v(peak))}; in ${tot.last.year} it was ${usdMillions(tot.v(tot.last))}.`,
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
  const { ha, hb, la, lb, up, down } = rankingSummary(rows, w.highlight, w.years, w.top);
  const first = ha
    ? `was ${w.reporter}'s ${ordinal(ha.rank)} ${w.noun} in ${a} (${amount(ha)} ${w.measure})`
    : `was outside ${w.reporter}'s top ${w.depth} in ${a}`;
  const second = hb ? `its ${ordinal(hb.rank)} in ${b} (${amount(hb)})` : `outside its top ${w.depth} in ${b}`;
  const sentences = [`${w.basis ? `${w.basis}: ` : ""}${w.highlightName} ${first} and ${second}.`];
  if (la && lb) {
    sentences.push(
      la.partner === lb.partner
        ? `${lb.name} was ${w.reporter}'s first ${w.noun} in both years (${amount(la)} in ${a}, ${amount(lb)} in ${b}).`
        : `${w.reporter}'s first ${w.noun} was ${la.name} in ${a} (${amount(la)}) and ${lb.name} in ${b} (${amount(lb)}).`,
    );
  }
  const move = (m: NonNullable<typeof up>, verb: string) =>
    `${m.name} ${verb} most (${ordinal(m.from)} in ${a}, ${ordinal(m.to)} in ${b})`;
  const moves = [up && move(up, "climbed"), down && move(down, "fell")].filter((s): s is string => !!s);
  if (moves.length) sentences.push(`Among the top ${w.top} of either year, ${joinList(moves)}.`);
  return sentences;
}

export type { GroupedRow };
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
  const { count, ranks, missing, firsts, sameLeader, negatives } = groupedSummary(shown, w.highlight);
  const hl = ranks.map(
    (r) =>
      `${ordinal(r.rank)} in ${r.year} (${w.amount(r.value)}${r.tied.length ? `, tied with ${joinList(r.tied.map((x) => x.name))}` : ""})`,
  );
  const sentences = [
    `Among the ${count} ${w.what} shown, ${w.highlightName} ranked ${joinList(hl)}${missing.length ? `; the sources give no ${w.highlightName} figure for ${joinList(missing.map(String))}` : ""}.`,
  ];
  const names = (top: GroupedRow[]) => joinList(top.map((x) => x.name));
  sentences.push(
    sameLeader
      ? `${names(firsts[0].top)} came first in every year shown (${joinList(firsts.map((f) => `${w.amount(f.top[0].value)} in ${f.y}`))}).`
      : `The largest figure came from ${joinList(firsts.map((f) => `${names(f.top)} in ${f.y} (${w.amount(f.top[0].value)})`))}.`,
  );
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
  const { base, last, imp, fuel } = monthlySummary(annual, unit, baseYear);
  const pct = last.change_from_2021_pct;
  const moved =
    pct < 0 ? `a fall of ${formatPercent(-pct, 1)}` : pct > 0 ? `a rise of ${formatPercent(pct, 1)}` : "no change";
  return [
    `French exports to Russia were ${millionsOf(unit, base.value_m)} in ${baseYear} and ${millionsOf(unit, last.value_m)} in ${last.year}, the last full year in these sources: ${moved}.`,
    `French imports from Russia were ${millionsOf(unit, imp.value_m)} in ${baseYear}, of which mineral fuels (HS 27) ${millionsOf(unit, fuel.value_m)}.`,
    `The sources end in ${monthName(facts.lastMonth.exports)} for exports and in ${monthName(facts.lastMonth.imports)} for imports.`,
  ];
}
