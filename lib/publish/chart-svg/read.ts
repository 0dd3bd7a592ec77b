/**
 * The static SVG of each view of a figure, in each language, at each width, drawn once per build from the derived
 * data (./render.ts) and kept in memory for every writer that shows it: the pages' chart placeholders
 * (../chart-markup.ts), the embeds, the export images and the PDF. The build process only (render.ts needs
 * react-dom/server); what is laid out around a chart without drawing it reads its size from the spec
 * (lib/figures/charts/size.ts).
 */
import { derived, type Derived } from "../../derive";
import { figure } from "../../figures/registry";
import { figureIn } from "../../figures/localize";
import type { FigureId } from "../../figures/types";
import type { Locale } from "../../i18n/locales";
import { renderChartSvg, type StaticChart } from "./render";

const drawn = new WeakMap<Derived, Map<string, StaticChart>>();

/** A view's render in a language (its ticks, labels and accessible name drawn in it), drawn on first use from `d`
 *  (the build's one derivation). */
export function staticChart(
  figureId: string,
  variant: string,
  width: number,
  locale: Locale,
  d: Derived = derived(),
): StaticChart {
  if (!drawn.has(d)) drawn.set(d, new Map());
  const charts = drawn.get(d)!;
  const key = `${locale}/${figureId}--${variant}--${width}`;
  let chart = charts.get(key);
  if (!chart) {
    const fig = figureIn(figure(figureId as FigureId), locale);
    if (!fig.variants.some((v) => v.key === variant)) throw new Error(`figure ${figureId} has no view "${variant}"`);
    chart = renderChartSvg(fig, d, variant, width, locale);
    charts.set(key, chart);
  }
  return chart;
}

export const readStaticSvg = (figureId: string, variant: string, width: number, locale: Locale) =>
  staticChart(figureId, variant, width, locale).svg;
