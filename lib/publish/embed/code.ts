/**
 * Addresses and embed code of a figure's embed (what the chart pages show in their Embed panel and what the
 * oEmbed JSON carries), per language: the English embed stays at /embed/<id>/, where iframes pasted before the site
 * had languages point (there is no /en/embed/: one address per embed), the French one is /fr/embed/<id>/. Safe to
 * import from app/: no react-dom/server, no resvg. The iframe's height is the one the embed declares (./layout.ts).
 */
import { embedHeight } from "./layout";
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

export { EMBED_WIDTH, embedHeight } from "./layout";

/** `fig` in `locale` (lib/figures/localize.ts): its title names the iframe. */
export function iframeHtml(fig: Figure, locale: Locale): string {
  return `<iframe title="${escapeAttr(fig.title)}" src="${embedUrl(fig.id, locale)}" width="100%" height="${embedHeight(fig, locale)}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>`;
}

/** What a user pastes: the iframe and, once per page, the resizer script. */
export function embedCode(fig: Figure, locale: Locale): string {
  return `${iframeHtml(fig, locale)}\n<script src="${resizerUrl()}" async></script>`;
}
