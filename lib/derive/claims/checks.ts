/**
 * One pure function per kind of check. Each takes plain inputs (numbers, lists of values) and returns
 * { value, verdict, explanation }: our value (formatted text + raw number), whether it agrees with the claim,
 * and one line saying how, worded in the language asked for (lib/derive/claims/words-en.ts, words-fr.ts; numbers
 * formatted by lib/format.ts in that language). They know nothing of the dataset; lib/derive/claims/evaluate.ts feeds them.
 *
 * "cannot-check" is kept for inputs on which the check has no meaning (a percentage change of zero, a balance
 * that changes sign, a rank of a country absent from the list). Missing data is not a verdict: evaluate.ts
 * throws before calling a check.
 */
import { formatNumber, ordinal } from "../../format";
import type { Locale } from "../../i18n/locales";
import { claimWords } from "./language";

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
const plainIn =
  (locale: Locale): Unit =>
  (v) =>
    formatNumber(v, Number.isInteger(v) ? 0 : 1, locale);
/** Negative numbers with a true minus sign (U+2212): also keeps CSV cells from starting with "-". */
const signed = (v: number, decimals: number, locale: Locale) =>
  v < 0 ? `−${formatNumber(-v, decimals, locale)}` : formatNumber(v, decimals, locale);

/** A percentage with one decimal, or more when one decimal would hide which side of `edges` it falls on. */
function pctText(v: number, edges: number[], locale: Locale): string {
  let d = Number.isInteger(v) ? 0 : 1;
  while (d < 4 && edges.some((e) => v !== e && Number(v.toFixed(d)) === e)) d++;
  return `${signed(v, d, locale)}${locale === "fr" ? "\u202f%" : "%"}`;
}
/** "up 36.1%" / "down 30.9%" / "unchanged": words rather than a sign, for screen readers and CSV cells. */
function moveText(v: number, edges: number[], locale: Locale): string {
  const w = claimWords(locale);
  if (v === 0) return w.unchanged;
  const pct = pctText(Math.abs(v), edges.map(Math.abs), locale);
  return v > 0 ? w.up(pct) : w.down(pct);
}

// ---- rank ---------------------------------------------------------------------------------------------------

export interface RankEntry {
  code: string;
  /** the country's name in the language of the result */
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

/** Each check takes the language of its words last (English by default); its verdict and raw value never depend on it. */
export function checkRank({ entries, subject, expected, what, unit }: RankInput, locale: Locale = "en"): CheckResult {
  const w = claimWords(locale);
  const fmt = unit ?? plainIn(locale);
  const ord = (n: number) => ordinal(n, locale);
  const count = formatNumber(entries.length, 0, locale);
  const r = competitionRank(entries, subject);
  if (!r) {
    return {
      value: { text: w.notRanked, raw: null },
      verdict: "cannot-check",
      explanation: w.rankAbsent(subject, count, what, ord(expected)),
    };
  }
  const me = entries.find((e) => e.code === subject)!;
  const above = entries.filter((e) => e.value > me.value).sort((a, b) => a.value - b.value)[0];
  const below = entries.filter((e) => e.value < me.value).sort((a, b) => b.value - a.value)[0];
  const verdict: Verdict = r.rank === expected ? "agrees" : "differs";
  return {
    value: { text: w.rankValue(ord(r.rank), r.tiedWith.length > 0), raw: r.rank },
    verdict,
    explanation: w.rankExplanation({
      name: me.name,
      rank: ord(r.rank),
      tiedWith: r.tiedWith.map((e) => e.name),
      value: fmt(me.value),
      above: above && { name: above.name, value: fmt(above.value) },
      below: below && { name: below.name, value: fmt(below.value) },
      count,
      what,
      expected: ord(expected),
    }),
  };
}

// ---- rank change --------------------------------------------------------------------------------------------

export interface RankChangeInput {
  name: string;
  /** what is ranked, when the explanation should say it ("suppliers of Russia's imports") */
  among?: string;
  fromYear: number;
  fromRank: number;
  toYear: number;
  toRank: number;
  /** places gained as the article states them: positive = moved up (to a smaller rank number) */
  expectedPlaces: number;
}

export function checkRankChange(
  { name, among, fromYear, fromRank, toYear, toRank, expectedPlaces }: RankChangeInput,
  locale: Locale = "en",
): CheckResult {
  const w = claimWords(locale);
  const ord = (n: number) => ordinal(n, locale);
  const move = (up: number) => w.move(up, formatNumber(Math.abs(up), 0, locale));
  for (const r of [fromRank, toRank]) {
    if (!Number.isInteger(r) || r < 1) {
      return {
        value: { text: w.noRank, raw: null },
        verdict: "cannot-check",
        explanation: w.rankChangeNoRank(name, String(fromYear), String(toYear)),
      };
    }
  }
  const up = fromRank - toRank;
  return {
    value: { text: w.rankChangeValue(move(up), ord(fromRank), ord(toRank)), raw: up },
    verdict: up === expectedPlaces ? "agrees" : "differs",
    explanation: w.rankChangeExplanation({
      among,
      name,
      fromRank: ord(fromRank),
      fromYear: String(fromYear),
      toRank: ord(toRank),
      toYear: String(toYear),
      move: move(up),
      expected: move(expectedPlaces),
    }),
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

export function checkGrowth(
  { what, fromYear, from, toYear, to, minPct, unit }: GrowthInput,
  locale: Locale = "en",
): CheckResult {
  const w = claimWords(locale);
  const fmt = unit ?? plainIn(locale);
  const values = w.growthValues(what, fmt(from), String(fromYear), fmt(to), String(toYear));
  if (!(from > 0) || !(to >= 0)) {
    return { value: { text: w.na, raw: null }, verdict: "cannot-check", explanation: w.growthNa(values) };
  }
  const g = pctChange(from, to);
  const ok = g > minPct;
  return {
    value: { text: moveText(g, [minPct], locale), raw: g },
    verdict: ok ? "agrees" : "differs",
    explanation: w.growthExplanation(values, moveText(g, [minPct], locale), pctText(minPct, [], locale), ok),
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

function rangeWords(min: number, max: number, locale: Locale): string {
  const w = claimWords(locale);
  const p = (v: number) => pctText(v, [], locale);
  if (max <= 0) return w.rangeFall(p(-max), p(-min));
  if (min >= 0) return w.rangeRise(p(min), p(max));
  return w.rangeBetween(p(min), p(max));
}

export function checkChange(
  { what, fromYear, from, toYear, to, minPct, maxPct, of = "value", signNames, unit }: ChangeInput,
  locale: Locale = "en",
): CheckResult {
  const w = claimWords(locale);
  const fmt = unit ?? plainIn(locale);
  const values = w.changeValues(what, fmt(from), String(fromYear), fmt(to), String(toYear));
  const na = (explanation: string): CheckResult => ({
    value: { text: w.na, raw: null },
    verdict: "cannot-check",
    explanation,
  });
  if (from === 0) return na(w.changeFromZero(values));
  if (of === "size" && to !== 0 && Math.sign(from) !== Math.sign(to)) return na(w.changeSignFlip(values));
  if (of === "value" && from < 0) return na(w.changeOfNegative(values));
  const a = of === "size" ? Math.abs(from) : from;
  const b = of === "size" ? Math.abs(to) : to;
  const c = pctChange(a, b);
  const inRange = c >= minPct && c <= maxPct;
  const edges = [minPct, maxPct];
  return {
    value: { text: moveText(c, edges, locale), raw: c },
    verdict: inRange ? "agrees" : "differs",
    explanation: w.changeExplanation({
      values,
      subject:
        of === "size"
          ? w.sizeSubject(signNames && (from < 0 ? signNames.negative : signNames.positive), from < 0)
          : w.valueSubject,
      move: moveText(c, edges, locale),
      range: rangeWords(minPct, maxPct, locale),
      inRange,
      pct: pctText(c, edges, locale),
      below: c < minPct,
      edge: pctText(c < minPct ? minPct : maxPct, [], locale),
    }),
  };
}

// ---- tie ----------------------------------------------------------------------------------------------------

export interface TieInput {
  what: string;
  entries: readonly RankEntry[];
  unit?: Unit;
}

export function checkTie({ what, entries, unit }: TieInput, locale: Locale = "en"): CheckResult {
  const w = claimWords(locale);
  const fmt = unit ?? plainIn(locale);
  if (entries.length < 2) {
    return { value: { text: w.na, raw: null }, verdict: "cannot-check", explanation: w.tieNa(what) };
  }
  const list = entries.map((e) => w.tieItem(e.name, fmt(e.value))).join(", ");
  const spread = Math.max(...entries.map((e) => e.value)) - Math.min(...entries.map((e) => e.value));
  const equal = spread === 0;
  return {
    value: { text: list, raw: spread },
    verdict: equal ? "agrees" : "differs",
    explanation: w.tieExplanation(what, list, equal, fmt(spread)),
  };
}
