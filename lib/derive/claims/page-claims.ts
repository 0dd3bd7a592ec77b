/** Claims as the pages show them: evaluated once per build from data/claims.csv and the dataset. */
import { dataset } from "../../model/load";
import { evaluateClaims, type ClaimEvaluation } from "./evaluate";
import { loadClaims } from "../../model/claims-spec";

let cached: ClaimEvaluation[] | undefined;

export function pageClaims(page?: string): ClaimEvaluation[] {
  const ds = dataset();
  cached ??= evaluateClaims(ds, loadClaims(undefined, new Set(ds.countries.keys())));
  return page ? cached.filter((e) => e.claim.page === page) : cached;
}
