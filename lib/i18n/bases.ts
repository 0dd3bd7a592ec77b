/**
 * The statistical bases as sentence plans: a basis's short label (per reporter) and the one sentence that explains it,
 * worded by the catalogues (`basis.<basis>.label.<reporter>`, `basis.<basis>.sentence`), so the figures, the claims
 * and the data catalogue name a basis with the same words in every language.
 */
import { BASIS_INFO, CUSTOMS_PARTNERS, CUSTOMS_YEARS, type RankBasis, type Reporter } from "../model/constants";
import type { MessageId, Plan } from "./translate";

const ARGS = { partners: CUSTOMS_PARTNERS, from: String(CUSTOMS_YEARS.from), to: String(CUSTOMS_YEARS.to) };

/** The label of a basis that ranks a reporter's partners; a basis that cannot rank them stops the build. */
export function basisLabel(basis: RankBasis, reporter: Reporter): Plan {
  if (!BASIS_INFO[basis].reporters.includes(reporter))
    throw new Error(`basis ${basis} cannot rank ${reporter}'s partners (lib/model/constants.ts BASIS_INFO)`);
  return { id: `basis.${basis}.label.${reporter}` as MessageId, args: ARGS };
}

/** The one sentence that says what a basis is. */
export const basisSentence = (basis: RankBasis): Plan => ({ id: `basis.${basis}.sentence` as MessageId, args: ARGS });
