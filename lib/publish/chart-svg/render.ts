/**
 * Server-side rendering of a figure's view to a standalone SVG string (recharts 2.15 renders full SVG without a DOM).
 * Only used by the build (scripts/), never inside app/: Next 16 refuses react-dom/server there.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { Derived } from "../../derive";
import { chartElement } from "../../figures/charts/render";
import type { Figure } from "../../figures/types";
import { escapeAttr, escapeText } from "../../html";
import type { Locale } from "../../i18n/locales";

export interface StaticChart {
  svg: string;
  width: number;
  height: number;
}

/**
 * `fig` is the figure in `locale` (lib/figures/localize.ts: title, units, source, legend, country names); the chart
 * components draw its numbers and dates in that locale too.
 */
export function renderChartSvg(
  fig: Figure,
  d: Derived,
  variant: string,
  width: number,
  locale: Locale = "en",
): StaticChart {
  const markup = renderToStaticMarkup(chartElement(fig.chart(d, variant), width, fig.title, locale));
  const match = /<svg[\s\S]*<\/svg>/.exec(markup);
  if (!match) throw new Error(`figure ${fig.id}/${variant}: recharts rendered no <svg> (got ${markup.slice(0, 80)}…)`);
  let svg = match[0];
  // the one place that reads a chart's size: recharts writes it as the viewBox
  const vb = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!vb) throw new Error(`figure ${fig.id}: no viewBox`);
  // Scale with the container: width 100%, height from the aspect ratio. Title and description for screen readers
  // are on the <figure> around it; the SVG itself is one image.
  svg = svg
    .replace(
      /<svg class="recharts-surface" width="\d+" height="\d+" style="[^"]*"/,
      `<svg class="recharts-surface" width="100%" style="height:auto;max-width:100%" role="img" aria-label="${escapeAttr(fig.title)}" data-figure="${fig.id}" data-variant="${variant}"`,
    )
    .replace(/<title><\/title>/, `<title>${escapeText(fig.title)}</title>`)
    .replace(/<desc><\/desc>/, `<desc>${escapeText(fig.units)}. ${escapeText(fig.source)}</desc>`);
  // recharts numbers its clipPath ids per process; make them unique per SVG so that several charts on one page
  // (narrow and wide renders, two figures) never share an id.
  const prefix = `${locale === "en" ? "" : `${locale}-`}${fig.id}-${variant}-${width}-`;
  svg = svg
    .replace(/id="([^"]+)"/g, (_m, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}${id})`);
  return { svg, width: Number(vb[1]), height: Number(vb[2]) };
}
