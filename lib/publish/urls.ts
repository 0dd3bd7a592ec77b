/**
 * Addresses of the site's pages in each language (/en/…, /fr/…), of a figure's export images (English at the stable
 * /charts/img/<id>.svg|png it always had, another language under its own folder: /fr/charts/img/<id>.png), and the
 * addresses the site had before it had languages, which still answer.
 */
import type { Figure } from "../figures/types";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { SITE } from "../site";

/**
 * The folder (no leading slash, "" or ending in "/") of a language's files beside its pages: English keeps the
 * addresses the files had before the site had languages (images, briefing files, embeds: people link to them), a
 * French file is the same path under fr/.
 */
export const filesPrefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? "" : `${locale}/`);
/** Path of an export image (no leading slash); `stem`: the figure's id, or a view's fileStem. */
export const imagePath = (stem: string, ext: "svg" | "png", locale: Locale) =>
  `${filesPrefix(locale)}charts/img/${stem}.${ext}`;
/**
 * The views of a figure each have their own files (images, briefing files, embed, citation). `ViewOf` names one: the
 * figure and one of its views' keys. A figure's default view keeps the addresses its files always had
 * (`/charts/img/<id>.png`, `/embed/<id>/`); another view's files are named by the view too
 * (`/charts/img/<id>--<view>.png`, `/embed/<id>/<view>/`).
 */
export interface ViewOf {
  id: string;
  variants: readonly { key: string }[];
}
function checkedView(fig: ViewOf, view: string): string {
  if (!fig.variants.some((v) => v.key === view)) throw new Error(`figure ${fig.id} has no view "${view}"`);
  return view;
}
/** The view's key where its files' addresses carry it, undefined for the default view. */
export const viewSlug = (fig: ViewOf, view: string): string | undefined =>
  checkedView(fig, view) === fig.variants[0].key ? undefined : view;
/** The stem of a view's served files: the figure's id, then `--<view>` for any view but the default. */
export const fileStem = (fig: ViewOf, view: string) => {
  const slug = viewSlug(fig, view);
  return slug ? `${fig.id}--${slug}` : fig.id;
};
/**
 * The name a downloaded file of a view is saved under: the figure, the view (when the figure has more than one), the
 * language, the format, so that two downloads never share a name (`russia-top-partners-total--customs--fr.pptx`).
 */
export const downloadName = (fig: ViewOf, view: string, ext: string, locale: Locale) =>
  `${fig.variants.length > 1 ? `${fig.id}--${checkedView(fig, view)}` : fig.id}--${locale}.${ext}`;
/** Absolute URL of an export image (`stem`: fileStem). */
export const imageUrl = (stem: string, ext: "svg" | "png", locale: Locale) =>
  `${SITE.url}/${imagePath(stem, ext, locale)}`;
/** The home page of a language. */
export const homePath = (locale: Locale) => `/${locale}/`;
/** The path of a chart page: the one place that spells it. */
export const chartPagePath = (slug: string, locale: Locale) => `/${locale}/charts/${slug}/`;
export const claimsPath = (locale: Locale) => `/${locale}/claims/`;
export const dataPagePath = (locale: Locale) => `/${locale}/data/`;
/** The chart page a figure lives on, and the figure on it. */
export const chartPageUrl = (fig: Figure, locale: Locale) => `${SITE.url}${chartPagePath(fig.page, locale)}`;
export const figureUrl = (fig: Figure, locale: Locale) => `${chartPageUrl(fig, locale)}#${fig.id}`;
/** The query that shows a view on its page, as the page keeps it (`?<figure>=<view>`, empty for the default view:
 *  components/VariantTabs.tsx). */
export const viewQuery = (fig: ViewOf, view: string) => {
  const slug = viewSlug(fig, view);
  return slug ? `?${new URLSearchParams({ [fig.id]: slug })}` : "";
};
/** A view's permalink: its page with the view's query, at the figure. */
export const viewUrl = (fig: Figure, view: string, locale: Locale) =>
  `${chartPageUrl(fig, locale)}${viewQuery(fig, view)}#${fig.id}`;
/** A page's path in another language: the first segment swapped (`/en/charts/x/` → `/fr/charts/x/`). */
export function pathInLocale(path: string, locale: Locale): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!m || !(LOCALES as readonly string[]).includes(m[1])) return homePath(locale);
  return `/${locale}${m[2] ?? "/"}`;
}

/** Each language's URL of a page given by its English path: hreflang alternates and the sitemap. */
export const alternates = (enPath: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, `${SITE.url}${pathInLocale(enPath, l)}`])) as Record<Locale, string>;
