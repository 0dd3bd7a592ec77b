/**
 * The PowerPoint file of a figure: one 16:9 slide with the title (in the layout's title placeholder, so it is the
 * slide's title for the outline and accessibility checkers), the units line, a native chart (pptxgenjs writes the
 * chart part and its embedded workbook holding the values, so PowerPoint's and Impress's "Edit data" open the
 * numbers), its alt text (title and takeaways), the source, the notes, and the takeaways in the speaker notes, one
 * paragraph each in the file's language. Fonts and colours are the theme's (the chart's series are accent1…, the
 * theme holds the site's colours), so a corporate template restyles the slide. Re-packed by ./ooxml.ts for identical
 * bytes, the parts pptxgenjs writes wrongly corrected on the way (./chart-xml.ts).
 */
import PptxGenJS from "pptxgenjs";
import { withoutLinksBelow, type Briefing, type NativeChart } from "./content";
import { normaliseOoxml } from "./ooxml";
import { chartEdits, notesParagraphs, themeEdit } from "./chart-xml";
import { message } from "../../i18n/translate";
import { INTL_TAG } from "../../i18n/locales";
import { wrap } from "../images/text";

/** Chart text in the theme's body font ("+mn-lt"), not a fixed face. */
const THEME_FONT = "+mn-lt";
/** Above this many categories a line has no markers (the monthly chart's 200 points would be a blur of dots). */
const MARKERS_UP_TO = 24;

/** pptxgenjs chart data and options of a native chart (also the chart part the Word file reuses: ./docx.ts). */
export function chartArgs(pptx: PptxGenJS, chart: NativeChart) {
  const data = (kind: "bar" | "line") =>
    chart.series
      .filter((s) => s.kind === kind)
      .map((s) => ({ name: s.name, labels: chart.categories, values: s.values }));
  const colors = (kind: "bar" | "line") => chart.series.filter((s) => s.kind === kind).map((s) => s.accent);
  // the axis shows decimals only for small values (USD billions), not on an axis in thousands; a missing point (null)
  // stays missing in the chart, and counts as 0 only in this search for the largest value, where it cannot win
  const largest = Math.max(...chart.series.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0))));
  const format = chart.decimals > 0 && largest < 100 ? `#,##0.${"0".repeat(chart.decimals)}` : "#,##0";
  const kinds = (["bar", "line"] as const).filter((k) => chart.series.some((s) => s.kind === k));
  const markers = chart.categories.length <= MARKERS_UP_TO;
  const types = kinds.map((k) => ({
    type: k === "bar" ? pptx.ChartType.bar : pptx.ChartType.line,
    data: data(k),
    options: {
      chartColors: colors(k),
      barGrouping: "clustered",
      barDir: "col",
      lineDataSymbol: markers ? ("circle" as const) : ("none" as const),
      lineDataSymbolSize: 5,
      lineSize: 2,
    },
  }));
  const options = {
    // a slope chart names each line at its two ends (./chart-xml.ts), as the page's does: no legend
    showLegend: !chart.endLabels && chart.series.length <= 12,
    legendPos: "b" as const,
    legendFontSize: 10,
    legendFontFace: THEME_FONT,
    catAxisLabelFontSize: 10,
    catAxisLabelFontFace: THEME_FONT,
    // a month a category: a label a year (every twelfth), not 200 labels on top of each other
    ...(markers ? {} : { catAxisLabelFrequency: 12 }),
    valAxisLabelFontSize: 10,
    valAxisLabelFontFace: THEME_FONT,
    valAxisLabelFormatCode: format,
    showValAxisTitle: true,
    valAxisTitle: chart.axisTitle,
    valAxisTitleFontSize: 10,
    valAxisTitleFontFace: THEME_FONT,
    dataLabelFontFace: THEME_FONT,
    displayBlanksAs: "gap",
    // ranks: 1 at the top, down to the last rank drawn, a tick each
    ...(chart.reversed
      ? {
          valAxisOrientation: "maxMin",
          valAxisMinVal: 1,
          valAxisMaxVal: chart.maxRank,
          // a tick a rank on a slope chart (a few ranks); every fifth over a longer run of ranks
          valAxisMajorUnit: (chart.maxRank ?? 1) > 20 ? 5 : 1,
        }
      : {}),
    ...(chart.endLabels ? { showSerName: true, showValue: false, dataLabelPosition: "r", dataLabelFontSize: 7 } : {}),
  };
  return { types, options };
}

/** The slide's title: 22 pt bold, 9.2 in wide, from 0.2 in down; its height follows its lines. */
const TITLE = { size: 22, w: 9.2, y: 0.2, lineHeight: 1.2 };
/**
 * How much wider than Inter Bold a fallback face may set the title: a slide opened without Calibri is set in Carlito
 * (Calibri's metrics) or, on a stock system, in DejaVu Sans or Liberation Sans, which are wider than Inter; the box is
 * sized for the title wrapped at this fraction of its width, and shrinks its text on overflow (normAutofit) besides.
 */
const FALLBACK_WIDTH = 0.82;

/**
 * The lines a title takes in a box `widthIn` inches wide at `sizePt`, wrapped as the images wrap text (../images/text.ts)
 * with Inter Bold's advances.
 */
export const titleLines = (text: string, sizePt: number, widthIn: number): number =>
  wrap(text, sizePt, 700, widthIn * 72).length;

/** What pptxgenjs numbers per process. */
export const PPTX_COUNTERS = ["chart", "Microsoft_Excel_Worksheet"];

/** The speaker notes' paragraphs: the takeaways, the source, the links, the page. */
export function speakerNotes(b: Briefing): { text: string; bullet?: boolean }[] {
  return [
    { text: message(b.locale, "chartText.takeawaysLead") },
    ...b.takeaways.map((t) => ({ text: t, bullet: true })),
    { text: b.source },
    ...(b.links.length ? [{ text: message(b.locale, "chartText.speakerLinks") }] : []),
    ...b.links.map((l) => ({
      text: message(b.locale, "chartText.link", { label: l.label, url: l.url }),
      bullet: true,
    })),
    { text: message(b.locale, "chartText.dataAndChart", { url: b.pageUrl }) },
  ];
}

const NOTES_PLACEHOLDER = "@@speaker-notes@@";

export async function pptxFile(b: Briefing, date: Date): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9"; // 10 × 5.625 in
  pptx.title = b.title;
  // the text's language (spell checking, hyphenation), the tag the site declares (pptxgenjs' default is en-US)
  const lang = INTL_TAG[b.locale];
  pptx.subject = b.units;
  pptx.author = b.siteName;
  pptx.company = b.siteName;
  // the title as tall as its lines in a wider face, the units under it, the chart in what is left above the source
  const titleH = (titleLines(b.title, TITLE.size, TITLE.w * FALLBACK_WIDTH) * TITLE.size * TITLE.lineHeight) / 72;
  const unitsY = TITLE.y + titleH + 0.06;
  const chartY = unitsY + 0.4;
  const titleBox = { x: 0.4, y: TITLE.y, w: TITLE.w, h: titleH };
  // the layout's name, as PowerPoint's Layout menu shows it
  const layout = message(b.locale, "chartText.slideLayout");
  pptx.defineSlideMaster({
    title: layout,
    background: { color: "FFFFFF" },
    objects: [
      {
        placeholder: {
          options: { name: "title", type: "title", ...titleBox, valign: "top", margin: 0 },
          text: "",
        },
      },
    ],
  });
  const slide = pptx.addSlide({ masterName: layout });
  slide.addText(b.title, {
    placeholder: "title",
    ...titleBox,
    fontSize: TITLE.size,
    bold: true,
    align: "left",
    valign: "top",
    margin: 0,
    fit: "shrink",
    lang,
  });
  slide.addText(b.units, {
    x: 0.4,
    y: unitsY,
    w: 9.2,
    h: 0.34,
    fontSize: 12,
    color: "374151",
    valign: "top",
    margin: 0,
    fit: "shrink",
    lang,
  });
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
  // the slide shows no links: its source line does not point to any (they are in the speaker notes)
  slide.addText(
    [
      { text: withoutLinksBelow(b.source, b.locale), options: { breakLine: true } },
      ...b.notes.map((n, i) => ({ text: n, options: { bullet: true, breakLine: i < b.notes.length - 1 } })),
    ],
    { x: 0.4, y: 4.6, w: 9.2, h: 0.95, fontSize: 8, color: "374151", valign: "top", margin: 0, fit: "shrink", lang },
  );
  slide.addNotes(NOTES_PLACEHOLDER);
  const out = (await pptx.write({ outputType: "nodebuffer", compression: false })) as Buffer;
  const charts = chartEdits(b);
  return normaliseOoxml(Buffer.from(out), date, PPTX_COUNTERS, (name, xml) => {
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      return notesParagraphs(xml, NOTES_PLACEHOLDER, speakerNotes(b), lang);
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) return themeEdit(xml);
    return charts(name, xml);
  });
}
