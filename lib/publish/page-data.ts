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
import type { Column, ExplorerSpec, Figure, PageSlug, Series, SourceLink, TableModel } from "../figures/types";
import { SITE } from "../site";
import { WIDTHS } from "./chart-svg/paths";
import { staticChart } from "./chart-svg/read";
import { SERVED_CSVS } from "./served-csvs";
import { BRIEFING_EXTS, BRIEFING_FORMATS, briefingPath } from "./briefing/formats";
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
  explorer?: ExplorerSpec & { csv: string; columns: Column[] };
}

export function figureView(fig: Figure): FigureView {
  const d = derived();
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
      label: BRIEFING_FORMATS[ext].label,
      type: BRIEFING_FORMATS[ext].type,
      file: `${fig.id}.${ext}`,
    })),
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
  /** the page's computed words and tables, above and below its figures, each table's CSV as a /data/ URL */
  sections: { beforeFigures: PageSectionView[]; afterFigures: PageSectionView[] };
  claims: ClaimEvaluation[];
  /** each claim's generated sentence (which bases reproduce the article's figure), by claim id */
  claimSentences: Record<string, string>;
  /** "Our check: n of m agree.", or null when the page has no claim to check */
  verdictLine: string | null;
}

export const chartPageSlugs = (): PageSlug[] => PAGES.map((p) => p.slug);

export function pageClaims(slug?: PageSlug): ClaimEvaluation[] {
  const all = derived().claims;
  return slug ? all.filter((e) => e.claim.page === slug) : all;
}

export type PageSectionView = PageSection & { csvUrl?: string };

export function chartPageView(slug: PageSlug): ChartPageView {
  const page = chartPage(slug);
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
    figures: figuresOfPage(slug).map(figureView),
    sections: {
      beforeFigures: sections.filter((s) => s.beforeFigures),
      afterFigures: sections.filter((s) => !s.beforeFigures),
    },
    claims,
    claimSentences: Object.fromEntries(claimsMatrix(claims).map((r) => [r.evaluation.claim.id, r.sentence])),
    verdictLine: results.length
      ? `Our check: ${results.filter((r) => r.verdict === "agrees").length} of ${results.length} agree.`
      : null,
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
