/**
 * The PowerPoint file of a figure: one 16:9 slide with the title, the units line, a native chart (pptxgenjs writes
 * the chart part and its embedded workbook holding the values, so PowerPoint's and Impress's "Edit data" open the
 * numbers), its alt text (title and takeaways), the source, the notes, and the takeaways in the speaker notes.
 * Fonts are left to the theme, so the slide takes a user's template. Re-packed by ./ooxml.ts for identical bytes.
 */
import PptxGenJS from "pptxgenjs";
import type { Briefing, NativeChart } from "./content";
import { normaliseOoxml } from "./ooxml";
import { message } from "../../i18n/translate";
import { INTL_TAG } from "../../i18n/locales";
import { wrap } from "../images/text";

/** pptxgenjs chart data and options of a native chart (also the chart part the Word file reuses: ./docx.ts). */
export function chartArgs(pptx: PptxGenJS, chart: NativeChart) {
  const data = (kind: "bar" | "line") =>
    chart.series
      .filter((s) => s.kind === kind)
      .map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const colors = (kind: "bar" | "line") => chart.series.filter((s) => s.kind === kind).map((s) => s.color);
  // the axis shows decimals only for small values (USD billions), not on an axis in thousands
  const largest = Math.max(...chart.series.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0))));
  const format = chart.decimals > 0 && largest < 100 ? `#,##0.${"0".repeat(chart.decimals)}` : "#,##0";
  const kinds = (["bar", "line"] as const).filter((k) => chart.series.some((s) => s.kind === k));
  const types = kinds.map((k) => ({
    type: k === "bar" ? pptx.ChartType.bar : pptx.ChartType.line,
    data: data(k),
    options: {
      chartColors: colors(k),
      barGrouping: "clustered",
      barDir: "col",
      lineDataSymbol: "circle" as const,
      lineDataSymbolSize: 5,
      lineSize: 2,
    },
  }));
  const options = {
    showLegend: chart.series.length <= 12,
    legendPos: "b" as const,
    legendFontSize: 10,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    valAxisLabelFormatCode: format,
    showValAxisTitle: true,
    valAxisTitle: chart.axisTitle,
    valAxisTitleFontSize: 10,
    displayBlanksAs: "gap",
    // ranks: 1 at the top, and each line named at its points, as the page's slope chart names them (no legend)
    ...(chart.reversed
      ? {
          valAxisOrientation: "maxMin",
          valAxisMinVal: 1,
          showSerName: true,
          showValue: false,
          dataLabelPosition: "r",
          dataLabelFontSize: 7,
        }
      : {}),
  };
  return { types, options };
}

/**
 * pptxgenjs writes a gap (null) as an empty value, `<c:v></c:v>` in the chart's cache and `<v></v>` in the
 * workbook's cell, which is not a number; a gap is an absent point and an empty cell, as Office writes them.
 */
export const dropEmptyValues = (_name: string, xml: string) =>
  xml
    .replace(/<c:pt idx="\d+">\s*<c:v><\/c:v>\s*<\/c:pt>/g, "")
    .replace(/<c r="([A-Z]+\d+)"><v><\/v><\/c>/g, '<c r="$1"/>');

/** The slide's title box: 22 pt bold, 9.2 in wide, from 0.2 in down; its height follows its lines. */
const TITLE = { size: 22, w: 9.2, y: 0.2, lineHeight: 1.2 };

/**
 * The lines a title takes in a box `widthIn` inches wide at `sizePt`, wrapped as the images wrap text (../images/text.ts)
 * with Inter Bold's advances: Inter is wider than the Office faces a slide falls back to (Calibri, Arial), so
 * PowerPoint draws no more lines.
 */
export const titleLines = (text: string, sizePt: number, widthIn: number): number =>
  wrap(text, sizePt, 700, widthIn * 72).length;

/** What pptxgenjs numbers per process. */
export const PPTX_COUNTERS = ["chart", "Microsoft_Excel_Worksheet"];

export async function pptxFile(b: Briefing, date: Date): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9"; // 10 × 5.625 in
  pptx.title = b.title;
  // the text's language (spell checking, hyphenation), the tag the site declares (pptxgenjs' default is en-US)
  const lang = INTL_TAG[b.locale];
  pptx.subject = b.units;
  pptx.author = b.siteName;
  pptx.company = b.siteName;
  const slide = pptx.addSlide();
  // the title as tall as its lines, the units under it, the chart in what is left above the source
  const titleH = (titleLines(b.title, TITLE.size, TITLE.w) * TITLE.size * TITLE.lineHeight) / 72;
  const unitsY = TITLE.y + titleH + 0.04;
  const chartY = unitsY + 0.35;
  slide.addText(b.title, {
    x: 0.4,
    y: TITLE.y,
    w: TITLE.w,
    h: titleH,
    fontSize: TITLE.size,
    bold: true,
    valign: "top",
    margin: 0,
    lang,
  });
  slide.addText(b.units, { x: 0.4, y: unitsY, w: 9.2, h: 0.3, fontSize: 12, color: "374151", margin: 0, lang });
  const { types, options } = chartArgs(pptx, b.chart);
  // a combination chart: addChart(types, options), which pptxgenjs' typings do not declare
  (slide.addChart as unknown as (types: unknown, options: PptxGenJS.IChartOpts) => void)(types, {
    ...options,
    x: 0.4,
    y: chartY,
    w: 9.2,
    h: 4.55 - chartY,
    altText: b.alt,
    lang,
  } as PptxGenJS.IChartOpts);
  slide.addText(
    [
      { text: b.source, options: { breakLine: true } },
      ...b.notes.map((n, i) => ({ text: n, options: { bullet: true, breakLine: i < b.notes.length - 1 } })),
    ],
    { x: 0.4, y: 4.6, w: 9.2, h: 0.95, fontSize: 8, color: "374151", valign: "top", margin: 0, fit: "shrink", lang },
  );
  slide.addNotes(
    [
      message(b.locale, "chartText.takeawaysLead"),
      ...b.takeaways.map((t) => `• ${t}`),
      "",
      b.source,
      message(b.locale, "chartText.dataAndChart", { url: b.pageUrl }),
    ].join("\n"),
  );
  const out = (await pptx.write({ outputType: "nodebuffer", compression: false })) as Buffer;
  return normaliseOoxml(Buffer.from(out), date, PPTX_COUNTERS, dropEmptyValues);
}
