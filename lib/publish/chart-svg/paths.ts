/**
 * The widths the static charts are drawn at (a phone and a desktop column), and where the site serves the renders a
 * page fetches when a reader chooses a view.
 */
import type { Locale } from "../../i18n/locales";

export const WIDTHS = { narrow: 340, wide: 760 } as const;

/**
 * Where the site serves a render for the pages to fetch when a reader chooses a view that is not the default one
 * (the page script, lib/publish/page-script/behaviour.ts; written by postbuild, lib/publish/chart-markup.ts): `/charts/svg/<locale>/<file>`.
 */
/** The placeholder of a chart fetched when its view is chosen: `<div data-chart-svg-on-demand="<f>/<v>/<w>/<locale>">`. */
export const ON_DEMAND_ATTR = "data-chart-svg-on-demand";

export const servedSvgPath = (figure: string, variant: string, width: number, locale: Locale) =>
  `/charts/svg/${locale}/${figure}--${variant}--${width}.svg`;
