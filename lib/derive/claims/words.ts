/**
 * The words of the claims' generated sentences, one set per language (words-en.ts, words-fr.ts; `claimWords(locale)`
 * in language.ts), typed by one interface so that a sentence added in one language only is a type error. The
 * templates only word: every number, rank and year they receive is computed by checks.ts, evaluate.ts and matrix.ts
 * (the same values for both languages) and already formatted in the language (lib/format.ts); country names come
 * from countries.csv (`name`, `name_fr`).
 */
import type { BilateralMeasure, ClaimBilateralBasis, Measure, RankBasis } from "../../model/claims-spec";
import type { Reporter } from "../../model/constants";

/** The columns of the claims × bases matrix (matrix.ts): every basis a claim may be computed on. */
export const MATRIX_BASES = [
  "france-declared",
  "as-reported",
  "belarus-filled",
  "belarus-excluded",
  "partner-declared",
  "customs",
  "ey-projects",
] as const;
export type MatrixBasis = (typeof MATRIX_BASES)[number];

export interface RankFacts {
  name: string;
  rank: string;
  /** the names of the countries level with it */
  tiedWith: string[];
  value: string;
  above?: { name: string; value: string };
  below?: { name: string; value: string };
  count: string;
  what: string;
  expected: string;
}

export interface ChangeFacts {
  /** "what: USD … in 2013, USD … in 2017" */
  values: string;
  /** "its size (a French deficit in both years)" or "it" */
  subject: string;
  move: string;
  range: string;
  inRange: boolean;
  /** the change, signed, and the edge of the range it passes */
  pct: string;
  below: boolean;
  edge: string;
}

export interface ClaimWords {
  // ---- checks.ts: values and explanations --------------------------------------------------------------------
  notRanked: string;
  noRank: string;
  na: string;
  rankAbsent(subject: string, count: string, what: string, expected: string): string;
  rankValue(rank: string, tied: boolean): string;
  rankExplanation(f: RankFacts): string;
  /** places gained (positive), lost (negative) or none, the count formatted */
  move(up: number, places: string): string;
  rankChangeValue(move: string, fromRank: string, toRank: string): string;
  rankChangeNoRank(name: string, fromYear: string, toYear: string): string;
  rankChangeExplanation(f: {
    among?: string;
    name: string;
    fromRank: string;
    fromYear: string;
    toRank: string;
    toYear: string;
    move: string;
    expected: string;
  }): string;
  /** a percentage change in words: "up 36.1%", "down 2.1%", "unchanged" */
  up(pct: string): string;
  down(pct: string): string;
  unchanged: string;
  growthValues(what: string, from: string, fromYear: string, to: string, toYear: string): string;
  growthNa(values: string): string;
  growthExplanation(values: string, move: string, threshold: string, ok: boolean): string;
  changeValues(what: string, from: string, fromYear: string, to: string, toYear: string): string;
  changeFromZero(values: string): string;
  changeSignFlip(values: string): string;
  changeOfNegative(values: string): string;
  /** the subject of a change of size: the sign's name in both years (or the bare sign) */
  sizeSubject(sign: string | undefined, negative: boolean): string;
  valueSubject: string;
  rangeFall(a: string, b: string): string;
  rangeRise(a: string, b: string): string;
  rangeBetween(a: string, b: string): string;
  changeExplanation(f: ChangeFacts): string;
  tieItem(name: string, value: string): string;
  tieNa(what: string): string;
  tieExplanation(what: string, list: string, equal: boolean, gap: string): string;

  // ---- evaluate.ts: what is measured, on which basis --------------------------------------------------------
  usd(amount: string): string;
  projects(n: number, count: string): string;
  /** what a ranking ranks, for a reporter */
  ranking(measure: Measure, reporter: Reporter): string;
  /** after a ranking: " in 2010" */
  inYear(year: string): string;
  /** when a basis ranks fewer than every country, said after the ranking */
  among: Partial<Record<RankBasis, string>>;
  bilateral: Record<BilateralMeasure, Record<ClaimBilateralBasis, string>>;
  balanceSigns: { negative: string; positive: string };
  fdiRanking(year: string): string;
  fdiCounts(year: string): string;
  gapAbsent(year: string): string;
  gapFilled(year: string): string;
  /** the label of a result's row (claims lists, claims-results.csv) */
  rankBasisLabel(basis: RankBasis, reporter: Reporter): string;
  bilateralBasisLabel: Record<ClaimBilateralBasis, string>;
  fdiBasisLabel: string;

  // ---- matrix.ts: columns, reasons, sentences -----------------------------------------------------------------
  /** column labels, without commas so that the generated lists of bases read unambiguously */
  columns: Record<MatrixBasis, string>;
  reasons: {
    notTrade: string;
    notProjects: string;
    customsNotFrance: string;
    russiaNotFrance: string;
    franceNotRussia: string;
    belarusSame: string;
    partnerSame: string;
    notListed: string;
  };
  list(items: string[]): string;
  reproducedOnOne(basis: string): string;
  reproducedOnAll(count: string, bases: string): string;
  reproducedOnNone(count: string): string;
  reproducedOn(bases: string): string;
  notOn(bases: string): string;
  differsOn(bases: string): string;
  cannotOn(bases: string): string;
  /** the parts of a claim's sentence, joined */
  sentence(parts: string[]): string;
  summaryReproduced(reproduced: string, claims: string, none: string): string;
  summaryGroup(table: string, claims: number, count: string, bases: string | undefined): string;

  // ---- the claims lists -----------------------------------------------------------------------------------------
  /** how many of a claim's bases agree ("" for a claim on one basis) */
  agreeOn(agree: number, of: number, format: (n: number) => string): string;
}
