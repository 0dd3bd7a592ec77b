/**
 * The claims × bases matrix of /claims/: for each claim and each basis (MATRIX_BASES), the verdict where the claim was
 * computed on that basis, or "cannot be computed on this basis" with the reason; for each claim one sentence saying
 * which bases reproduce the article's figure and which do not; and a summary over the matrix. Every word that states a
 * result is generated here from the evaluations, never typed.
 */
import type { Claim } from "../../model/claims-spec";
import { MATRIX_BASES, type BasisResult, type ClaimEvaluation, type MatrixBasis } from "./evaluate";

/** Column labels, without commas so that the generated lists of bases read unambiguously. */
export const MATRIX_LABELS: Record<MatrixBasis, string> = {
  "france-declared": "France-declared",
  "as-reported": "Russia-declared (as reported)",
  "belarus-filled": "Russia-declared (Belarus gap filled)",
  "belarus-excluded": "Russia-declared (Belarus left out)",
  "partner-declared": "Partner-declared (mirror)",
  customs: "Russia's customs (FCS)",
  "ey-projects": "EY project counts",
};

export type MatrixCell = { basis: MatrixBasis; result: BasisResult } | { basis: MatrixBasis; reason: string };

export interface MatrixRow {
  evaluation: ClaimEvaluation;
  cells: MatrixCell[];
  /** one generated sentence: on which bases the article's figure is reproduced, on which not */
  sentence: string;
}

const NOT_TRADE = "EY counts FDI projects, not trade.";

/** Why a claim has no value on a basis it was not computed on. */
export function reasonFor(claim: Claim, basis: MatrixBasis): string {
  const p = claim.params as { data?: string; reporter?: string };
  if (p.data === "fdi-projects") return "Trade statistics do not count FDI projects.";
  if (basis === "ey-projects") return NOT_TRADE;
  if (p.data === "trade") {
    if (p.reporter === "FRA")
      return basis === "customs"
        ? "Russia's customs table lists Russia's partners, not France's."
        : "Russia's declarations rank Russia's partners, not France's.";
    if (basis === "france-declared") return "France's declarations rank France's partners, not Russia's.";
  }
  if (p.data === "bilateral") {
    if (basis === "belarus-filled" || basis === "belarus-excluded")
      return "Belarus does not enter France–Russia trade: this basis gives the same figures as Russia-declared.";
    if (basis === "partner-declared")
      return "For France–Russia trade each side is the other's partner: the partner-declared figures are the France-declared and Russia-declared ones.";
  }
  return "Not listed among this claim's bases in data/claims.csv.";
}

const list = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** The claim's sentence, from its results. */
export function claimSentence(results: readonly BasisResult[]): string {
  const names = (v: string) => results.filter((r) => r.verdict === v).map((r) => MATRIX_LABELS[r.column]);
  const [agree, differ, cannot] = [names("agrees"), names("differs"), names("cannot-check")];
  const parts: string[] = [];
  if (agree.length === results.length)
    parts.push(
      results.length === 1
        ? `Reproduced on the one basis that can compute it (${agree[0]})`
        : `Reproduced on all ${results.length} bases that can compute it (${list(agree)})`,
    );
  else if (agree.length === 0) parts.push(`Reproduced on none of the ${results.length} bases that can compute it`);
  else parts.push(`Reproduced on ${list(agree)}`);
  if (differ.length && agree.length) parts.push(`not on ${list(differ)}`);
  else if (differ.length && agree.length === 0 && differ.length < results.length)
    parts.push(`differs on ${list(differ)}`);
  if (cannot.length) parts.push(`cannot be checked on ${list(cannot)}`);
  return `${parts.join("; ")}.`;
}

export function claimsMatrix(evaluations: readonly ClaimEvaluation[]): MatrixRow[] {
  return evaluations.map((evaluation) => {
    const cells = MATRIX_BASES.map((basis): MatrixCell => {
      const result = evaluation.results.find((r) => r.column === basis);
      return result ? { basis, result } : { basis, reason: reasonFor(evaluation.claim, basis) };
    });
    return { evaluation, cells, sentence: claimSentence(evaluation.results) };
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
export function matrixSummary(rows: readonly MatrixRow[], names: Record<string, string>): MatrixSummary {
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
    `${reproduced} of the ${rows.length} claims are reproduced on at least one basis; ${rows.length - reproduced} on none.`,
    ...groups.map((g) => {
      const head = `${g.name} (${g.claims} claim${g.claims === 1 ? "" : "s"})`;
      if (g.bases.length === 0) return `${head}: no single basis reproduces ${g.claims === 1 ? "it" : "all of them"}.`;
      return `${head}: ${g.claims === 1 ? "reproduced" : "every one reproduced"} by ${list(g.bases.map((b) => MATRIX_LABELS[b]))}.`;
    }),
  ];
  return { claims: rows.length, reproduced, groups, sentences };
}
