/**
 * The embed page's layout as numbers, and the height it needs, computed at build from those numbers (no browser at
 * build): the oEmbed height of each embed in each language, and the starting height of the embed code's iframe.
 *
 * The page lays out to fit its frame (./embeds.ts EMBED_STYLE): its text blocks keep their height, and the chart box
 * takes what is left of the frame (never less than MIN_CHART), the drawing scaled inside it at its own aspect ratio. So
 * a frame of the declared height holds the whole page at any width from MIN_WIDTH up, with or without the resizer
 * script on the host page; the resizer only sets the exact height (the chart at full width).
 *
 * Text is measured with Inter's metrics (../images/font.ts) widened by TEXT_SAFETY: readers' system fonts are not
 * Inter, and the widest common one (DejaVu Sans, Chromium's system-ui on Linux) is up to 17 % wider. A wider estimate
 * only leaves room below the source line; a narrower one would only shrink the chart a little.
 */
import { textWidth, wrap } from "../images/text";
import { derived } from "../../derive";
import { chartSize } from "../../figures/charts/size";
import { WIDTHS } from "../chart-svg/paths";
import { unitsLine } from "../view-words";
import type { Figure } from "../../figures/types";
import { message } from "../../i18n/translate";
import type { Locale } from "../../i18n/locales";

/** Width the embed is designed for (the wide chart), the oEmbed width. */
export const EMBED_WIDTH = WIDTHS.wide;
/** The narrowest frame the declared height is guaranteed for. */
export const MIN_WIDTH = 320;
/** Width at which the embed switches from the narrow to the wide chart (the site's `sm` breakpoint). */
export const EMBED_BREAKPOINT = 640;

/** The page's boxes (px): EMBED_STYLE is written from these, and the height below computed from them. */
export const LAYOUT = {
  padding: 12,
  body: { size: 14, lineHeight: 1.4 },
  title: { size: 18, lineHeight: 1.3 },
  units: { size: 13, lineHeight: 1.4, marginTop: 4 },
  legend: { size: 13, lineHeight: 1.4, marginTop: 8, rowGap: 2, columnGap: 14, swatchGap: 6 },
  swatch: { bar: 12, line: 20, dot: 10 },
  chart: { marginTop: 8 },
  source: { size: 12, lineHeight: 1.4, marginTop: 8 },
  /** the chart box is never shrunk below this */
  minChart: 160,
} as const;

/** Inter's widths are multiplied by this to stand for any reader's system font (see above). */
export const TEXT_SAFETY = 1.2;

/** The source line an embed shows: the figure's, without the "(links below)" that points to the chart page's links. */
export function embedSource(fig: Figure, locale: Locale): string {
  const linksBelow = message(locale, "chartText.linksBelow");
  return fig.source.replace(new RegExp(`\\s*\\(${linksBelow.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\)`, "i"), "");
}

/** The link under the source: the site's name, to the chart page. */
export const embedLinkText = (locale: Locale) =>
  message(locale, "chartText.dataLink", { site: message(locale, "site.name") });

/** Lines of `text` at `size` px (bold or not) in a column `width` px wide, with the safety margin. */
function lines(text: string, size: number, bold: boolean, width: number): number {
  return Math.max(1, wrap(text, size, bold ? 700 : 400, width / TEXT_SAFETY).length);
}

/** Width of one line of `text` at `size` px, with the safety margin. */
const textWidthSafe = (text: string, size: number) => textWidth(text, size, 400) * TEXT_SAFETY;

/** Rows of the legend (a wrapping row of swatch + label items) in a column `width` px wide: an item whose label is
 *  wider than the column wraps inside it, over as many rows as its lines, and the next item starts below it. */
function legendRows(fig: Figure, view: string, width: number): number {
  const L = LAYOUT.legend;
  let rows = 1;
  let x = 0;
  const items = fig.legend(view);
  for (const s of items) {
    const swatch = LAYOUT.swatch[s.shape] + L.swatchGap;
    const own = lines(s.label, L.size, false, width - swatch);
    if (own > 1) {
      rows += (x > 0 ? 1 : 0) + own - 1;
      x = width;
      continue;
    }
    const label = swatch + textWidthSafe(s.label, L.size);
    const next = x === 0 ? label : x + L.columnGap + label;
    if (next > width && x > 0) {
      rows++;
      x = label;
    } else x = next;
  }
  return items.length ? rows : 0;
}

/** The height (px) of a view's embed page's text blocks and margins, all but the chart, in a frame `width` px wide. */
export function textHeight(fig: Figure, view: string, locale: Locale, width: number): number {
  const L = LAYOUT;
  const column = width - 2 * L.padding;
  const px = (n: number, size: number, lh: number) => n * size * lh;
  const legend = legendRows(fig, view, column);
  return (
    2 * L.padding +
    px(lines(fig.title, L.title.size, true, column), L.title.size, L.title.lineHeight) +
    L.units.marginTop +
    px(lines(unitsLine(fig, view), L.units.size, false, column), L.units.size, L.units.lineHeight) +
    (legend
      ? L.legend.marginTop + px(legend, L.legend.size, L.legend.lineHeight) + (legend - 1) * L.legend.rowGap
      : 0) +
    L.chart.marginTop +
    L.source.marginTop +
    px(
      lines(embedSource(fig, locale), L.source.size, false, column) +
        lines(embedLinkText(locale), L.source.size, false, column),
      L.source.size,
      L.source.lineHeight,
    )
  );
}

/** A view's chart's height at full width in a frame `width` px wide (the narrow render below the breakpoint). */
export function chartHeight(fig: Figure, view: string, locale: Locale, width: number): number {
  const render = width >= EMBED_BREAKPOINT ? WIDTHS.wide : WIDTHS.narrow;
  const size = chartSize(fig.chart(derived(), view), render);
  return ((width - 2 * LAYOUT.padding) * size.height) / size.width;
}

const heights = new Map<string, number>();

/**
 * The height a view's embed declares (oEmbed, and the embed code's iframe): the page at EMBED_WIDTH with its chart at
 * full width, and at least what the text needs at MIN_WIDTH plus the smallest chart box, so that the frame holds the
 * page at every width in between (the chart box giving way).
 */
export function embedHeight(fig: Figure, view: string, locale: Locale): number {
  const key = `${locale}/${fig.id}/${view}`;
  let h = heights.get(key);
  if (h === undefined) {
    const atDeclared = textHeight(fig, view, locale, EMBED_WIDTH) + chartHeight(fig, view, locale, EMBED_WIDTH);
    const narrowest = textHeight(fig, view, locale, MIN_WIDTH) + LAYOUT.minChart;
    h = Math.ceil(Math.max(atDeclared, narrowest));
    heights.set(key, h);
  }
  return h;
}
