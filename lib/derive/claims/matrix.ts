/**
 * The claims × bases matrix of /claims/: for each claim and each basis (MATRIX_BASES), the verdict where the claim was
 * computed on that basis, or "cannot be computed on this basis" with the reason; for each claim one sentence saying
 * which bases reproduce the article's figure and which do not; and a summary over the matrix. Every word that states a
 * result is generated here from the evaluations, never typed, in the language asked for (words-en.ts, words-fr.ts:
 * the same counts and bases fill each language's template).
 */
import type { Claim } from "../../model/claims-spec";
import { formatNumber } from "../../format";
import type { Locale } from "../../i18n/locales";
import { claimWords } from "./language";
import { MATRIX_BASES, type BasisResult, type ClaimEvaluation, type MatrixBasis } from "./evaluate";

/** Column labels in English, without commas so that the generated lists of bases read unambiguously. */
export const MATRIX_LABELS: Record<MatrixBasis, string> = claimWords("en").columns;
/** Column labels in a language. */
export const matrixLabels = (locale: Locale): Record<MatrixBasis, string> => claimWords(locale).columns;

export type MatrixCell = { basis: MatrixBasis; result: BasisResult } | { basis: MatrixBasis; reason: string };

export interface MatrixRow {
  evaluation: ClaimEvaluation;
  cells: MatrixCell[];
  /** one generated sentence: on which bases the article's figure is reproduced, on which not */
  sentence: string;
}

/** Why a claim has no value on a basis it was not computed on. */
export function reasonFor(claim: Claim, basis: MatrixBasis, locale: Locale = "en"): string {
  const why = claimWords(locale).reasons;
  const p = claim.params as { data?: string; reporter?: string };
  if (p.data === "fdi-projects") return why.notProjects;
  if (basis === "ey-projects") return why.notTrade;
  if (p.data === "trade") {
    if (p.reporter === "FRA") return basis === "customs" ? why.customsNotFrance : why.russiaNotFrance;
    if (basis === "france-declared") return why.franceNotRussia;
  }
  if (p.data === "bilateral") {
    if (basis === "belarus-filled" || basis === "belarus-excluded") return why.belarusSame;
    if (basis === "partner-declared") return why.partnerSame;
  }
  return why.notListed;
}

/** The claim's sentence, from its results (only their bases and verdicts are read). */
export function claimSentence(
  results: readonly Pick<BasisResult, "column" | "verdict">[],
  locale: Locale = "en",
): string {
  const w = claimWords(locale);
  const n = (x: number) => formatNumber(x, 0, locale);
  const names = (v: string) => results.filter((r) => r.verdict === v).map((r) => w.columns[r.column]);
  const [agree, differ, cannot] = [names("agrees"), names("differs"), names("cannot-check")];
  const parts: string[] = [];
  if (agree.length === results.length)
    parts.push(
      results.length === 1 ? w.reproducedOnOne(agree[0]) : w.reproducedOnAll(n(results.length), w.list(agree)),
    );
  else if (agree.length === 0) parts.push(w.reproducedOnNone(n(results.length)));
  else parts.push(w.reproducedOn(w.list(agree)));
  if (differ.length && agree.length) parts.push(w.notOn(w.list(differ)));
  else if (differ.length && agree.length === 0 && differ.length < results.length)
    parts.push(w.differsOn(w.list(differ)));
  if (cannot.length) parts.push(w.cannotOn(w.list(cannot)));
  return w.sentence(parts);
}

export function claimsMatrix(evaluations: readonly ClaimEvaluation[], locale: Locale = "en"): MatrixRow[] {
  return evaluations.map((evaluation) => {
    const cells = MATRIX_BASES.map((basis): MatrixCell => {
      const result = evaluation.results.find((r) => r.column === basis);
      return result ? { basis, result } : { basis, reason: reasonFor(evaluation.claim, basis, locale) };
    });
    return { evaluation, cells, sentence: claimSentence(evaluation.results, locale) };
  });
}

export interface MatrixSummary {
  claims: number;
  /** claims reproduced on at least one basis */
  reproduced: number;
  /** per group of claims (an article table): the bases that reproduce every one of its claims */
  groups: { page: string; name: string; claims: number; bases: MatrixBasis[] }[];
  /** the generated sentences */
  sentences: string[];
}

/** The summary at the top of /claims/; `names` gives each page's article table ("Table 2 of the article"). */
export function matrixSummary(
  rows: readonly MatrixRow[],
  names: Record<string, string>,
  locale: Locale = "en",
): MatrixSummary {
  const w = claimWords(locale);
  const n = (x: number) => formatNumber(x, 0, locale);
  const reproduced = rows.filter((r) => r.evaluation.results.some((x) => x.verdict === "agrees")).length;
  const pages = [...new Set(rows.map((r) => r.evaluation.claim.page))];
  const groups = pages.map((page) => {
    const of = rows.filter((r) => r.evaluation.claim.page === page);
    const bases = MATRIX_BASES.filter((b) =>
      of.every((r) => r.evaluation.results.some((x) => x.column === b && x.verdict === "agrees")),
    );
    return { page, name: names[page] ?? page, claims: of.length, bases };
  });
  const sentences = [
    w.summaryReproduced(n(reproduced), n(rows.length), n(rows.length - reproduced)),
    ...groups.map((g) =>
      w.summaryGroup(
        g.name,
        g.claims,
        n(g.claims),
        g.bases.length ? w.list(g.bases.map((b) => w.columns[b])) : undefined,
      ),
    ),
  ];
  return { claims: rows.length, reproduced, groups, sentences };
}
