/**
 * What each page shows, as plain data: the pages (app/) compose components from these views and hold no data logic.
 * Everything here is read from the figure registry, the derived data and the static chart renders of the prebuild.
 */
import { derived } from "../derive";
import type { ClaimEvaluation } from "../derive/claims/evaluate";
import { claimsMatrix, matrixSummary } from "../derive/claims/matrix";
import { chartPage, PAGES } from "../figures/pages";
import { figuresOfPage } from "../figures/registry";
import type { Column, ExplorerSpec, Figure, PageSlug, Series, SourceLink, TableModel } from "../figures/types";
import { SITE } from "../site";
import { WIDTHS } from "./chart-svg/paths";
import { staticChart } from "./chart-svg/read";
import { citationBibtex, citationText } from "./cite";
import { embedCode, embedPath, oembedPath, oembedUrl } from "./embed/code";
import { pngSizeOf } from "./images/composed";
import { chartPagePath, imagePath, imageUrl } from "./urls";

export interface FigureView {
  id: string;
  title: string;
  units: string;
  source: string;
  links: SourceLink[];
  notes: string[];
  legend: readonly Series[];
  /** each view: the narrow and wide static SVG and its data table */
  variants: { key: string; label: string; narrowSvg: string; wideSvg: string; table: TableModel }[];
  downloads: { csv: string; csvFile: string; png: string; svg: string };
  embed: { code: string; preview: string; oembed: string };
  cite: { text: string; bibtex: string };
  explorer?: ExplorerSpec & { csv: string; columns: Column[] };
}

export function figureView(fig: Figure): FigureView {
  const d = derived();
  const variants = fig.variants.map((v) => ({
    key: v.key,
    label: v.label,
    narrowSvg: staticChart(fig.id, v.key, WIDTHS.narrow).svg,
    wideSvg: staticChart(fig.id, v.key, WIDTHS.wide).svg,
    table: fig.table(d, v.key),
  }));
  return {
    id: fig.id,
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
    embed: { code: embedCode(fig), preview: embedPath(fig.id), oembed: oembedPath(fig.id) },
    cite: { text: citationText(fig), bibtex: citationBibtex(fig) },
    explorer: fig.explorer && { ...fig.explorer, csv: fig.csv, columns: variants[0].table.columns },
  };
}

export interface ChartPageView {
  slug: PageSlug;
  table: string;
  title: string;
  summary: string;
  article: string;
  figures: FigureView[];
  claims: ClaimEvaluation[];
  /** each claim's generated sentence (which bases reproduce the article's figure), by claim id */
  claimSentences: Record<string, string>;
  /** "Our check: n of m agree." */
  verdictLine: string;
}

export const chartPageSlugs = (): PageSlug[] => PAGES.map((p) => p.slug);

export function pageClaims(slug?: PageSlug): ClaimEvaluation[] {
  const all = derived().claims;
  return slug ? all.filter((e) => e.claim.page === slug) : all;
}

export function chartPageView(slug: PageSlug): ChartPageView {
  const page = chartPage(slug);
  const claims = pageClaims(slug);
  const results = claims.flatMap((e) => e.results);
  return {
    slug,
    table: page.table,
    title: page.title,
    summary: page.summary,
    article: page.article,
    figures: figuresOfPage(slug).map(figureView),
    claims,
    claimSentences: Object.fromEntries(claimsMatrix(claims).map((r) => [r.evaluation.claim.id, r.sentence])),
    verdictLine: `Our check: ${results.filter((r) => r.verdict === "agrees").length} of ${results.length} agree.`,
  };
}

/** Metadata of a chart page: oEmbed discovery per figure, social cards with the first figure's export PNG. */
export function chartPageMeta(slug: PageSlug) {
  const page = chartPage(slug);
  const figs = figuresOfPage(slug);
  const first = figs[0];
  const size = pngSizeOf(first.id);
  return {
    title: page.title,
    description: page.summary,
    url: `${SITE.url}${chartPagePath(slug)}`,
    siteName: SITE.name,
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
export function homeCards() {
  const d = derived();
  return PAGES.map((p) => {
    const fig = figuresOfPage(p.slug)[0];
    if (!fig) throw new Error(`chart page ${p.slug} has no figure: give a figure in lib/figures/ this page`);
    return {
      slug: p.slug,
      href: chartPagePath(p.slug),
      table: p.table,
      title: p.title,
      summary: p.summary,
      headline: p.headline(d),
      svg: staticChart(fig.id, fig.variants[0].key, WIDTHS.narrow).svg,
    };
  });
}

export const navLinks = () => PAGES.map((p) => ({ href: chartPagePath(p.slug), title: p.title }));

export function claimsSummary() {
  const evaluations = pageClaims();
  const results = evaluations.flatMap((e) => e.results);
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  const matrix = claimsMatrix(evaluations);
  return {
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
