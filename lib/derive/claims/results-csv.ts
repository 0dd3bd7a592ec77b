/**
 * The claims results table (claims-results.csv): one row per claim and basis, in the language of the site's CSVs,
 * English, as every served CSV is. The one place in the derive stage that words a sentence plan: the results are
 * computed once by evaluate.ts, in no language, and this file renders them with the English catalogue
 * (messages/en.json) and countries.csv's English names, as the pages render them in theirs.
 */
import { parseCsv } from "../../model/csv-parse";
import { toCsv } from "../../model/csv-write";
import type { Dataset } from "../../model/load";
import { translate, type Plan, type TranslateContext } from "../../i18n/translate";
import {
  CLAIMS_LANGUAGE,
  CLAIMS_RESULTS_FILE,
  CLAIMS_RESULTS_SCHEMA,
  loadClaims,
  type Claim,
} from "../../model/claims-spec";
import { evaluateClaims, type ClaimEvaluation } from "./evaluate";

export const CLAIMS_RESULTS_COLUMNS = CLAIMS_RESULTS_SCHEMA.fields.map((f) => f.name);

/** The CSV's language: that of data/claims.csv's own text (statement, article_value), English. */
const CSV_LANGUAGE = CLAIMS_LANGUAGE;

/** Country names in the CSVs' language: countries.csv's `name`. */
const csvContext = (ds: Dataset): TranslateContext => ({
  country(code) {
    const c = ds.countries.get(code);
    if (!c) throw new Error(`claims: country ${code} is not in countries.csv`);
    return c.name;
  },
});

/** Flat rows of the results table: one per claim and basis. */
export function claimsRows(ds: Dataset, evaluations: readonly ClaimEvaluation[]) {
  const ctx = csvContext(ds);
  const say = (plan: Plan) => translate(CSV_LANGUAGE, plan, ctx);
  return evaluations.flatMap(({ claim, results }) =>
    results.map((r) => ({
      id: claim.id,
      page: claim.page,
      statement: claim.statement,
      article_value: claim.article_value,
      basis: say(r.basisLabel),
      our_value: say(r.value.plan),
      verdict: r.verdict,
      explanation: say(r.explanation),
    })),
  );
}

/** The results table as CSV text (served at /data/claims-results.csv); it must pass its own schema. */
export function claimsCsv(
  ds: Dataset,
  claims: readonly Claim[] = loadClaims(undefined, new Set(ds.countries.keys())),
): string {
  const csv = toCsv(CLAIMS_RESULTS_COLUMNS, claimsRows(ds, evaluateClaims(ds, claims)));
  parseCsv(`data/${CLAIMS_RESULTS_FILE}`, csv, CLAIMS_RESULTS_SCHEMA);
  return csv;
}
