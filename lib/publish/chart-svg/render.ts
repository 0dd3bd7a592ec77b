/**
 * Server-side rendering of a figure to a standalone SVG string (recharts 2.15 renders full SVG without a DOM).
 * Only used by build scripts (scripts/), never inside app/: Next 16 refuses react-dom/server there.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { Dataset } from "../../model/load";
import type { Figure } from "../../figures/types";
import { renderFigure } from "../../figures/render";

export function renderFigureSvg(fig: Figure, ds: Dataset, variant: string, width: number): string {
  const markup = renderToStaticMarkup(renderFigure(fig.id, ds, variant, width));
  const match = /<svg[\s\S]*<\/svg>/.exec(markup);
  if (!match) throw new Error(`figure ${fig.id}/${variant}: recharts rendered no <svg> (got ${markup.slice(0, 80)}…)`);
  let svg = match[0];
  const vb = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!vb) throw new Error(`figure ${fig.id}: no viewBox`);
  // Scale with the container: width 100%, height from the aspect ratio. Title and description for screen readers
  // are on the <figure> around it; the SVG itself is one image.
  svg = svg
    .replace(/<svg class="recharts-surface" width="\d+" height="\d+" style="[^"]*"/, `<svg class="recharts-surface" width="100%" style="height:auto;max-width:100%" role="img" aria-label="${escapeAttr(fig.title)}" data-figure="${fig.id}" data-variant="${variant}"`)
    .replace(/<title><\/title>/, `<title>${escapeText(fig.title)}</title>`)
    .replace(/<desc><\/desc>/, `<desc>${escapeText(fig.units)}. ${escapeText(fig.source)}</desc>`);
  // recharts numbers its clipPath ids per process; make them unique per SVG so that several charts on one page
  // (narrow and wide renders, two figures) never share an id.
  const prefix = `${fig.id}-${variant}-${width}-`;
  svg = svg.replace(/id="([^"]+)"/g, (_m, id: string) => `id="${prefix}${id}"`).replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}${id})`);
  return svg;
}

export const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
