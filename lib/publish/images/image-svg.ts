/**
 * The export image of a figure as SVG: title, units, legend, the chart, the source line (with its links when it
 * points to them), the notes and the page URL, all drawn inside the image, in the light theme's colours.
 *
 * Text is converted to glyph outlines of Inter (each glyph defined once in <defs> and placed with <use>), so the
 * file needs no font: it looks the same in browsers, Inkscape, Illustrator, office suites and rasterisers, and the
 * PNG (resvg's rendering of this same SVG) never disagrees with it. The words stay machine-readable in <title>,
 * <desc> and aria-label. Embedding a font subset instead was the other option: it needs a subsetter (none is
 * installed), is only honoured by browsers (editors and office suites ignore @font-face in SVG and fall back to
 * another font, so wrapped lines no longer fit), and is not smaller: ~80 KB raw / ~20 KB gzip per image here.
 *
 * The chart is the static SVG the page inlines (../chart-svg/read.ts, drawn once per build, wide render), so image and
 * page never differ; this module needs no resvg. It runs once per view and language (./images.ts).
 */
import { WIDTHS } from "../chart-svg/paths";
import { staticChart } from "../chart-svg/read";
import { escapeAttr, escapeText } from "../../html";
import { resolveColors } from "../../figures/theme";
import type { Figure, Series } from "../../figures/types";
import { message } from "../../i18n/translate";
import type { Locale } from "../../i18n/locales";
import { chartPageUrl, viewQuery } from "../urls";
import { unitsLine } from "../view-words";
import { chartTextToPaths, GlyphSet, textWidth, wrap, type TextStyle } from "./text";

/** Layout in CSS px (the wide chart plus padding); the PNG is drawn at `scale` times that: 1600 px wide. */
export const IMAGE: { readonly padding: number; readonly width: number; readonly scale: number } = {
  padding: 20,
  width: WIDTHS.wide + 2 * 20,
  scale: 2,
};

const C = {
  text: "var(--chart-text)",
  muted: "var(--chart-muted)",
  grid: "var(--chart-grid)",
  background: "var(--chart-background)",
};
const TITLE: TextStyle = { size: 22, weight: 700, fill: C.text };
const UNITS: TextStyle = { size: 14, weight: 400, fill: C.text };
const LEGEND: TextStyle = { size: 13, weight: 400, fill: C.text };
const SMALL: TextStyle = { size: 12, weight: 400, fill: C.text };
const FOOTER: TextStyle = { size: 11, weight: 400, fill: C.muted };
const lineHeight = (s: TextStyle) => Math.round(s.size * 1.4);

function swatch(item: Series, x: number, mid: number): { svg: string; width: number } {
  const fill = `var(--chart-${item.token})`;
  if (item.shape === "line")
    return { svg: `<rect x="${x}" y="${mid - 1.5}" width="20" height="3" fill="${fill}"/>`, width: 20 };
  if (item.shape === "dot") return { svg: `<circle cx="${x + 5}" cy="${mid}" r="5" fill="${fill}"/>`, width: 10 };
  return { svg: `<rect x="${x}" y="${mid - 6}" width="12" height="12" fill="${fill}"/>`, width: 12 };
}

/** The page's wide static chart of a view, colours resolved, text converted; the content of a group. */
function chartBody(
  fig: Figure,
  view: string,
  glyphs: GlyphSet,
  locale: Locale,
): { body: string; width: number; height: number } {
  const chart = staticChart(fig.id, view, WIDTHS.wide, locale);
  const svg = resolveColors(chart.svg, "light");
  const inner = svg
    .replace(/^<svg\b[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "")
    .replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, "")
    .replace(/ class="[^"]*"/g, "");
  return {
    body: chartTextToPaths(inner, glyphs, { size: 12, fill: resolveColors(C.text, "light") }),
    width: chart.width,
    height: chart.height,
  };
}

export interface ExportImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * The export SVG of one view of a figure: self-contained, no fonts needed, light theme. `fig` is the figure in
 * `locale` (lib/figures/localize.ts), whose words, the view's chart (numbers and dates) and the view's page address
 * are drawn.
 */
export function composeImage(fig: Figure, locale: Locale, view: string): ExportImage {
  const { width, padding } = IMAGE;
  const inner = width - 2 * padding;
  const glyphs = new GlyphSet();
  const parts: string[] = [];
  let y = padding;

  const block = (text: string, style: TextStyle, x = padding, maxWidth = inner) => {
    for (const line of wrap(text, style.size, style.weight, maxWidth)) {
      const lh = lineHeight(style);
      parts.push(glyphs.line(line, x, y + Math.round(lh * 0.75), style));
      y += lh;
    }
  };
  /** a hanging-indent item: marker in the margin, wrapped text beside it */
  const item = (marker: string, text: string, style: TextStyle) => {
    parts.push(glyphs.line(marker, padding + 2, y + Math.round(lineHeight(style) * 0.75), style));
    block(text, style, padding + 14, inner - 14);
  };

  block(fig.title, TITLE);
  y += 2;
  block(unitsLine(fig, view), UNITS);

  // legend: swatch + label, wrapped into rows
  y += 8;
  {
    const lh = lineHeight(LEGEND);
    let x = padding;
    for (const l of fig.legend(view)) {
      const sw = l.shape === "line" ? 20 : l.shape === "dot" ? 10 : 12;
      const w = sw + 6 + textWidth(l.label, LEGEND.size, LEGEND.weight);
      if (x > padding && x + w > padding + inner) {
        x = padding;
        y += lh;
      }
      parts.push(swatch(l, x, y + lh / 2).svg);
      parts.push(glyphs.line(l.label, x + sw + 6, y + Math.round(lh * 0.75), LEGEND));
      x += w + 18;
    }
    y += lh;
  }

  y += 10;
  const chart = chartBody(fig, view, glyphs, locale);
  if (chart.width > inner)
    throw new Error(`figure ${fig.id}: chart (${chart.width} px) wider than the image (${inner} px)`);
  parts.push(`<g transform="translate(${padding + (inner - chart.width) / 2} ${y})">${chart.body}</g>`);
  y += chart.height + 12;

  block(fig.source, SMALL);
  // a source line that points to its links ("links below") gets them, as text, under it
  if (fig.source.toLowerCase().includes(message(locale, "chartText.linksBelow")))
    for (const l of fig.links) item("–", `${l.label}: ${l.url}`, SMALL);
  y += 4;
  for (const note of fig.notes) {
    item("•", note, SMALL);
    y += 3;
  }

  y += 9;
  parts.push(`<rect x="${padding}" y="${y}" width="${inner}" height="1" fill="${C.grid}"/>`);
  y += 6;
  block(`${message(locale, "site.name")} · ${chartPageUrl(fig, locale)}${viewQuery(fig, view)}`, FOOTER);
  y += padding - 6;

  const height = Math.ceil(y);
  const desc = [
    unitsLine(fig, view),
    message(locale, "chartText.legendLine", {
      labels: fig
        .legend(view)
        .map((l) => l.label)
        .join(message(locale, "chartText.legendSeparator")),
    }),
    fig.source,
    ...fig.notes,
    message(locale, "chartText.siteLine", {
      site: message(locale, "site.name"),
      url: `${chartPageUrl(fig, locale)}${viewQuery(fig, view)}`,
    }),
  ].join("\n");
  const svg = resolveColors(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${locale}" role="img" aria-label="${escapeAttr(fig.title)}" data-figure="${fig.id}" data-variant="${view}">` +
      `<title>${escapeText(fig.title)}</title><desc>${escapeText(desc)}</desc>` +
      `<defs>${glyphs.defs()}</defs>` +
      `<rect width="${width}" height="${height}" fill="${C.background}"/>` +
      parts.join("") +
      `</svg>\n`,
    "light",
  );
  if (/<text\b/.test(svg)) throw new Error(`figure ${fig.id}: text left in the export SVG`);
  return { svg, width, height };
}
