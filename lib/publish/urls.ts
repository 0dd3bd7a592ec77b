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
export const imagePath = (id: string, ext: "svg" | "png", locale: Locale) =>
  `${filesPrefix(locale)}charts/img/${id}.${ext}`;
/** Absolute URL of an export image. */
/** The name a downloaded file of a figure is saved under: the figure, the language, the format, so that the same
 *  figure's files in two languages never share a name (briefing files, export images). */
export const downloadName = (id: string, ext: string, locale: Locale) => `${id}--${locale}.${ext}`;
export const imageUrl = (id: string, ext: "svg" | "png", locale: Locale) => `${SITE.url}/${imagePath(id, ext, locale)}`;
/** The home page of a language. */
export const homePath = (locale: Locale) => `/${locale}/`;
/** The path of a chart page: the one place that spells it. */
export const chartPagePath = (slug: string, locale: Locale) => `/${locale}/charts/${slug}/`;
export const claimsPath = (locale: Locale) => `/${locale}/claims/`;
export const dataPagePath = (locale: Locale) => `/${locale}/data/`;
/** The chart page a figure lives on, and the figure on it. */
export const chartPageUrl = (fig: Figure, locale: Locale) => `${SITE.url}${chartPagePath(fig.page, locale)}`;
export const figureUrl = (fig: Figure, locale: Locale) => `${chartPageUrl(fig, locale)}#${fig.id}`;

/** A page's path in another language: the first segment swapped (`/en/charts/x/` → `/fr/charts/x/`). */
export function pathInLocale(path: string, locale: Locale): string {
  const m = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (!m || !(LOCALES as readonly string[]).includes(m[1])) return homePath(locale);
  return `/${locale}${m[2] ?? "/"}`;
}

/** Each language's URL of a page given by its English path: hreflang alternates and the sitemap. */
export const alternates = (enPath: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((l) => [l, `${SITE.url}${pathInLocale(enPath, l)}`])) as Record<Locale, string>;
