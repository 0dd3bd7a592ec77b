/**
 * Embeds, written at postbuild: for each view of each figure and language a standalone static page
 * /embed/<id>/index.html in English, /fr/embed/<id>/index.html in French for the default view,
 * /embed/<id>/<view>/index.html for another (./code.ts; not a Next page: no runtime, no external
 * request, one small inline style and one small inline script), its oEmbed JSON beside it (…/oembed.json), and the
 * resizer script /embed-resize.js for embedding pages (one for every language).
 *
 * The page shows the title, units, legend, the chart (the page's narrow and wide static SVGs without their class
 * names, ../chart-svg/compact-svg.ts, switched by a CSS media query on the iframe's width), the source and a link back to the
 * chart page. The chart's accessible name is its title and its description the view's takeaways, as on the chart
 * page: they are in a `hidden` paragraph both renders name by aria-describedby (read as the chart's description, not
 * a second time in the page), so each SVG drops the title and units/source it carries as <title>/<desc>, which the
 * page shows as text around it. It is complete at first paint
 * without JavaScript; the theme follows prefers-color-scheme unless ?theme=light|dark is given (applied by the
 * inline script, which also reports the page's height to the parent window).
 */
import type { Output } from "../files";
import { FIGURES } from "../../figures/registry";
import { WIDTHS } from "../chart-svg/paths";
import { readStaticSvg } from "../chart-svg/read";
import { escapeAttr, escapeText } from "../../html";
import { lightDarkVariables, type ChartToken } from "../../figures/theme";
import type { Figure, LocalizedFigure } from "../../figures/types";
import { unitsLine, viewTitle } from "../view-words";
import { fileStem, homePath, imageUrl, viewUrl } from "../urls";
import { pngSizeOf } from "../images/images";
import { SITE } from "../../site";
import { message } from "../../i18n/translate";
import { LOCALES, type Locale } from "../../i18n/locales";
import { figureIn } from "../../figures/localize";
import { embedPath, embedRoot, iframeHtml, oembedPath, RESIZER_PATH } from "./code";
import { EMBED_BREAKPOINT, EMBED_WIDTH, embedHeight, embedLinkText, embedSource, LAYOUT } from "./layout";
import { HEIGHT_SCRIPT, RESIZER_SCRIPT, sha256 } from "./script";
import { withoutChartClasses } from "../chart-svg/compact-svg";
import { endSentence } from "../../i18n/typography";
import { derived } from "../../derive";

export { EMBED_SCRIPT_SHA256, HEIGHT_SCRIPT, RESIZER_SCRIPT, EMBED_MESSAGE, EMBED_PING } from "./script";

export { EMBED_BREAKPOINT } from "./layout";

/** Every colour of the page, light and dark in one declaration each; the page's color-scheme picks one. */
const COLOURS = `${lightDarkVariables()}--fg:light-dark(#111827,#e5e7eb);--link:light-dark(#1d4ed8,#93c5fd)`;

/** The colours and swatch shapes the embeds' legends use (any figure's series), the only ones styled. */
const LEGEND_TOKENS = new Set<ChartToken>(FIGURES.flatMap((f) => f.series.map((l) => l.token)));
const SWATCHES = new Set(FIGURES.flatMap((f) => f.series.map((l) => l.shape)));

const L = LAYOUT;
/** A block's line-height, unless it is the body's, which it inherits. */
const lh = (lineHeight: number) => (lineHeight === L.body.lineHeight ? "" : `;line-height:${lineHeight}`);
/**
 * The one stylesheet of every embed page (identical on all of them, so a CSP can allow it by one hash), written from
 * the layout's numbers (./layout.ts). Its colours follow the reader's system theme (color-scheme: light dark), or the
 * one ?theme= asks for (the height script sets data-theme, which sets color-scheme). The page fills its frame: <main> is a column as tall as the frame, its text
 * blocks keep their height and the chart box takes the rest (at most the chart's own height at full width, at least
 * LAYOUT.minChart), the drawing scaled inside it at its aspect ratio. So nothing is cut in a frame of the declared
 * height at any width from 320 px, script or no script.
 */
export const EMBED_STYLE =
  `:root{color-scheme:light dark;${COLOURS}}[data-theme=light]{color-scheme:light}[data-theme=dark]{color-scheme:dark}` +
  `*{box-sizing:border-box}html{background:var(--chart-background);color:var(--fg)}html,body{height:100%}` +
  `body{margin:0;padding:${L.padding}px;font:${L.body.size}px/${L.body.lineHeight} system-ui,sans-serif}` +
  `main{display:flex;flex-direction:column;height:100%}main>*{flex-shrink:0}` +
  `h1{font-size:${L.title.size}px;line-height:${L.title.lineHeight};margin:0}p{margin:${L.units.marginTop}px 0 0}` +
  `.u,.s{color:var(--chart-text)}.u{font-size:${L.units.size}px${lh(L.units.lineHeight)}}` +
  `ul{list-style:none;margin:${L.legend.marginTop}px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:${L.legend.rowGap}px ${L.legend.columnGap}px;font-size:${L.legend.size}px${lh(L.legend.lineHeight)}}` +
  `li{display:flex;align-items:center;gap:${L.legend.swatchGap}px}i{flex:none;width:${L.swatch.bar}px;height:${L.swatch.bar}px}` +
  (SWATCHES.has("line") ? `i.line{width:${L.swatch.line}px;height:3px}` : "") +
  (SWATCHES.has("dot") ? `i.dot{border-radius:50%;width:${L.swatch.dot}px;height:${L.swatch.dot}px}` : "") +
  [...LEGEND_TOKENS].map((t) => `.k-${t}{background:var(--chart-${t})}`).join("") +
  `.c{margin-top:${L.chart.marginTop}px;flex-shrink:1;min-height:${L.minChart}px}.c svg{display:block;width:100%;height:100%}.w{display:none}` +
  `@media (min-width:${EMBED_BREAKPOINT}px){.n{display:none}.w{display:block}}` +
  `.s{font-size:${L.source.size}px${lh(L.source.lineHeight)};margin-top:${L.source.marginTop}px}a{color:var(--link)}`;

/** CSP source for the embed pages' inline style: style-src 'sha256-…'. */
export const EMBED_STYLE_SHA256 = sha256(EMBED_STYLE);

/**
 * The Content-Security-Policy of the embed pages (written by lib/publish/headers.ts for /embed/*): nothing but their
 * one script and one style. connect-src 'self' loads nothing by itself; it lets a same-origin fetch of /robots.txt
 * through (Lighthouse's SEO audit fetches it from the page, and fails when the policy blocks it), and the exploration
 * layer's fetch of the chart's points; script-src 'self' lets the inline script load that layer (EXPLORE_SCRIPT_PATH).
 */
export const EMBED_CSP = `default-src 'none'; script-src '${sha256(HEIGHT_SCRIPT)}' 'self'; style-src '${EMBED_STYLE_SHA256}'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *`;

/** The id of an embed's takeaways paragraph, the description of both renders. */
export const TAKEAWAYS_ID = "takeaways";
const TITLE_DESC = /<title>[^<]*<\/title><desc>[^<]*<\/desc>/;

/** A static SVG ready to inline in an embed: no inline style attribute (the stylesheet sizes it), no class names
 *  (both renders are carried: ../chart-svg/compact-svg.ts), described by the takeaways instead of its <title>/<desc>. */
function chartSvg(fig: Figure, view: string, width: number, locale: Locale): string {
  const svg = withoutChartClasses(
    readStaticSvg(fig.id, view, width, locale).replace(/ style="height:auto;max-width:100%"/, ""),
  );
  if (!/^<svg\b/.test(svg) || !TITLE_DESC.test(svg))
    throw new Error(
      `embed of ${fig.id}, view ${view} (${locale}, ${width}): its static SVG does not open with <svg> and <title><desc>`,
    );
  return svg.replace(/^<svg\b/, `<svg tabindex="0" aria-describedby="${TAKEAWAYS_ID}"`).replace(TITLE_DESC, "");
}

/** The embed page of a view in a language; `fig` is the figure in that language (lib/figures/localize.ts). */
export function embedHtml(fig: LocalizedFigure, view: string, locale: Locale): string {
  const siteName = message(locale, "site.name");
  // a source line pointing to its links ("links below") on the chart page: here they are one link away, not below
  const source = embedSource(fig, locale);
  const legend = fig
    .legend(view)
    .map((l) => `<li><i class="k-${l.token}${l.shape === "bar" ? "" : ` ${l.shape}`}"></i>${escapeText(l.label)}</li>`)
    .join("");
  return (
    `<!doctype html>\n<html lang="${locale}" data-embed="${escapeAttr(fig.id)}" data-view="${escapeAttr(view)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    // indexable, with the chart page as canonical: search engines fold the embed into the page it belongs to
    `<meta name="description" content="${escapeAttr(`${endSentence(fig.title)} ${endSentence(unitsLine(fig, view))} ${source}`)}"><link rel="icon" href="data:,">` +
    `<title>${escapeText(viewTitle(fig, view))} · ${escapeText(siteName)}</title><link rel="canonical" href="${escapeAttr(viewUrl(fig, view, locale))}">` +
    `<style>${EMBED_STYLE}</style><script>${HEIGHT_SCRIPT}</script></head>\n` +
    `<body><main><h1>${escapeText(fig.title)}</h1><p class="u">${escapeText(unitsLine(fig, view))}</p>` +
    `<ul aria-label="${escapeAttr(message(locale, "chartText.legend"))}">${legend}</ul>` +
    `<div class="c n">${chartSvg(fig, view, WIDTHS.narrow, locale)}</div><div class="c w">${chartSvg(fig, view, WIDTHS.wide, locale)}</div>` +
    `<p id="${TAKEAWAYS_ID}" hidden>${escapeText(fig.takeaways(derived(), view).join(" "))}</p>` +
    `<p class="s">${escapeText(source)}<br><a href="${escapeAttr(viewUrl(fig, view, locale))}" target="_blank" rel="noopener">${escapeText(embedLinkText(locale))}</a></p>` +
    `</main></body></html>\n`
  );
}

/** The 404 page of a language's embeds, /embed/404.html, /fr/embed/404.html: hosts serve the nearest 404.html to an
 *  unknown URL (Cloudflare Pages; scripts/serve.ts likewise), and under /embed/ that URL gets the embeds' policy,
 *  which would block the site's 404 page's stylesheet. This one has the embeds' own style and height script, so a
 *  mistyped embed address shows a styled message, sized by the resizer, with a link to the site. */
export function embedNotFoundHtml(locale: Locale): string {
  const siteName = message(locale, "site.name");
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<link rel="icon" href="data:,"><title>${escapeText(message(locale, "notFound.title"))} · ${escapeText(siteName)}</title>` +
    `<style>${EMBED_STYLE}</style><script>${HEIGHT_SCRIPT}</script></head>\n` +
    `<body><main><h1>${escapeText(message(locale, "notFound.title"))}</h1>` +
    `<p class="s">${escapeText(message(locale, "notFound.text"))}<br><a href="${escapeAttr(`${SITE.url}${homePath(locale)}`)}" target="_blank" rel="noopener">${escapeText(message(locale, "notFound.home"))}</a></p>` +
    `</main></body></html>\n`
  );
}

/** Where a language's embed 404 page is written: the 404.html of its embed folder. */
export const embedNotFoundPath = (locale: Locale) => `${embedRoot(locale).slice(1)}404.html`;

export interface OEmbed {
  version: "1.0";
  type: "rich";
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  /** the view's export PNG, the card a consumer shows for the link (oEmbed 1.0: url, width and height together) */
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed JSON of a view's embed in a language (`fig` in that language). */
export function oembed(fig: Figure, view: string, locale: Locale): OEmbed {
  const png = pngSizeOf(fig.id, view, locale);
  return {
    version: "1.0",
    type: "rich",
    html: iframeHtml(fig, view, locale),
    width: EMBED_WIDTH,
    height: embedHeight(fig, view, locale),
    title: viewTitle(fig, view),
    provider_name: message(locale, "site.name"),
    provider_url: `${SITE.url}/`,
    cache_age: 86400,
    thumbnail_url: imageUrl(fileStem(fig, view), "png", locale),
    thumbnail_width: png.width,
    thumbnail_height: png.height,
  };
}

export function embedFiles(): Output[] {
  const out: Output[] = [{ path: RESIZER_PATH.slice(1), content: RESIZER_SCRIPT }];
  for (const english of FIGURES)
    for (const locale of LOCALES) {
      const fig = figureIn(english, locale);
      for (const { key } of fig.variants) {
        out.push({ path: `${embedPath(fig, key, locale).slice(1)}index.html`, content: embedHtml(fig, key, locale) });
        out.push({
          path: oembedPath(fig, key, locale).slice(1),
          content: JSON.stringify(oembed(fig, key, locale), null, 2) + "\n",
        });
      }
    }
  for (const locale of LOCALES) out.push({ path: embedNotFoundPath(locale), content: embedNotFoundHtml(locale) });
  if (new Set(out.map((o) => o.path)).size !== out.length) throw new Error("two embeds write the same file");
  return out;
}
