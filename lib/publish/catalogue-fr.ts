/**
 * The data catalogue's descriptions in French: each served CSV's title and description, its columns' descriptions,
 * units, sources and licences, for /fr/data/. The CSVs and datapackage.json stay English (they are the
 * machine-readable copies); only the page that describes them speaks the reader's language. Titles and descriptions
 * are by file; a column's description by the English text it translates (so a column whose English description
 * changes, or a new CSV, stops the build naming the file and the column until its French is written:
 * `catalogueIn`). Numbers here are the schemas' own constants or the English descriptions' own figures, never results;
 * a test checks that each French description states the numbers of the English one.
 */
import {
  BASE_YEAR,
  basesFor,
  CUSTOMS_BILATERAL,
  CUSTOMS_PARTNERS,
  CUSTOMS_YEARS,
  EUROSTAT_BASIS,
  FRANCE,
  FRANCE_DEPTH,
  RANK_YEARS,
  RUSSIA,
  RUSSIA_DEPTH,
  YEAR_MAX,
  YEAR_MIN,
  type Reporter,
} from "../model/constants";
import {
  ALL_REPORTERS_YEAR_MAX,
  ALL_REPORTERS_YEAR_MIN,
  RATE_YEAR_MAX,
  RATE_YEAR_MIN,
  type FieldType,
} from "../model/schemas";
import { BASIS_FR } from "../model/bases-fr";
import type { CsvKind } from "./served-csvs";

const [RANK_FROM, RANK_TO] = [RANK_YEARS[0], RANK_YEARS[RANK_YEARS.length - 1]];

export interface FileWordsFr {
  title: string;
  description: string;
}

const tradeFile = (de: string, du: string): FileWordsFr => ({
  title: `Échanges de biens déclarés par ${de}, par partenaire, ${YEAR_MIN}–${YEAR_MAX}`,
  description: `Les déclarations ${du} au FMI : exportations (FAB) vers chaque pays partenaire et importations (CAF) en provenance de chacun, en millions de dollars US courants. Le partenaire WLD est le total mondial ; les regroupements du FMI et les lignes « non spécifié » sont exclus.`,
});

/** Each served CSV's title and description in French, by file. */
export const FILES_FR: Record<string, FileWordsFr> = {
  "bilateral-trade.csv": {
    title: `Échanges de biens France–Russie par année, ${YEAR_MIN}–${YEAR_MAX} selon chacun des deux déclarants (FMI), et années complètes d’Eurostat depuis ${RATE_YEAR_MIN}`,
    description: `Exportations françaises vers la Russie et importations françaises en provenance de Russie. Base france-declared : déclarations de la France au FMI ; russia-declared : déclarations de la Russie au FMI, lues en miroir (les importations russes en provenance de France comme exportations françaises, les exportations russes vers la France comme importations françaises) ; ${CUSTOMS_BILATERAL} : statistiques douanières de la Russie (données du Service fédéral des douanes publiées par Rosstat), sommes des douze mois de chaque année ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to}, lues en miroir de la même façon ; ${EUROSTAT_BASIS} : déclarations de la France à Eurostat, additionnées sur l’année civile en euros et converties en dollars US au cours annuel moyen de la BCE de cette année, pour les seules années complètes (douze mois présents) : un flux qui compte moins de mois est vide, de même que le total et le solde de l’année. Les lignes ${EUROSTAT_BASIS} relèvent d’une autre source et d’une autre valorisation que celles du FMI et ne sont jamais mêlées à elles. Solde = exportations − importations (négatif : déficit français). Valeurs arrondies à 0,1 après calcul.`,
  },
  "france-top-partners.csv": {
    title: `Les ${FRANCE_DEPTH} premiers partenaires commerciaux de la France selon le total des échanges de biens, chaque année ${RANK_FROM}–${RANK_TO}, sur chaque base`,
    description:
      "Partenaires classés selon les exportations + importations de la France, telles que la France les déclare (base as-reported) ou telles que chaque partenaire déclare ses échanges avec la France (partner-declared) ; le monde, les regroupements du FMI et les entités disparues sont exclus.",
  },
  "russia-top-partners.csv": {
    title: `Les ${RUSSIA_DEPTH} premiers partenaires commerciaux de la Russie selon le total des échanges et selon les importations, chaque année ${RANK_FROM}–${RANK_TO}, sur chaque base`,
    description: `Partenaires de la Russie classés sur chaque base (voir la colonne basis). measure total = exportations + importations ; imports = importations de la Russie en provenance du partenaire. Sur la base customs, seuls les ${CUSTOMS_PARTNERS} principaux partenaires du tableau douanier russe sont classés (le Kazakhstan n’y a pas de chiffre pour 2010). Les chiffres russes de 2011 pour la Biélorussie sont présents mais semblent incomplets (11,3 Md$ d’exportations et 6,8 Md$ d’importations, contre 14,5 et 24,9 Md$ selon les déclarations biélorusses) ; ils ne sont pas complétés, si bien que la Biélorussie est sous-estimée en 2011 sur les deux bases.`,
  },
  "fr-ru-monthly-trade.csv": {
    title: `Échanges mensuels de biens de la France avec la Russie depuis ${RATE_YEAR_MIN}, en euros et en dollars US (Eurostat, BCE)`,
    description:
      "Une ligne par mois, flux, produit et unité. Les lignes EUR sont les déclarations de la France à Eurostat telles que publiées (en euros) ; les lignes USD sont les mêmes valeurs converties au cours moyen de la BCE du mois (usd_per_eur), arrondies au dollar. Les exportations totales vont de 2019-01 à 2024-08 ; les importations (total et SH 27) et les exportations du SH 27 de 2020-01 à 2022-11 : les importations françaises en provenance de Russie après 2022-11 ne figurent dans aucune des sources. Les mois qu’Eurostat marque comme non disponibles n’ont pas de ligne.",
  },
  "fr-ru-annual-trade.csv": {
    title: `Échanges de biens de la France avec la Russie par année et par source depuis ${RATE_YEAR_MIN}, avec l’évolution depuis ${BASE_YEAR} (Eurostat, BCE)`,
    description: `Sommes des mois de data/fr-ru-monthly.csv par année civile, une ligne par année, flux, produit et unité. Une année de moins de douze mois (months) est la somme de ces mois, et son évolution se mesure depuis les mêmes mois de ${BASE_YEAR} (compared_with). Les lignes USD convertissent les euros de l’année au cours annuel moyen de la BCE de cette année (usd_per_eur) ; leur évolution compare des dollars à des dollars. Valeurs arrondies à 0,1 après addition.`,
  },
  "claims-results.csv": {
    title: "Les affirmations de l’article confrontées aux données",
    description:
      "Une ligne par affirmation et par base : la valeur donnée par l’article, la valeur calculée à la construction du site à partir de ses CSV, le verdict (agrees : concorde, differs : diverge, cannot-check : invérifiable) et une explication d’une ligne. Dérivé de claims.csv par lib/derive/claims/evaluate.ts.",
  },
  "claims.csv": {
    title: "Les affirmations chiffrées de l’article et la façon dont chacune est vérifiée",
    description:
      "Spécification écrite à la main : une ligne par affirmation, avec sa reformulation, la valeur donnée par l’article, le type de vérification et ses paramètres (clé=valeur;clé=valeur). Elle ne contient aucun résultat : ceux-ci sont calculés à la construction du site et publiés dans claims-results.csv.",
  },
  "countries.csv": {
    title: "Codes des pays",
    description:
      "Chaque partenaire et chaque déclarant présent dans les fichiers d’échanges, avec son code ISO 3166-1 alpha-3, ses noms courts anglais et français (CLDR) et son nom au FMI. Les entités disparues ont des codes ISO 3166-3 ; le Kosovo a le code XKX.",
  },
  "trade-france.csv": tradeFile("la France", "de la France elle-même"),
  "trade-russia.csv": tradeFile("la Russie", "de la Russie elle-même"),
  "trade-belarus.csv": tradeFile("la Biélorussie", "de la Biélorussie elle-même"),
  "trade-all-reporters.csv": {
    title: `Ce que chaque déclarant du FMI déclare de ses échanges avec la Russie et avec la France, ${ALL_REPORTERS_YEAR_MIN}–${ALL_REPORTERS_YEAR_MAX}`,
    description:
      "Les déclarations de chaque pays déclarant aux DOTS du FMI : ses exportations de biens (FAB) vers la Russie et la France et ses importations (CAF) en provenance de ces deux pays, toutes les années de son classeur, en millions de dollars US courants : la vue des échanges de la Russie et de la France selon les partenaires (miroir). Une ligne par déclarant, partenaire, année et flux ; une valeur que le FMI marque comme estimation (imprimée « 0.05 e ») a estimated = yes. reporter_kind dit ce qu’est le déclarant : un pays ; historical (une entité qui n’existe plus : URSS, Yougoslavie, Tchécoslovaquie…) ; ou aggregate (WLD, le classeur Monde du FMI, conservé pour les contrôles croisés). Ni les déclarants historiques ni les agrégats ne sont jamais classés ; les autres regroupements du FMI (Union européenne, zone euro, régions…) sont exclus. Un déclarant qui ne déclare rien pour une année n’a pas de ligne : il manque, il ne vaut pas zéro. Les deux classeurs identiques du Nicaragua ne comptent qu’une fois.",
  },
  "russia-customs-main-partners.csv": {
    title: `Statistiques douanières de la Russie : échanges avec ses ${CUSTOMS_PARTNERS} principaux partenaires, par mois et par année, ${CUSTOMS_YEARS.from}–${CUSTOMS_YEARS.to}`,
    description: `Exportations de la Russie vers chacun des ${CUSTOMS_PARTNERS} principaux pays partenaires que liste le tableau de Rosstat (données du Service fédéral des douanes) et importations en provenance de chacun, en millions de dollars US courants : chaque mois tel que le tableau le donne, et chaque année comme somme de ses douze mois (calculée à l’extraction, arrondie à 0,00001 ; le tableau n’a pas de ligne annuelle). Une base distincte des déclarations de la Russie au FMI. Seuls ces ${CUSTOMS_PARTNERS} partenaires y figurent : un rang calculé à partir de ce fichier est un rang parmi eux, non parmi tous les pays. Les mois que le tableau marque « … » (pas de données : le Kazakhstan, de juillet à décembre 2010, après que l’union douanière avec la Russie a mis fin à l’enregistrement douanier de leurs échanges) n’ont pas de ligne, et leur année pas de ligne annuelle.`,
  },
  "fdi-projects.csv": {
    title: "Projets d’IDE en Russie par pays d’origine (EY)",
    description:
      "Nombre de projets d’IDE annoncés en Russie, créations et extensions (EY European Investment Monitor), tels que rapportés par le communiqué d’EY et par la presse. Un nombre de projets, non un montant. source WLD = tous pays d’origine confondus.",
  },
  "fdi-flows.csv": {
    title: "Flux nets d’IDE entrants en Russie par pays de contrepartie (Banque de Russie)",
    description:
      "Entrées nettes d’investissement direct en Russie par pays de contrepartie immédiate, données de balance des paiements de la Banque de Russie telles que rapportées par la DG Trésor. Contrepartie immédiate, non investisseur final ; les valeurs négatives sont des désinvestissements nets. source WLD = tous pays confondus.",
  },
  "fr-ru-monthly.csv": {
    title: "Échanges mensuels de biens de la France avec la Russie, 2019-01 à 2024-08 (Eurostat, en euros)",
    description:
      "Échanges de biens avec la Russie déclarés par la France, par mois, en euros courants (Eurostat Comext, jeu de données DS-045409). Les exportations totales de 2019-01 à 2024-08 viennent des fichiers Comext en vue relationnelle extraits le 2024-11-16 (source eurostat-eu-exports) ; les importations (total et chapitre 27 du SH, combustibles minéraux) et les exportations du SH 27 de 2020-01 à 2022-11, du classeur extrait le 2023-01-22 (source eurostat-ruimpeks). Les exportations totales du classeur ne sont pas reprises : elles sont égales à l’euro près à celles de l’extraction plus récente en 2020–2021 et s’en écartent d’au plus 1,3 % en 2022 (révisions d’Eurostat), ce que la construction du site vérifie. Les importations de la France après 2022-11 ne figurent dans aucun des deux fichiers. Les mois qu’Eurostat marque « : » (non disponible) n’ont pas de ligne.",
  },
  "ecb-usd-per-eur.csv": {
    title: `Taux de référence de l’euro de la BCE contre le dollar US, moyennes annuelles et mensuelles, ${RATE_YEAR_MIN}–${RATE_YEAR_MAX}`,
    description:
      "Moyennes arithmétiques des taux de référence quotidiens du dollar US publiés par la BCE (dollars US pour un euro) sur chaque année et chaque mois, calculées à l’extraction à partir du fichier quotidien ; days compte les taux quotidiens moyennés (jours ouvrés de la BCE). Sert uniquement à mettre les chiffres en euros et en dollars sur une même base.",
  },
};

/** A ranking CSV's basis column in French: the sentence of each basis it may hold (lib/figures/words-fr.ts BASIS_FR). */
const basisFieldFr = (reporter: Reporter) =>
  `Base statistique : ${basesFor(reporter)
    .map((b) => `${b} = ${BASIS_FR[b].sentence}`)
    .join(" ")}`;

/** Columns whose French is built rather than looked up, by "file:column". */
const FIELDS_BY_FILE_FR: Record<string, string> = {
  "france-top-partners.csv:basis": basisFieldFr(FRANCE),
  "russia-top-partners.csv:basis": basisFieldFr(RUSSIA),
};

/** Every other column's description in French, by the English description it translates. */
export const FIELDS_FR: Record<string, string> = {
  "Calendar year": "Année civile",
  "Which side declared the flows, and to whom": "Quel côté a déclaré les flux, et à qui",
  "French exports to Russia; empty where the basis has no full year":
    "Exportations françaises vers la Russie ; vide là où la base n’a pas d’année complète",
  "French imports from Russia; empty where the basis has no full year":
    "Importations françaises en provenance de Russie ; vide là où la base n’a pas d’année complète",
  "Exports + imports; empty where either is": "Exportations + importations ; vide là où l’un des deux l’est",
  "French exports − French imports; empty where either is":
    "Exportations françaises − importations françaises ; vide là où l’un des deux l’est",
  "Rank among partner countries (1 = largest); aggregates excluded; ties share the better rank":
    "Rang parmi les pays partenaires (1 = le plus grand) ; agrégats exclus ; les ex aequo partagent le meilleur rang",
  "Partner country (ISO 3166-1 alpha-3)": "Pays partenaire (ISO 3166-1 alpha-3)",
  "Partner name": "Nom du partenaire (en anglais)",
  "Reporter's exports to the partner (FOB), rounded to 0.1":
    "Exportations du déclarant vers le partenaire (FAB), arrondies à 0,1",
  "Reporter's imports from the partner (CIF), rounded to 0.1":
    "Importations du déclarant en provenance du partenaire (CAF), arrondies à 0,1",
  "Exports + imports, rounded to 0.1 after summing": "Exportations + importations, arrondies à 0,1 après addition",
  "What is ranked": "Ce qui est classé",
  "Month (YYYY-MM)": "Mois (AAAA-MM)",
  "exports = France's exports to Russia; imports = France's imports from Russia":
    "exports = exportations de la France vers la Russie ; imports = importations de la France en provenance de Russie",
  "total = all goods; hs27 = HS chapter 27, mineral fuels, oils and products of their distillation":
    "total = ensemble des biens ; hs27 = chapitre 27 du SH, combustibles minéraux, huiles minérales et produits de leur distillation",
  "Unit of the row's value: EUR = euros as France declared them to Eurostat; USD = US dollars, converted from the euros at the rate in usd_per_eur":
    "Unité de la valeur de la ligne : EUR = euros tels que la France les a déclarés à Eurostat ; USD = dollars US, convertis des euros au cours de usd_per_eur",
  "Value of goods trade in the month, in the row's unit":
    "Valeur des échanges de biens du mois, dans l’unité de la ligne",
  "ECB monthly average of the daily USD reference rate (data/ecb-usd-per-eur.csv), the rate used for a USD row; empty on EUR rows (no conversion)":
    "Moyenne mensuelle BCE du taux de référence quotidien du dollar US (data/ecb-usd-per-eur.csv), cours appliqué à une ligne USD ; vide sur les lignes EUR (pas de conversion)",
  "Where the value comes from: the Eurostat extraction (data/raw/eurostat-eu-exports/, extracted 2024-11-16; data/raw/eurostat-ruimpeks/, extracted 2023-01-22) and, for USD rows, the ECB average used":
    "Origine de la valeur : l’extraction d’Eurostat (data/raw/eurostat-eu-exports/, extraite le 2024-11-16 ; data/raw/eurostat-ruimpeks/, extraite le 2023-01-22) et, pour les lignes USD, la moyenne de la BCE appliquée (texte en anglais)",
  "Months of the year in the sum (12 = full year)": "Mois de l’année compris dans la somme (12 = année complète)",
  "Sum of the months, in the row's unit": "Somme des mois, dans l’unité de la ligne",
  "ECB annual average of the daily USD reference rate (data/ecb-usd-per-eur.csv), the rate used for a USD row; empty on EUR rows (no conversion)":
    "Moyenne annuelle BCE du taux de référence quotidien du dollar US (data/ecb-usd-per-eur.csv), cours appliqué à une ligne USD ; vide sur les lignes EUR (pas de conversion)",
  [`Change from the same months of ${BASE_YEAR} (compared_with), in the row's unit, rounded to 0.1`]: `Évolution depuis les mêmes mois de ${BASE_YEAR} (compared_with), dans l’unité de la ligne, arrondie à 0,1`,
  [`The months of ${BASE_YEAR} the change is from: "${BASE_YEAR}" for a full year, else the same months`]: `Les mois de ${BASE_YEAR} depuis lesquels se mesure l’évolution : « ${BASE_YEAR} » pour une année complète, sinon les mêmes mois`,
  "Stable claim id (lower-case words joined by hyphens)":
    "Identifiant stable de l’affirmation (mots en minuscules reliés par des traits d’union)",
  "Chart page where the claim is shown": "Page de graphique où figure l’affirmation",
  "The claim, paraphrased (not quoted)": "L’affirmation, reformulée (non citée), en anglais",
  "The value the article gives, as display text": "La valeur donnée par l’article, telle qu’affichée, en anglais",
  "The same paraphrase in French, shown on the French pages (not a translation of the article)":
    "La même reformulation en français, affichée sur les pages françaises (non une traduction de l’article)",
  "The same value as display text in French (10e, environ −33 %)":
    "La même valeur, telle qu’affichée en français (10e, environ −33 %)",
  "Which data the value is computed from (declaring side, Belarus-gap treatment or source)":
    "Les données à partir desquelles la valeur est calculée (côté déclarant, traitement de la lacune biélorusse ou source)",
  "Value computed from the data, formatted": "Valeur calculée à partir des données, mise en forme",
  "Whether the data agree with the claim": "Si les données concordent avec l’affirmation",
  "How the verdict was reached, in one line": "Comment le verdict a été établi, en une ligne (en anglais)",
  "Kind of check": "Type de vérification",
  "Parameters of the check: key=value pairs separated by ';', list items by ','":
    "Paramètres de la vérification : paires clé=valeur séparées par « ; », éléments de liste par « , »",
  "ISO 3166-1 alpha-3 code": "Code ISO 3166-1 alpha-3",
  "Short English name": "Nom court en anglais",
  "Short French name": "Nom court en français",
  "Name in the IMF DOTS workbooks": "Nom dans les classeurs DOTS du FMI",
  "country; historical (an entity that no longer exists, ISO 3166-3 or customary code: never ranked); or aggregate (WLD only)":
    "country : pays ; historical : entité qui n’existe plus (code ISO 3166-3 ou usuel, jamais classée) ; aggregate : agrégat (WLD seulement)",
  "Declaring country (ISO 3166-1 alpha-3)": "Pays déclarant (ISO 3166-1 alpha-3)",
  "Partner country (ISO 3166-1 alpha-3; WLD = world total)":
    "Pays partenaire (ISO 3166-1 alpha-3 ; WLD = total mondial)",
  "exports = exports FOB to partner; imports = imports CIF from partner":
    "exports = exportations FAB vers le partenaire ; imports = importations CAF en provenance du partenaire",
  "Value of goods trade": "Valeur des échanges de biens",
  "country; historical (former entity, never ranked); aggregate (WLD only, never ranked)":
    "country : pays ; historical : entité disparue, jamais classée ; aggregate : agrégat (WLD seulement, jamais classé)",
  "Russia or France (ISO 3166-1 alpha-3)": "La Russie ou la France (ISO 3166-1 alpha-3)",
  "exports = the reporter's exports FOB to the partner; imports = its imports CIF from the partner":
    "exports = exportations FAB du déclarant vers le partenaire ; imports = ses importations CAF en provenance du partenaire",
  "Value of goods trade as the reporter declares it": "Valeur des échanges de biens telle que la déclare le déclarant",
  'yes when the IMF marks the value as an estimate (a cell such as "0.05 e"), else no':
    "yes quand le FMI marque la valeur comme une estimation (une cellule telle que « 0.05 e »), sinon no",
  "Year (YYYY) or month (YYYY-MM)": "Année (AAAA) ou mois (AAAA-MM)",
  "year or month": "year : année ; month : mois",
  "exports = Russia's exports to the partner; imports = Russia's imports from the partner":
    "exports = exportations de la Russie vers le partenaire ; imports = importations de la Russie en provenance du partenaire",
  "Value of goods trade recorded by Russia's customs":
    "Valeur des échanges de biens enregistrée par les douanes russes",
  "Year of the projects": "Année des projets",
  "Source country of the investment (ISO 3166-1 alpha-3; WLD = total)":
    "Pays d’origine de l’investissement (ISO 3166-1 alpha-3 ; WLD = total)",
  "Number of FDI projects": "Nombre de projets d’IDE",
  "What the count covers": "Ce que couvre le décompte (en anglais)",
  "Page that states the figure": "Page qui donne le chiffre",
  "Year of the flows": "Année des flux",
  "Counterpart country (ISO 3166-1 alpha-3; WLD = total)": "Pays de contrepartie (ISO 3166-1 alpha-3 ; WLD = total)",
  "Net FDI flow into Russia": "Flux net d’IDE entrant en Russie",
  "What the figure measures": "Ce que mesure le chiffre (en anglais)",
  "Value of goods trade in the month": "Valeur des échanges de biens du mois",
  "Raw source: eurostat-eu-exports = data/raw/eurostat-eu-exports/; eurostat-ruimpeks = data/raw/eurostat-ruimpeks/":
    "Source brute : eurostat-eu-exports = data/raw/eurostat-eu-exports/ ; eurostat-ruimpeks = data/raw/eurostat-ruimpeks/",
  "Mean of the daily rates, rounded to 6 decimals": "Moyenne des taux quotidiens, arrondie à 6 décimales",
  "Number of daily rates averaged": "Nombre de taux quotidiens moyennés",
};

export const UNITS_FR: Record<string, string> = {
  "USD millions, current prices": "millions de dollars US, prix courants",
  "EUR or USD (see unit), current prices": "euros ou dollars US (voir unit), prix courants",
  "US dollars per euro": "dollars US pour un euro",
  "months (count)": "mois (nombre)",
  "EUR or USD millions (see unit), current prices": "millions d’euros ou de dollars US (voir unit), prix courants",
  percent: "pour cent",
  "projects (count)": "projets (nombre)",
  "USD billions, current prices": "milliards de dollars US, prix courants",
  "EUR (euros, not thousands), current prices": "euros (et non milliers d’euros), prix courants",
  "days (count)": "jours (nombre)",
};

/** Source titles in French: patterns for the generated ones, then literal titles. */
const SOURCE_PATTERNS_FR: [RegExp, (...m: string[]) => string][] = [
  [
    /^Derived at build from (.+) by (\S+)$/,
    (files, code) => `Dérivé à la construction du site de ${files.replace(/ and /g, " et ")} par ${code}`,
  ],
  [/^Raw workbook (\S+) \(see (\S+)\)$/, (file, prov) => `Classeur brut ${file} (voir ${prov})`],
];
export const SOURCES_FR: Record<string, string> = {
  "IMF, Direction of Trade Statistics (DOTS), annual, reporter-declared":
    "FMI, Direction of Trade Statistics (DOTS), annuel, déclarations de chaque pays",
  "Rosstat, Внешняя торговля Российской Федерации с основными странами (по данным ФТС России): data/raw/rosstat-fts-main-partners/96stran.xlsx (see its PROVENANCE.md)":
    "Rosstat, Внешняя торговля Российской Федерации с основными странами (по данным ФТС России) [Commerce extérieur de la Fédération de Russie avec ses principaux pays partenaires, d’après le SFD] : data/raw/rosstat-fts-main-partners/96stran.xlsx (voir son PROVENANCE.md)",
  "Eurostat Comext, EU trade since 1988 by HS2-4-6 and CN8 (DS-045409), relational view extracted 2024-11-16: data/raw/eurostat-eu-exports/ (see its PROVENANCE.md)":
    "Eurostat Comext, EU trade since 1988 by HS2-4-6 and CN8 (DS-045409), vue relationnelle extraite le 2024-11-16 : data/raw/eurostat-eu-exports/ (voir son PROVENANCE.md)",
  "Eurostat Comext, DS-045409 custom extraction 4630244 (22/01/2023): data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx (see its PROVENANCE.md)":
    "Eurostat Comext, extraction personnalisée 4630244 de DS-045409 (22/01/2023) : data/raw/eurostat-ruimpeks/eu_total_trade_4630244_spreadsheet.xlsx (voir son PROVENANCE.md)",
  "European Central Bank, euro foreign exchange reference rates, daily: data/raw/ecb-rates/eurofxref-hist.csv (see its PROVENANCE.md)":
    "Banque centrale européenne, taux de change de référence de l’euro, quotidiens : data/raw/ecb-rates/eurofxref-hist.csv (voir son PROVENANCE.md)",
  "J. Faure, “Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture”, Russia Matters, 12 May 2021":
    "J. Faure, « Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture », Russia Matters, 12 mai 2021",
  "Claims spec": "Spécification des affirmations",
  "Raw workbooks data/raw/imf-dots-all-reporters/DOTS_<n>.xlsx, one per reporter, listed in its INDEX.tsv (see data/raw/imf-dots-all-reporters/PROVENANCE.md)":
    "Classeurs bruts data/raw/imf-dots-all-reporters/DOTS_<n>.xlsx, un par déclarant, listés dans son INDEX.tsv (voir data/raw/imf-dots-all-reporters/PROVENANCE.md)",
  "EY European Attractiveness Survey / European Investment Monitor, via the pages listed per row":
    "EY European Attractiveness Survey / European Investment Monitor, d’après les pages indiquées pour chaque ligne",
  "Bank of Russia, via DG Trésor, Les nouvelles économiques de l'Eurasie, 18 June 2021":
    "Banque de Russie, d’après la DG Trésor, Les nouvelles économiques de l’Eurasie, 18 juin 2021",
};

/** Licence texts in French, by the English text (several are joined with "; " in the derived files). */
const LICENCE_PARTS_FR: Record<string, string> = {
  "IMF Terms of Use: free to reuse with attribution (“Source: IMF Direction of Trade Statistics”)":
    "Conditions d’utilisation du FMI : réutilisation libre avec mention de la source (« Source: IMF Direction of Trade Statistics »)",
  "Rosstat official statistics, reused with the source cited (“Source: Rosstat, FCS data”)":
    "Statistiques officielles de Rosstat, réutilisées avec mention de la source (« Source : Rosstat, données du SFD »)",
  "the repository that holds the copy is Apache-2.0": "le dépôt qui en détient la copie est sous licence Apache-2.0",
  "Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”)":
    "Politique de réutilisation d’Eurostat, CC BY 4.0 (« Source : Eurostat »)",
  "ECB reference rates (“Source: ECB”)": "Taux de référence de la BCE (« Source : BCE »)",
  "ECB reference rates, reusable with the source cited (“Source: ECB”)":
    "Taux de référence de la BCE, réutilisables avec mention de la source (« Source : BCE »)",
  "ECB rates (“Source: ECB”)": "taux de la BCE (« Source : BCE »)",
  "Computed from the site's CSVs (IMF DOTS; Rosstat, FCS data; EY via the cited pages), with attribution":
    "Calculé à partir des CSV du site (DOTS du FMI ; Rosstat, données du SFD ; EY d’après les pages citées), avec mention de la source",
  "Paraphrases of the article's claims, with attribution; the spec itself is part of this site":
    "Reformulations des affirmations de l’article, avec mention de la source ; la spécification elle-même fait partie de ce site",
  "Figures quoted from the cited pages, with attribution":
    "Chiffres cités d’après les pages indiquées, avec mention de la source",
  "Figures quoted from the cited page, with attribution":
    "Chiffres cités d’après la page indiquée, avec mention de la source",
};
/** Prefixes of a licence part that applies to some rows only ("customs rows: …"). */
const ROWS_FR: Record<string, string> = {
  [`${CUSTOMS_BILATERAL} rows`]: `lignes ${CUSTOMS_BILATERAL}`,
  "customs rows": "lignes customs",
  "Eurostat rows": "lignes Eurostat",
};

export const KINDS_FR: Record<CsvKind, string> = {
  "source data": "données sources",
  "derived at build": "dérivé à la construction",
  "claims specification": "spécification des affirmations",
  "claims results": "résultats des vérifications",
};
export const TYPES_FR: Record<FieldType, string> = { string: "texte", integer: "entier", number: "nombre" };

const missing = (what: string) =>
  new Error(`fr: the data catalogue has no French ${what} (lib/publish/catalogue-fr.ts)`);
const lookup = (map: Record<string, string>, key: string, what: string) => {
  if (!Object.prototype.hasOwnProperty.call(map, key)) throw missing(what);
  return map[key];
};

export function fileWordsFr(file: string): FileWordsFr {
  return lookup(
    FILES_FR as unknown as Record<string, string>,
    file,
    `title and description for ${file}`,
  ) as unknown as FileWordsFr;
}
export function fieldFr(file: string, field: string, english: string): string {
  return (
    FIELDS_BY_FILE_FR[`${file}:${field}`] ??
    lookup(FIELDS_FR, english, `description for column ${field} of ${file} ("${english}")`)
  );
}
export function unitFr(unit: string): string {
  return lookup(UNITS_FR, unit, `unit "${unit}"`);
}
export function sourceFr(title: string): string {
  for (const [re, fr] of SOURCE_PATTERNS_FR) {
    const m = re.exec(title);
    if (m) return fr(...m.slice(1));
  }
  return lookup(SOURCES_FR, title, `source title "${title}"`);
}
/** A licence in French: each "; "-separated part, with its "… rows: " prefix if any. */
export function licenceFr(licence: string): string {
  if (Object.prototype.hasOwnProperty.call(LICENCE_PARTS_FR, licence)) return LICENCE_PARTS_FR[licence];
  return licence
    .split("; ")
    .map((part) => {
      const m = /^([^:“]+ rows): (.+)$/.exec(part);
      if (m) return `${lookup(ROWS_FR, m[1], `licence rows "${m[1]}"`)} : ${licenceFr(m[2])}`;
      // "Eurostat reuse policy, CC BY 4.0 (…), ECB rates (…)": two licences joined by a comma
      const pair = /^(.+\)), (ECB rates .+)$/.exec(part);
      if (pair && !(part in LICENCE_PARTS_FR)) return `${licenceFr(pair[1])}, ${licenceFr(pair[2])}`;
      return lookup(LICENCE_PARTS_FR, part, `licence "${part}"`);
    })
    .join(" ; ");
}
