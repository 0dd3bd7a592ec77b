/**
 * The English catalogue: every word of the site's frame and pages that is not a figure's own (those live in each
 * figure's file, per locale). Its type is the catalogue's type (lib/i18n/messages/index.ts): the French catalogue must
 * have every key, with the same parameters where a message is a function. A message that states a result is a
 * function of numbers computed from the data, never a typed number.
 */
import type { Locale } from "../locales";

export const en = {
  site: {
    name: "France–Russia trade, checked",
    description:
      "French–Russian trade and investment, 2000–2020: the tables of a 2021 Russia Matters analysis reproduced from IMF and sourced FDI figures, with every claim checked.",
  },
  frame: {
    skip: "Skip to content",
    navLabel: "Main",
    claims: "Claims",
    data: "Data",
    footerSources:
      "Trade: IMF Direction of Trade Statistics, reporter-declared, USD; since 2019, Eurostat Comext, France-declared, EUR, with ECB euro reference rates. FDI: EY European Investment Monitor; Bank of Russia via DG Trésor. Every number is computed at build from the CSVs on the",
    footerDataLink: "data page",
    footerArticle: (title: string, author: string, publisher: string, day: string) =>
      `Checks the article by ${author}, “${title}”, ${publisher}, ${day}.`,
  },
  language: {
    enter: "Enter the English site",
    /** the switch's accessible name, in the page's language */
    switchLabel: "Language",
    /** the link to the other language, written in that language (hreflang tells a screen reader) */
    readIn: { en: "Read in English", fr: "Lire en français" } satisfies Record<Locale, string>,
  },
  home: {
    intro:
      "In May 2021 a Russia Matters analysis of Macron's dialogue with Russia backed its argument with three trade tables and a claim about investment. This site rebuilds each table from the IMF's Direction of Trade Statistics and sourced FDI figures, shows the numbers behind every chart, and says where the data agree with the article and where they do not.",
  },
  claims: {
    title: "Claims checked",
    description:
      "Each quantitative statement of the 2021 Russia Matters article on trade and investment, with our value and verdict.",
    heading: "What the article says, checked",
    intro:
      "Each quantitative statement the article makes about trade and investment, paraphrased, with the figure it states, the computation that checks it and our value on every statistical basis that can compute it: France's or Russia's own declarations, Russia's with Belarus's 2009–2010 gap filled or Belarus left out, each partner's declarations (mirror), Russia's customs statistics, EY's project counts. So you can see on which basis, if any, the article is right. Verdicts are computed at build from the same data as the charts and the downloads.",
    summary: (claims: string, checks: string, agree: string, differ: string, cannot: string) =>
      `${claims} claims, ${checks} checks: ${agree} agree, ${differ} differ, ${cannot} cannot be checked.`,
    verdictLine: (agree: string, of: string) => `Our check: ${agree} of ${of} agree.`,
    downloadResults: "Download the results (CSV)",
    downloadClaims: "the claims and their computations (CSV)",
    matrixHeading: "Claims × bases",
    eachHeading: "Each claim, basis by basis",
    // the claims lists (components/ClaimsList.tsx) and the matrix (components/ClaimsMatrix.tsx); the sentences that
    // state a result are generated in lib/derive/claims/words-en.ts
    verdicts: { agrees: "Agrees", differs: "Differs", "cannot-check": "Cannot be checked" },
    checks: {
      rank: "a rank",
      "rank-change": "a change of rank",
      growth: "a growth rate above a threshold",
      change: "a change within a stated range",
      tie: "an equality",
    },
    articleSays: "The article says:",
    checkedAs: (check: string) => `Checked as ${check}.`,
    seeChart: "See the chart",
    tableCaption: "Our value for this claim on each basis, with the verdict and how it was reached",
    // a chart page's claims: the table without the explanations, which the claims page gives
    shortTableCaption: "Our value for this claim on each basis, with the verdict",
    howReached: "How each verdict was reached",
    basis: "Basis",
    ourValue: "Our value",
    verdict: "Verdict",
    explanation: "Explanation",
    matrixCaption:
      "Each claim on each basis: the verdict and our value; “not computable” where the basis cannot compute the claim (the reason is given in the cell)",
    claimColumn: "Claim",
    articleValue: (value: string) => `(article: ${value})`,
    notComputable: "Not computable:",
  },
  data: {
    title: "Data",
    description: "Every CSV behind the charts: columns, types, units, sources, licences and downloads.",
    introBefore:
      "Every chart is computed at build from these CSV files. Source files are copied from the raw statistical workbooks by",
    introAfter:
      "; derived files are written by the same code that draws the charts. Text cells never start with =, +, - or @.",
    everything: "Everything at once:",
    zip: "all CSVs with their descriptions (zip)",
    packageNote: "(Frictionless Data Package: schemas, units, sources, licences, sizes and SHA-256 hashes).",
    openingHeading: "Opening the files in Excel or LibreOffice",
    rows: (n: string) => `${n} rows`,
    kilobytes: (n: string) => `${n} KB`,
    textSuch: (sample: string) => `text such as “${sample}”:`,
    openUtf8: "open as UTF-8",
    columnsOf: (file: string) => `Columns of ${file}`,
    column: "Column",
    type: "Type",
    unit: "Unit",
    columnDescription: "Description",
    source: "Source:",
    /** between two sources of a file */
    sourceSeparator: "; ",
    licence: "Licence:",
  },
  figure: {
    takeaways: "Takeaways",
    copyTakeaways: "Copy takeaways",
    dataTable: "Data table",
    show: "Show",
    viewLoadError: "This view could not be loaded. Reload the page to try again.",
    // the Embed and Cite panels, whose content is fetched when opened (components/OnOpen.tsx)
    partLoadError: "This could not be loaded. Reload the page to try again.",
    needsScript: "Shown when JavaScript is on.",
    downloadCsv: (file: string) => `Download CSV (${file})`,
    downloadPng: "Download PNG",
    downloadSvg: "Download SVG",
    download: (format: string) => `Download ${format}`,
    embed: "Embed",
    embedHelpBefore:
      "Paste this code into your page. The chart fits the width it is given and its height follows its content; the script line is needed once per page. Add",
    embedHelpOr: "or",
    embedHelpAfter: "to the address to fix the colours (default: the reader's system setting).",
    embedCodeFor: (title: string) => `Embed code for ${title}`,
    copyEmbed: "Copy embed code",
    previewEmbed: "Preview the embed",
    oembed: "oEmbed JSON",
    cite: "Cite this chart",
    citeText: "Text",
    copyCitation: "Copy citation",
    copyBibtex: "Copy BibTeX",
    copied: "Copied",
    copyFallback: "Select and copy the text above",
    articleSays: "What the article says:",
    bearOut: "Do the data bear it out?",
    allClaims: "All claims and how each is computed",
  },
  cite: {
    text: (site: string, title: string, source: string, url: string, day: string) =>
      `${site}. “${title}” [chart]. Data: ${source}. ${url} (accessed ${day}).`,
    note: (source: string, day: string) => `Chart. Data: ${source}. Accessed ${day}`,
  },
  explorer: {
    heading: "Compare any two years",
    shows: (a: string, b: string) =>
      `The chart above shows ${a} and ${b}. Pick other years or another basis; the numbers come from the same CSV as the download.`,
    from: "From",
    to: "to",
    and: "and",
    loading: "Loading…",
    caption: "{label}: top {top}, {a} and {b}, USD millions",
    couldNotLoad: "Could not load",
    basis: "Basis",
  },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address. The charts, the claims and the data are listed here:",
    home: "Home page",
  },
  /** words drawn in or around a chart outside the page: static SVGs, export images, embeds, briefing files */
  charts: {
    legend: "Legend",
    legendLine: (labels: string[]) => `Legend: ${labels.join("; ")}.`,
    siteLine: (site: string, url: string) => `${site}: ${url}`,
    dataLink: (site: string) => `Data, notes and sources: ${site}`,
    takeaways: "Takeaways",
    /** the takeaways' heading before a list, with the language's punctuation */
    takeawaysLead: "Takeaways:",
    dataAndChart: (url: string) => `Data and chart: ${url}`,
    csv: (url: string) => `CSV: ${url}`,
    continued: (caption: string) => `${caption} (continued)`,
    licence: (licence: string) => `Licence: ${licence}`,
    rank: "Rank",
    /** a source line that says so gets the figure's links drawn under it in export images */
    linksBelow: "links below",
    sheetData: "Data",
    sheetAbout: "About",
    about: {
      title: "Title",
      units: "Units",
      table: "Table",
      takeaways: "Takeaways",
      source: "Source",
      links: "Links",
      notes: "Notes",
      licence: "Licence",
      page: "Page",
      fullData: "Full data (CSV)",
      publishedBy: "Published by",
    },
    /** a dated mark on a time axis: the day (short form) and what happened, by date */
    markLabel: (day: string, event: string) => `${day}: ${event}`,
    markEvents: { "2022-02-24": "invasion of Ukraine" } as Record<string, string>,
  },
};

/** The catalogues' type: the French one must have every key, with the same parameters. */
export type Messages = typeof en;
