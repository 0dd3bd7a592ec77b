/**
 * The Word file of a figure: title, units, the native chart, its caption (title, units) with the takeaways, the
 * source, notes and links, then the data table. The `docx` package writes the document but has no charts, so the
 * chart is the very part pptxgenjs wrote for the slide (ppt/charts/chart1.xml, DrawingML's chart schema, which Word
 * and PowerPoint share) with its embedded workbook: this module copies them into word/charts/ and word/embeddings/,
 * registers them ([Content_Types].xml, word/_rels/document.xml.rels) and puts a `wp:inline` drawing that points to
 * the chart where the document holds a placeholder paragraph. That drawing and those two registrations are the only
 * hand-written XML; Word's and LibreOffice's "Edit data" then open the numbers.
 */
import { endSentence } from "../../i18n/typography";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { message } from "../../i18n/translate";
import { INTL_TAG } from "../../i18n/locales";
import { escapeAttr } from "../../html";
import { cellText, type Briefing } from "./content";
import { themeEdit } from "./chart-xml";
import { normaliseOoxml, pack, parts } from "./ooxml";

const PLACEHOLDER = "@@native-chart@@";
/** the chart's size in the page: 16 cm × 9 cm, in EMU (360,000 a cm) */
const EXTENT = { cx: 16 * 360000, cy: 9 * 360000 };
const CHART_REL = "rIdNativeChart1";

function dataTable(b: Briefing): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, right: boolean, bold = false) =>
    new TableCell({
      borders,
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold, size: 18 })],
        }),
      ],
    });
  const cols = b.table.columns;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: cols.map((c) => cell(c.label, !!c.numeric, true)) }),
      ...b.table.rows.map(
        (r) =>
          new TableRow({
            children: cols.map((c) => cell(cellText(r[c.key], c, b.locale), !!c.numeric)),
          }),
      ),
    ],
  });
}

/** The `wp:inline` drawing of the chart: its size, its name and alt text (docPr), and the chart relationship. */
function chartDrawing(b: Briefing): string {
  return (
    `<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">` +
    `<wp:extent cx="${EXTENT.cx}" cy="${EXTENT.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="1001" name="Chart 1" title="${escapeAttr(b.title)}" descr="${escapeAttr(b.alt)}"/>` +
    `<wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${CHART_REL}"/>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** Moves the chart part and its workbook from the slide (`pptx`) into the document. */
function withChart(docx: Buffer, pptx: Buffer, b: Briefing): Buffer {
  const doc = parts(docx);
  const slide = parts(pptx);
  const take = (name: string) => {
    const data = slide.get(name);
    if (!data) throw new Error(`${b.id}.pptx has no ${name}: pptxgenjs changed how it names chart parts`);
    return data;
  };
  const chart = take("ppt/charts/chart1.xml");
  const chartRels = take("ppt/charts/_rels/chart1.xml.rels").toString("utf8");
  const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)?.[1];
  if (!workbook) throw new Error(`${b.id}.pptx: the chart has no embedded workbook`);
  const text = (name: string) => {
    const data = doc.get(name);
    if (!data) throw new Error(`the docx package wrote no ${name}`);
    return data.toString("utf8");
  };
  const document = text("word/document.xml");
  const placeholder = new RegExp(`<w:p\\b(?:(?!<w:p\\b)[\\s\\S])*?${PLACEHOLDER}[\\s\\S]*?</w:p>`);
  if (!placeholder.test(document)) throw new Error("docx: the chart's placeholder paragraph is missing");
  doc.set("word/document.xml", Buffer.from(document.replace(placeholder, chartDrawing(b)), "utf8"));
  const rels = text("word/_rels/document.xml.rels").replace(
    "</Relationships>",
    `<Relationship Id="${CHART_REL}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/></Relationships>`,
  );
  doc.set("word/_rels/document.xml.rels", Buffer.from(rels, "utf8"));
  const types = text("[Content_Types].xml").replace(
    "</Types>",
    (/Extension="xlsx"/.test(text("[Content_Types].xml"))
      ? ""
      : `<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>`) +
      `<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
  );
  doc.set("[Content_Types].xml", Buffer.from(types, "utf8"));
  doc.set("word/charts/chart1.xml", chart);
  doc.set("word/charts/_rels/chart1.xml.rels", Buffer.from(chartRels, "utf8"));
  doc.set(`word/embeddings/${workbook}`, take(`ppt/embeddings/${workbook}`));
  return pack(doc);
}

/** The Word file; `pptx` is the figure's slide, whose chart part it reuses. */
export async function docxFile(b: Briefing, date: Date, pptx: Buffer): Promise<Buffer> {
  const small = (text: string, opts: { bullet?: boolean; italics?: boolean } = {}) =>
    new Paragraph({
      ...(opts.bullet ? { bullet: { level: 0 } } : {}),
      spacing: { after: 60 },
      children: [new TextRun({ text, size: 18, italics: opts.italics })],
    });
  // a link as Word shows one: its label, then its address as a clickable link
  const link = (label: string, url: string) =>
    new Paragraph({
      bullet: { level: 0 },
      spacing: { after: 60 },
      children: [
        new TextRun({ text: message(b.locale, "chartText.link", { label, url: "" }).trimEnd() + " ", size: 18 }),
        new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, size: 18, style: "Hyperlink" })] }),
      ],
    });
  // headings: in the outline (levels 1 and 2) and never alone at a page's foot
  const heading = { keepNext: true, keepLines: true };
  const doc = new Document({
    creator: b.siteName,
    lastModifiedBy: b.siteName,
    title: b.title,
    subject: b.units,
    description: b.takeaways.join(" "),
    styles: {
      // the document's language: Word checks and reads the text in it
      default: {
        document: { run: { language: { value: INTL_TAG[b.locale] } } },
        heading1: { paragraph: { ...heading, outlineLevel: 0 } },
        heading2: { paragraph: { ...heading, outlineLevel: 1 } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(b.title)] }),
          new Paragraph({
            keepNext: true,
            spacing: { after: 120 },
            children: [new TextRun({ text: b.units, color: "374151" })],
          }),
          new Paragraph({ keepNext: true, children: [new TextRun(PLACEHOLDER)] }),
          new Paragraph({
            spacing: { before: 120, after: 60 },
            children: [
              new TextRun({ text: `${endSentence(b.title)} `, bold: true, size: 18 }),
              new TextRun({ text: b.units, size: 18 }),
            ],
          }),
          ...b.takeaways.map((t) => small(t, { bullet: true })),
          small(b.source, { italics: true }),
          ...b.notes.map((n) => small(n, { bullet: true })),
          ...b.links.map((l) => link(l.label, l.url)),
          small(
            `${message(b.locale, "chartText.dataAndChart", { url: b.pageUrl })} · ${message(b.locale, "chartText.csv", { url: b.csvUrl })}`,
          ),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            spacing: { before: 240 },
            children: [new TextRun(b.table.caption)],
          }),
          dataTable(b),
        ],
      },
    ],
  });
  const written = Buffer.from(await Packer.toBuffer(doc));
  // docx names each hyperlink's relationship with a random id (rId + 20 random characters): renamed in the order the
  // relationships are listed, so that two builds write the same bytes
  const rels = parts(written).get("word/_rels/document.xml.rels")?.toString("utf8") ?? "";
  const links = new Map([...rels.matchAll(/Id="(rId[A-Za-z0-9_-]{12,})"/g)].map((m, i) => [m[1], `rIdLink${i + 1}`]));
  const stableIds = (xml: string) => xml.replace(/rId[A-Za-z0-9_-]{12,}/g, (id) => links.get(id) ?? id);
  return normaliseOoxml(withChart(written, pptx, b), date, [], (name, xml) =>
    /^word\/theme\/theme\d+\.xml$/.test(name)
      ? themeEdit(xml)
      : name === "word/document.xml" || name === "word/_rels/document.xml.rels"
        ? stableIds(xml)
        : xml,
  );
}
