/**
 * Server-side rendering of a figure's view to a standalone SVG string (recharts 2.15 renders full SVG without a DOM).
 * Only used by the build (scripts/), never inside app/: Next 16 refuses react-dom/server there.
 */
import { endSentence } from "../../i18n/typography";
import { renderToStaticMarkup } from "react-dom/server";
import { optimize } from "svgo";
import type { Derived } from "../../derive";
import { chartElement } from "../../figures/charts/render";
import { chartSize } from "../../figures/charts/size";
import type { Figure } from "../../figures/types";
import { escapeAttr, escapeText } from "../../html";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locales";

export interface StaticChart {
  svg: string;
  width: number;
  height: number;
}

/**
 * `fig` is the figure in `locale` (lib/figures/localize.ts: title, units, source, legend, country names); the chart
 * components draw its numbers and dates in that locale too.
 */
export function renderChartSvg(fig: Figure, d: Derived, variant: string, width: number, locale: Locale): StaticChart {
  const spec = fig.chart(d, variant);
  const markup = renderToStaticMarkup(chartElement(spec, width, fig.title, locale));
  const match = /<svg[\s\S]*<\/svg>/.exec(markup);
  if (!match) throw new Error(`figure ${fig.id}/${variant}: recharts rendered no <svg> (got ${markup.slice(0, 80)}…)`);
  let svg = match[0];
  // the drawn size, as recharts writes it in the viewBox
  const vb = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!vb) throw new Error(`figure ${fig.id}: no viewBox`);
  // what is laid out around a chart without drawing it reads its size from the spec (lib/figures/charts/size.ts)
  const size = chartSize(spec, width);
  if (Number(vb[1]) !== size.width || Number(vb[2]) !== size.height)
    throw new Error(
      `figure ${fig.id}/${variant}/${width}/${locale}: drawn ${vb[1]}×${vb[2]}, but chartSize() says ${size.width}×${size.height}`,
    );
  // Scale with the container: width 100%, height from the aspect ratio. Title and description for screen readers
  // are on the <figure> around it; the SVG itself is one image.
  svg = svg
    .replace(
      /<svg class="recharts-surface" width="\d+" height="\d+" style="[^"]*"/,
      `<svg class="recharts-surface" width="100%" style="height:auto;max-width:100%" role="img" aria-label="${escapeAttr(fig.title)}" data-figure="${fig.id}" data-variant="${variant}"`,
    )
    .replace(/<title><\/title>/, `<title>${escapeText(fig.title)}</title>`)
    .replace(/<desc><\/desc>/, `<desc>${escapeText(endSentence(fig.units))} ${escapeText(fig.source)}</desc>`);
  // recharts numbers its clipPath ids with a counter that runs for the whole process, so a chart's ids would depend
  // on what was drawn before it; number them in the SVG's own order instead, after a prefix unique to the render, so
  // that a render is the same whenever it is drawn and several charts on one page (narrow and wide renders, two
  // figures) never share an id
  const prefix = `${locale === DEFAULT_LOCALE ? "" : `${locale}-`}${fig.id}-${variant}-${width}-`;
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1])) ids.set(m[1], `${prefix}${ids.size}`);
  const renamed = (id: string) => {
    const to = ids.get(id);
    if (!to)
      throw new Error(`figure ${fig.id}/${variant}/${width}/${locale}: url(#${id}) names no element of the chart`);
    return to;
  };
  svg = svg
    .replace(/(\s)id="([^"]+)"/g, (_m, sp: string, id: string) => `${sp}id="${renamed(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${renamed(id)})`);
  return {
    svg: compactSvg(svg, `figure ${fig.id}/${variant}/${width}/${locale}`),
    width: Number(vb[1]),
    height: Number(vb[2]),
  };
}

/**
 * Decimal places kept in coordinates. recharts writes full doubles (`143.05882352941177`); a tenth of a unit is a
 * tenth of a CSS pixel at the width a render is drawn for (340 or 760 units), 0.02 mm across a PDF page. Path data
 * keeps one more: SVGO writes it in relative steps, whose rounding adds up along a line (0.15 units over the monthly
 * line's 68 points at one decimal, enough to move a sharp corner's tip by a pixel).
 */
export const SVG_PRECISION = 1;

/**
 * The chart's SVG without what draws nothing, by SVGO: coordinates rounded to SVG_PRECISION, path data in its
 * shortest form (to SVG_PRECISION + 1), and the attributes recharts copies onto elements that have no such attribute (`x`, `y`, `width`,
 * `height`, `orientation` on a `<line>`). Nothing else: ids, classes, data-, aria- and role attributes, titles and
 * default values stay as they are, since the pages, the embeds, the exports and the tests read them. A quarter to a
 * half of a chart's bytes (the monthly lines most), in every page, embed and file that holds it.
 */
export function compactSvg(svg: string, what: string): string {
  try {
    return optimize(svg, {
      multipass: false,
      js2svg: { pretty: false },
      plugins: [
        { name: "cleanupNumericValues", params: { floatPrecision: SVG_PRECISION } },
        { name: "convertPathData", params: { floatPrecision: SVG_PRECISION + 1 } },
        {
          name: "removeUnknownsAndDefaults",
          params: {
            unknownContent: false,
            unknownAttrs: true,
            defaultAttrs: false,
            defaultMarkupDeclarations: false,
            uselessOverrides: false,
            keepDataAttrs: true,
            keepAriaAttrs: true,
            keepRoleAttr: true,
          },
        },
      ],
    }).data;
  } catch (e) {
    throw new Error(`${what}: SVGO could not read the chart's SVG: ${(e as Error).message}`);
  }
}
