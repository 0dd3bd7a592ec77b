/**
 * What each page shows, as plain data: the pages (app/) compose components from these views and hold no data logic.
 * Everything here is read from the figure registry, the derived data and the static chart renders of the prebuild.
 */
import { derived } from "../derive";
import type { ClaimEvaluation } from "../derive/claims/evaluate";
import { claimsMatrix, matrixSummary } from "../derive/claims/matrix";
import { chartPage, PAGES } from "../figures/pages";
import type { PageSection } from "../figures/since-2021";
import { figuresOfPage } from "../figures/registry";
import { figureIn, pageIn } from "../figures/localize";
import type { Column, ExplorerSpec, Figure, PageSlug, Series, SourceLink, TableModel } from "../figures/types";
import { SITE } from "../site";
import { WIDTHS } from "./chart-svg/paths";
import { staticChart } from "./chart-svg/read";
import { SERVED_CSVS } from "./served-csvs";
import { BRIEFING_EXTS, BRIEFING_FORMATS, briefingPath } from "./briefing/formats";
import { citationBibtex, citationText } from "./cite";
import { embedCode, embedPath, oembedPath, oembedUrl } from "./embed/code";
import { pngSizeOf } from "./images/composed";
import { formatDay, formatNumber } from "../format";
import { LOCALES, messages, type Locale } from "../i18n";
import { alternates, chartPagePath, claimsPath, dataPagePath, homePath, imagePath, imageUrl } from "./urls";

export interface FigureView {
  id: string;
  /** the page's language (tables format their numbers in it) */
  locale: Locale;
  /** the words around the figure (buttons, panels) in that language, as plain text */
  ui: FigureUi;
  title: string;
  units: string;
  source: string;
  links: SourceLink[];
  notes: string[];
  legend: readonly Series[];
  /** each view: the narrow and wide static SVG and its data table */
  variants: {
    key: string;
    label: string;
    narrowSvg: string;
    wideSvg: string;
    table: TableModel;
    /** the view's takeaways, and the id of the element holding them (the chart's aria-describedby) */
    takeaways: string[];
    takeawaysId: string;
  }[];
  downloads: { csv: string; csvFile: string; png: string; svg: string };
  /** the briefing files of the default view: PowerPoint, Word, Excel, PDF */
  briefing: { href: string; label: string; type: string; file: string }[];
  embed: { code: string; preview: string; oembed: string };
  cite: { text: string; bibtex: string };
  explorer?: ExplorerSpec & { csv: string; columns: Column[]; locale: Locale; words: ExplorerWords };
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
}
function explorerWords(initial: { a: number; b: number }, locale: Locale): ExplorerWords {
  const m = messages(locale).explorer;
  return { ...m, shows: m.shows(String(initial.a), String(initial.b)) };
}

/** The words around a figure in one language, every template filled in (so client components get plain text). */
export function figureUi(fig: Figure, locale: Locale) {
  const m = messages(locale).figure;
  return {
    ...m,
    downloadCsv: m.downloadCsv(fig.csv),
    download: undefined,
    embedCodeFor: m.embedCodeFor(fig.title),
  };
}

export function figureView(english: Figure, locale: Locale = "en"): FigureView {
  const d = derived();
  const fig = figureIn(english, locale);
  const variants = fig.variants.map((v) => {
    const takeawaysId = `${fig.id}-${v.key}-takeaways`;
    // the chart's accessible name stays its title (aria-label); its description is the takeaways under it
    const describe = (svg: string) => {
      const described = svg.replace(/^<svg class="recharts-surface"/, `$& aria-describedby="${takeawaysId}"`);
      if (described === svg)
        throw new Error(`figure ${fig.id}/${v.key}: the static chart does not open with its <svg>`);
      return described;
    };
    return {
      key: v.key,
      label: v.label,
      narrowSvg: describe(staticChart(fig.id, v.key, WIDTHS.narrow).svg),
      wideSvg: describe(staticChart(fig.id, v.key, WIDTHS.wide).svg),
      table: fig.table(d, v.key),
      takeaways: fig.takeaways(d, v.key),
      takeawaysId,
    };
  });
  return {
    id: fig.id,
    locale,
    ui: figureUi(fig, locale),
    title: fig.title,
    units: fig.units,
    source: fig.source,
    links: fig.links,
    notes: fig.notes,
    legend: fig.series,
    variants,
    downloads: {
      csv: `/data/${fig.csv}`,
      csvFile: fig.csv,
      png: `/${imagePath(fig.id, "png")}`,
      svg: `/${imagePath(fig.id, "svg")}`,
    },
    briefing: BRIEFING_EXTS.map((ext) => ({
      href: `/${briefingPath(fig.id, ext)}`,
      label: messages(locale).figure.download(BRIEFING_FORMATS[ext].label),
      type: BRIEFING_FORMATS[ext].type,
      file: `${fig.id}.${ext}`,
    })),
    embed: { code: embedCode(fig), preview: embedPath(fig.id), oembed: oembedPath(fig.id) },
    cite: { text: citationText(fig, undefined, locale), bibtex: citationBibtex(fig, undefined, locale) },
    explorer: fig.explorer && {
      ...fig.explorer,
      csv: fig.csv,
      columns: variants[0].table.columns,
      locale,
      words: explorerWords(fig.explorer.initial, locale),
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
  claims: ClaimEvaluation[];
  /** each claim's generated sentence (which bases reproduce the article's figure), by claim id */
  claimSentences: Record<string, string>;
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

export type PageSectionView = PageSection & { csvUrl?: string };

export function chartPageView(slug: PageSlug, locale: Locale = "en"): ChartPageView {
  const page = pageIn(chartPage(slug), locale);
  const sections: PageSectionView[] = (page.sections?.(derived()) ?? []).map((s) => {
    if (s.csv && !SERVED_CSVS.some((c) => c.file === s.csv))
      throw new Error(`chart page ${slug}, section ${s.id}: ${s.csv} is not a CSV served under /data/`);
    return { ...s, csvUrl: s.csv && `/data/${s.csv}` };
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
    claims,
    claimSentences: Object.fromEntries(claimsMatrix(claims).map((r) => [r.evaluation.claim.id, r.sentence])),
    verdictLine: results.length
      ? messages(locale).claims.verdictLine(
          formatNumber(results.filter((r) => r.verdict === "agrees").length, 0, locale),
          formatNumber(results.length, 0, locale),
        )
      : null,
    ui: messages(locale).figure,
  };
}

/** Metadata of a chart page: oEmbed discovery per figure, social cards with the first figure's export PNG. */
export function chartPageMeta(slug: PageSlug, locale: Locale = "en") {
  const page = pageIn(chartPage(slug), locale);
  const figs = figuresOfPage(slug).map((f) => figureIn(f, locale));
  const first = figs[0];
  const size = pngSizeOf(first.id);
  return {
    title: page.title,
    description: page.summary,
    url: `${SITE.url}${chartPagePath(slug, locale)}`,
    alternates: languageAlternates(chartPagePath(slug), locale),
    siteName: messages(locale).site.name,
    oembed: figs.map((f) => ({ url: oembedUrl(f.id), title: f.title })),
    image: {
      url: imageUrl(first.id, "png"),
      width: size.width,
      height: size.height,
      alt: first.title,
      type: "image/png",
    },
  };
}

/** The overview cards: each chart page with its computed headline and its first figure's narrow chart. */
export function homeCards(locale: Locale = "en") {
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
    };
  });
}

export const navLinks = (locale: Locale = "en") =>
  PAGES.map((p) => ({ href: chartPagePath(p.slug, locale), title: pageIn(p, locale).title }));

/** The words and links of every page's frame (skip link, navigation, language switch, footer) in one language. */
export function frameWords(locale: Locale) {
  const m = messages(locale);
  const a = SITE.article;
  return {
    ...m.frame,
    siteName: m.site.name,
    description: m.site.description,
    home: homePath(locale),
    claimsHref: claimsPath(locale),
    dataHref: dataPagePath(locale),
    switchLabel: m.language.switchLabel,
    readIn: m.language.readIn,
    footerArticle: m.frame.footerArticle(a.title, a.author, a.publisher, formatDay(a.date, locale)),
  };
}

export function homeWords(locale: Locale) {
  const m = messages(locale);
  return { name: m.site.name, intro: m.home.intro };
}
/**
 * The site root: each language's name, description and link, hreflang alternates, and the script that sends a
 * browser preferring French (before any English) to /fr/.
 */
export function rootWords() {
  const urls = alternates(homePath("en"));
  return {
    title: LOCALES.map((l) => messages(l).site.name).join(" · "),
    /** the skip link, in English (the page's language) and French */
    skip: `${messages("en").frame.skip} · ${messages("fr").frame.skip}`,
    alternates: { canonical: `${SITE.url}/`, languages: { ...urls, "x-default": `${SITE.url}/` } },
    languages: LOCALES.map((l) => ({
      locale: l,
      href: homePath(l),
      name: messages(l).site.name,
      description: messages(l).site.description,
      enter: messages(l).language.enter,
    })),
    script:
      'var l=(navigator.languages||[navigator.language]).map(function(x){return String(x).slice(0,2)}).filter(function(x){return x==="fr"||x==="en"})[0];if(l==="fr")location.replace("/fr/")',
  };
}

export const claimsWords = (locale: Locale) => messages(locale).claims;
export const dataWords = (locale: Locale) => messages(locale).data;

/**
 * A page's canonical URL and its hreflang alternates (each language, and x-default: the English page), for Next's
 * metadata; `enPath` is the page's English path.
 */
export function languageAlternates(enPath: string, locale: Locale) {
  const urls = alternates(enPath);
  return { canonical: urls[locale], languages: { ...urls, "x-default": urls.en } };
}

export function claimsSummary(locale: Locale = "en") {
  const evaluations = pageClaims();
  const results = evaluations.flatMap((e) => e.results);
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  const n = (x: number) => formatNumber(x, 0, locale);
  const matrix = claimsMatrix(evaluations);
  return {
    text: messages(locale).claims.summary(
      n(evaluations.length),
      n(results.length),
      n(count("agrees")),
      n(count("differs")),
      n(count("cannot-check")),
    ),
    evaluations,
    matrix,
    /** generated from the matrix: how many claims are reproduced somewhere, and which bases reproduce a whole table */
    matrixSentences: matrixSummary(matrix, Object.fromEntries(PAGES.map((p) => [p.slug, p.table]))).sentences,
    /** each claim's generated sentence, by claim id */
    claimSentences: Object.fromEntries(matrix.map((r) => [r.evaluation.claim.id, r.sentence])),
    claims: evaluations.length,
    checks: results.length,
    agree: count("agrees"),
    differ: count("differs"),
    cannot: count("cannot-check"),
  };
}
