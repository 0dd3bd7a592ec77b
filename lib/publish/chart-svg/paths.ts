/**
 * Where the static chart renders live (written before `next build`, read by pages, images and embeds), one folder per
 * language (the text drawn in the chart is in it), and the widths they are drawn at (a phone and a desktop column).
 */
import type { Locale } from "../../i18n/locales";

export const WIDTHS = { narrow: 340, wide: 760 } as const;

export const svgPath = (figure: string, variant: string, width: number, locale: Locale) =>
  `generated/svg/${locale}/${figure}--${variant}--${width}.svg`;
/** Width and height of every render, so that no reader has to parse an SVG for its size. */
export const SIZES_PATH = "generated/svg/sizes.json";
export const sizeKey = (figure: string, variant: string, width: number, locale: Locale) =>
  `${locale}/${figure}--${variant}--${width}`;

/**
 * Where the site serves a render for the pages to fetch when a reader chooses a view that is not the default one
 * (the page script, lib/publish/page-script/behaviour.ts; written by postbuild, lib/publish/chart-markup.ts): `/charts/svg/<locale>/<file>`.
 */
/** The placeholder of a chart fetched when its view is chosen: `<div data-chart-svg-on-demand="<f>/<v>/<w>/<locale>">`. */
export const ON_DEMAND_ATTR = "data-chart-svg-on-demand";

export const servedSvgPath = (figure: string, variant: string, width: number, locale: Locale) =>
  `/charts/svg/${locale}/${figure}--${variant}--${width}.svg`;
