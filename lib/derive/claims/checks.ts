/**
 * One pure function per kind of check. Each takes plain inputs (numbers, country codes, what is measured as a sentence
 * plan) and returns { value, verdict, explanation }: our value (raw number and a plan that words it), whether it
 * agrees with the claim, and one line saying how, as a sentence plan (lib/i18n/translate.ts). Every number, rank and
 * comparison is computed here once, in no language; the `claim.*` messages of messages/<locale>.json word them.
 * They know nothing of the dataset; lib/derive/claims/evaluate.ts feeds them.
 *
 * "cannot-check" is kept for inputs on which the check has no meaning (a percentage change of zero, a balance
 * that changes sign, a rank of a country absent from the list). Missing data is not a verdict: evaluate.ts
 * throws before calling a check.
 */
import type { Arg, Plan } from "../../i18n/translate";

export type Verdict = "agrees" | "differs" | "cannot-check";
export interface CheckValue {
  raw: number | null;
  /** our value, worded by the catalogues */
  plan: Plan;
}
export interface CheckResult {
  value: CheckValue;
  verdict: Verdict;
  explanation: Plan;
}

/** How an amount is stated: a number → an argument of a message. */
export type Unit = (v: number) => Arg;

/**
 * A number with `decimals` decimals (0 to 4), negative ones with a true minus sign (U+2212), which also keeps CSV
 * cells from starting with "-"; grouped and punctuated by each language's conventions (`claim.number`).
 */
export const numberPlan = (v: number, decimals: number): Plan => ({
  id: "claim.number",
  args: { sign: v < 0 ? "minus" : "plus", v: Math.abs(v), d: String(Math.min(Math.max(decimals, 0), 4)) },
});
const plain: Unit = (v) => numberPlan(v, Number.isInteger(v) ? 0 : 1);
const yes = (b: boolean) => (b ? "yes" : "no");

/** A percentage with one decimal, or more when one decimal would hide which side of `edges` it falls on. */
function pctPlan(v: number, edges: number[]): Plan {
  let d = Number.isInteger(v) ? 0 : 1;
  while (d < 4 && edges.some((e) => v !== e && Number(v.toFixed(d)) === e)) d++;
  return { id: "format.percent", args: { v: numberPlan(v, d) } };
}
/** "up 36.1%" / "down 30.9%" / "unchanged": words rather than a sign, for screen readers and CSV cells. */
function movePlan(v: number, edges: number[]): Plan {
  if (v === 0) return { id: "claim.pctMove", args: { dir: "none" } };
  return {
    id: "claim.pctMove",
    args: { dir: v > 0 ? "up" : "down", pct: pctPlan(Math.abs(v), edges.map(Math.abs)) },
  };
}
/** A plan's arguments without the ones left undefined (a message reads them only in the branch that needs them). */
function args(a: Record<string, Arg | undefined>): Record<string, Arg> {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Record<string, Arg>;
}

// ---- rank ---------------------------------------------------------------------------------------------------

export interface RankEntry {
  /** ISO code: the catalogues name it */
  code: string;
  value: number;
}
export interface RankInput {
  entries: readonly RankEntry[];
  subject: string;
  expected: number;
  /** what is ranked, e.g. "France's partners by total trade in 2010" */
  what: Arg;
  unit?: Unit;
}

/** Standard competition ranking (1, 2, 2, 4): rank = 1 + number of entries with a strictly larger value. */
export function competitionRank(
  entries: readonly RankEntry[],
  subject: string,
): { rank: number; tiedWith: RankEntry[] } | undefined {
  const me = entries.find((e) => e.code === subject);
  if (!me) return undefined;
  return {
    rank: 1 + entries.filter((e) => e.value > me.value).length,
    tiedWith: entries.filter((e) => e.code !== subject && e.value === me.value),
  };
}

export function checkRank({ entries, subject, expected, what, unit = plain }: RankInput): CheckResult {
  const r = competitionRank(entries, subject);
  if (!r) {
    return {
      value: { raw: null, plan: { id: "claim.value.notRanked" } },
      verdict: "cannot-check",
      explanation: {
        id: "claim.rank.absent",
        args: { subject: { country: subject }, count: entries.length, what, expected },
      },
    };
  }
  const me = entries.find((e) => e.code === subject)!;
  const above = entries.filter((e) => e.value > me.value).sort((a, b) => a.value - b.value)[0];
  const below = entries.filter((e) => e.value < me.value).sort((a, b) => b.value - a.value)[0];
  const tied = yes(r.tiedWith.length > 0);
  return {
    value: { raw: r.rank, plan: { id: "claim.rank.value", args: { rank: r.rank, tied } } },
    verdict: r.rank === expected ? "agrees" : "differs",
    explanation: {
      id: "claim.rank.explanation",
      args: args({
        name: { country: me.code },
        rank: r.rank,
        tied,
        tiedWith: { list: r.tiedWith.map((e) => ({ country: e.code })) },
        value: unit(me.value),
        hasAbove: yes(!!above),
        aboveName: above && { country: above.code },
        aboveValue: above && unit(above.value),
        hasBelow: yes(!!below),
        belowName: below && { country: below.code },
        belowValue: below && unit(below.value),
        count: entries.length,
        what,
        expected,
      }),
    },
  };
}

// ---- rank change --------------------------------------------------------------------------------------------

export interface RankChangeInput {
  /** the country, by ISO code */
  subject: string;
  /** what is ranked, when the explanation should say it ("suppliers of Russia's imports") */
  among?: Arg;
  fromYear: number;
  fromRank: number;
  toYear: number;
  toRank: number;
  /** places gained as the article states them: positive = moved up (to a smaller rank number) */
  expectedPlaces: number;
}

/** Places gained (positive), lost (negative) or none; `article`: as a noun phrase a language may need an article for. */
const placesPlan = (up: number, article: boolean): Plan => ({
  id: "claim.move",
  args: { dir: up > 0 ? "up" : up < 0 ? "down" : "none", n: Math.abs(up), article: yes(article) },
});

export function checkRankChange({
  subject,
  among,
  fromYear,
  fromRank,
  toYear,
  toRank,
  expectedPlaces,
}: RankChangeInput): CheckResult {
  const name = { country: subject };
  for (const r of [fromRank, toRank]) {
    if (!Number.isInteger(r) || r < 1) {
      return {
        value: { raw: null, plan: { id: "claim.value.noRank" } },
        verdict: "cannot-check",
        explanation: {
          id: "claim.rankChange.noRank",
          args: { name, fromYear: String(fromYear), toYear: String(toYear) },
        },
      };
    }
  }
  const up = fromRank - toRank;
  return {
    value: {
      raw: up,
      plan: { id: "claim.rankChange.value", args: { move: placesPlan(up, false), from: fromRank, to: toRank } },
    },
    verdict: up === expectedPlaces ? "agrees" : "differs",
    explanation: {
      id: "claim.rankChange.explanation",
      args: args({
        hasAmong: yes(among !== undefined),
        among,
        name,
        fromRank,
        fromYear: String(fromYear),
        toRank,
        toYear: String(toYear),
        move: placesPlan(up, true),
        expected: placesPlan(expectedPlaces, true),
      }),
    },
  };
}

// ---- growth and change within a range -------------------------------------------------------------------------

interface ChangeBase {
  what: Arg;
  fromYear: number;
  from: number;
  toYear: number;
  to: number;
  unit?: Unit;
}
export interface GrowthInput extends ChangeBase {
  /** the claim: growth strictly greater than this percentage */
  minPct: number;
}

/** Percentage change relative to the first value, computed as (to − from) × 100 / from to keep exact cases exact. */
export const pctChange = (from: number, to: number) => ((to - from) * 100) / from;

/** "what: A in 2017, B in 2018" */
const valuesPlan = ({ what, fromYear, from, toYear, to, unit = plain }: ChangeBase): Plan => ({
  id: "claim.values",
  args: { what, from: unit(from), fromYear: String(fromYear), to: unit(to), toYear: String(toYear) },
});
/** No value: the check has no meaning on these inputs. */
const na = (explanation: Plan): CheckResult => ({
  value: { raw: null, plan: { id: "claim.value.na" } },
  verdict: "cannot-check",
  explanation,
});

export function checkGrowth(input: GrowthInput): CheckResult {
  const { from, to, minPct } = input;
  const values = valuesPlan(input);
  if (!(from > 0) || !(to >= 0)) return na({ id: "claim.growth.na", args: { values } });
  const g = pctChange(from, to);
  const ok = g > minPct;
  return {
    value: { raw: g, plan: movePlan(g, [minPct]) },
    verdict: ok ? "agrees" : "differs",
    explanation: {
      id: "claim.growth.explanation",
      args: { values, move: movePlan(g, [minPct]), threshold: pctPlan(minPct, []), ok: yes(ok) },
    },
  };
}

export interface ChangeInput extends ChangeBase {
  /** the accepted range of the percentage change, inclusive at both ends (e.g. −38 to −28 for "down about a third") */
  minPct: number;
  maxPct: number;
  /** value: the signed value; size: its absolute value (for a balance, the size of the deficit or surplus) */
  of?: "value" | "size";
  /** a trade balance: its negative and positive values are named a French deficit and a French surplus */
  balance?: boolean;
}

function rangePlan(min: number, max: number): Plan {
  const p = (v: number) => pctPlan(v, []);
  if (max <= 0) return { id: "claim.range", args: { kind: "fall", a: p(-max), b: p(-min) } };
  if (min >= 0) return { id: "claim.range", args: { kind: "rise", a: p(min), b: p(max) } };
  return { id: "claim.range", args: { kind: "between", a: p(min), b: p(max) } };
}

export function checkChange(input: ChangeInput): CheckResult {
  const { from, to, minPct, maxPct, of = "value", balance = false } = input;
  const values = valuesPlan(input);
  if (from === 0) return na({ id: "claim.change.fromZero", args: { values } });
  if (of === "size" && to !== 0 && Math.sign(from) !== Math.sign(to))
    return na({ id: "claim.change.signFlip", args: { values } });
  if (of === "value" && from < 0) return na({ id: "claim.change.ofNegative", args: { values } });
  const a = of === "size" ? Math.abs(from) : from;
  const b = of === "size" ? Math.abs(to) : to;
  const c = pctChange(a, b);
  const inRange = c >= minPct && c <= maxPct;
  const edges = [minPct, maxPct];
  const sign = balance ? (from < 0 ? "deficit" : "surplus") : from < 0 ? "negative" : "positive";
  return {
    value: { raw: c, plan: movePlan(c, edges) },
    verdict: inRange ? "agrees" : "differs",
    explanation: {
      id: "claim.change.explanation",
      args: {
        values,
        subject:
          of === "size" ? { id: "claim.change.sizeSubject", args: { sign } } : { id: "claim.change.valueSubject" },
        move: movePlan(c, edges),
        range: rangePlan(minPct, maxPct),
        inRange: yes(inRange),
        pct: pctPlan(c, edges),
        side: c < minPct ? "below" : "above",
        edge: pctPlan(c < minPct ? minPct : maxPct, []),
      },
    },
  };
}

// ---- tie ----------------------------------------------------------------------------------------------------

export interface TieInput {
  what: Arg;
  entries: readonly RankEntry[];
  unit?: Unit;
}

export function checkTie({ what, entries, unit = plain }: TieInput): CheckResult {
  if (entries.length < 2) return na({ id: "claim.tie.na", args: { what } });
  // "France 22, China 21": each country and its value, joined by commas (not a list with "and")
  const items = entries
    .map((e): Plan => ({ id: "claim.tie.item", args: { name: { country: e.code }, value: unit(e.value) } }))
    .reduceRight((tail, head): Plan => ({ id: "claim.tie.items", args: { head, tail } }));
  const spread = Math.max(...entries.map((e) => e.value)) - Math.min(...entries.map((e) => e.value));
  const equal = spread === 0;
  return {
    value: { raw: spread, plan: items },
    verdict: equal ? "agrees" : "differs",
    explanation: { id: "claim.tie.explanation", args: { what, items, equal: yes(equal), gap: unit(spread) } },
  };
}
