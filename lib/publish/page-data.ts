/**
 * What each page shows, as plain data: the pages (app/) compose components from these views and hold no data logic.
 * Everything here is read from the figure registry, the derived data and the static chart renders of the prebuild.
 */
import { derived } from "../derive";
import { columnLabel, MATRIX_BASES, type ClaimEvaluation } from "../derive/claims/evaluate";
import type { Verdict } from "../derive/claims/checks";
import { claimsMatrix, matrixSummary } from "../derive/claims/matrix";
import { checkClaimTranslations, CLAIMS_LANGUAGE, claimTextKey, type Claim } from "../model/claims-spec";
import { CATALOGUES, translate, type MessageId, type Plan } from "../i18n/translate";
import { contextOf, countryIn } from "../figures/localize-names";
import { chartPage, PAGES } from "../figures/pages";
import type { PageSection } from "../figures/since-2021";
import { figuresOfPage } from "../figures/registry";
import { figureIn, figureWordRuns, pageIn } from "../figures/localize";
import type {
  Column,
  ExplorerSpec,
  FigureDefinition,
  LocalizedFigure,
  PageSlug,
  Series,
  SourceLink,
  TableModel,
} from "../figures/types";
import { SITE } from "../site";
import { WIDTHS } from "./chart-svg/paths";
import { SERVED_CSVS } from "./served-csvs";
import { catalogue, catalogueIn } from "./catalogue";
import { encodingWords } from "./csv-encoding";
import { BRIEFING_EXTS, BRIEFING_FORMATS, briefingName, briefingPath } from "./briefing/formats";
import { viewTitle } from "./view-words";
import { viewCsv } from "./view-csv";
import { servedPanelPath } from "./panels";
import { buildDate, citationBibtex, citationText } from "./cite";
import { embedCode, embedPath, oembedPath, oembedUrl } from "./embed/code";
import { formatDay, formatNumber } from "../format";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n";
import { message, richMessage, wordsOf, type Run } from "../i18n/translate";
import {
  alternates,
  chartPagePath,
  claimsPath,
  dataPagePath,
  downloadName,
  fileStem,
  homePath,
  imagePath,
  imageUrl,
} from "./urls";

export interface FigureView {
  id: string;
  /** the page's language (tables format their numbers in it) */
  locale: Locale;
  /** the words around the figure (buttons, panels) in that language, as plain text */
  ui: FigureUi;
  title: string;
  units: string;
  source: string;
  sourceRuns: Run[];
  links: (SourceLink & { labelRuns: Run[] })[];
  notes: string[];
  /** each view: its data table and takeaways (its chart SVGs are placed into the HTML at postbuild,
   *  lib/publish/chart-markup.ts), and its own files: downloads, briefing files, embed and citation */
  variants: ViewFiles[];
  explorer?: ExplorerSpec & {
    /** the table's columns when the explorer has no views of its own: the figure's default view's */
    columns: Column[];
    locale: Locale;
    words: ExplorerWords;
    /** partner code → the name to show, for a language whose names are not the CSV's (French: countries.csv name_fr) */
    names?: Record<string, string>;
  };
}

/** One view of a figure as the page shows it, with everything a reader takes away from it. */
export interface ViewFiles {
  key: string;
  label: string;
  table: TableModel;
  /** the view's takeaways, and the id of the element holding them (the chart's aria-describedby) */
  takeaways: string[];
  takeawaysId: string;
  /** the series this view draws, and only those: its legend */
  legend: readonly Series[];
  /** what the view's files are said to hold ("Files of the view “Imports”"), null when the figure has one view */
  filesHeading: string | null;
  /** the id prefix of the view's fields (embed code, citation): unique on the page */
  fieldId: string;
  /** the CSV of the view's rows (where the figure's CSV holds several views) and the figure's whole CSV */
  csv: { href: string; file: string; label: string }[];
  images: { png: string; svg: string; pngFile: string; svgFile: string };
  /** the view's briefing files: PowerPoint, Word, Excel, PDF */
  briefing: { href: string; label: string; file: string }[];
  embed: { code: string; preview: string; oembed: string; codeFor: string };
  /** the citation without JavaScript (the data's vintage), and the templates the page script dates (lib/publish/cite.ts) */
  cite: { text: string; bibtex: string; textTemplate: string; bibtexTemplate: string };
}

export type FigureUi = ReturnType<typeof figureUi>;

/** The year explorer's words in one language, as plain text (it is a client component). */
export interface ExplorerWords {
  heading: string;
  shows: string;
  from: string;
  to: string;
  and: string;
  loading: string;
  couldNotLoad: string;
  /** the table's caption, with {label}, {top}, {a} and {b} to fill */
  caption: string;
  basis: string;
  /** the measure's select */
  view: string;
  /** a year whose figures are the IMF's estimates, with {year} to fill */
  estimateYear: string;
  /** the view and the basis shown, with {view} and {basis} to fill */
  viewBasis: string;
}
function explorerWords(explorer: ExplorerSpec, locale: Locale): ExplorerWords {
  const { initial, label, top, csv } = explorer;
  return {
    ...wordsOf(locale, "explorer", [
      "heading",
      "from",
      "to",
      "and",
      "loading",
      "couldNotLoad",
      "basis",
      "view",
    ] as const),
    shows: message(locale, "explorer.shows", { a: String(initial.a), b: String(initial.b), file: csv }),
    // the years stay placeholders, filled by the explorer with the pair the reader picks
    caption: message(locale, "explorer.caption", { label, top, a: "{a}", b: "{b}" }),
    estimateYear: message(locale, "explorer.estimateYear", { year: "{year}" }),
    viewBasis: message(locale, "explorer.viewBasis", { view: "{view}", basis: "{basis}" }),
  };
}

/**
 * The explorer reads the CSV, whose names are English: it gets, as plain data, the name in the page's language of every
 * partner code whose CSV name differs (none in English; French: CLDR's, from countries.csv). An unknown code stops the
 * build.
 */
function explorerNames(csv: string, locale: Locale): Record<string, string> | undefined {
  const d = derived();
  const table = d.tables[csv];
  if (!table) throw new Error(`explorer: ${csv} is not a derived table`);
  const csvName = new Map(table.rows.map((r) => [String(r.partner), String(r.name)]));
  const names = [...csvName.keys()]
    .sort()
    .map((code) => [code, countryIn(d, code, locale)] as const)
    .filter(([code, name]) => name !== csvName.get(code));
  return names.length ? Object.fromEntries(names) : undefined;
}

/** The words around a figure that take no argument (buttons, panels, headings). */
const FIGURE_UI_WORDS = [
  "takeaways",
  "copyTakeaways",
  "dataTable",
  "show",
  "viewLoadError",
  "partLoadError",
  "needsScript",
  "tableNeedsScript",
  "downloadPng",
  "downloadSvg",
  "embed",
  "embedHelpBefore",
  "embedHelpOr",
  "embedHelpAfter",
  "copyEmbed",
  "previewEmbed",
  "oembed",
  "cite",
  "citeText",
  "copyCitation",
  "copyBibtex",
  "copied",
  "copyFallback",
  "articleSays",
  "bearOut",
  "allClaims",
] as const;

/** The words around a figure in one language, every template filled in (so client components get plain text). */
export function figureUi(locale: Locale) {
  return {
    ...wordsOf(locale, "figureUi", FIGURE_UI_WORDS),
    /** the legend's accessible name ("Legend", « Légende ») */
    legend: message(locale, "chartText.legend"),
  };
}

/** A view's files and words, in the page's language (`fig` in it). */
function viewFiles(fig: LocalizedFigure, key: string, locale: Locale): ViewFiles {
  const d = derived();
  const v = fig.variants.find((x) => x.key === key)!;
  const stem = fileStem(fig, key);
  const rows = viewCsv(fig, key);
  return {
    key,
    label: v.label,
    table: fig.table(d, key),
    takeaways: fig.takeaways(d, key),
    takeawaysId: `${fig.id}-${key}-takeaways`,
    legend: fig.legend(key),
    filesHeading: fig.variants.length > 1 ? message(locale, "figureUi.viewFiles", { view: v.label }) : null,
    fieldId: stem,
    csv: [
      ...(rows
        ? [
            {
              href: `/${rows.path}`,
              file: rows.file,
              label: message(locale, "figureUi.downloadViewCsv", { file: rows.file }),
            },
          ]
        : []),
      {
        href: `/data/${fig.csv}`,
        file: fig.csv,
        label: message(locale, rows ? "figureUi.downloadAllCsv" : "figureUi.downloadCsv", { file: fig.csv }),
      },
    ],
    images: {
      png: `/${imagePath(stem, "png", locale)}`,
      svg: `/${imagePath(stem, "svg", locale)}`,
      pngFile: downloadName(fig, key, "png", locale),
      svgFile: downloadName(fig, key, "svg", locale),
    },
    // the page's language's files: a French page offers the French images, briefing files and embed
    briefing: BRIEFING_EXTS.map((ext) => ({
      href: `/${briefingPath(fig, key, ext, locale)}`,
      label: message(locale, "figureUi.download", { format: BRIEFING_FORMATS[ext].label }),
      file: briefingName(fig, key, ext, locale),
    })),
    embed: {
      code: embedCode(fig, key, locale),
      preview: embedPath(fig, key, locale),
      oembed: oembedPath(fig, key, locale),
      codeFor: message(locale, "figureUi.embedCodeFor", { title: viewTitle(fig, key) }),
    },
    cite: {
      text: citationText(fig, key, buildDate(), locale),
      bibtex: citationBibtex(fig, key, buildDate(), locale),
      textTemplate: citationText(fig, key, buildDate(), locale, true),
      bibtexTemplate: citationBibtex(fig, key, buildDate(), locale, true),
    },
  };
}

export function figureView(definition: FigureDefinition, locale: Locale): FigureView {
  const fig = figureIn(definition, locale);
  const variants = fig.variants.map((v) => viewFiles(fig, v.key, locale));
  return {
    id: fig.id,
    locale,
    ui: figureUi(locale),
    title: fig.title,
    units: fig.units,
    source: fig.source,
    /** the source line and the links' labels as runs: a title kept in English is marked with its lang */
    sourceRuns: figureWordRuns(definition, locale, definition.source),
    links: fig.links.map((l, i) => ({
      ...l,
      labelRuns: figureWordRuns(definition, locale, definition.links[i].label),
    })),
    notes: fig.notes,
    variants,
    explorer: fig.explorer && {
      ...fig.explorer,
      columns: variants[0].table.columns,
      locale,
      words: explorerWords(fig.explorer, locale),
      names: explorerNames(fig.explorer.csv, locale),
    },
  };
}

export interface ChartPageView {
  slug: PageSlug;
  table: string;
  title: string;
  summary: string;
  article: string;
  figures: FigureView[];
  /** the page's computed words and tables, above and below its figures, each table's CSV as a /data/ URL */
  sections: { beforeFigures: PageSectionView[]; afterFigures: PageSectionView[] };
  /** the page's claims in its language, as the claims list shows them */
  claims: ClaimView[];
  claimsUi: ClaimsUi;
  /** "Our check: n of m agree.", or null when the page has no claim to check */
  verdictLine: string | null;
  /** the page's own words around its figures */
  ui: { articleSays: string; bearOut: string; allClaims: string };
}

export const chartPageSlugs = (): PageSlug[] => PAGES.map((p) => p.slug);

export function pageClaims(slug?: PageSlug): ClaimEvaluation[] {
  const all = derived().claims;
  return slug ? all.filter((e) => e.claim.page === slug) : all;
}

/** A page section as shown: its CSV's URL and download label, the page's language (its table's numbers), where its
 *  table is served if long (components/DataTable.tsx), and the words around it. */
export type PageSectionView = PageSection & {
  csvUrl?: string;
  csvLabel?: string;
  locale: Locale;
  /** where its table is served, if it has one */
  tableSrc?: string;
  ui: { dataTable: string; tableNeedsScript: string; partLoadError: string };
};

export function chartPageView(slug: PageSlug, locale: Locale): ChartPageView {
  const page = pageIn(chartPage(slug), locale);
  const sections: PageSectionView[] = (page.sections?.(derived(), locale) ?? []).map((s) => {
    if (s.csv && !SERVED_CSVS.some((c) => c.file === s.csv))
      throw new Error(`chart page ${slug}, section ${s.id}: ${s.csv} is not a CSV served under /data/`);
    return {
      ...s,
      csvUrl: s.csv && `/data/${s.csv}`,
      csvLabel: s.csv && message(locale, "figureUi.downloadCsv", { file: s.csv }),
      locale,
      tableSrc: s.table && servedPanelPath(s.id, "table", locale),
      ui: wordsOf(locale, "figureUi", ["dataTable", "tableNeedsScript", "partLoadError"] as const),
    };
  });
  const claims = pageClaims(slug);
  const results = claims.flatMap((e) => e.results);
  return {
    slug,
    table: page.table,
    title: page.title,
    summary: page.summary,
    article: page.article,
    figures: figuresOfPage(slug).map((f) => figureView(f, locale)),
    sections: {
      beforeFigures: sections.filter((s) => s.beforeFigures),
      afterFigures: sections.filter((s) => !s.beforeFigures),
    },
    claims: claimViews(claims, locale),
    claimsUi: claimsUi(locale),
    verdictLine: results.length
      ? message(locale, "claimsPage.verdictLine", {
          agree: formatNumber(results.filter((r) => r.verdict === "agrees").length, 0, locale),
          of: formatNumber(results.length, 0, locale),
        })
      : null,
    ui: wordsOf(locale, "figureUi", FIGURE_UI_WORDS),
  };
}

/**
 * Metadata of a chart page: oEmbed discovery per figure, social cards with the first figure's export PNG, all in the
 * page's language (a French page's card is the French PNG, its alt text the French title).
 */
export function chartPageMeta(slug: PageSlug, locale: Locale) {
  const page = pageIn(chartPage(slug), locale);
  const figs = figuresOfPage(slug).map((f) => figureIn(f, locale));
  const first = figs[0];
  return {
    title: page.title,
    description: page.summary,
    url: `${SITE.url}${chartPagePath(slug, locale)}`,
    alternates: languageAlternates(chartPagePath(slug, "en"), locale),
    siteName: message(locale, "site.name"),
    oembed: figs.map((f) => ({ url: oembedUrl(f, f.variants[0].key, locale), title: f.title })),
    image: {
      url: imageUrl(first.id, "png", locale), // its size is added by postbuild (./social-cards.ts)
      alt: first.title,
      type: "image/png",
    },
  };
}

/** The overview cards: each chart page with its computed headline and its first figure's narrow chart. */
export function homeCards(locale: Locale) {
  const d = derived();
  return PAGES.map((english) => {
    const p = pageIn(english, locale);
    const fig = figuresOfPage(p.slug)[0];
    if (!fig) throw new Error(`chart page ${p.slug} has no figure: give a figure in lib/figures/ this page`);
    return {
      slug: p.slug,
      href: chartPagePath(p.slug, locale),
      table: p.table,
      title: p.title,
      summary: p.summary,
      headline: p.headline(d),
      /** the card's chart: the first figure's default view, narrow (components/ChartFigure.tsx's ChartSvg places it) */
      chart: { figure: fig.id, variant: fig.variants[0].key, width: WIDTHS.narrow, locale },
      /** its legend (the series of the figure's default view, in the page's language) and its accessible name */
      legend: figureIn(fig, locale).legend(fig.variants[0].key),
      legendLabel: message(locale, "chartText.legend"),
    };
  });
}

export const navLinks = (locale: Locale) =>
  PAGES.map((p) => ({ href: chartPagePath(p.slug, locale), title: pageIn(p, locale).title }));

/** The words and links of every page's frame (skip link, navigation, language switch, footer) in one language. */
export function frameWords(locale: Locale) {
  const a = SITE.article;
  return {
    ...wordsOf(locale, "frame", ["skip", "navLabel", "claims", "data", "footerDataLink"] as const),
    /** runs: source titles kept in English are their own runs in another language's sentence */
    footerSources: richMessage(locale, "frame.footerSources"),
    siteName: message(locale, "site.name"),
    description: message(locale, "site.description"),
    home: homePath(locale),
    claimsHref: claimsPath(locale),
    dataHref: dataPagePath(locale),
    switchLabel: message(locale, "language.switchLabel"),
    /** each language's link to itself, written in that language ("Read in English", « Lire en français ») */
    readIn: Object.fromEntries(LOCALES.map((l) => [l, message(l, "language.readThis")])) as Record<Locale, string>,
    /** runs: the article's title is in English, its own run in another language's sentence */
    footerArticle: richMessage(locale, "frame.footerArticle", {
      title: a.title,
      author: a.author,
      publisher: a.publisher,
      day: formatDay(a.date, locale),
    }),
  };
}

export function homeWords(locale: Locale) {
  return { name: message(locale, "site.name"), intro: richMessage(locale, "home.intro") };
}
/**
 * The site root: each language's name, description and link, hreflang alternates, and the script that sends a
 * browser whose first language the site has (other than English, the root's own) to that language's home page.
 */
export function rootWords() {
  const urls = alternates(homePath("en"));
  return {
    title: LOCALES.map((l) => message(l, "site.name")).join(" · "),
    /** the skip link, in every language (English, the page's language, first) */
    skip: LOCALES.map((l) => message(l, "frame.skip")).join(" · "),
    alternates: { canonical: `${SITE.url}/`, languages: { ...urls, "x-default": `${SITE.url}/` } },
    languages: LOCALES.map((l) => ({
      locale: l,
      href: homePath(l),
      name: message(l, "site.name"),
      description: message(l, "site.description"),
      enter: message(l, "language.enter"),
    })),
    script:
      `var s=${JSON.stringify(LOCALES)},l=(navigator.languages||[navigator.language]).map(function(x){return String(x).slice(0,2)}).filter(function(x){return s.indexOf(x)>=0})[0];` +
      `if(l&&l!==${JSON.stringify(DEFAULT_LOCALE)})location.replace("/"+l+"/")`,
  };
}

/** The claims page's own words. */
export const claimsWords = (locale: Locale) =>
  wordsOf(locale, "claimsPage", [
    "title",
    "description",
    "heading",
    "intro",
    "downloadResults",
    "downloadClaims",
    "matrixHeading",
    "eachHeading",
  ] as const);

/** The data page's own words; those that count or name something are filled per file. */
export const dataWords = (locale: Locale) => ({
  ...wordsOf(locale, "dataPage", [
    "title",
    "description",
    "introBefore",
    "introAfter",
    "everything",
    "zip",
    "packageNote",
    "openingHeading",
    "openUtf8",
    "column",
    "type",
    "unit",
    "columnDescription",
    "source",
    "sourceSeparator",
    "licence",
  ] as const),
  rows: (n: number) => message(locale, "dataPage.rows", { n }),
  kilobytes: (n: string) => message(locale, "dataPage.kilobytes", { n }),
  textSuch: (sample: string) => message(locale, "dataPage.textSuch", { sample }),
  columnsOf: (file: string) => message(locale, "dataPage.columnsOf", { file }),
});

/** The /data catalogue in a language: each CSV's descriptions, the UTF-8 advice, and the page's number format. */
export function dataCatalogue(locale: Locale) {
  return {
    entries: catalogueIn(catalogue(), locale),
    encoding: encodingWords(locale),
    number: (n: number, decimals: number) => formatNumber(n, decimals, locale),
  };
}

/**
 * A page's canonical URL and its hreflang alternates (each language, and x-default: the English page), for Next's
 * metadata; `enPath` is the page's English path.
 */
export function languageAlternates(enPath: string, locale: Locale) {
  const urls = alternates(enPath);
  return { canonical: urls[locale], languages: { ...urls, "x-default": urls.en } };
}

// ---- claims: plain data for components/ClaimsList.tsx and ClaimsMatrix.tsx, in the page's language ---------------
// The claims are evaluated once, in no language (lib/derive/claims/); their sentence plans are worded here.

/** A claim's sentence plan in a language (country names from countries.csv). */
const sayIn = (locale: Locale) => {
  const ctx = contextOf(derived());
  return (plan: Plan) => translate(locale, plan, ctx);
};

let translationsChecked = false;
/**
 * The claim's own text in a language: data/claims.csv's in the claims' language (English, the article's), else the
 * language's catalogue (`claim.<id>.statement`, `claim.<id>.articleValue`). The first call checks every catalogue
 * has every claim's text, so a missing translation stops the build naming the catalogue and the claim.
 */
function claimText(claim: Claim, locale: Locale): { statement: string; articleValue: string } {
  if (locale === CLAIMS_LANGUAGE) return { statement: claim.statement, articleValue: claim.article_value };
  if (!translationsChecked) {
    const others = LOCALES.filter((l) => l !== CLAIMS_LANGUAGE);
    checkClaimTranslations(
      derived().claims.map((e) => e.claim),
      Object.fromEntries(others.map((l) => [`messages/${l}.json`, CATALOGUES[l]])),
    );
    translationsChecked = true;
  }
  const say = sayIn(locale);
  return {
    statement: say({ id: claimTextKey(claim.id, "statement") as MessageId }),
    articleValue: say({ id: claimTextKey(claim.id, "articleValue") as MessageId }),
  };
}

export type { Verdict };

/** A claim as a claims list shows it, in one language: its text, its generated sentences and a row per basis. */
export interface ClaimView {
  id: string;
  /** its chart page, in the same language */
  href: string;
  statement: string;
  articleValue: string;
  /** "Checked as a rank." */
  checkedAs: string;
  /** "Agrees on 1 of 2 bases." ("" for a claim on one basis) */
  agreeOn: string;
  /** which bases reproduce the article's figure, which do not */
  sentence: string;
  results: {
    basis: string;
    label: string;
    value: string;
    verdict: Verdict;
    explanation: string;
    /** the explanation with no space inside a number (`23884 M$`), when it has one: the cell's accessible name */
    spokenExplanation?: string;
  }[];
}

/**
 * A sentence as a screen reader should read it: a French number's group spaces (U+202F, U+00A0) make it read two
 * numbers, so they are dropped between digits (`23 884 M$` → `23884 M$`), as lib/format.ts's numberCell does for a
 * table's number. Undefined when the sentence has no such space.
 */
export function spokenSentence(text: string): string | undefined {
  const spoken = text.replace(/(?<=\d)[\u202f\u00a0](?=\d{3}(?!\d))/gu, "");
  return spoken === text ? undefined : spoken;
}

/** The words of the claims lists in one language (the catalogue's). */
const CLAIMS_UI_WORDS = [
  "articleSays",
  "seeChart",
  "tableCaption",
  "shortTableCaption",
  "howReached",
  "basis",
  "ourValue",
  "verdict",
  "explanation",
] as const;
export type ClaimsUi = Record<(typeof CLAIMS_UI_WORDS)[number], string> & { verdicts: Record<Verdict, string> };
export function claimsUi(locale: Locale): ClaimsUi {
  return {
    ...wordsOf(locale, "claimsPage", CLAIMS_UI_WORDS),
    verdicts: {
      agrees: message(locale, "claimsPage.verdicts.agrees"),
      differs: message(locale, "claimsPage.verdicts.differs"),
      "cannot-check": message(locale, "claimsPage.verdicts.cannot-check"),
    },
  };
}

export function claimViews(evaluations: readonly ClaimEvaluation[], locale: Locale): ClaimView[] {
  const say = sayIn(locale);
  const sentences = new Map(claimsMatrix(evaluations).map((r) => [r.evaluation.claim.id, r.sentence]));
  return evaluations.map(({ claim, results, agreement }) => ({
    id: claim.id,
    href: chartPagePath(claim.page, locale),
    ...claimText(claim, locale),
    checkedAs: message(locale, "claimsPage.checkedAs", {
      check: message(locale, `claimsPage.checks.${claim.check}` as MessageId),
    }),
    agreeOn: agreement ? say(agreement) : "",
    sentence: say(sentences.get(claim.id)!),
    results: results.map((r) => {
      const explanation = say(r.explanation);
      return {
        basis: r.basis,
        label: say(r.basisLabel),
        value: say(r.value.plan),
        verdict: r.verdict,
        explanation,
        spokenExplanation: spokenSentence(explanation),
      };
    }),
  }));
}

/** The claims × bases matrix in one language: a column per basis, a row per claim, each cell a verdict or a reason. */
export interface MatrixView {
  caption: string;
  claimColumn: string;
  notComputable: string;
  columns: { basis: string; label: string }[];
  rows: {
    id: string;
    statement: string;
    /** "(article: 10th)" */
    articleValue: string;
    cells: (
      { basis: string; verdict: Verdict; value: string; explanation: string } | { basis: string; reason: string }
    )[];
  }[];
}

function matrixView(evaluations: readonly ClaimEvaluation[], locale: Locale): MatrixView {
  const say = sayIn(locale);
  return {
    caption: message(locale, "claimsPage.matrixCaption"),
    claimColumn: message(locale, "claimsPage.claimColumn"),
    notComputable: message(locale, "claimsPage.notComputable"),
    columns: MATRIX_BASES.map((b) => ({ basis: b, label: say(columnLabel(b)) })),
    rows: claimsMatrix(evaluations).map(({ evaluation: { claim }, cells }) => {
      const text = claimText(claim, locale);
      return {
        id: claim.id,
        statement: text.statement,
        articleValue: message(locale, "claimsPage.articleValue", { value: text.articleValue }),
        cells: cells.map((c) =>
          "result" in c
            ? {
                basis: c.basis,
                verdict: c.result.verdict,
                value: say(c.result.value.plan),
                explanation: say(c.result.explanation),
              }
            : { basis: c.basis, reason: say(c.reason) },
        ),
      };
    }),
  };
}

export function claimsSummary(locale: Locale) {
  const evaluations = pageClaims();
  const results = evaluations.flatMap((e) => e.results);
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  const matrix = claimsMatrix(evaluations);
  const say = sayIn(locale);
  return {
    text: message(locale, "claimsPage.summary", {
      claims: evaluations.length,
      checks: results.length,
      agree: count("agrees"),
      differ: count("differs"),
      cannot: count("cannot-check"),
    }),
    /** every claim, as the claims list shows it, and the words around */
    claimViews: claimViews(evaluations, locale),
    ui: claimsUi(locale),
    matrix: matrixView(evaluations, locale),
    /** generated from the matrix: how many claims are reproduced somewhere, and which bases reproduce a whole table */
    matrixSentences: matrixSummary(
      matrix,
      Object.fromEntries(PAGES.map((p) => [p.slug, pageIn(p, locale).table])),
    ).sentences.map(say),
    claims: evaluations.length,
    checks: results.length,
    agree: count("agrees"),
    differ: count("differs"),
    cannot: count("cannot-check"),
  };
}
