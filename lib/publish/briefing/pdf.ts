/**
 * The PDF of a figure, for print: an A4 page (a table too long for one goes on over more pages, its header repeated)
 * with the title, units, the chart as vectors, the takeaways, the source, links and notes, then the data table. A
 * tagged PDF (PDF/UA's structure): the document's language, the title and section headings as H1/H2, paragraphs and
 * lists, the chart as a Figure with its alternative text, the table as a Table of header and data cells, every
 * address a Link with its annotation; rules and swatches are artifacts. Text is set in Inter (the TTFs the export images use, embedded as subsets with their
 * Unicode maps, so the text can be selected, searched and extracted). pdfkit writes it; the chart is the page's
 * static SVG (light colours) drawn by svg-to-pdfkit, its labels as real text. Streams are left uncompressed: pdfkit
 * deflates with Node's zlib, whose output may change with the Node version, and the build must give the same bytes
 * on any machine (as lib/publish/zip.ts does with fflate). The dates are the build date.
 */
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { WIDTHS } from "../chart-svg/paths";
import { staticChart } from "../chart-svg/read";
import { resolveColors } from "../../figures/theme";
import { message } from "../../i18n/translate";
import { INTL_TAG } from "../../i18n/locales";
import { fontFile, type Weight } from "../images/font";
import { cellText, type Briefing } from "./content";

const PAGE = { width: 595.28, height: 841.89, margin: 40 };
const INNER = PAGE.width - 2 * PAGE.margin;
const TEXT = "#111827";
const MUTED = "#374151";
/** the chart's height at most, in points: the tallest that leaves the page room for everything else, tried in turn */
const CHART_HEIGHTS = [300, 260, 220, 180];
/** then the same, with the words under the chart a point smaller (a language with longer words, such as French) */
const COMPACT_HEIGHTS = [220, 180, 150, 130];
/** a longer table is set in two blocks side by side */
const ONE_BLOCK_ROWS = 16;

/** The figure's wide static chart in light colours, sized in points to `width`. */
function chartSvg(b: Briefing): { svg: string; width: number; height: number } {
  const chart = staticChart(b.id, b.variant, WIDTHS.wide, b.locale);
  const svg = resolveColors(chart.svg, "light").replace(
    /^<svg\b[^>]*?(?=\sviewBox=)/,
    (tag) => tag.replace(/\s(width|style|class)="[^"]*"/g, "") + ` width="${chart.width}" height="${chart.height}"`,
  );
  return { svg, width: chart.width, height: chart.height };
}

/**
 * Inter in one weight for one document. The TTF is read and its tables parsed once a process (fontkit decodes the
 * layout tables lazily, and decoding them again for every document took a third of the PDFs' time); each document
 * gets its own object over those tables, inheriting them, with its own glyph cache and, made on first use, its own
 * layout engine: fontkit's layout engine keeps the last script it chose, and a glyph keeps the characters it was
 * first reached from (the PDF's text map), so a font shared as it is would make a document depend on the documents
 * laid out before it. pdfkit takes a fontkit font as it takes a file (fontkit is its own); each document still
 * embeds its own subset.
 */
const parsedFonts = new Map<Weight, fontkit.Font>();
function interFont(weight: Weight): fontkit.Font {
  let font = parsedFonts.get(weight);
  if (!font) parsedFonts.set(weight, (font = fontkit.openSync(fontFile(weight)) as fontkit.Font));
  return Object.assign(Object.create(font) as fontkit.Font, { _glyphs: {} });
}

/** The sizes tried, tallest chart first: once one fits on a page, every later one does (a shorter chart and smaller
 *  type never take more pages). */
const SIZES: readonly (readonly [number, boolean])[] = [
  ...CHART_HEIGHTS.map((h) => [h, false] as const),
  ...COMPACT_HEIGHTS.map((h) => [h, true] as const),
];
/** The size each figure's last PDF took: its other views and languages mostly take the same, tried first. */
const lastSize = new Map<string, number>();

/**
 * The PDF with the tallest chart that keeps it to one page (a table too long for any, such as the monthly figure's,
 * goes on over further pages with the tallest chart). The sizes are tried as drafts, without the chart drawn (the
 * chart is a box of known size drawn at its place, so it moves no page break; drawing it was most of a layout's
 * time): the figure's last size and the one before it, else a binary search. Then the chosen size is laid out in
 * full, and must take the pages its draft took.
 */
export async function pdfFile(b: Briefing, date: Date): Promise<Buffer> {
  const pages = new Map<number, number>();
  const fits = async (i: number) => {
    if (!pages.has(i)) {
      const draft = layout(b, date, SIZES[i][0], SIZES[i][1], true);
      await draft.done;
      pages.set(i, draft.pages);
    }
    return pages.get(i) === 1;
  };
  // the first size that fits lies in [lo, hi], or none does
  let [lo, hi] = [0, SIZES.length - 1];
  const hint = lastSize.get(b.id);
  if (hint !== undefined) {
    if (await fits(hint)) [lo, hi] = hint === 0 || !(await fits(hint - 1)) ? [hint, hint] : [0, hint - 1];
    else lo = Math.min(hint + 1, hi);
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  const chosen = (await fits(lo)) ? lo : 0;
  lastSize.set(b.id, chosen);
  await fits(chosen);
  const pdf = layout(b, date, SIZES[chosen][0], SIZES[chosen][1], false);
  if (pdf.pages !== pages.get(chosen))
    throw new Error(`PDF of ${b.id} (${b.locale}): ${pdf.pages} pages, but its draft took ${pages.get(chosen)}`);
  return pdf.done;
}

function layout(
  b: Briefing,
  date: Date,
  maxChart: number,
  compact: boolean,
  draft: boolean,
): { pages: number; done: Promise<Buffer> } {
  const smaller = compact ? 1 : 0;
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    compress: false,
    lang: INTL_TAG[b.locale],
    tagged: true,
    pdfVersion: "1.7",
    displayTitle: true,
    info: {
      Title: b.title,
      Subject: b.takeaways.join(" "),
      Author: b.siteName,
      Creator: b.siteName,
      Producer: "PDFKit",
      CreationDate: date,
      ModDate: date,
    },
  });
  // pdfkit's typings list only files and buffers as a font's source; its code takes a fontkit font too
  doc.registerFont("Inter", interFont(400) as unknown as Buffer);
  doc.registerFont("Inter-Bold", interFont(700) as unknown as Buffer);
  let pages = 1;
  doc.on("pageAdded", () => pages++);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // the structure tree: every piece of text is in an element of the document, in reading order (pdfkit's typings
  // lack the structure options it reads, bbox, placement and scope, and closures as children)
  type Child = PDFKit.PDFStructureElement | (() => unknown);
  const struct = (type: string, options?: object | Child | Child[], children?: Child | Child[]) =>
    (
      doc.struct as unknown as (
        type: string,
        options?: object | Child | Child[],
        children?: Child | Child[],
      ) => PDFKit.PDFStructureElement
    ).call(doc, type, options, children);
  const root = struct("Document");
  doc.addStructure(root);
  const artifact = (draw: () => void) => {
    doc.markContent("Artifact", { type: "Layout" });
    draw();
    doc.endMarkedContent();
  };
  const setText = (text: string, font: "Inter" | "Inter-Bold", size: number, color: string, indent: number) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(text, PAGE.margin + indent, doc.y, { width: INNER - indent, lineGap: 1 });
  const para = (
    text: string,
    font: "Inter" | "Inter-Bold",
    size: number,
    color = TEXT,
    gap = 4,
    indent = 0,
    type: "P" | "H1" | "H2" = "P",
  ) => {
    root.add(struct(type, () => setText(text, font, size, color, indent)));
    doc.y += gap;
  };
  // a list: each item its label (the bullet) and its body
  const list = (items: { text?: string; link?: { label: string; url: string } }[], size: number, color = TEXT) => {
    if (!items.length) return;
    const l = struct("L");
    root.add(l);
    for (const item of items) {
      const li = struct("LI");
      l.add(li);
      const y = doc.y;
      li.add(
        struct("Lbl", () =>
          doc.font("Inter").fontSize(size).fillColor(color).text("•", PAGE.margin, y, { lineBreak: false }),
        ),
      );
      doc.y = y;
      if (item.text !== undefined) li.add(struct("LBody", () => setText(item.text!, "Inter", size, color, 10)));
      if (item.link) li.add(linkBody(item.link.label, item.link.url, size, color));
      doc.y += 2;
    }
  };
  // a link: its label (in the language's typography, "label: " or "label : "), then its address on one line (the type
  // shrinks if the address is longer than the line), a Link element with its clickable annotation
  const linkBody = (label: string, url: string, size: number, color: string) => {
    const lead = message(b.locale, "chartText.link", { label, url: "" }).trimEnd();
    return struct("LBody", [
      struct("Span", () => setText(lead, "Inter", size, color, 10)),
      struct("Link", () => {
        const fit = Math.min(size, (size * (INNER - 10)) / doc.font("Inter").fontSize(size).widthOfString(url));
        doc
          .font("Inter")
          .fontSize(fit)
          .fillColor(color)
          .text(url, PAGE.margin + 10, doc.y, { width: INNER - 10, lineBreak: false, link: url });
        doc.y += fit * 1.25;
      }),
    ]);
  };

  para(b.title, "Inter-Bold", 16, TEXT, 2, 0, "H1");
  para(b.units, "Inter", 9.5, MUTED, 6);

  // the legend, as the chart page shows it above the chart: a swatch and a label a series, on lines that wrap
  const LEGEND = { size: 8.5, gap: 12, swatch: { bar: 8, dot: 8, line: 14 } };
  let lx = PAGE.margin;
  let ly = doc.y;
  doc.font("Inter").fontSize(LEGEND.size);
  const legend = struct("L");
  root.add(legend);
  for (const item of b.legend) {
    const sw = LEGEND.swatch[item.shape];
    const w = sw + 4 + doc.widthOfString(item.label);
    if (lx > PAGE.margin && lx + w > PAGE.margin + INNER) {
      lx = PAGE.margin;
      ly += LEGEND.size + 5;
    }
    const mid = ly + LEGEND.size / 2;
    artifact(() => {
      if (item.shape === "line") doc.rect(lx, mid - 1, sw, 2).fill(item.color);
      else if (item.shape === "dot") doc.circle(lx + sw / 2, mid, sw / 2).fill(item.color);
      else doc.rect(lx, mid - sw / 2, sw, sw).fill(item.color);
    });
    const [x, y] = [lx + sw + 4, ly];
    legend.add(
      struct("LI", [
        struct("LBody", () =>
          doc.font("Inter").fontSize(LEGEND.size).fillColor(TEXT).text(item.label, x, y, { lineBreak: false }),
        ),
      ]),
    );
    lx += w + LEGEND.gap;
  }
  doc.y = ly + LEGEND.size + 8;

  // the chart across the page, or less wide when that would make it taller than maxChart (the page must hold
  // takeaways, source, notes and the table too)
  const chart = chartSvg(b);
  const scale = Math.min(INNER / chart.width, maxChart / chart.height);
  const top = doc.y;
  const left = PAGE.margin + (INNER - chart.width * scale) / 2;
  // the chart as one figure: its alternative text (title and takeaways) is what a reader hears
  root.add(
    struct(
      "Figure",
      { alt: b.alt, bbox: [left, top, left + chart.width * scale, top + chart.height * scale], placement: "Block" },
      () =>
        draft ||
        SVGtoPDF(doc, chart.svg, left, top, {
          width: chart.width * scale,
          height: chart.height * scale,
          preserveAspectRatio: "xMinYMin meet",
          fontCallback: (_family: string, bold: boolean) => (bold ? "Inter-Bold" : "Inter"),
        }),
    ),
  );
  doc.y = top + chart.height * scale + 8;

  para(message(b.locale, "chartText.takeaways"), "Inter-Bold", 10, TEXT, 2, 0, "H2");
  list(
    b.takeaways.map((text) => ({ text })),
    9 - smaller,
  );
  doc.y += 4;
  para(b.source, "Inter", 8 - smaller, MUTED, 2);
  list([...b.links.map((link) => ({ link })), ...b.notes.map((text) => ({ text }))], 7.5 - smaller, MUTED);
  doc.y += 6;

  // the data table: a header, then one line a row; in two blocks side by side when long
  const cols = b.table.columns;
  const textOf = (r: (typeof b.table.rows)[number], c: (typeof cols)[number]) => cellText(r[c.key], c, b.locale);
  // each column as wide as its widest cell (or the longest word of its header, which may wrap), measured in the
  // font; two blocks side by side when the table is long and a row fits in half the page; the columns then share
  // out the block's width in proportion, and the type shrinks (not below 5 pt) if a row is wider than the block
  const gutter = 12;
  const measure = (size: number) =>
    cols.map((c) => {
      const cells = b.table.rows.map((r) => doc.font("Inter").fontSize(size).widthOfString(textOf(r, c)));
      const words = c.label.split(/\s+/).map((w) => doc.font("Inter-Bold").fontSize(size).widthOfString(w));
      return Math.max(...cells, ...words) + 6;
    });
  const natural = measure(6.5);
  const total = natural.reduce((s, w) => s + w, 0);
  const blocks = b.table.rows.length > ONE_BLOCK_ROWS && 2 * total + gutter <= INNER ? 2 : 1;
  const blockWidth = (INNER - (blocks - 1) * gutter) / blocks;
  const size = Math.max(5, Math.min(blocks > 1 ? 6.5 : 7, (6.5 * blockWidth) / total));
  const widths = natural;
  const unit = blockWidth / total;
  const rowHeight = size + 3.5;
  // the header's lines: as many as its most wrapped label needs
  const headerLines = Math.max(
    ...cols.map((c, i) => {
      doc.font("Inter-Bold").fontSize(size);
      return Math.ceil(doc.heightOfString(c.label, { width: widths[i] * unit - 4 }) / doc.currentLineHeight(true));
    }),
  );
  // a row: a TR of header (TH, scope column) or data (TD) cells; its rule an artifact
  const row = (
    table: ReturnType<typeof doc.struct>,
    cells: string[],
    font: "Inter" | "Inter-Bold",
    left: number,
    lines = 1,
  ) => {
    let x = left;
    const y = doc.y;
    const tr = struct("TR");
    table.add(tr);
    cells.forEach((text, i) => {
      const w = widths[i] * unit;
      const at = x;
      tr.add(
        struct(font === "Inter-Bold" ? "TH" : "TD", font === "Inter-Bold" ? { scope: "Column" } : {}, () =>
          doc
            .font(font)
            .fontSize(size)
            .fillColor(TEXT)
            .text(text, at + 2, y, { width: w - 4, align: cols[i].numeric ? "right" : "left", lineBreak: lines > 1 }),
        ),
      );
      x += w;
    });
    doc.y = y + rowHeight * lines;
    artifact(() =>
      doc
        .moveTo(left, doc.y - 1.5)
        .lineTo(left + blockWidth, doc.y - 1.5)
        .lineWidth(0.3)
        .strokeColor("#d1d5db")
        .stroke(),
    );
  };
  // page by page: as many rows a block as the page has room for (a long table, such as the monthly figure's,
  // goes on over further pages, its caption and header repeated); the blocks of a page are filled in turn
  const rows = b.table.rows;
  const headerHeight = rowHeight * headerLines;
  const room = () => Math.floor((PAGE.height - PAGE.margin - doc.y - headerHeight) / rowHeight);
  if (room() < 3) doc.addPage();
  para(b.table.caption, "Inter-Bold", 8.5, TEXT, 3, 0, "H2");
  let next = 0;
  while (next < rows.length) {
    const perBlock = Math.max(1, Math.min(room(), Math.ceil((rows.length - next) / blocks)));
    const tableTop = doc.y;
    let bottom = tableTop;
    for (let k = 0; k < blocks && next < rows.length; k++) {
      const left = PAGE.margin + k * (blockWidth + gutter);
      doc.y = tableTop;
      // each block a table of its own, its header repeated
      const table = struct("Table");
      root.add(table);
      row(
        table,
        cols.map((c) => c.label),
        "Inter-Bold",
        left,
        headerLines,
      );
      for (const r of rows.slice(next, next + perBlock))
        row(
          table,
          cols.map((c) => textOf(r, c)),
          "Inter",
          left,
        );
      table.end();
      next += perBlock;
      bottom = Math.max(bottom, doc.y);
    }
    doc.y = bottom;
    if (next < rows.length) {
      doc.addPage();
      para(message(b.locale, "chartText.continued", { caption: b.table.caption }), "Inter-Bold", 8.5, TEXT, 3);
    }
  }
  doc.y += 6;
  doc.page.margins.bottom = 20; // the footer may use the bottom margin rather than start a page of its own
  // the footer: the site, its page (a link) and the licence
  root.add(
    struct("P", [
      struct("Span", () =>
        doc
          .font("Inter")
          .fontSize(7)
          .fillColor(MUTED)
          .text(`${b.siteName} · `, PAGE.margin, doc.y, { continued: true }),
      ),
      struct("Link", () => doc.text(b.pageUrl, { link: b.pageUrl, continued: true })),
      struct("Span", () =>
        doc.text(` · ${message(b.locale, "chartText.licence", { licence: b.licence })}`, { link: null, width: INNER }),
      ),
    ]),
  );
  root.end();
  doc.end();
  return { pages, done };
}
