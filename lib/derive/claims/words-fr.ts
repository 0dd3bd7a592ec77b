/**
 * The claims' generated sentences in French (lib/derive/claims/words.ts), written as a French note would state them,
 * not translated word for word. As in the French takeaways, a country name never needs an article: it opens a clause
 * followed by a colon (« Russie : 10e… ») or stands after one (« rang précédent : Suisse »). Basis labels are those of
 * the figures (BASIS_FR, lib/model/bases-fr.ts).
 */
import { BASIS_FR } from "../../model/bases-fr";
import { CUSTOMS_PARTNERS, FRANCE, type Reporter } from "../../model/constants";
import { formatList } from "../../format";
import type { ClaimWords } from "./words";

const OF: Record<Reporter, string> = { FRA: "de la France", RUS: "de la Russie" };
const ADJ: Record<Reporter, string> = { FRA: "françaises", RUS: "russes" };
const places = (up: number, n: string) => `${n} place${Math.abs(up) === 1 ? "" : "s"}`;
const list = (items: string[]) => formatList(items, "fr");
const NO_MOVE = "aucun changement de rang";
/** « un gain de 2 places », « aucun changement de rang » */
const aMove = (move: string) => (move === NO_MOVE ? move : `un ${move}`);

export const claimWordsFr: ClaimWords = {
  notRanked: "non classé",
  noRank: "sans rang",
  na: "sans objet",
  rankAbsent: (subject, count, what, expected) =>
    `${subject} : absent des ${count} ${what} ; l’article indique ${expected}.`,
  rankValue: (rank, tied) => `${rank}${tied ? " (ex aequo)" : ""}`,
  rankExplanation: (f) => {
    const tie = f.tiedWith.length ? ` (ex aequo : ${list(f.tiedWith)})` : "";
    const context = [
      f.above && `rang précédent : ${f.above.name} (${f.above.value})`,
      f.below && `rang suivant : ${f.below.name} (${f.below.value})`,
    ]
      .filter(Boolean)
      .join(" ; ");
    return `${f.name} : ${f.rank}${tie}, avec ${f.value}${context ? ` ; ${context}` : ""} ; classement de ${f.count} ${f.what} ; l’article indique ${f.expected}.`;
  },
  move: (up, n) => (up > 0 ? `gain de ${places(up, n)}` : up < 0 ? `recul de ${places(up, n)}` : NO_MOVE),
  rankChangeValue: (move, fromRank, toRank) => `${move} (${fromRank} → ${toRank})`,
  rankChangeNoRank: (name, fromYear, toYear) => `${name} : pas de rang valable en ${fromYear} ou en ${toYear}.`,
  rankChangeExplanation: (f) =>
    `${f.among ? `Parmi les ${f.among}, ` : ""}${f.name} : ${f.fromRank} en ${f.fromYear}, ${f.toRank} en ${f.toYear}, soit ${aMove(f.move)} ; l’article indique ${aMove(f.expected)}.`,
  up: (pct) => `en hausse de ${pct}`,
  down: (pct) => `en baisse de ${pct}`,
  unchanged: "stable",
  growthValues: (what, from, fromYear, to, toYear) => `${what} : ${from} en ${fromYear}, ${to} en ${toYear}`,
  growthNa: (values) => `${values} ; un taux de croissance suppose une valeur de départ positive.`,
  growthExplanation: (values, move, threshold, ok) =>
    `${values}, ${move} ; l’article affirme une croissance de plus de ${threshold} : ${ok ? "c’est le cas" : "ce n’est pas le cas"}.`,
  changeValues: (what, from, fromYear, to, toYear) => `${what} : ${from} en ${fromYear}, ${to} en ${toYear}`,
  changeFromZero: (values) => `${values} ; une variation en pourcentage à partir de zéro n’a pas de sens.`,
  changeSignFlip: (values) =>
    `${values} ; la valeur change de signe : la variation en pourcentage de sa valeur absolue n’a pas de sens.`,
  changeOfNegative: (values) =>
    `${values} ; la variation en pourcentage d’une valeur négative est ambiguë (vérifier plutôt sa valeur absolue).`,
  sizeSubject: (sign, negative) =>
    `en valeur absolue (${sign ?? (negative ? "valeur négative" : "valeur positive")} les deux années)`,
  valueSubject: "variation",
  rangeFall: (a, b) => `une baisse de ${a} à ${b}`,
  rangeRise: (a, b) => `une hausse de ${a} à ${b}`,
  rangeBetween: (a, b) => `une variation comprise entre ${a} et ${b}`,
  changeExplanation: (f) =>
    `${f.values} ; ${f.subject} : ${f.move} ; l’affirmation est lue comme ${f.range} : ${f.inRange ? "dans cette fourchette" : `hors de cette fourchette (${f.pct} est ${f.below ? "inférieur" : "supérieur"} à ${f.edge})`}.`,
  tieItem: (name, value) => `${name} ${value}`,
  tieNa: (what) => `${what} : une égalité suppose au moins deux valeurs.`,
  tieExplanation: (what, items, equal, gap) =>
    `${what} : ${items} ; ${equal ? "à égalité, comme le dit l’article" : `pas à égalité (écart de ${gap}), alors que l’article les dit à égalité`}.`,

  usd: (amount) => `${amount} M$`,
  projects: (n, count) => `${count} projet${n === 1 ? "" : "s"}`,
  ranking: (measure, reporter) =>
    ({
      total: `partenaires ${OF[reporter]} selon le total des échanges (exportations + importations)`,
      exports: `destinations des exportations ${ADJ[reporter]}`,
      imports: `fournisseurs des importations ${ADJ[reporter]}`,
    })[measure],
  inYear: (year) => ` en ${year}`,
  among: {
    customs: `, parmi les ${CUSTOMS_PARTNERS} partenaires principaux du tableau des douanes russes (et non parmi tous les pays)`,
    "partner-declared": ", parmi les pays qui déclarent leurs échanges au FMI",
  },
  bilateral: {
    fr_exports: {
      "france-declared": "Exportations de la France vers la Russie",
      "russia-declared": "Importations de la Russie en provenance de France",
      "russia-customs": "Importations de la Russie en provenance de France (douanes)",
    },
    fr_imports: {
      "france-declared": "Importations de la France en provenance de Russie",
      "russia-declared": "Exportations de la Russie vers la France",
      "russia-customs": "Exportations de la Russie vers la France (douanes)",
    },
    total: {
      "france-declared": "Échanges France–Russie (exportations + importations)",
      "russia-declared": "Échanges Russie–France (exportations + importations)",
      "russia-customs": "Échanges Russie–France (exportations + importations, douanes)",
    },
    balance: {
      "france-declared": "Solde commercial de la France avec la Russie (exportations − importations)",
      "russia-declared":
        "Solde commercial de la France avec la Russie, en miroir (importations de la Russie en provenance de France − ses exportations vers la France)",
      "russia-customs":
        "Solde commercial de la France avec la Russie, en miroir des douanes russes (importations de la Russie en provenance de France − ses exportations vers la France)",
    },
  },
  balanceSigns: { negative: "déficit français", positive: "excédent français" },
  fdiRanking: (year) =>
    `pays d’origine dont les sources citées donnent le nombre de projets recensés par EY pour ${year} (la liste complète d’EY par pays n’est pas disponible : le rang ne vaut que parmi ces pays)`,
  fdiCounts: (year) => `Projets d’IDE en Russie recensés par EY, ${year}`,
  gapAbsent: (year) => ` La Biélorussie est absente des déclarations de la Russie pour ${year}.`,
  gapFilled: (year) =>
    ` Les échanges de la Russie avec la Biélorussie en ${year} sont repris des déclarations de la Biélorussie.`,
  rankBasisLabel: (basis, reporter) => BASIS_FR[basis].label[reporter],
  bilateralBasisLabel: {
    "france-declared": BASIS_FR["as-reported"].label[FRANCE],
    "russia-declared": "Déclarations de la Russie (en miroir)",
    "russia-customs": "Douanes russes (SFD, en miroir)",
  },
  fdiBasisLabel: "Projets recensés par EY",

  columns: {
    "france-declared": BASIS_FR["as-reported"].label[FRANCE],
    "as-reported": "Déclarations de la Russie (telles quelles)",
    "belarus-filled": "Déclarations de la Russie (lacune biélorusse comblée)",
    "belarus-excluded": "Déclarations de la Russie (sans la Biélorussie)",
    "partner-declared": BASIS_FR["partner-declared"].label[FRANCE],
    customs: "Douanes russes (SFD)",
    "ey-projects": "Projets recensés par EY",
  },
  reasons: {
    notTrade: "EY recense des projets d’IDE, non des échanges.",
    notProjects: "Les statistiques commerciales ne recensent pas les projets d’IDE.",
    customsNotFrance: "Le tableau des douanes russes classe les partenaires de la Russie, non ceux de la France.",
    russiaNotFrance: "Les déclarations de la Russie classent les partenaires de la Russie, non ceux de la France.",
    franceNotRussia: "Les déclarations de la France classent les partenaires de la France, non ceux de la Russie.",
    belarusSame:
      "La Biélorussie n’entre pas dans les échanges France–Russie : cette base donne les mêmes chiffres que les déclarations de la Russie.",
    partnerSame:
      "Dans les échanges France–Russie, chaque pays est le partenaire de l’autre : les déclarations des partenaires sont celles de la France et de la Russie.",
    notListed: "Base non retenue pour cette affirmation dans data/claims.csv.",
  },
  list,
  reproducedOnOne: (basis) => `Reproduite sur la seule base qui permet de la calculer (${basis})`,
  reproducedOnAll: (count, bases) => `Reproduite sur les ${count} bases qui permettent de la calculer (${bases})`,
  reproducedOnNone: (count) => `Reproduite sur aucune des ${count} bases qui permettent de la calculer`,
  reproducedOn: (bases) => `Reproduite sur : ${bases}`,
  notOn: (bases) => `non reproduite sur : ${bases}`,
  differsOn: (bases) => `écart sur : ${bases}`,
  cannotOn: (bases) => `invérifiable sur : ${bases}`,
  sentence: (parts) => `${parts.join(" ; ")}.`,
  summaryReproduced: (reproduced, claims, none) =>
    `${reproduced} des ${claims} affirmations sont reproduites sur au moins une base ; ${none} sur aucune.`,
  summaryGroup: (table, claims, count, bases) => {
    const head = `${table} (${count} affirmation${claims === 1 ? "" : "s"})`;
    if (bases === undefined)
      return `${head} : aucune base ne ${claims === 1 ? "la reproduit" : "les reproduit toutes"} à elle seule.`;
    return `${head} : ${claims === 1 ? "reproduite" : "toutes reproduites"} sur : ${bases}.`;
  },

  agreeOn: (agree, n, f) => {
    if (n === 1) return "";
    if (n === 2)
      return agree === 2
        ? "Concordance sur les deux bases."
        : agree === 0
          ? "Aucune des deux bases ne concorde."
          : `Concordance sur ${f(agree)} base sur ${f(n)}.`; // agree is 1 here
    return agree === n
      ? `Concordance sur les ${f(n)} bases.`
      : agree === 0
        ? `Aucune des ${f(n)} bases ne concorde.`
        : `Concordance sur ${f(agree)} base${agree === 1 ? "" : "s"} sur ${f(n)}.`;
  },
};
