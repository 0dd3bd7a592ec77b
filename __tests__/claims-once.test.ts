/**
 * The claims are evaluated once, in no language: each check runs once per claim and basis (not once per language),
 * and wording the results in every language (the claims lists, the matrix, claims-results.csv) runs no check again.
 */
import * as path from "node:path";
import { loadClaims } from "../lib/model/claims-spec";
import { derived } from "../lib/derive";
import { claimsRows } from "../lib/derive/claims/results-csv";
import { claimsMatrix } from "../lib/derive/claims/matrix";
import * as checks from "../lib/derive/claims/checks";
import { LOCALES } from "../lib/i18n/locales";
import { claimViews } from "../lib/publish/page-data";

jest.mock("../lib/derive/claims/checks", () => {
  const actual = jest.requireActual("../lib/derive/claims/checks");
  return {
    ...actual,
    checkRank: jest.fn(actual.checkRank),
    checkRankChange: jest.fn(actual.checkRankChange),
    checkGrowth: jest.fn(actual.checkGrowth),
    checkChange: jest.fn(actual.checkChange),
    checkTie: jest.fn(actual.checkTie),
  };
});

const KINDS = ["checkRank", "checkRankChange", "checkGrowth", "checkChange", "checkTie"] as const;
const calls = () => KINDS.reduce((n, k) => n + (checks[k] as jest.Mock).mock.calls.length, 0);

test("each check runs once per claim and basis, and wording the results in every language runs none", () => {
  const claims = loadClaims(path.join(__dirname, "..", "data"));
  // the bases each claim lists in data/claims.csv: one result, and one check, per claim and basis
  const bases = claims.reduce((n, c) => n + ("bases" in c.params ? c.params.bases.length : 1), 0);
  expect(bases).toBe(35);

  const d = derived(); // the site's derivation: the claims evaluated, claims-results.csv worded
  expect(d.claims.reduce((n, e) => n + e.results.length, 0)).toBe(bases);
  expect(calls()).toBe(bases);
  expect((checks.checkTie as jest.Mock).mock.calls).toHaveLength(1);

  // the pages in every language, the matrix and the CSV word the same results
  for (const locale of LOCALES) claimViews(d.claims, locale);
  claimsMatrix(d.claims);
  claimsRows(d.ds, d.claims);
  expect(calls()).toBe(bases);
});
