/**
 * Evaluates the claims of data/claims.csv against the dataset: for each claim and each basis (declaring side,
 * treatment of Russia's Belarus gap, or FDI source), our value, the verdict and a one-line explanation. Each check runs
 * once, in no language: a result holds numbers, ISO codes and sentence plans (lib/i18n/translate.ts), which the
 * `claim.*` messages of messages/<locale>.json word on the pages and in claims-results.csv.
 *
 * Values are computed from the unrounded CSV figures (trade index, rankPartners), never from the rounded
 * derived tables. A claim whose partner or year is missing from the data throws an Error naming the claim:
 * the build stops rather than publish a verdict that the data cannot support.
 */
import { BELARUS, CUSTOMS_PARTNERS, FRANCE, RUSSIA, type RankBasis } from "../../model/constants";
import type { Dataset } from "../../model/load";
import { basisLabel } from "../../i18n/bases";
import type { MessageId, Plan } from "../../i18n/translate";
import { rankPartners } from "../rankings";
import { bilateralFlows } from "../bilateral";
import {
  checkChange,
  checkGrowth,
  checkRank,
  checkRankChange,
  checkTie,
  numberPlan,
  type CheckResult,
  type CheckValue,
  type RankEntry,
  type Unit,
  type Verdict,
} from "./checks";
import type { BilateralMeasure, Claim, ClaimBilateralBasis, Measure } from "../../model/claims-spec";

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

/** A matrix column's label: the figures' basis labels where they are the same basis, else the claims' own. */
export function columnLabel(column: MatrixBasis): Plan {
  if (column === "france-declared") return basisLabel("as-reported", FRANCE);
  if (column === "partner-declared") return basisLabel("partner-declared", FRANCE);
  return { id: `claim.column.${column}` as MessageId };
}

export interface BasisResult {
  /** machine id of the basis, e.g. france-declared, as-reported, belarus-filled, ey-projects */
  basis: string;
  /** the matrix column it fills */
  column: MatrixBasis;
  /** short label of the basis, e.g. "Russia-declared, Belarus gap filled" */
  basisLabel: Plan;
  /** our value: the raw number and its wording */
  value: CheckValue;
  verdict: Verdict;
  explanation: Plan;
}
export interface ClaimEvaluation {
  claim: Claim;
  results: BasisResult[];
  /** how many of its bases agree ("Agrees on 1 of 2 bases."); none for a claim on one basis */
  agreement?: Plan;
}

const usd: Unit = (v) => ({ id: "claim.usd", args: { n: numberPlan(v, 1) } });
const usd0: Unit = (v) => ({ id: "claim.usd", args: { n: numberPlan(v, 0) } });
/** A count of FDI projects ("1 project", « 0 projet »: each language's plural rule). */
export const projects: Unit = (v) => ({ id: "amount.projects", args: { v } });

const NAME: Record<string, string> = { FRA: "France", RUS: "Russia" };
const OWNER: Record<string, string> = { FRA: "France's", RUS: "Russia's" };

/** The bases of France–Russia flows: Russia's declarations are the matrix's Russia-declared, as reported. */
const BILATERAL_COLUMN: Record<ClaimBilateralBasis, MatrixBasis> = {
  "france-declared": "france-declared",
  "russia-declared": "as-reported",
  "russia-customs": "customs",
};
const bilateralLabel = (basis: ClaimBilateralBasis): Plan =>
  basis === "france-declared" ? basisLabel("as-reported", FRANCE) : { id: `claim.basis.${basis}` as MessageId };

function fail(claim: Claim, message: string): never {
  throw new Error(`claim ${claim.id} (data/claims.csv line ${claim.line}): ${message}`);
}

const result = (basis: string, column: MatrixBasis, label: Plan, r: CheckResult): BasisResult => ({
  basis,
  column,
  basisLabel: label,
  value: r.value,
  verdict: r.verdict,
  explanation: r.explanation,
});
/** A sentence followed by a note, when there is one. */
const withNote = (text: Plan, note: Plan | undefined): Plan =>
  note ? { id: "claim.withNote", args: { text, note } } : text;

/** What a ranking ranks, for a reporter (in a year, if given), and among which countries when a basis ranks fewer than all. */
const rankingPlan = (measure: Measure, reporter: string, gap: RankBasis, year?: number): Plan => ({
  id: "claim.ranking",
  args: {
    measure,
    reporter,
    inYear: year === undefined ? "no" : "yes",
    year: String(year ?? ""),
    // the bases that rank fewer than every country (a select reads an identifier: no hyphen)
    among: gap === "customs" ? "customs" : gap === "partner-declared" ? "partnerDeclared" : "all",
    partners: CUSTOMS_PARTNERS,
  },
});

// ---- trade rankings -----------------------------------------------------------------------------------------

function tradeEntries(
  ds: Dataset,
  claim: Claim,
  reporter: "FRA" | "RUS",
  partner: string,
  year: number,
  measure: Measure,
  basis: RankBasis,
) {
  if (basis === "as-reported" && !ds.trade[reporter].some((r) => r.year === year))
    fail(claim, `${NAME[reporter]}'s declarations have no data for ${year}`);
  const ranked = rankPartners(ds, reporter, year, measure, basis);
  if (!ranked.some((r) => r.partner === partner))
    fail(claim, `${partner} is not among ${OWNER[reporter]} partners in ${year} (basis ${basis})`);
  const key = measure === "total" ? "total_usd_m" : measure === "exports" ? "exports_usd_m" : "imports_usd_m";
  const entries: RankEntry[] = ranked.map((r) => ({ code: r.partner, value: r[key] }));
  const rankOfSubject = ranked.find((r) => r.partner === partner)!.rank;
  return { entries, rankOfSubject, ranked };
}

/** A note on Russia's Belarus gap when it matters for that year and basis. */
function gapNote(
  reporter: string,
  year: number,
  basis: RankBasis,
  ranked: { partner: string; filled: boolean }[],
): Plan | undefined {
  if (reporter !== RUSSIA) return undefined;
  const blr = ranked.find((r) => r.partner === BELARUS);
  if (basis === "as-reported" && !blr) return { id: "claim.gap.absent", args: { year: String(year) } };
  if (basis === "belarus-filled" && blr?.filled) return { id: "claim.gap.filled", args: { year: String(year) } };
  return undefined;
}

/** Each basis of a ranking claim: France's own declarations are the matrix's France-declared column. */
function basesOf(
  reporter: "FRA" | "RUS",
  bases: RankBasis[],
): { basis: string; label: Plan; gap: RankBasis; column: MatrixBasis }[] {
  return bases.map((gap) => {
    const label = basisLabel(gap, reporter);
    return reporter === FRANCE && gap === "as-reported"
      ? { basis: "france-declared", label, gap, column: "france-declared" }
      : { basis: gap, label, gap, column: gap };
  });
}

// ---- bilateral flows ----------------------------------------------------------------------------------------

/** France-side flows with Russia in one year on one declaring basis, unrounded. */
function bilateralValue(
  ds: Dataset,
  claim: Claim,
  basis: ClaimBilateralBasis,
  measure: BilateralMeasure,
  year: number,
): number {
  const flows = bilateralFlows(ds, basis, year);
  if (!flows) fail(claim, `basis ${basis}: France–Russia flows are missing for ${year}`);
  const { exp, imp } = flows;
  switch (measure) {
    case "fr_exports":
      return exp;
    case "fr_imports":
      return imp;
    case "total":
      return exp + imp;
    case "balance":
      return exp - imp;
  }
}

/** A growth or change claim on France–Russia flows: the same values on each declaring basis, one check each. */
function bilateralResults(ds: Dataset, claim: Extract<Claim, { check: "growth" | "change" }>): BasisResult[] {
  const p = claim.params;
  return p.bases.map((basis) => {
    const input = {
      what: { id: `claim.flow.${p.measure}.${basis}` as MessageId },
      unit: usd,
      minPct: p.min_pct,
      fromYear: p.from,
      from: bilateralValue(ds, claim, basis, p.measure, p.from),
      toYear: p.to,
      to: bilateralValue(ds, claim, basis, p.measure, p.to),
    };
    const r =
      claim.check === "growth"
        ? checkGrowth(input)
        : checkChange({
            ...input,
            maxPct: claim.params.max_pct,
            of: claim.params.of,
            balance: p.measure === "balance",
          });
    return result(basis, BILATERAL_COLUMN[basis], bilateralLabel(basis), r);
  });
}

// ---- FDI projects -------------------------------------------------------------------------------------------

function fdiEntries(ds: Dataset, claim: Claim, year: number, codes: string[]): RankEntry[] {
  const rows = ds.fdiProjects.filter((r) => r.year === year && ds.countries.get(r.source)?.kind === "country");
  if (rows.length === 0) fail(claim, `data/fdi-projects.csv has no source-country counts for ${year}`);
  for (const c of codes)
    if (!rows.some((r) => r.source === c)) fail(claim, `data/fdi-projects.csv has no ${year} count for ${c}`);
  return rows.map((r) => ({ code: r.source, value: r.projects }));
}
const FDI_BASIS = "ey-projects";
const fdiResult = (r: CheckResult) => result(FDI_BASIS, FDI_BASIS, columnLabel(FDI_BASIS), r);

// ---- evaluation ---------------------------------------------------------------------------------------------

function resultsOf(ds: Dataset, claim: Claim): BasisResult[] {
  switch (claim.check) {
    case "rank": {
      const p = claim.params;
      if (p.data === "fdi-projects") {
        const what: Plan = { id: "claim.fdi.ranking", args: { year: String(p.year) } };
        const entries = fdiEntries(ds, claim, p.year, [p.partner]);
        return [fdiResult(checkRank({ entries, subject: p.partner, expected: p.expected, unit: projects, what }))];
      }
      return basesOf(p.reporter, p.bases).map((b) => {
        const { entries, rankOfSubject, ranked } = tradeEntries(
          ds,
          claim,
          p.reporter,
          p.partner,
          p.year,
          p.measure,
          b.gap,
        );
        const what = rankingPlan(p.measure, p.reporter, b.gap, p.year);
        const r = checkRank({ entries, subject: p.partner, expected: p.expected, what, unit: usd0 });
        if (r.value.raw !== rankOfSubject)
          fail(claim, `rank ${r.value.raw} differs from the site's ranking (${rankOfSubject})`);
        const explanation = withNote(r.explanation, gapNote(p.reporter, p.year, b.gap, ranked));
        return result(b.basis, b.column, b.label, { ...r, explanation });
      });
    }
    case "rank-change": {
      const p = claim.params;
      return basesOf(p.reporter, p.bases).map((b) => {
        const a = tradeEntries(ds, claim, p.reporter, p.partner, p.from, p.measure, b.gap);
        const z = tradeEntries(ds, claim, p.reporter, p.partner, p.to, p.measure, b.gap);
        const r = checkRankChange({
          subject: p.partner,
          among: rankingPlan(p.measure, p.reporter, b.gap),
          fromYear: p.from,
          fromRank: a.rankOfSubject,
          toYear: p.to,
          toRank: z.rankOfSubject,
          expectedPlaces: p.places,
        });
        const explanation = withNote(
          withNote(r.explanation, gapNote(p.reporter, p.from, b.gap, a.ranked)),
          gapNote(p.reporter, p.to, b.gap, z.ranked),
        );
        return result(b.basis, b.column, b.label, { ...r, explanation });
      });
    }
    case "growth":
    case "change":
      return bilateralResults(ds, claim);
    case "tie": {
      const p = claim.params;
      const all = fdiEntries(ds, claim, p.year, p.partners);
      const what: Plan = { id: "claim.fdi.counts", args: { year: String(p.year) } };
      const entries = p.partners.map((c) => all.find((e) => e.code === c)!);
      return [fdiResult(checkTie({ what, entries, unit: (v) => numberPlan(v, 0) }))];
    }
  }
}

/** "Agrees on 1 of 2 bases.": how many of a claim's bases agree; nothing for a claim on one basis. */
export function agreementPlan(results: readonly Pick<BasisResult, "verdict">[]): Plan | undefined {
  const n = results.length;
  if (n <= 1) return undefined;
  const count = results.filter((r) => r.verdict === "agrees").length;
  return { id: "claim.agreeOn", args: { agree: count === n ? "all" : count === 0 ? "none" : "some", count, n } };
}

export function evaluateClaim(ds: Dataset, claim: Claim): ClaimEvaluation {
  const results = resultsOf(ds, claim);
  const agreement = agreementPlan(results);
  return agreement ? { claim, results, agreement } : { claim, results };
}

export function evaluateClaims(ds: Dataset, claims: readonly Claim[]): ClaimEvaluation[] {
  return claims.map((c) => evaluateClaim(ds, c));
}
