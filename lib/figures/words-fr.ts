/**
 * The figures' and chart pages' words in French, by figure id and by the keys the figure files use (series, views,
 * table columns, source links by address), so the figure files keep their English words and their logic untouched,
 * and a figure, view or column added in English without its French words stops the build, naming the figure and the
 * key (`figureIn`, run on every figure and view by the build). Numbers here are the figure files' own constants
 * (years shown, how many partners), never results: sentences that state a result are generated per language.
 */
import {
  basesFor,
  CUSTOMS_BILATERAL,
  CUSTOMS_YEARS,
  EUROSTAT_BASIS,
  FRANCE,
  RUSSIA,
  YEAR_MAX,
  type Reporter,
} from "../model/constants";
import type { Derived } from "../derive";
import { BASIS_FR } from "../model/bases-fr";
import { declaringPartners } from "../derive/bases";
import { RATE_YEAR_MIN } from "../model/schemas";
import { FRANCE_DEPTH, YEAR_MIN } from "../model/constants";
import type { FigureId, PageSlug } from "./types";
import { PAIR } from "./shared";
import { FRANCE_TOP } from "./france-top-partners";
import { RUSSIA_TOP } from "./russia-top-partners";

export interface FigureWords {
  title: string;
  units: string;
  source: string;
  notes: string[];
  /** source links' labels, by their English label (two links of a figure may share an address) */
  links: Record<string, string>;
  /** legend labels, by series key */
  series: Record<string, string>;
  /** view labels, by view key */
  variants: Record<string, string>;
  /** table column labels, by column key */
  columns: Record<string, string>;
  /** the data table's caption in one view (its French label given) */
  caption(variant: string, variantLabel: string, d: Derived): string;
  /** the year explorer's label, when the figure has one */
  explorer?: string;
}

export interface PageWords {
  table: string;
  title: string;
  summary: string;
  article: string;
}

const IMF_SOURCE =
  "Source : FMI, Direction of Trade Statistics (déclarations de chaque pays), via SamLeBlanc/Direction-of-Trade-Map ; calculs de ce site.";
const IMF_LINKS = { "IMF Direction of Trade Statistics": "FMI, Direction of Trade Statistics" };
const EUROSTAT_LINKS = {
  "Eurostat Comext (DS-045409), via mary-lev/eu-export-sanctions":
    "Eurostat Comext (DS-045409), via mary-lev/eu-export-sanctions",
  "ECB euro reference rates": "Taux de référence de l’euro (BCE)",
};
const RANK_NOTE =
  "Les rangs ne comptent que des pays : le monde, l’UE, la zone euro, les régions et les lignes « non spécifié » sont exclus. La Chine s’entend hors Hong Kong et Macao, comptés comme partenaires distincts.";
const RANK_COLUMNS = {
  year: "Année",
  rank: "Rang",
  name: "Partenaire",
  exports_usd_m: "Exportations (M$)",
  imports_usd_m: "Importations (M$)",
  total_usd_m: "Total (M$)",
};
const ROSSTAT_LINKS = {
  "Rosstat, Russia's foreign trade with its main partners (FCS data), via mary-lev/eu-export-sanctions":
    "Rosstat, commerce extérieur de la Russie avec ses principaux partenaires (données du SFD), via mary-lev/eu-export-sanctions",
};
export { BASIS_FR };
const basisVariantsFr = (reporter: Reporter) =>
  Object.fromEntries(basesFor(reporter).map((b) => [b, BASIS_FR[b].label[reporter]]));
const basisNotesFr = (reporter: Reporter) => basesFor(reporter).map((b) => BASIS_FR[b].sentence);
/** As basisCaption (lib/figures/shared.ts): on partner-declared, how many countries declare in the two years. */
function basisCaptionFr(d: Derived, reporter: Reporter, basis: string, label: string): string {
  if (basis !== "partner-declared") return label;
  const n = (year: number) => declaringPartners(d.ds, reporter, year);
  return `${label} : ${n(PAIR.a)} pays déclarent leurs échanges avec ${reporter === FRANCE ? "la France" : "la Russie"} en ${PAIR.a}, ${n(PAIR.b)} en ${PAIR.b} ; les partenaires qui ne déclarent pas manquent`;
}
const RUSSIA_SOURCE = `${IMF_SOURCE} Vue douanes russes : Rosstat (données du SFD).`;
const CUSTOMS_SOURCE =
  "Vue douanes russes : Rosstat, commerce extérieur de la Russie avec ses principaux partenaires (données du SFD) ; la licence figure sur la page des données.";
const RANK_LEGEND = (name: string) => ({ highlight: name, others: "Autres partenaires" });

export const FIGURE_WORDS_FR: Record<FigureId, FigureWords> = {
  "bilateral-trade": {
    title: "Échanges de biens France–Russie par année",
    units: "En millions de dollars US, prix courants",
    source: `${IMF_SOURCE} Vue douanes russes : Rosstat (données du SFD). Vue Eurostat : Eurostat Comext (DS-045409) et taux de référence de l’euro de la BCE.`,
    notes: [
      "Les chiffres déclarés par la France et par la Russie diffèrent (valorisation FAB/CAF, décalages de date, attribution du partenaire, transit) : le sélecteur montre les déclarations de chaque côté.",
      "Déclarations de la Russie : les exportations françaises sont les importations déclarées par la Russie en provenance de France, les importations françaises ses exportations déclarées vers la France.",
      `Vue douanes russes : les statistiques douanières de la Russie elle-même (données du Service fédéral des douanes, publiées par Rosstat), ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to}, lues en miroir comme les déclarations de la Russie ; une compilation distincte des déclarations de la Russie au FMI.`,
      "Solde = exportations françaises − importations françaises ; un solde négatif est un déficit français.",
      `Les séries du FMI s’arrêtent en ${YEAR_MAX}. La vue Eurostat est une source distincte (déclarations de la France à Eurostat, en euros, converties au cours annuel moyen de la BCE de chaque année), présentée pour les seules années complètes : les exportations pour chaque année complète depuis 2019, les importations seulement lorsque les douze mois existent ; une année manquante reste vide et n’est jamais complétée par une autre source.`,
    ],
    links: { ...IMF_LINKS, ...EUROSTAT_LINKS, ...ROSSTAT_LINKS },
    series: {
      fr_exports_usd_m: "Exportations françaises vers la Russie",
      fr_imports_usd_m: "Importations françaises en provenance de Russie",
      balance_usd_m: "Solde (exportations − importations)",
    },
    variants: {
      "france-declared": "Déclarations de la France",
      "russia-declared": "Déclarations de la Russie",
      [CUSTOMS_BILATERAL]: "Douanes russes (SFD)",
      [EUROSTAT_BASIS]:
        "Eurostat, déclarations de la France, euros convertis en dollars au cours annuel moyen de la BCE",
    },
    columns: {
      year: "Année",
      fr_exports_usd_m: "Exportations françaises vers la Russie",
      fr_imports_usd_m: "Importations françaises en provenance de Russie",
      total_usd_m: "Total",
      balance_usd_m: "Solde",
    },
    caption: (_v, label) => `Échanges de biens France–Russie par année, en millions de dollars US (${label})`,
  },
  "france-top-partners": {
    title: `Les ${FRANCE_TOP} premiers partenaires commerciaux de la France, ${PAIR.a} et ${PAIR.b}`,
    units: "Rang selon le total des échanges de biens (exportations + importations), en dollars US",
    source: IMF_SOURCE,
    notes: [
      RANK_NOTE,
      ...basisNotesFr(FRANCE),
      `Sont tracés les partenaires figurant parmi les ${FRANCE_TOP} premiers de l’une ou l’autre année ; un partenaire au-delà du ${FRANCE_DEPTH}e rang l’autre année n’y a pas de point.`,
    ],
    links: IMF_LINKS,
    series: RANK_LEGEND("Russie"),
    variants: basisVariantsFr(FRANCE),
    columns: RANK_COLUMNS,
    caption: (v, label, d) =>
      `Les ${FRANCE_TOP} premiers partenaires de la France selon le total des échanges de biens, ${PAIR.a} et ${PAIR.b}, en millions de dollars US (${basisCaptionFr(d, FRANCE, v, label)})`,
    explorer: "Premiers partenaires commerciaux de la France",
  },
  "russia-top-partners-total": {
    title: `Les ${RUSSIA_TOP} premiers partenaires commerciaux de la Russie, ${PAIR.a} et ${PAIR.b}`,
    units: "Rang selon le total des échanges (exportations + importations), en dollars US",
    source: RUSSIA_SOURCE,
    notes: [RANK_NOTE, ...basisNotesFr(RUSSIA), CUSTOMS_SOURCE],
    links: { ...IMF_LINKS, ...ROSSTAT_LINKS },
    series: RANK_LEGEND("France"),
    variants: basisVariantsFr(RUSSIA),
    columns: RANK_COLUMNS,
    caption: (v, label, d) =>
      `Les ${RUSSIA_TOP} premiers partenaires de la Russie selon le total des échanges, ${PAIR.a} et ${PAIR.b}, en millions de dollars US (${basisCaptionFr(d, RUSSIA, v, label)})`,
  },
  "russia-top-partners-imports": {
    title: `Les ${RUSSIA_TOP} premiers fournisseurs de la Russie (importations), ${PAIR.a} et ${PAIR.b}`,
    units: "Rang selon les importations (importations de la Russie en provenance de chaque partenaire), en dollars US",
    source: RUSSIA_SOURCE,
    notes: [RANK_NOTE, ...basisNotesFr(RUSSIA), CUSTOMS_SOURCE],
    links: { ...IMF_LINKS, ...ROSSTAT_LINKS },
    series: RANK_LEGEND("France"),
    variants: basisVariantsFr(RUSSIA),
    columns: RANK_COLUMNS,
    caption: (v, label, d) =>
      `Les ${RUSSIA_TOP} premiers fournisseurs de la Russie, ${PAIR.a} et ${PAIR.b}, en millions de dollars US (${basisCaptionFr(d, RUSSIA, v, label)})`,
  },
  "fdi-projects": {
    title: "Projets d’investissement direct étranger en Russie par pays d’origine, 2017–2019",
    units: "Nombre de projets (un décompte, non un montant)",
    source:
      "Source : EY, European Attractiveness Survey / European Investment Monitor, tels que rapportés par EY et la presse (liens ci-dessous).",
    notes: [
      "EY recense les projets annoncés de création et d’extension d’implantations ; un nombre de projets ne dit rien des montants investis.",
      "Seuls les décomptes donnés par les sources figurent : ceux de la France pour 2017 et 2018, et celui des États-Unis pour 2017, n’ont pas été trouvés. Une barre absente n’est pas un zéro.",
    ],
    links: {
      "EY press release, 20 July 2020": "Communiqué d’EY, 20 juillet 2020",
      "Globas International (China and France, 2019)": "Globas International (Chine et France, 2019)",
      "The Moscow Times (US, 2019)": "The Moscow Times (États-Unis, 2019)",
      "OWC chart of EY data (2017–2018)": "Graphique de l’OWC d’après EY (2017–2018)",
    },
    series: { y2017: "2017", y2018: "2018", y2019: "2019" },
    variants: { all: "2017–2019" },
    columns: { year: "Année", name: "Pays d’origine", projects: "Projets" },
    caption: () => "Projets d’IDE en Russie par pays d’origine (EY), nombre de projets",
  },
  "fdi-flows": {
    title: "Flux nets d’IDE entrants en Russie par pays de contrepartie, 2019–2020",
    units: "En milliards de dollars US, flux nets, pays de contrepartie immédiate",
    source: "Source : Banque de Russie, d’après la DG Trésor, 18 juin 2021.",
    notes: [
      "Pays de contrepartie immédiate, non investisseur final : les flux transitant par des places d’implantation de holdings (Chypre, les Pays-Bas, etc.) ne sont pas attribués au pays d’origine de l’investisseur.",
      "Les valeurs négatives sont des désinvestissements nets. Les entrées nettes totales en Russie, tous pays confondus, figurent dans le tableau et le CSV (source WLD).",
      "La DG Trésor classe la France au 2e rang des flux en 2019 et en 2020, hors juridictions à fiscalité privilégiée (elle y range Hong Kong).",
    ],
    links: {
      "DG Trésor, Les nouvelles économiques de l'Eurasie, 18 June 2021":
        "DG Trésor, Les nouvelles économiques de l’Eurasie, 18 juin 2021",
    },
    series: { y2019: "2019", y2020: "2020" },
    variants: { all: "2019–2020" },
    columns: { year: "Année", name: "Pays de contrepartie", net_flow_usd_bn: "Flux net (Md$)" },
    caption: () =>
      "Flux nets d’IDE entrants en Russie par pays de contrepartie (Banque de Russie, d’après la DG Trésor), en milliards de dollars US",
  },
  "fr-ru-monthly": {
    title: "Échanges de biens franco-russes mois par mois, depuis 2019",
    units:
      "En millions par mois, prix courants : en euros tels que déclarés par la France à Eurostat, ou en dollars US au cours mensuel moyen de la BCE",
    source:
      "Source : Eurostat Comext (DS-045409), déclarations de la France ; taux de référence de l’euro de la BCE (vue en dollars) ; calculs de ce site.",
    notes: [
      "Le trait pointillé marque le 24 février 2022, jour où la Russie a lancé son invasion à grande échelle de l’Ukraine.",
      "Une courbe s’arrête là où s’arrêtent les sources : les exportations vont jusqu’au dernier mois publié par Eurostat dans ces fichiers, les importations (et leur part de combustibles minéraux) jusqu’au dernier mois de la seule extraction qui les contient ; un mois manquant n’est jamais tracé à zéro.",
      "Vue en dollars : les euros de chaque mois multipliés par la moyenne du mois des cours de référence quotidiens du dollar de la BCE, calculée à partir du fichier quotidien de la BCE (le cours figure dans le tableau et le CSV).",
      "Le tableau et le CSV donnent aussi les exportations françaises de combustibles minéraux (SH 27) vers la Russie, trop faibles pour être tracées à cette échelle.",
    ],
    links: EUROSTAT_LINKS,
    series: {
      exports_total: "Exportations françaises vers la Russie",
      imports_total: "Importations françaises en provenance de Russie",
      imports_hs27: "dont combustibles minéraux (SH 27)",
    },
    variants: { EUR: "En euros, tels que déclarés", USD: "En dollars US, aux cours mensuels moyens de la BCE" },
    columns: {
      period: "Mois",
      flow: "Flux",
      product: "Produit (total ou SH 27)",
      value: "Valeur",
      usd_per_eur: "Dollars US pour un euro (BCE, moyenne du mois)",
      source: "Source",
    },
    caption: (v) =>
      v === "USD"
        ? "Échanges mensuels de biens de la France avec la Russie, en dollars US (euros convertis au cours moyen de chaque mois de la BCE)"
        : "Échanges mensuels de biens de la France avec la Russie, en euros tels que déclarés à Eurostat",
  },
};

export const PAGE_WORDS_FR: Record<PageSlug, PageWords> = {
  "bilateral-trade": {
    table: "Tableau 1 de l’article",
    title: "Les échanges France–Russie par année",
    summary: `Exportations françaises vers la Russie et importations en provenance de Russie, total et solde, ${YEAR_MIN}–${YEAR_MAX}, telles que chaque pays les déclare au FMI ; et, dans une vue distincte, les années complètes depuis ${RATE_YEAR_MIN} d’après les déclarations de la France à Eurostat.`,
    article:
      "L’article indique que les exportations russes vers la France ont augmenté de plus d’un quart entre 2017 et 2018, et que les échanges bilatéraux ont reculé d’environ un tiers entre 2013 et 2017.",
  },
  "france-top-partners": {
    table: "Tableau 2 de l’article",
    title: "Les principaux partenaires commerciaux de la France",
    summary: `Les ${FRANCE_TOP} premiers partenaires de la France selon le total des échanges de biens en ${PAIR.a} et en ${PAIR.b}, et l’évolution du rang de la Russie.`,
    article:
      "L’article place la Russie au 10e rang des partenaires commerciaux de la France en 2010 et au 17e en 2020.",
  },
  "russia-top-partners": {
    table: "Tableau 3 de l’article",
    title: "Les principaux partenaires et fournisseurs de la Russie",
    summary: `Les ${RUSSIA_TOP} premiers partenaires de la Russie selon le total des échanges et selon ses importations, en ${PAIR.a} et en ${PAIR.b}, la France mise en évidence.`,
    article:
      "L’article place la France au 12e rang des partenaires de la Russie en 2010 et au 13e en 2020, et au 5e rang de ses fournisseurs en 2020, deux places plus haut qu’en 2010.",
  },
  "fdi-in-russia": {
    table: "L’affirmation de l’article sur l’investissement",
    title: "L’investissement direct étranger en Russie",
    summary:
      "Les décomptes EY de projets d’IDE en Russie par pays d’origine, et les flux nets d’IDE par pays de contrepartie publiés par la Banque de Russie.",
    article:
      "L’article fait de la France la deuxième source de projets d’investissement direct étranger en Russie, à égalité avec la Chine et derrière l’Allemagne.",
  },
  "since-2021": {
    table: "Depuis l’article",
    title: "Les échanges franco-russes mois par mois",
    summary:
      "Les exportations de biens de la France vers la Russie et ses importations en provenance de Russie, mois par mois depuis 2019, avec la part des combustibles minéraux dans les importations, en euros ou en dollars US ; les totaux annuels ; et le point où s’arrêtent les données.",
    article:
      "Les chiffres de l’article s’arrêtent en 2020. Cette page suit les échanges de la France avec la Russie pendant l’invasion de l’Ukraine par la Russie, aussi loin que vont les données publiques, d’après les déclarations de la France à Eurostat.",
  },
};

/** A figure's words in French, or an error naming the figure and the key a French word is missing for. */
export function frenchWordsOf(id: FigureId): FigureWords {
  const w = FIGURE_WORDS_FR[id];
  if (!w) throw new Error(`fr: figure ${id} has no French words: add them to lib/figures/words-fr.ts`);
  return w;
}

/** The French word for a key of a figure, or an error naming both (a view, series or column added in English only). */
export function frenchWord(id: FigureId, group: "series" | "variants" | "columns" | "links", key: string): string {
  const w = frenchWordsOf(id)[group];
  if (!Object.prototype.hasOwnProperty.call(w, key))
    throw new Error(`fr: figure ${id} has no French label for ${group} key "${key}" (lib/figures/words-fr.ts)`);
  return w[key];
}
