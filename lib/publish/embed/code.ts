/**
 * Addresses and embed code of each view's embed (what the chart pages show in their Embed panel and what the
 * oEmbed JSON carries), per language: the English embed of a figure's default view stays at /embed/<id>/, where
 * iframes pasted before the site had languages point (there is no /en/embed/: one address per embed), the French one
 * is /fr/embed/<id>/; another view's is /embed/<id>/<view>/ (and /fr/embed/<id>/<view>/). Safe to
 * import from app/: no react-dom/server, no resvg. The iframe's height is the one the embed declares (./layout.ts).
 */
import { embedHeight } from "./layout";
import { escapeAttr } from "../../html";
import type { Figure } from "../../figures/types";
import { SITE } from "../../site";
import type { Locale } from "../../i18n/locales";
import { filesPrefix, viewSlug, type ViewOf } from "../urls";
import { viewTitle } from "../view-words";

/** The folder of a language's embeds (`/embed/`, `/fr/embed/`). */
export const embedRoot = (locale: Locale) => `/${filesPrefix(locale)}embed/`;
/** The embed page of a view in a language. */
export const embedPath = (fig: ViewOf, view: string, locale: Locale) => {
  const slug = viewSlug(fig, view);
  return `${embedRoot(locale)}${fig.id}/${slug ? `${slug}/` : ""}`;
};
export const embedUrl = (fig: ViewOf, view: string, locale: Locale) => `${SITE.url}${embedPath(fig, view, locale)}`;
export const oembedPath = (fig: ViewOf, view: string, locale: Locale) => `${embedPath(fig, view, locale)}oembed.json`;
export const oembedUrl = (fig: ViewOf, view: string, locale: Locale) => `${SITE.url}${oembedPath(fig, view, locale)}`;
/** Is this URL path an embed page (or its oEmbed JSON), in any language? */
export const isEmbedPath = (urlPath: string) => /^\/(?:[a-z]{2}\/)?embed\//.test(urlPath);
export const RESIZER_PATH = "/embed-resize.js";
export const resizerUrl = () => `${SITE.url}${RESIZER_PATH}`;

export { EMBED_WIDTH, embedHeight } from "./layout";

/** `fig` in `locale` (lib/figures/localize.ts): its title and the view's name the iframe. */
export function iframeHtml(fig: Figure, view: string, locale: Locale): string {
  return `<iframe title="${escapeAttr(viewTitle(fig, view))}" src="${embedUrl(fig, view, locale)}" width="100%" height="${embedHeight(fig, view, locale)}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>`;
}

/** What a user pastes: the iframe and, once per page, the resizer script. */
export function embedCode(fig: Figure, view: string, locale: Locale): string {
  return `${iframeHtml(fig, view, locale)}\n<script src="${resizerUrl()}" async></script>`;
}
