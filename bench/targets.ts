/**
 * What the bench visits: the pages of out/sitemap.xml, the embed pages /embed/<figure id>/ (ids from FIGURES), and
 * for each of those a "floor" page: bare HTML holding only the page's first figure as that page carries it (on chart
 * pages and embeds its narrow and wide SVG, with the one media query that shows one of them: the chart legible on a
 * phone and on a desktop, and nothing else), sent brotli-compressed by the preview server as the pages are. For an
 * embed, the brotli bytes of a second floor are kept beside it: the same bare page with the embed's words too (title,
 * units, legend, description, source and link, as plain paragraphs), the content any embed of the chart carries.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FIGURES } from "../lib/figures/registry";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import { EMBED_BREAKPOINT } from "../lib/publish/embed/embeds";
import { brotli, cachedBrotli } from "../lib/publish/precompress";
import { isLocale, LOCALES } from "../lib/i18n/locales";
import { elements, parseHtml, type Node } from "../lib/publish/html-edit";
import { escapeText } from "../lib/html";
import type { MarkupCount } from "./types";

/** Paths (e.g. "/charts/bilateral-trade/") of the <loc>s in out/sitemap.xml, whatever host SITE_URL gave them. */
export function sitemapPaths(outDir: string): string[] {
  const file = path.join(outDir, "sitemap.xml");
  if (!existsSync(file)) throw new Error(`${file} is missing: the build did not write a sitemap`);
  const locs = [...readFileSync(file, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1].trim()).pathname,
  );
  if (!locs.length) throw new Error(`${file} lists no pages`);
  return locs;
}

/** Embed paths (English at /embed/<id>/, the other languages at /<lang>/embed/<id>/ where built), or null when
 *  out/embed/ does not exist (the embeds are not built yet). */
export function embedPaths(outDir: string): string[] | null {
  if (!existsSync(path.join(outDir, "embed"))) return null;
  const others = LOCALES.filter((l) => l !== "en" && existsSync(path.join(outDir, l, "embed")));
  return ["", ...others.map((l) => `/${l}`)].flatMap((prefix) => FIGURES.map((f) => `${prefix}/embed/${f.id}/`));
}

/** The built HTML file for a path, if any. */
function htmlFile(outDir: string, urlPath: string): string | null {
  const file = path.join(outDir, urlPath, "index.html");
  return existsSync(file) ? file : null;
}

/**
 * The first figure drawn on a page, as that page carries it: the first `<svg data-figure data-variant>` of its HTML
 * and the page's other renders of the same figure and view (the narrow and the wide one on chart pages and embeds,
 * the narrow one alone on the home page), in page order, markup as served (an embed's renders have no class names, a
 * chart page's have theirs). Null when the page draws no figure.
 */
export function firstFigureSvgs(
  outDir: string,
  urlPath: string,
): { figure: string; variant: string; svgs: { width: number; svg: string }[] } | null {
  const file = htmlFile(outDir, urlPath);
  const html = file ? readFileSync(file, "utf8") : "";
  const m = /<svg[^>]*\sdata-figure="([^"]+)"[^>]*\sdata-variant="([^"]+)"/.exec(html);
  if (!m) return null;
  const [, figure, variant] = m;
  const svgs = [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)]
    .map((x) => x[0])
    .filter((svg) => {
      const open = svg.slice(0, svg.indexOf(">"));
      return open.includes(` data-figure="${figure}"`) && open.includes(` data-variant="${variant}"`);
    })
    .map((svg) => ({ width: Number(/\sviewBox="0 0 (\d+(?:\.\d+)?) /.exec(svg)?.[1]), svg }));
  const bad = svgs.find((x) => !(x.width > 0));
  if (bad)
    throw new Error(`${file}: an SVG of ${figure}/${variant} without a viewBox width: ${bad.svg.slice(0, 120)}…`);
  return { figure, variant, svgs };
}

/** A bare page around some markup, as a floor page is written. */
const barePage = (lang: string, figure: string, head: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor: ${figure}</title>${head}</head>
<body>${body}</body></html>
`;

/** The words of a page's <body> outside its drawings, scripts and styles: each text as a plain paragraph. */
export function wordsOf(html: string): string {
  const body = elements(parseHtml(html)).find((e) => e.tagName === "body");
  const out: string[] = [];
  const walk = (n: Node) => {
    if ("value" in n && n.nodeName === "#text") {
      if (n.value.trim()) out.push(`<p>${escapeText(n.value)}</p>`);
    } else if ("childNodes" in n && !["svg", "script", "style"].includes(n.nodeName)) n.childNodes.forEach(walk);
  };
  if (body) walk(body);
  return out.join("");
}

/**
 * Writes <floorDir>/<slug>/index.html for a page: its first figure as the page carries it (./firstFigureSvgs), with,
 * when that is a narrow and a wide render, the media query the site shows one of them by (its `sm` breakpoint, the
 * embeds' too). Returns its URL path and, for an embed, the brotli bytes of the floor with the embed's words
 * (wordsOf), or null if the page has no figure.
 */
export function writeFloorPage(
  outDir: string,
  floorDir: string,
  urlPath: string,
): { path: string; figure: string; withWordsBytes?: number } | null {
  const found = firstFigureSvgs(outDir, urlPath);
  if (!found) return null;
  const slug = urlPath === "/" ? "home" : urlPath.replace(/^\/|\/$/g, "").replace(/\//g, "--");
  mkdirSync(path.join(floorDir, slug), { recursive: true });
  const lang = /^\/([a-z]{2})\//.exec(urlPath)?.[1];
  const locale = isLocale(lang) ? lang : "en";
  const narrow = found.svgs.find((x) => x.width === WIDTHS.narrow);
  const wide = found.svgs.find((x) => x.width === WIDTHS.wide);
  const [head, body] =
    narrow && wide && found.svgs.length === 2
      ? [
          `<style>.w{display:none}@media (min-width:${EMBED_BREAKPOINT}px){.n{display:none}.w{display:block}}</style>`,
          `<div class="n">${narrow.svg}</div><div class="w">${wide.svg}</div>`,
        ]
      : ["", found.svgs.map((x) => x.svg).join("")];
  const html = barePage(locale, found.figure, head, body);
  writeFileSync(path.join(floorDir, slug, "index.html"), html);
  // into the preview server's brotli cache, as the build puts the pages, so the first load is not the compressing one
  cachedBrotli(Buffer.from(html));
  const embed = /(^|\/)embed\//.test(urlPath);
  const page = embed ? readFileSync(htmlFile(outDir, urlPath)!, "utf8") : "";
  return {
    path: `/${slug}/`,
    figure: `${found.figure}/${found.variant} (${found.svgs.map((x) => x.width).join("+")})`,
    ...(embed ? { withWordsBytes: brotli(barePage(locale, found.figure, head, body + wordsOf(page))).length } : {}),
  };
}

/**
 * The pages Lighthouse measures: for each language, its home and every chart page; and one embed per language
 * (/<lang>/embed/<id>/ where the site has it; English embeds are at /embed/<id>/).
 */
export function lighthouseTargets(outDir: string, pagePaths: string[], embedFigure = "france-top-partners"): string[] {
  const out: string[] = [];
  for (const l of LOCALES) {
    out.push(...pagePaths.filter((p) => p === `/${l}/` || new RegExp(`^/${l}/charts/[^/]+/$`).test(p)));
    const embed = [`/${l}/embed/${embedFigure}/`, ...(l === "en" ? [`/embed/${embedFigure}/`] : [])].find((p) =>
      htmlFile(outDir, p),
    );
    if (embed) out.push(embed);
  }
  return out;
}

/**
 * For every HTML page of out/: how many chart SVGs its markup holds, which figure/variant/width is drawn more than
 * once, and how many of its inline scripts carry SVG markup (a chart repeated as data). Read from the files.
 */
export function markupCounts(outDir: string, pagePaths: string[]): MarkupCount[] {
  return pagePaths.flatMap((p) => {
    const file = htmlFile(outDir, p);
    if (!file) return [];
    const html = readFileSync(file, "utf8");
    // the inline scripts (the loader, the explorer's JSON props)
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    const seen = new Map<string, number>();
    for (const m of markup.matchAll(/<svg\b[^>]*>/g)) {
      const fig = /\sdata-figure="([^"]+)"/.exec(m[0])?.[1];
      if (!fig) continue;
      const key = `${fig}/${/\sdata-variant="([^"]+)"/.exec(m[0])?.[1]}/${/viewBox="0 0 (\d+)/.exec(m[0])?.[1]}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [
      {
        path: p,
        svgs: [...seen.values()].reduce((s, n) => s + n, 0),
        repeated: [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`),
        svgInScripts: scripts.filter((s) => /<svg|\\u003csvg/i.test(s)).length,
      },
    ];
  });
}
