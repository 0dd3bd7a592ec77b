/**
 * Where the static chart renders live (written before `next build`, read by pages, images and embeds), one folder per
 * language (the text drawn in the chart is in it), and the widths they are drawn at (a phone and a desktop column).
 */
import type { Locale } from "../../i18n/locales";

export const WIDTHS = { narrow: 340, wide: 760 } as const;

export const svgPath = (figure: string, variant: string, width: number, locale: Locale = "en") =>
  `generated/svg/${locale}/${figure}--${variant}--${width}.svg`;
/** Width and height of every render, so that no reader has to parse an SVG for its size. */
export const SIZES_PATH = "generated/svg/sizes.json";
export const sizeKey = (figure: string, variant: string, width: number, locale: Locale = "en") =>
  `${locale}/${figure}--${variant}--${width}`;
