/**
 * Evaluates the claims of data/claims.csv against the dataset: for each claim and each basis (declaring side,
 * treatment of Russia's Belarus gap, or FDI source), our value, the verdict and a one-line explanation.
 *
 * Values are computed from the unrounded CSV figures (trade index, rankPartners), never from the rounded
 * derived tables. A claim whose partner or year is missing from the data throws an Error naming the claim:
 * the build stops rather than publish a verdict that the data cannot support.
 */
import { parseCsv } from "../../model/csv-parse";
import { toCsv } from "../../model/csv-write";
import { BASIS_INFO, BELARUS, CUSTOMS_PARTNERS, FRANCE, RUSSIA, type RankBasis } from "../../model/constants";
import type { Dataset } from "../../model/load";
import { rankPartners } from "../rankings";
import { bilateralFlows } from "../bilateral";
import { formatNumber } from "../../format";
import {
  checkChange,
  checkGrowth,
  checkRank,
  checkRankChange,
  checkTie,
  type CheckResult,
  type CheckValue,
  type RankEntry,
  type Verdict,
} from "./checks";
import {
  CLAIMS_RESULTS_FILE,
  CLAIMS_RESULTS_SCHEMA,
  loadClaims,
  type BilateralMeasure,
  type Claim,
  type ClaimBilateralBasis,
  type Measure,
} from "../../model/claims-spec";

/** The columns of the claims × bases matrix (lib/derive/claims/matrix.ts): every basis a claim may be computed on. */
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

export interface BasisResult {
  /** machine id of the basis, e.g. france-declared, as-reported, belarus-filled, ey-projects */
  basis: string;
  /** the matrix column it fills */
  column: MatrixBasis;
  /** short human label, e.g. "Russia-declared, Belarus gap filled" */
  basisLabel: string;
  value: CheckValue;
  verdict: Verdict;
  explanation: string;
}
export interface ClaimEvaluation {
  claim: Claim;
  results: BasisResult[];
}

const usd = (v: number) => `USD ${v < 0 ? "−" : ""}${formatNumber(Math.abs(v), 1)} m`;
const usd0 = (v: number) => `USD ${formatNumber(v, 0)} m`;
const projects = (v: number) => `${formatNumber(v, 0)} project${v === 1 ? "" : "s"}`;

const OWNER: Record<string, string> = { FRA: "France's", RUS: "Russia's" };
/** What a ranking ranks, for a reporter code (FRA, RUS). */
const MEASURE_WORDS: Record<Measure, (reporter: string) => string> = {
  total: (r) => `partners of ${NAME[r]} by total trade (exports + imports)`,
  exports: (r) => `destinations of ${OWNER[r]} exports`,
  imports: (r) => `suppliers of ${OWNER[r]} imports`,
};
const NAME: Record<string, string> = { FRA: "France", RUS: "Russia" };

const BILATERAL_LABEL: Record<ClaimBilateralBasis, string> = {
  "france-declared": "France-declared",
  "russia-declared": "Russia-declared (mirrored)",
  "russia-customs": "Russia's customs (FCS, mirrored)",
};
/** The matrix column of each France–Russia flow basis: Russia's declarations are Russia-declared, as reported. */
const BILATERAL_COLUMN: Record<ClaimBilateralBasis, MatrixBasis> = {
  "france-declared": "france-declared",
  "russia-declared": "as-reported",
  "russia-customs": "customs",
};

function fail(claim: Claim, message: string): never {
  throw new Error(`claim ${claim.id} (data/claims.csv line ${claim.line}): ${message}`);
}

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
  const entries: RankEntry[] = ranked.map((r) => ({ code: r.partner, name: r.name, value: r[key] }));
  const rankOfSubject = ranked.find((r) => r.partner === partner)!.rank;
  return { entries, rankOfSubject, ranked };
}

/** A few words on Russia's Belarus gap when it matters for that year and basis. */
function gapNote(
  reporter: string,
  year: number,
  basis: RankBasis,
  ranked: { partner: string; filled: boolean }[],
): string {
  if (reporter !== RUSSIA) return "";
  const blr = ranked.find((r) => r.partner === BELARUS);
  if (basis === "as-reported" && !blr) return ` Belarus is absent from Russia's declarations for ${year}.`;
  if (basis === "belarus-filled" && blr?.filled)
    return ` Russia's ${year} trade with Belarus is taken from Belarus's declarations.`;
  return "";
}

function basesOf(
  reporter: "FRA" | "RUS",
  bases: RankBasis[],
): { basis: string; label: string; gap: RankBasis; column: MatrixBasis }[] {
  return bases.map((gap) =>
    reporter === FRANCE && gap === "as-reported"
      ? { basis: "france-declared", label: "France-declared", gap, column: "france-declared" }
      : { basis: gap, label: BASIS_INFO[gap].label[reporter], gap, column: gap },
  );
}

/** What a ranking on a basis ranks, when it is not every country. */
const AMONG: Partial<Record<RankBasis, string>> = {
  customs: `, among the ${CUSTOMS_PARTNERS} main partners of Russia's customs table (not all countries)`,
  "partner-declared": ", among the countries that declare their trade to the IMF",
};

// ---- bilateral flows ----------------------------------------------------------------------------------------

const BILATERAL_WHAT: Record<BilateralMeasure, Record<ClaimBilateralBasis, string>> = {
  fr_exports: {
    "france-declared": "France's exports to Russia",
    "russia-declared": "Russia's imports from France",
    "russia-customs": "Russia's imports from France (customs)",
  },
  fr_imports: {
    "france-declared": "France's imports from Russia",
    "russia-declared": "Russia's exports to France",
    "russia-customs": "Russia's exports to France (customs)",
  },
  total: {
    "france-declared": "France–Russia trade (exports + imports)",
    "russia-declared": "Russia–France trade (exports + imports)",
    "russia-customs": "Russia–France trade (exports + imports, customs)",
  },
  balance: {
    "france-declared": "France's trade balance with Russia (exports − imports)",
    "russia-declared":
      "France's trade balance with Russia, mirrored (Russia's imports from France − its exports to France)",
    "russia-customs":
      "France's trade balance with Russia, mirrored from Russia's customs (its imports from France − its exports to France)",
  },
};

/** France-side flows with Russia in one year on one declaring basis, unrounded. */
function bilateralValue(
  ds: Dataset,
  claim: Claim,
  basis: ClaimBilateralBasis,
  measure: BilateralMeasure,
  year: number,
): number {
  const flows = bilateralFlows(ds, basis, year);
  if (!flows) fail(claim, `${BILATERAL_LABEL[basis]} France–Russia flows are missing for ${year}`);
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

// ---- FDI projects -------------------------------------------------------------------------------------------

function fdiEntries(ds: Dataset, claim: Claim, year: number, codes: string[]): RankEntry[] {
  const rows = ds.fdiProjects.filter((r) => r.year === year && ds.countries.get(r.source)?.kind === "country");
  if (rows.length === 0) fail(claim, `data/fdi-projects.csv has no source-country counts for ${year}`);
  for (const c of codes)
    if (!rows.some((r) => r.source === c)) fail(claim, `data/fdi-projects.csv has no ${year} count for ${c}`);
  return rows.map((r) => ({ code: r.source, name: ds.countries.get(r.source)!.name, value: r.projects }));
}
const FDI_BASIS = { basis: "ey-projects", label: "EY project counts", column: "ey-projects" as const };

// ---- evaluation ---------------------------------------------------------------------------------------------

const result = (basis: string, basisLabel: string, column: MatrixBasis, r: CheckResult): BasisResult => ({
  basis,
  basisLabel,
  column,
  ...r,
});

export function evaluateClaim(ds: Dataset, claim: Claim): ClaimEvaluation {
  const results: BasisResult[] = [];
  switch (claim.check) {
    case "rank": {
      const p = claim.params;
      if (p.data === "fdi-projects") {
        const entries = fdiEntries(ds, claim, p.year, [p.partner]);
        const r = checkRank({
          entries,
          subject: p.partner,
          expected: p.expected,
          unit: projects,
          what: `source countries with an EY project count for ${p.year} in the sources quoted (EY's full list by country is not available, so the rank is among these countries only)`,
        });
        results.push(result(FDI_BASIS.basis, FDI_BASIS.label, FDI_BASIS.column, r));
        break;
      }
      for (const b of basesOf(p.reporter, p.bases)) {
        const { entries, rankOfSubject, ranked } = tradeEntries(
          ds,
          claim,
          p.reporter,
          p.partner,
          p.year,
          p.measure,
          b.gap,
        );
        const r = checkRank({
          entries,
          subject: p.partner,
          expected: p.expected,
          what: `${MEASURE_WORDS[p.measure](p.reporter)} in ${p.year}${AMONG[b.gap] ?? ""}`,
          unit: usd0,
        });
        if (r.value.raw !== rankOfSubject)
          fail(claim, `rank ${r.value.raw} differs from the site's ranking (${rankOfSubject})`);
        results.push(
          result(b.basis, b.label, b.column, {
            ...r,
            explanation: r.explanation + gapNote(p.reporter, p.year, b.gap, ranked),
          }),
        );
      }
      break;
    }
    case "rank-change": {
      const p = claim.params;
      for (const b of basesOf(p.reporter, p.bases)) {
        const a = tradeEntries(ds, claim, p.reporter, p.partner, p.from, p.measure, b.gap);
        const z = tradeEntries(ds, claim, p.reporter, p.partner, p.to, p.measure, b.gap);
        const name = ds.countries.get(p.partner)?.name ?? p.partner;
        const r = checkRankChange({
          name: `Among the ${MEASURE_WORDS[p.measure](p.reporter)}${AMONG[b.gap] ?? ""}, ${name}`,
          fromYear: p.from,
          fromRank: a.rankOfSubject,
          toYear: p.to,
          toRank: z.rankOfSubject,
          expectedPlaces: p.places,
        });
        const note = gapNote(p.reporter, p.from, b.gap, a.ranked) + gapNote(p.reporter, p.to, b.gap, z.ranked);
        results.push(result(b.basis, b.label, b.column, { ...r, explanation: r.explanation + note }));
      }
      break;
    }
    case "growth": {
      const p = claim.params;
      for (const basis of p.bases) {
        const r = checkGrowth({
          what: `${BILATERAL_WHAT[p.measure][basis]}`,
          unit: usd,
          minPct: p.min_pct,
          fromYear: p.from,
          from: bilateralValue(ds, claim, basis, p.measure, p.from),
          toYear: p.to,
          to: bilateralValue(ds, claim, basis, p.measure, p.to),
        });
        results.push(result(basis, BILATERAL_LABEL[basis], BILATERAL_COLUMN[basis], r));
      }
      break;
    }
    case "change": {
      const p = claim.params;
      for (const basis of p.bases) {
        const r = checkChange({
          what: BILATERAL_WHAT[p.measure][basis],
          unit: usd,
          minPct: p.min_pct,
          maxPct: p.max_pct,
          of: p.of,
          signNames:
            p.measure === "balance" ? { negative: "a French deficit", positive: "a French surplus" } : undefined,
          fromYear: p.from,
          from: bilateralValue(ds, claim, basis, p.measure, p.from),
          toYear: p.to,
          to: bilateralValue(ds, claim, basis, p.measure, p.to),
        });
        results.push(result(basis, BILATERAL_LABEL[basis], BILATERAL_COLUMN[basis], r));
      }
      break;
    }
    case "tie": {
      const p = claim.params;
      const all = fdiEntries(ds, claim, p.year, p.partners);
      const entries = p.partners.map((c) => all.find((e) => e.code === c)!);
      results.push(
        result(
          FDI_BASIS.basis,
          FDI_BASIS.label,
          FDI_BASIS.column,
          checkTie({
            what: `EY counts of FDI projects in Russia, ${p.year}`,
            entries,
            unit: (v) => formatNumber(v, 0),
          }),
        ),
      );
      break;
    }
  }
  return { claim, results };
}

export function evaluateClaims(ds: Dataset, claims: readonly Claim[]): ClaimEvaluation[] {
  return claims.map((c) => evaluateClaim(ds, c));
}

export const CLAIMS_RESULTS_COLUMNS = CLAIMS_RESULTS_SCHEMA.fields.map((f) => f.name);

/** Flat rows of the results table: one per claim and basis. */
export function claimsRows(evaluations: readonly ClaimEvaluation[]) {
  return evaluations.flatMap(({ claim, results }) =>
    results.map((r) => ({
      id: claim.id,
      page: claim.page,
      statement: claim.statement,
      article_value: claim.article_value,
      basis: r.basisLabel,
      our_value: r.value.text,
      verdict: r.verdict,
      explanation: r.explanation,
    })),
  );
}

/** The results table as CSV text (served at /data/claims-results.csv); it must pass its own schema. */
export function claimsCsv(
  ds: Dataset,
  claims: readonly Claim[] = loadClaims(undefined, new Set(ds.countries.keys())),
): string {
  const csv = toCsv(CLAIMS_RESULTS_COLUMNS, claimsRows(evaluateClaims(ds, claims)));
  parseCsv(`public/data/${CLAIMS_RESULTS_FILE}`, csv, CLAIMS_RESULTS_SCHEMA);
  return csv;
}
