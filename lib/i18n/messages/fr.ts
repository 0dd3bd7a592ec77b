/**
 * Le catalogue français : the same keys as the English one (its type is the English catalogue's, so a missing or extra
 * key is a type error), written as a French economist would write them, not translated word for word.
 */
import type { Messages } from "./en";

export const fr: Messages = {
  site: {
    name: "Le commerce France–Russie, vérifié",
    description:
      "Commerce et investissements franco-russes, 2000–2020 : les tableaux d’une analyse publiée en 2021 par Russia Matters, reconstitués à partir des données du FMI et de chiffres d’IDE sourcés, chaque affirmation vérifiée.",
  },
  frame: {
    skip: "Aller au contenu",
    navLabel: "Navigation principale",
    claims: "Affirmations",
    data: "Données",
    footerSources:
      "Commerce : FMI, Direction of Trade Statistics, déclarations de chaque pays, en dollars US ; depuis 2019, Eurostat Comext, déclarations de la France, en euros, avec les taux de référence de l’euro de la BCE. IDE : EY European Investment Monitor ; Banque de Russie, via la DG Trésor. Chaque chiffre est calculé à la construction du site à partir des fichiers CSV de la",
    footerDataLink: "page des données",
    footerArticle: (title: string, author: string, publisher: string, day: string) =>
      `Vérifie l’article de ${author}, « ${title} », ${publisher}, ${day}.`,
  },
  language: {
    enter: "Entrer sur le site en français",
    switchLabel: "Langue",
    readIn: { en: "Read in English", fr: "Lire en français" },
  },
  home: {
    intro:
      "En mai 2021, une analyse de Russia Matters consacrée au dialogue d’Emmanuel Macron avec la Russie appuyait son propos sur trois tableaux d’échanges commerciaux et une affirmation sur l’investissement. Ce site reconstitue chaque tableau à partir des Direction of Trade Statistics du FMI et de chiffres d’IDE sourcés, donne les chiffres de chaque graphique et indique où les données confirment l’article et où elles s’en écartent.",
  },
  claims: {
    title: "Affirmations vérifiées",
    description:
      "Chaque affirmation chiffrée de l’article de Russia Matters (2021) sur le commerce et l’investissement, avec notre valeur et notre verdict.",
    heading: "Ce que dit l’article, vérifié",
    intro:
      "Chaque affirmation chiffrée de l’article sur le commerce et l’investissement, reformulée, avec le chiffre avancé, le calcul qui le vérifie et notre valeur sur chaque base statistique qui permet de le calculer : déclarations de la France ou de la Russie, déclarations russes avec la lacune biélorusse de 2009–2010 comblée ou sans la Biélorussie, déclarations de chaque partenaire (miroir), statistiques douanières russes, décomptes de projets d’EY. On voit ainsi sur quelle base, le cas échéant, l’article a raison. Les verdicts sont calculés à la construction du site, à partir des mêmes données que les graphiques et les téléchargements.",
    summary: (claims: string, checks: string, agree: string, differ: string, cannot: string) =>
      `${claims} affirmations, ${checks} vérifications : ${agree} concordent, ${differ} divergent, ${cannot} ne peuvent être vérifiées.`,
    verdictLine: (agree: string, of: string) => `Notre vérification : concordance dans ${agree} cas sur ${of}.`,
    downloadResults: "Télécharger les résultats (CSV)",
    downloadClaims: "les affirmations et leurs calculs (CSV)",
    matrixHeading: "Affirmations × bases",
    eachHeading: "Chaque affirmation, base par base",
    verdicts: { agrees: "Concorde", differs: "Diverge", "cannot-check": "Invérifiable" },
    checks: {
      rank: "rang",
      "rank-change": "changement de rang",
      growth: "taux de croissance supérieur à un seuil",
      change: "variation comprise dans une fourchette",
      tie: "égalité",
    },
    articleSays: "L’article indique :",
    checkedAs: (check: string) => `Type de vérification : ${check}.`,
    seeChart: "Voir le graphique",
    tableCaption:
      "Notre valeur pour cette affirmation sur chaque base, avec le verdict et la façon dont il a été établi",
    shortTableCaption: "Notre valeur pour cette affirmation sur chaque base, avec le verdict",
    howReached: "Comment chaque verdict a été établi",
    basis: "Base",
    ourValue: "Notre valeur",
    verdict: "Conclusion",
    explanation: "Explication",
    matrixCaption:
      "Chaque affirmation sur chaque base : le verdict et notre valeur ; « non calculable » lorsque la base ne permet pas de calculer l’affirmation (la raison figure dans la cellule)",
    claimColumn: "Affirmation",
    articleValue: (value: string) => `(article : ${value})`,
    notComputable: "Non calculable\u00a0:",
  },
  data: {
    title: "Données",
    description:
      "Tous les fichiers CSV des graphiques : colonnes, types, unités, sources, licences et téléchargements.",
    introBefore:
      "Chaque graphique est calculé à la construction du site à partir de ces fichiers CSV. Les fichiers sources sont copiés des classeurs statistiques bruts par",
    introAfter:
      " ; les fichiers dérivés sont écrits par le code même qui trace les graphiques. Aucune cellule de texte ne commence par =, +, - ou @. Les fichiers eux-mêmes restent en anglais (noms de colonnes, codes, point décimal) : ce sont les copies lisibles par machine, décrites ici en français.",
    everything: "Tout en une fois :",
    zip: "tous les CSV avec leurs descriptions (zip, en anglais)",
    packageNote:
      "(Frictionless Data Package, en anglais : schémas, unités, sources, licences, tailles et empreintes SHA-256).",
    openingHeading: "Ouvrir les fichiers dans Excel ou LibreOffice",
    rows: (n: string) => `${n} lignes`,
    kilobytes: (n: string) => `${n} Ko`,
    textSuch: (sample: string) => `du texte tel que « ${sample} » :`,
    openUtf8: "ouvrir en UTF-8",
    columnsOf: (file: string) => `Colonnes de ${file}`,
    column: "Colonne",
    type: "Type de données",
    unit: "Unité",
    columnDescription: "Signification",
    source: "Source :",
    sourceSeparator: " ; ",
    licence: "Licence :",
  },
  figure: {
    takeaways: "À retenir",
    copyTakeaways: "Copier les points à retenir",
    dataTable: "Tableau des données",
    show: "Afficher",
    viewLoadError: "Cette vue n’a pas pu être chargée. Rechargez la page pour réessayer.",
    partLoadError: "Ce contenu n’a pas pu être chargé. Rechargez la page pour réessayer.",
    needsScript: "Affiché lorsque JavaScript est activé.",
    downloadCsv: (file: string) => `Télécharger le CSV (${file})`,
    downloadPng: "Télécharger en PNG",
    downloadSvg: "Télécharger en SVG",
    download: (format: string) => `Télécharger le fichier ${format}`,
    embed: "Intégrer",
    embedHelpBefore:
      "Collez ce code dans votre page. Le graphique s’adapte à la largeur disponible et sa hauteur suit son contenu ; la ligne du script ne doit figurer qu’une fois par page. Ajoutez",
    embedHelpOr: "ou",
    embedHelpAfter: "à l’adresse pour fixer les couleurs (par défaut : le réglage du système du lecteur).",
    embedCodeFor: (title: string) => `Code d’intégration de « ${title} »`,
    copyEmbed: "Copier le code d’intégration",
    previewEmbed: "Aperçu de l’intégration",
    oembed: "JSON oEmbed",
    cite: "Citer ce graphique",
    citeText: "Texte",
    copyCitation: "Copier la citation",
    copyBibtex: "Copier le BibTeX",
    copied: "Copié",
    copyFallback: "Sélectionnez le texte ci-dessus et copiez-le",
    articleSays: "Ce que dit l’article :",
    bearOut: "Les données le confirment-elles ?",
    allClaims: "Toutes les affirmations et la façon dont chacune est calculée",
  },
  cite: {
    text: (site: string, title: string, source: string, url: string, day: string) =>
      `${site}. « ${title} » [graphique]. Données : ${source}. ${url} (consulté le ${day}).`,
    note: (source: string, day: string) => `Graphique. Données : ${source}. Consulté le ${day}`,
  },
  explorer: {
    heading: "Comparer deux années au choix",
    shows: (a: string, b: string) =>
      `Le graphique ci-dessus montre ${a} et ${b}. Choisissez d’autres années ou une autre base ; les chiffres viennent du même CSV que le téléchargement.`,
    from: "De",
    to: "à",
    and: "et",
    loading: "Chargement…",
    caption: "{label} : les {top} premiers, {a} et {b}, en millions de dollars US",
    couldNotLoad: "Impossible de charger",
    basis: "Base",
  },
  notFound: {
    title: "Page introuvable",
    text: "Aucune page ne se trouve à cette adresse. Les graphiques, les affirmations et les données sont accessibles ici :",
    home: "Page d’accueil",
  },
  charts: {
    legend: "Légende",
    legendLine: (labels: string[]) => `Légende : ${labels.join(" ; ")}.`,
    siteLine: (site: string, url: string) => `${site} : ${url}`,
    dataLink: (site: string) => `Données, notes et sources : ${site}`,
    takeaways: "À retenir",
    /** the takeaways' heading before a list, with the language's punctuation */
    takeawaysLead: "À retenir :",
    dataAndChart: (url: string) => `Données et graphique : ${url}`,
    csv: (url: string) => `CSV : ${url}`,
    continued: (caption: string) => `${caption} (suite)`,
    licence: (licence: string) => `Licence : ${licence}`,
    rank: "Rang",
    linksBelow: "liens ci-dessous",
    sheetData: "Données",
    sheetAbout: "À propos",
    about: {
      title: "Titre",
      units: "Unités",
      table: "Tableau",
      takeaways: "À retenir",
      source: "Sources",
      links: "Liens",
      notes: "Remarques",
      licence: "Conditions de réutilisation",
      page: "Page du graphique",
      fullData: "Données complètes (CSV)",
      publishedBy: "Publié par",
    },
    markLabel: (day: string, event: string) => `${day} : ${event}`,
    markEvents: { "2022-02-24": "invasion de l’Ukraine" } as Record<string, string>,
  },
};
