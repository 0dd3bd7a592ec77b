/**
 * Evaluates the claims of data/claims.csv against the dataset: for each claim and each basis (declaring side,
 * treatment of Russia's Belarus gap, or FDI source), our value, the verdict and a one-line explanation, worded in
 * every language of the site from the same inputs (the verdict and the raw value must come out the same in each, or
 * the build stops).
 *
 * Values are computed from the unrounded CSV figures (trade index, rankPartners), never from the rounded
 * derived tables. A claim whose partner or year is missing from the data throws an Error naming the claim:
 * the build stops rather than publish a verdict that the data cannot support.
 */
import { parseCsv } from "../../model/csv-parse";
import { toCsv } from "../../model/csv-write";
import { BELARUS, FRANCE, RUSSIA, type RankBasis } from "../../model/constants";
import type { Dataset } from "../../model/load";
import { LOCALES, type Locale } from "../../i18n/locales";
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
import { claimWords } from "./language";
import { MATRIX_BASES, type MatrixBasis } from "./words";
import {
  CLAIMS_RESULTS_FILE,
  CLAIMS_RESULTS_SCHEMA,
  loadClaims,
  type BilateralMeasure,
  type Claim,
  type ClaimBilateralBasis,
  type Measure,
} from "../../model/claims-spec";

export { MATRIX_BASES, type MatrixBasis };

/** A result's words in one language. */
export interface ResultWords {
  /** short label of the basis, e.g. "Russia-declared, Belarus gap filled" */
  basisLabel: string;
  /** our value as text */
  value: string;
  explanation: string;
}

export interface BasisResult {
  /** machine id of the basis, e.g. france-declared, as-reported, belarus-filled, ey-projects */
  basis: string;
  /** the matrix column it fills */
  column: MatrixBasis;
  /** short human label in English, e.g. "Russia-declared, Belarus gap filled" */
  basisLabel: string;
  /** our value (text in English) */
  value: CheckValue;
  verdict: Verdict;
  /** in English (claims-results.csv) */
  explanation: string;
  /** the same result worded in each language */
  words: Record<Locale, ResultWords>;
}
export interface ClaimEvaluation {
  claim: Claim;
  results: BasisResult[];
}

/** The claim's own text (statement, the article's value) in a language. */
export const claimText = (claim: Claim, locale: Locale) =>
  locale === "fr"
    ? { statement: claim.statement_fr, articleValue: claim.article_value_fr }
    : { statement: claim.statement, articleValue: claim.article_value };

const usd = (locale: Locale) => (v: number) =>
  claimWords(locale).usd(`${v < 0 ? "−" : ""}${formatNumber(Math.abs(v), 1, locale)}`);
const usd0 = (locale: Locale) => (v: number) => claimWords(locale).usd(formatNumber(v, 0, locale));
const projects = (locale: Locale) => (v: number) => claimWords(locale).projects(v, formatNumber(v, 0, locale));

const NAME: Record<string, string> = { FRA: "France", RUS: "Russia" };
const OWNER: Record<string, string> = { FRA: "France's", RUS: "Russia's" };

/** A country's name in a language, from countries.csv (`name`, `name_fr`). */
function nameIn(ds: Dataset, code: string, locale: Locale): string {
  const c = ds.countries.get(code);
  if (!c) throw new Error(`claims: country ${code} is not in countries.csv`);
  return locale === "fr" ? c.name_fr : c.name;
}

/** The bases of France–Russia flows: Russia's declarations are the matrix's Russia-declared, as reported. */
const BILATERAL_COLUMN: Record<ClaimBilateralBasis, MatrixBasis> = {
  "france-declared": "france-declared",
  "russia-declared": "as-reported",
  "russia-customs": "customs",
};

function fail(claim: Claim, message: string): never {
  throw new Error(`claim ${claim.id} (data/claims.csv line ${claim.line}): ${message}`);
}

/**
 * One check run in every language on the same numbers: the English result, each language's words, and a stop if the
 * verdict or the raw value differ between languages (they are computed from numbers only, so they never should).
 */
function inEveryLanguage(
  claim: Claim,
  basis: string,
  column: MatrixBasis,
  label: (locale: Locale) => string,
  run: (locale: Locale) => CheckResult,
): BasisResult {
  const runs = Object.fromEntries(LOCALES.map((l) => [l, run(l)])) as Record<Locale, CheckResult>;
  const en = runs.en;
  for (const l of LOCALES)
    if (runs[l].verdict !== en.verdict || runs[l].value.raw !== en.value.raw)
      fail(claim, `basis ${basis}: the ${l} words give another verdict or value than the English ones`);
  return {
    basis,
    column,
    basisLabel: label("en"),
    value: en.value,
    verdict: en.verdict,
    explanation: en.explanation,
    words: Object.fromEntries(
      LOCALES.map((l) => [l, { basisLabel: label(l), value: runs[l].value.text, explanation: runs[l].explanation }]),
    ) as Record<Locale, ResultWords>,
  };
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
  const entries = (locale: Locale): RankEntry[] =>
    ranked.map((r) => ({ code: r.partner, name: nameIn(ds, r.partner, locale), value: r[key] }));
  const rankOfSubject = ranked.find((r) => r.partner === partner)!.rank;
  return { entries, rankOfSubject, ranked };
}

/** A few words on Russia's Belarus gap when it matters for that year and basis. */
function gapNote(
  reporter: string,
  year: number,
  basis: RankBasis,
  ranked: { partner: string; filled: boolean }[],
  locale: Locale,
): string {
  if (reporter !== RUSSIA) return "";
  const blr = ranked.find((r) => r.partner === BELARUS);
  if (basis === "as-reported" && !blr) return claimWords(locale).gapAbsent(String(year));
  if (basis === "belarus-filled" && blr?.filled) return claimWords(locale).gapFilled(String(year));
  return "";
}

/** Each basis of a ranking claim: France's own declarations are the matrix's France-declared column. */
function basesOf(
  reporter: "FRA" | "RUS",
  bases: RankBasis[],
): { basis: string; label: (locale: Locale) => string; gap: RankBasis; column: MatrixBasis }[] {
  return bases.map((gap) => {
    const label = (l: Locale) => claimWords(l).rankBasisLabel(gap, reporter);
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
  if (!flows) fail(claim, `${claimWords("en").bilateralBasisLabel[basis]} France–Russia flows are missing for ${year}`);
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

function fdiEntries(ds: Dataset, claim: Claim, year: number, codes: string[]) {
  const rows = ds.fdiProjects.filter((r) => r.year === year && ds.countries.get(r.source)?.kind === "country");
  if (rows.length === 0) fail(claim, `data/fdi-projects.csv has no source-country counts for ${year}`);
  for (const c of codes)
    if (!rows.some((r) => r.source === c)) fail(claim, `data/fdi-projects.csv has no ${year} count for ${c}`);
  return (locale: Locale): RankEntry[] =>
    rows.map((r) => ({ code: r.source, name: nameIn(ds, r.source, locale), value: r.projects }));
}
const FDI_BASIS = { basis: "ey-projects", column: "ey-projects" as const };
const fdiLabel = (l: Locale) => claimWords(l).fdiBasisLabel;

// ---- evaluation ---------------------------------------------------------------------------------------------

export function evaluateClaim(ds: Dataset, claim: Claim): ClaimEvaluation {
  const results: BasisResult[] = [];
  switch (claim.check) {
    case "rank": {
      const p = claim.params;
      if (p.data === "fdi-projects") {
        const entries = fdiEntries(ds, claim, p.year, [p.partner]);
        results.push(
          inEveryLanguage(claim, FDI_BASIS.basis, FDI_BASIS.column, fdiLabel, (l) =>
            checkRank(
              {
                entries: entries(l),
                subject: p.partner,
                expected: p.expected,
                unit: projects(l),
                what: claimWords(l).fdiRanking(String(p.year)),
              },
              l,
            ),
          ),
        );
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
        const r = inEveryLanguage(claim, b.basis, b.column, b.label, (l) => {
          const w = claimWords(l);
          const r = checkRank(
            {
              entries: entries(l),
              subject: p.partner,
              expected: p.expected,
              what: `${w.ranking(p.measure, p.reporter)}${w.inYear(String(p.year))}${w.among[b.gap] ?? ""}`,
              unit: usd0(l),
            },
            l,
          );
          return { ...r, explanation: r.explanation + gapNote(p.reporter, p.year, b.gap, ranked, l) };
        });
        if (r.value.raw !== rankOfSubject)
          fail(claim, `rank ${r.value.raw} differs from the site's ranking (${rankOfSubject})`);
        results.push(r);
      }
      break;
    }
    case "rank-change": {
      const p = claim.params;
      for (const b of basesOf(p.reporter, p.bases)) {
        const a = tradeEntries(ds, claim, p.reporter, p.partner, p.from, p.measure, b.gap);
        const z = tradeEntries(ds, claim, p.reporter, p.partner, p.to, p.measure, b.gap);
        results.push(
          inEveryLanguage(claim, b.basis, b.column, b.label, (l) => {
            const w = claimWords(l);
            const r = checkRankChange(
              {
                name: nameIn(ds, p.partner, l),
                among: `${w.ranking(p.measure, p.reporter)}${w.among[b.gap] ?? ""}`,
                fromYear: p.from,
                fromRank: a.rankOfSubject,
                toYear: p.to,
                toRank: z.rankOfSubject,
                expectedPlaces: p.places,
              },
              l,
            );
            const note =
              gapNote(p.reporter, p.from, b.gap, a.ranked, l) + gapNote(p.reporter, p.to, b.gap, z.ranked, l);
            return { ...r, explanation: r.explanation + note };
          }),
        );
      }
      break;
    }
    case "growth": {
      const p = claim.params;
      for (const basis of p.bases) {
        const from = bilateralValue(ds, claim, basis, p.measure, p.from);
        const to = bilateralValue(ds, claim, basis, p.measure, p.to);
        results.push(
          inEveryLanguage(
            claim,
            basis,
            BILATERAL_COLUMN[basis],
            (l) => claimWords(l).bilateralBasisLabel[basis],
            (l) =>
              checkGrowth(
                {
                  what: claimWords(l).bilateral[p.measure][basis],
                  unit: usd(l),
                  minPct: p.min_pct,
                  fromYear: p.from,
                  from,
                  toYear: p.to,
                  to,
                },
                l,
              ),
          ),
        );
      }
      break;
    }
    case "change": {
      const p = claim.params;
      for (const basis of p.bases) {
        const from = bilateralValue(ds, claim, basis, p.measure, p.from);
        const to = bilateralValue(ds, claim, basis, p.measure, p.to);
        results.push(
          inEveryLanguage(
            claim,
            basis,
            BILATERAL_COLUMN[basis],
            (l) => claimWords(l).bilateralBasisLabel[basis],
            (l) =>
              checkChange(
                {
                  what: claimWords(l).bilateral[p.measure][basis],
                  unit: usd(l),
                  minPct: p.min_pct,
                  maxPct: p.max_pct,
                  of: p.of,
                  signNames: p.measure === "balance" ? claimWords(l).balanceSigns : undefined,
                  fromYear: p.from,
                  from,
                  toYear: p.to,
                  to,
                },
                l,
              ),
          ),
        );
      }
      break;
    }
    case "tie": {
      const p = claim.params;
      const all = fdiEntries(ds, claim, p.year, p.partners);
      results.push(
        inEveryLanguage(claim, FDI_BASIS.basis, FDI_BASIS.column, fdiLabel, (l) =>
          checkTie(
            {
              what: claimWords(l).fdiCounts(String(p.year)),
              entries: p.partners.map((c) => all(l).find((e) => e.code === c)!),
              unit: (v) => formatNumber(v, 0, l),
            },
            l,
          ),
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

/** Flat rows of the results table, in English: one per claim and basis. */
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
