/**
 * The claims × bases matrix of /claims/: for each claim and each basis (MATRIX_BASES), the verdict where the claim was
 * computed on that basis, or "cannot be computed on this basis" with the reason; for each claim one sentence saying
 * which bases reproduce the article's figure and which do not; and a summary over the matrix. Every sentence that
 * states a result is a plan generated here from the evaluations (which bases, how many), never typed, in no language:
 * the `claim.*` messages of messages/<locale>.json word it.
 */
import type { Claim } from "../../model/claims-spec";
import type { Arg, MessageId, Plan } from "../../i18n/translate";
import { columnLabel, MATRIX_BASES, type BasisResult, type ClaimEvaluation, type MatrixBasis } from "./evaluate";

export type MatrixCell = { basis: MatrixBasis; result: BasisResult } | { basis: MatrixBasis; reason: Plan };

export interface MatrixRow {
  evaluation: ClaimEvaluation;
  cells: MatrixCell[];
  /** one generated sentence: on which bases the article's figure is reproduced, on which not */
  sentence: Plan;
}

type Reason =
  | "notTrade"
  | "notProjects"
  | "customsNotFrance"
  | "russiaNotFrance"
  | "franceNotRussia"
  | "belarusSame"
  | "partnerSame"
  | "notListed";

/** Why a claim has no value on a basis it was not computed on. */
export function reasonFor(claim: Claim, basis: MatrixBasis): Plan {
  const why = (reason: Reason): Plan => ({ id: `claim.reason.${reason}` as MessageId });
  const p = claim.params as { data?: string; reporter?: string };
  if (p.data === "fdi-projects") return why("notProjects");
  if (basis === "ey-projects") return why("notTrade");
  if (p.data === "trade") {
    if (p.reporter === "FRA") return why(basis === "customs" ? "customsNotFrance" : "russiaNotFrance");
    if (basis === "france-declared") return why("franceNotRussia");
  }
  if (p.data === "bilateral") {
    if (basis === "belarus-filled" || basis === "belarus-excluded") return why("belarusSame");
    if (basis === "partner-declared") return why("partnerSame");
  }
  return why("notListed");
}

/** Matrix columns as a list argument (the labels hold no commas, so the list reads unambiguously). */
const basesList = (columns: readonly MatrixBasis[]): Arg => ({ list: columns.map(columnLabel) });

/** The claim's sentence, from its results (only their bases and verdicts are read). */
export function claimSentence(results: readonly Pick<BasisResult, "column" | "verdict">[]): Plan {
  const columns = (v: string) => results.filter((r) => r.verdict === v).map((r) => r.column);
  const [agree, differ, cannot] = [columns("agrees"), columns("differs"), columns("cannot-check")];
  const all = agree.length === results.length;
  return {
    id: "claim.matrix.sentence",
    args: {
      agree: all ? (results.length === 1 ? "one" : "all") : agree.length === 0 ? "none" : "some",
      count: results.length,
      agreeBases: basesList(agree),
      differ:
        differ.length && agree.length
          ? "notOn"
          : differ.length && agree.length === 0 && differ.length < results.length
            ? "differsOn"
            : "no",
      differBases: basesList(differ),
      cannot: cannot.length ? "yes" : "no",
      cannotBases: basesList(cannot),
    },
  };
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
  groups: { page: string; claims: number; bases: MatrixBasis[] }[];
  /** the generated sentences */
  sentences: Plan[];
}

/**
 * The summary at the top of /claims/; `tables` gives each page's article table ("Table 2 of the article"), in the
 * words of whoever shows the summary.
 */
export function matrixSummary(rows: readonly MatrixRow[], tables: Readonly<Record<string, Arg>>): MatrixSummary {
  const reproduced = rows.filter((r) => r.evaluation.results.some((x) => x.verdict === "agrees")).length;
  const pages = [...new Set(rows.map((r) => r.evaluation.claim.page))];
  const groups = pages.map((page) => {
    const of = rows.filter((r) => r.evaluation.claim.page === page);
    const bases = MATRIX_BASES.filter((b) =>
      of.every((r) => r.evaluation.results.some((x) => x.column === b && x.verdict === "agrees")),
    );
    return { page, claims: of.length, bases };
  });
  const sentences: Plan[] = [
    {
      id: "claim.summary.reproduced",
      args: { reproduced, claims: rows.length, none: rows.length - reproduced },
    },
    ...groups.map((g): Plan => ({
      id: "claim.summary.group",
      args: {
        table: tables[g.page] ?? g.page,
        claims: g.claims,
        hasBases: g.bases.length ? "yes" : "no",
        bases: basesList(g.bases),
      },
    })),
  ];
  return { claims: rows.length, reproduced, groups, sentences };
}
