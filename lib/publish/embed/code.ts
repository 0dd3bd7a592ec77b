/**
 * Addresses and embed code of a figure's embed (what the chart pages show in their Embed panel and what the
 * oEmbed JSON carries), per language: the English embed stays at /embed/<id>/, where iframes pasted before the site
 * had languages point (there is no /en/embed/: one address per embed), the French one is /fr/embed/<id>/. Safe to
 * import from app/: no react-dom/server, no resvg.
 */
import { WIDTHS } from "../chart-svg/paths";
import { staticChart } from "../chart-svg/read";
import { escapeAttr } from "../../html";
import type { Figure } from "../../figures/types";
import { SITE } from "../../site";
import type { Locale } from "../../i18n/locales";
import { filesPrefix } from "../urls";

export const embedPath = (id: string, locale: Locale) => `/${filesPrefix(locale)}embed/${id}/`;
export const embedUrl = (id: string, locale: Locale) => `${SITE.url}${embedPath(id, locale)}`;
export const oembedPath = (id: string, locale: Locale) => `${embedPath(id, locale)}oembed.json`;
export const oembedUrl = (id: string, locale: Locale) => `${SITE.url}${oembedPath(id, locale)}`;
/** Is this URL path an embed page (or its oEmbed JSON), in any language? */
export const isEmbedPath = (urlPath: string) => /^\/(?:[a-z]{2}\/)?embed\//.test(urlPath);
export const RESIZER_PATH = "/embed-resize.js";
export const resizerUrl = () => `${SITE.url}${RESIZER_PATH}`;

/** Width the embed is designed for (the wide chart plus the page padding), used as the oEmbed width. */
export const EMBED_WIDTH = WIDTHS.wide;

/**
 * A starting height for the iframe before the embed reports its own: the wide chart scaled to EMBED_WIDTH plus
 * room for title, units, legend and source (the resizer then sets the exact height).
 */
export function embedHeight(fig: Figure, locale: Locale): number {
  const wide = staticChart(fig.id, fig.variants[0].key, WIDTHS.wide, locale);
  return Math.round((wide.height * (EMBED_WIDTH - 24)) / wide.width + 175);
}

/** `fig` in `locale` (lib/figures/localize.ts): its title names the iframe. */
export function iframeHtml(fig: Figure, locale: Locale): string {
  return `<iframe title="${escapeAttr(fig.title)}" src="${embedUrl(fig.id, locale)}" width="100%" height="${embedHeight(fig, locale)}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>`;
}

/** What a user pastes: the iframe and, once per page, the resizer script. */
export function embedCode(fig: Figure, locale: Locale): string {
  return `${iframeHtml(fig, locale)}\n<script src="${resizerUrl()}" async></script>`;
}
