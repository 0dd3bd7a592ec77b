/**
 * The placeholders pages render where a chart's static SVG goes (components/ChartFigure.tsx), and their names: the
 * pages render only these, and postbuild puts each SVG in (./chart-markup.ts), so the page renderers never draw a
 * chart.
 */
import { isLocale, type Locale } from "../i18n/locales";
import { ON_DEMAND_ATTR } from "./chart-svg/paths";
import { PREVIEW_ATTR } from "./chart-preview";

export const PLACEHOLDER_ATTR = "data-chart-svg";
/** A placeholder of a chart shown as a preview, hidden from assistive technology (the home page's cards): the page
 *  script does not make its SVG focusable, so it is not explored. */
export { PREVIEW_ATTR };
/** A view's chart fetched when the view is chosen (never filled by the build). */
export { ON_DEMAND_ATTR };

export interface ChartSlot {
  figure: string;
  variant: string;
  width: number;
  locale: Locale;
}

/** The placeholder's attribute value for a slot: `<figure>/<variant>/<width>/<locale>`. */
export const slotName = (s: ChartSlot) => `${s.figure}/${s.variant}/${s.width}/${s.locale}`;

export function parseSlot(value: string): ChartSlot | null {
  const m = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)\/(\d+)\/([a-z]{2})$/.exec(value);
  if (!m || !isLocale(m[4])) return null;
  return { figure: m[1], variant: m[2], width: Number(m[3]), locale: m[4] };
}
