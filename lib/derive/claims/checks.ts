/**
 * One pure function per kind of check. Each takes plain inputs (numbers, lists of values) and returns
 * { value, verdict, explanation }: our value (formatted text + raw number), whether it agrees with the claim,
 * and one line saying how. They know nothing of the dataset; lib/derive/claims/evaluate.ts feeds them.
 *
 * "cannot-check" is kept for inputs on which the check has no meaning (a percentage change of zero, a balance
 * that changes sign, a rank of a country absent from the list). Missing data is not a verdict: evaluate.ts
 * throws before calling a check.
 */
import { formatNumber, ordinal } from "../../format";

export type Verdict = "agrees" | "differs" | "cannot-check";
export interface CheckValue {
  text: string;
  raw: number | null;
}
export interface CheckResult {
  value: CheckValue;
  verdict: Verdict;
  explanation: string;
}

export type Unit = (v: number) => string;
const plain: Unit = (v) => formatNumber(v, Number.isInteger(v) ? 0 : 1);
/** Negative numbers with a true minus sign (U+2212): also keeps CSV cells from starting with "-". */
const signed = (v: number, decimals: number) => (v < 0 ? `−${formatNumber(-v, decimals)}` : formatNumber(v, decimals));

/** A percentage with one decimal, or more when one decimal would hide which side of `edges` it falls on. */
function pctText(v: number, edges: number[]): string {
  let d = Number.isInteger(v) ? 0 : 1;
  while (d < 4 && edges.some((e) => v !== e && Number(v.toFixed(d)) === e)) d++;
  return `${signed(v, d)}%`;
}
/** "up 36.1%" / "down 30.9%" / "unchanged": words rather than a sign, for screen readers and CSV cells. */
function moveText(v: number, edges: number[]): string {
  if (v === 0) return "unchanged";
  return `${v > 0 ? "up" : "down"} ${pctText(Math.abs(v), edges.map(Math.abs))}`;
}
const places = (n: number) => `${n} place${n === 1 ? "" : "s"}`;

// ---- rank ---------------------------------------------------------------------------------------------------

export interface RankEntry {
  code: string;
  name: string;
  value: number;
}
export interface RankInput {
  entries: readonly RankEntry[];
  subject: string;
  expected: number;
  /** what is ranked, e.g. "France's partners by total trade in 2010" */
  what: string;
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
      value: { text: "not ranked", raw: null },
      verdict: "cannot-check",
      explanation: `${subject} is not among the ${entries.length} ${what}; the article says ${ordinal(expected)}.`,
    };
  }
  const me = entries.find((e) => e.code === subject)!;
  const above = entries.filter((e) => e.value > me.value).sort((a, b) => a.value - b.value)[0];
  const below = entries.filter((e) => e.value < me.value).sort((a, b) => b.value - a.value)[0];
  const tie = r.tiedWith.length ? `, tied with ${r.tiedWith.map((e) => e.name).join(" and ")},` : "";
  const context = [
    above && `after ${above.name} (${unit(above.value)})`,
    below && `ahead of ${below.name} (${unit(below.value)})`,
  ]
    .filter(Boolean)
    .join(", ");
  const verdict: Verdict = r.rank === expected ? "agrees" : "differs";
  return {
    value: { text: `${ordinal(r.rank)}${r.tiedWith.length ? " (tied)" : ""}`, raw: r.rank },
    verdict,
    explanation: `${me.name} is ${ordinal(r.rank)}${tie} with ${unit(me.value)}${context ? `, ${context}` : ""}, among ${entries.length} ${what}; the article says ${ordinal(expected)}.`,
  };
}

// ---- rank change --------------------------------------------------------------------------------------------

export interface RankChangeInput {
  name: string;
  fromYear: number;
  fromRank: number;
  toYear: number;
  toRank: number;
  /** places gained as the article states them: positive = moved up (to a smaller rank number) */
  expectedPlaces: number;
}

const moveWords = (up: number) => (up > 0 ? `up ${places(up)}` : up < 0 ? `down ${places(-up)}` : "unchanged");

export function checkRankChange({
  name,
  fromYear,
  fromRank,
  toYear,
  toRank,
  expectedPlaces,
}: RankChangeInput): CheckResult {
  for (const r of [fromRank, toRank]) {
    if (!Number.isInteger(r) || r < 1) {
      return {
        value: { text: "no rank", raw: null },
        verdict: "cannot-check",
        explanation: `${name} has no valid rank in ${fromYear} or ${toYear}.`,
      };
    }
  }
  const up = fromRank - toRank;
  return {
    value: { text: `${moveWords(up)} (${ordinal(fromRank)} → ${ordinal(toRank)})`, raw: up },
    verdict: up === expectedPlaces ? "agrees" : "differs",
    explanation: `${name} is ${ordinal(fromRank)} in ${fromYear} and ${ordinal(toRank)} in ${toYear}, ${moveWords(up)}; the article says ${moveWords(expectedPlaces)}.`,
  };
}

// ---- growth -------------------------------------------------------------------------------------------------

export interface GrowthInput {
  what: string;
  fromYear: number;
  from: number;
  toYear: number;
  to: number;
  /** the claim: growth strictly greater than this percentage */
  minPct: number;
  unit?: Unit;
}

/** Percentage change relative to the first value, computed as (to − from) × 100 / from to keep exact cases exact. */
export const pctChange = (from: number, to: number) => ((to - from) * 100) / from;

export function checkGrowth({ what, fromYear, from, toYear, to, minPct, unit = plain }: GrowthInput): CheckResult {
  const claim = `growth of more than ${pctText(minPct, [])}`;
  if (!(from > 0) || !(to >= 0)) {
    return {
      value: { text: "n/a", raw: null },
      verdict: "cannot-check",
      explanation: `${what}: ${unit(from)} in ${fromYear}, ${unit(to)} in ${toYear}; a growth rate needs a positive starting value.`,
    };
  }
  const g = pctChange(from, to);
  const ok = g > minPct;
  return {
    value: { text: moveText(g, [minPct]), raw: g },
    verdict: ok ? "agrees" : "differs",
    explanation: `${what}: ${unit(from)} in ${fromYear}, ${unit(to)} in ${toYear}, ${moveText(g, [minPct])}; the article claims ${claim}: ${ok ? "it is" : "it is not"}.`,
  };
}

// ---- change within a range ----------------------------------------------------------------------------------

export interface ChangeInput {
  what: string;
  fromYear: number;
  from: number;
  toYear: number;
  to: number;
  /** the accepted range of the percentage change, inclusive at both ends (e.g. −38 to −28 for "down about a third") */
  minPct: number;
  maxPct: number;
  /** value: the signed value; size: its absolute value (for a balance, the size of the deficit or surplus) */
  of?: "value" | "size";
  /** words for a negative and a positive value, e.g. { negative: "a French deficit", positive: "a French surplus" } */
  signNames?: { negative: string; positive: string };
  unit?: Unit;
}

function rangeWords(min: number, max: number): string {
  if (max <= 0) return `a fall of ${pctText(-max, [])} to ${pctText(-min, [])}`;
  if (min >= 0) return `a rise of ${pctText(min, [])} to ${pctText(max, [])}`;
  return `a change between ${pctText(min, [])} and ${pctText(max, [])}`;
}

export function checkChange({
  what,
  fromYear,
  from,
  toYear,
  to,
  minPct,
  maxPct,
  of = "value",
  signNames,
  unit = plain,
}: ChangeInput): CheckResult {
  const range = `the claim is read as ${rangeWords(minPct, maxPct)}`;
  const values = `${what}: ${unit(from)} in ${fromYear}, ${unit(to)} in ${toYear}`;
  const na = (why: string): CheckResult => ({
    value: { text: "n/a", raw: null },
    verdict: "cannot-check",
    explanation: `${values}; ${why}`,
  });
  if (from === 0) return na("a percentage change from zero has no meaning.");
  if (of === "size" && to !== 0 && Math.sign(from) !== Math.sign(to))
    return na("the value changes sign, so the change of its size in percent has no meaning.");
  if (of === "value" && from < 0)
    return na("a percentage change of a negative value is ambiguous (check its size instead).");
  const a = of === "size" ? Math.abs(from) : from;
  const b = of === "size" ? Math.abs(to) : to;
  const c = pctChange(a, b);
  const inRange = c >= minPct && c <= maxPct;
  const subject =
    of === "size"
      ? `its size (${signNames ? (from < 0 ? signNames.negative : signNames.positive) : from < 0 ? "negative" : "positive"} in both years)`
      : "it";
  const side = c < minPct ? `below ${pctText(minPct, [])}` : `above ${pctText(maxPct, [])}`;
  return {
    value: { text: moveText(c, [minPct, maxPct]), raw: c },
    verdict: inRange ? "agrees" : "differs",
    explanation: `${values}; ${subject} went ${moveText(c, [minPct, maxPct])}; ${range}: ${inRange ? "within that range" : `outside that range (${pctText(c, [minPct, maxPct])} is ${side})`}.`,
  };
}

// ---- tie ----------------------------------------------------------------------------------------------------

export interface TieInput {
  what: string;
  entries: readonly RankEntry[];
  unit?: Unit;
}

export function checkTie({ what, entries, unit = plain }: TieInput): CheckResult {
  if (entries.length < 2) {
    return {
      value: { text: "n/a", raw: null },
      verdict: "cannot-check",
      explanation: `${what}: a tie needs at least two values.`,
    };
  }
  const list = entries.map((e) => `${e.name} ${unit(e.value)}`).join(", ");
  const spread = Math.max(...entries.map((e) => e.value)) - Math.min(...entries.map((e) => e.value));
  const equal = spread === 0;
  return {
    value: { text: list, raw: spread },
    verdict: equal ? "agrees" : "differs",
    explanation: `${what}: ${list}; ${equal ? "equal, as the article says" : `not equal (a gap of ${unit(spread)}), whereas the article says they are level`}.`,
  };
}
