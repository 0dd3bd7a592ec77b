/**
 * What each figure's two or three takeaway sentences state, as sentence plans (a message id and its arguments): the
 * comparisons come from lib/derive/summaries.ts over the rows the chart and table draw; countries travel as ISO codes,
 * views as keys, amounts as numbers. No word of any language is here: messages/<locale>.json words each plan, and
 * lib/i18n/translate.ts renders it, so every language states the same facts from the same rows.
 */
import type { BilateralRow } from "../derive/bilateral";
import type { AnnualTradeRow, MonthlyFacts } from "../derive/monthly";
import type { Ranked } from "../derive/movers";
import { bilateralSummary, groupedSummary, monthlySummary, rankingSummary, type GroupedRow } from "../derive/summaries";
import type { Reporter } from "../model/constants";
import type { Plan } from "../i18n/translate";

/** An amount in millions of a currency, one decimal, as the tables print it. */
export const millions = (v: number, unit = "USD"): Plan => ({ id: "amount.millions", args: { unit, v } });

const yes = (b: boolean) => (b ? "yes" : "no");

/** Table 1: exports and imports at both ends of the period, the peak of total trade, and the balance. A view with
 *  missing years (the Eurostat view has exports for more full years than imports) states each flow over the years it
 *  has, and the total and balance over the years that have both. */
export function bilateralTakeaways(rows: readonly BilateralRow[], view: string): Plan[] {
  const { exp, imp, tot, sameYears, peak, balances, lastBalance, deficits, contiguous } = bilateralSummary(rows);
  const b = lastBalance.b;
  return [
    {
      id: "takeaway.bilateral.flows",
      args: {
        view: { view },
        expFirst: millions(exp.v(exp.first)),
        expFirstYear: String(exp.first.year),
        expLast: millions(exp.v(exp.last)),
        expLastYear: String(exp.last.year),
        sameYears: yes(sameYears),
        impFirst: millions(imp.v(imp.first)),
        impFirstYear: String(imp.first.year),
        impLast: millions(imp.v(imp.last)),
        impLastYear: String(imp.last.year),
      },
    },
    peak.year === tot.last.year
      ? {
          id: "takeaway.bilateral.peakLast",
          args: { peakYear: String(peak.year), sameYears: yes(sameYears), peak: millions(tot.v(peak)) },
        }
      : {
          id: "takeaway.bilateral.peak",
          args: {
            peakYear: String(peak.year),
            peak: millions(tot.v(peak)),
            lastYear: String(tot.last.year),
            last: millions(tot.v(tot.last)),
          },
        },
    {
      id: "takeaway.bilateral.balance",
      args: {
        all: yes(deficits === balances.length),
        deficits,
        years: balances.length,
        contiguous: yes(contiguous),
        from: String(tot.first.year),
        to: String(tot.last.year),
        withBoth: { list: balances.map((r) => String(r.year)) },
        lastYear: String(lastBalance.year),
        sign: b < 0 ? "deficit" : b > 0 ? "surplus" : "balanced",
        balance: millions(Math.abs(b)),
      },
    },
  ];
}

export interface RankingSpec {
  /** the reporter whose partners are ranked */
  reporter: Reporter;
  /** the highlighted partner's code */
  highlight: string;
  /** what a ranked partner is: a trading partner (by total trade) or a supplier (by the reporter's imports) */
  kind: "partner" | "supplier";
  /** the row field holding the amount ranked */
  valueKey: string;
  /** the chart's top N, and how deep the published ranking goes */
  top: number;
  depth: number;
  years: { a: number; b: number };
  /** the view (statistical basis) the rows are on, named at the start of the first sentence */
  view: string;
}

/** Tables 2 and 3: the highlighted partner's rank in both years with its amounts, the leaders, the largest movers. */
export function rankingTakeaways(rows: readonly (Ranked & Record<string, unknown>)[], w: RankingSpec): Plan[] {
  const yearA = String(w.years.a);
  const yearB = String(w.years.b);
  const amount = (r: Record<string, unknown> | undefined) => (r ? millions(Number(r[w.valueKey])) : "");
  const { ha, hb, la, lb, up, down } = rankingSummary(rows, w.highlight, w.years, w.top);
  const common = { reporter: w.reporter, kind: w.kind, yearA, yearB };
  const plans: Plan[] = [
    {
      id: "takeaway.ranking.highlight",
      args: {
        ...common,
        view: { view: w.view },
        partner: { country: w.highlight },
        depth: w.depth,
        inA: yes(!!ha),
        // a rank is only worded when the partner is in the top (inA/inB "yes"); 0 stands in an argument never read
        rankA: ha?.rank ?? 0,
        amountA: amount(ha),
        inB: yes(!!hb),
        rankB: hb?.rank ?? 0,
        amountB: amount(hb),
      },
    },
  ];
  if (la && lb)
    plans.push(
      la.partner === lb.partner
        ? {
            id: "takeaway.ranking.sameLeader",
            args: { ...common, leader: { country: lb.partner }, amountA: amount(la), amountB: amount(lb) },
          }
        : {
            id: "takeaway.ranking.leaders",
            args: {
              ...common,
              leaderA: { country: la.partner },
              amountA: amount(la),
              leaderB: { country: lb.partner },
              amountB: amount(lb),
            },
          },
    );
  const move = (id: "takeaway.ranking.up" | "takeaway.ranking.down", m: NonNullable<typeof up>): Plan => ({
    id,
    args: { partner: { country: m.partner }, from: m.from, to: m.to, yearA, yearB },
  });
  if (up || down)
    plans.push({
      id: "takeaway.ranking.moves",
      args: {
        top: w.top,
        which: up && down ? "both" : up ? "up" : "down",
        up: up ? move("takeaway.ranking.up", up) : "",
        down: down ? move("takeaway.ranking.down", down) : "",
      },
    });
  return plans;
}

export type { GroupedRow };
export interface GroupedSpec {
  /** which FDI measure the bars are: project counts by source country, or net flows by counterpart country */
  what: "projects" | "flows";
  /** an amount as the table prints it */
  amount: (v: number) => Plan;
  /** the highlighted country's code */
  highlight: string;
}

/**
 * The FDI charts: the highlighted country's rank among the countries shown in each year it has a value (ties
 * named), the first country each year, then either the negative values (net flows) or the all-countries totals.
 */
export function groupedTakeaways(shown: readonly GroupedRow[], totals: readonly GroupedRow[], w: GroupedSpec): Plan[] {
  const { count, ranks, missing, firsts, sameLeader, negatives } = groupedSummary(shown, w.highlight);
  const countries = (rows: readonly GroupedRow[]) => ({ list: rows.map((x) => ({ country: x.code })) });
  const plans: Plan[] = [
    {
      id: "takeaway.grouped.highlight",
      args: {
        count,
        what: w.what,
        highlight: w.highlight,
        highlightName: { country: w.highlight },
        ranks: {
          list: ranks.map((r) => ({
            id: "takeaway.grouped.rank",
            args: {
              rank: r.rank,
              year: String(r.year),
              amount: w.amount(r.value),
              hasTied: yes(r.tied.length > 0),
              tied: countries(r.tied),
            },
          })),
        },
        hasMissing: yes(missing.length > 0),
        missing: { list: missing.map(String) },
      },
    },
    sameLeader
      ? {
          id: "takeaway.grouped.sameLeader",
          args: {
            leaders: countries(firsts[0].top),
            values: {
              list: firsts.map((f) => ({
                id: "takeaway.grouped.amountIn",
                args: { amount: w.amount(f.top[0].value), year: String(f.y) },
              })),
            },
          },
        }
      : {
          id: "takeaway.grouped.leaders",
          args: {
            leaders: {
              list: firsts.map((f) => ({
                id: "takeaway.grouped.leaderIn",
                args: { leaders: countries(f.top), year: String(f.y), amount: w.amount(f.top[0].value) },
              })),
            },
          },
        },
  ];
  if (w.what === "flows" && negatives.length) {
    plans.push({
      id: "takeaway.grouped.negatives",
      args: {
        values: {
          list: negatives.map((r) => ({
            id: "takeaway.grouped.countryIn",
            args: { country: { country: r.code }, year: String(r.year), amount: w.amount(r.value) },
          })),
        },
      },
    });
  } else if (totals.length) {
    const t = [...totals].sort((p, q) => p.year - q.year);
    plans.push({
      id: "takeaway.grouped.totals",
      args: {
        what: w.what,
        values: {
          list: t.map((r) => ({
            id: "takeaway.grouped.amountIn",
            args: { amount: w.amount(r.value), year: String(r.year) },
          })),
        },
      },
    });
  }
  return plans;
}

/** The monthly page: exports in the base year and the last full year with the change (in the view's currency), the
 *  base year's imports and their mineral-fuel share, and the last month of each flow in the sources. */
export function monthlyTakeaways(
  annual: readonly AnnualTradeRow[],
  facts: Pick<MonthlyFacts, "lastMonth">,
  unit: string,
  baseYear: number,
): Plan[] {
  const { base, last, imp, fuel } = monthlySummary(annual, unit, baseYear);
  const pct = last.change_from_2021_pct;
  return [
    {
      id: "takeaway.monthly.exports",
      args: {
        base: millions(base.value_m, unit),
        baseYear: String(baseYear),
        last: millions(last.value_m, unit),
        lastYear: String(last.year),
        direction: pct < 0 ? "fall" : pct > 0 ? "rise" : "none",
        change: Math.abs(pct),
      },
    },
    {
      id: "takeaway.monthly.imports",
      args: { imports: millions(imp.value_m, unit), baseYear: String(baseYear), fuels: millions(fuel.value_m, unit) },
    },
    {
      id: "takeaway.monthly.end",
      args: { exportsEnd: { month: facts.lastMonth.exports }, importsEnd: { month: facts.lastMonth.imports } },
    },
  ];
}
