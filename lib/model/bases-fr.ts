/**
 * The statistical bases in French (labels by reporter, and the one sentence that explains each), beside their English
 * definition (BASIS_INFO in lib/model/constants.ts): here, below every stage that words them, so the figures
 * (lib/figures/words-fr.ts) and the claims (lib/derive/claims/words-fr.ts) read the same French words.
 */
import { CUSTOMS_PARTNERS, CUSTOMS_YEARS, type RankBasis, type Reporter } from "./constants";

/** The statistical bases in French: label by reporter, and the one sentence that explains each (as BASIS_INFO). */
export const BASIS_FR: Record<RankBasis, { label: Record<Reporter, string>; sentence: string }> = {
  "as-reported": {
    label: { FRA: "Déclarations de la France", RUS: "Déclarations de la Russie, telles quelles" },
    sentence:
      "Déclarations du pays lui-même : celles de chaque pays au FMI, de la France pour les partenaires de la France et de la Russie pour ceux de la Russie.",
  },
  "belarus-filled": {
    label: { FRA: "", RUS: "Déclarations de la Russie, lacune biélorusse comblée" },
    sentence:
      "Déclarations de la Russie, avec ses échanges avec la Biélorussie en 2009 et 2010, que la Russie n’a pas déclarés, repris des déclarations de la Biélorussie.",
  },
  "belarus-excluded": {
    label: { FRA: "", RUS: "Déclarations de la Russie, sans la Biélorussie" },
    sentence:
      "Déclarations de la Russie sans la Biélorussie, quelle que soit l’année, afin que les années avec et sans chiffres russes pour la Biélorussie (absents en 2009 et 2010) soient comparables.",
  },
  "partner-declared": {
    label: { FRA: "Déclarations des partenaires (miroir)", RUS: "Déclarations des partenaires (miroir)" },
    sentence:
      "Déclarations des partenaires (miroir) : ce que chaque pays partenaire déclare de ses échanges avec le pays classé, ses importations en provenance d’un partenaire étant les exportations déclarées par ce partenaire ; les partenaires qui ne déclarent pas au FMI manquent.",
  },
  customs: {
    label: { FRA: "", RUS: `Douanes russes (SFD), parmi ${CUSTOMS_PARTNERS} partenaires principaux` },
    sentence: `Statistiques douanières russes (Service fédéral des douanes, publiées par Rosstat), qui ne recensent que ${CUSTOMS_PARTNERS} partenaires principaux, ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to} : un rang y est un rang parmi ces ${CUSTOMS_PARTNERS}, non parmi tous les pays.`,
  },
};
