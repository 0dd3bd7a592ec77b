/**
 * Corrections to the parts pptxgenjs writes for a slide's native chart, its embedded workbook, the theme and the
 * speaker notes, applied as the file is re-packed (./ooxml.ts): what pptxgenjs cannot be told to write, or writes
 * wrongly. Each edit is checked: a part that no longer has the shape it expects stops the build, rather than ship
 * a file with the fault back.
 */
import { escapeAttr, escapeText } from "../../html";
import { INTL_TAG } from "../../i18n/locales";
import { message } from "../../i18n/translate";
import { themeAccentColors, type Briefing } from "./content";
import type { PartEdit } from "./ooxml";

/**
 * pptxgenjs writes a gap (null) as an empty value, `<c:v></c:v>` in the chart's cache and `<v></v>` in the
 * workbook's cell, which is not a number; a gap is an absent point and an empty cell, as Office writes them.
 */
export const dropEmptyValues = (xml: string) =>
  xml
    .replace(/<c:pt idx="\d+">\s*<c:v><\/c:v>\s*<\/c:pt>/g, "")
    .replace(/<c r="([A-Z]+\d+)"><v><\/v><\/c>/g, '<c r="$1"/>');

/** A cell range as Excel writes it ("A1:D22"), nothing before or after. */
export const CELL_RANGE = /^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/;

/**
 * The workbook's table range: pptxgenjs writes `ref="A1:D22'"` (a stray apostrophe, its issue #1531) for charts with
 * category labels, which Keynote and Preview refuse, dropping the chart. The range is the sheet's: the same text
 * without the apostrophe.
 */
export function tableRef(xml: string): string {
  return xml.replace(/(<table\b[^>]*?\sref=")([^"]*)"/, (_m, head: string, ref: string) => {
    const clean = ref.replace(/'+$/, "");
    if (!CELL_RANGE.test(clean)) throw new Error(`chart workbook: the table's range "${ref}" is not a cell range`);
    return `${head}${clean}"`;
  });
}

/** A sheet name in a formula: quoted, its apostrophes doubled. */
const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The series' label at one point of the chart, in the chart's language: a data label with its own text. */
function pointLabel(idx: number, text: string, lang: string, pos: string): string {
  return (
    `<c:dLbl><c:idx val="${idx}"/>` +
    (text
      ? `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${lang}" sz="800" b="1"/>` +
        `<a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
      : "") +
    `<c:dLblPos val="${pos}"/><c:showLegendKey val="0"/><c:showVal val="${text ? 1 : 0}"/><c:showCatName val="0"/>` +
    `<c:showSerName val="${text ? 0 : 1}"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
  );
}

/** Puts `dLbl`s at the head of a series' data labels (writing them if pptxgenjs wrote none). */
function withPointLabels(ser: string, labels: string): string {
  if (ser.includes("<c:dLbls>")) return ser.replace("<c:dLbls>", `<c:dLbls>${labels}`);
  const at = ser.search(/<c:marker>|<c:cat>/);
  if (at < 0) throw new Error("chart: a series has neither data labels, marker nor categories");
  return (
    ser.slice(0, at) +
    `<c:dLbls>${labels}<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    ser.slice(at)
  );
}

/**
 * The edits of a figure's chart part and embedded workbook: gaps as absent points; the data sheet named in the file's
 * language (not "Sheet1"), in the workbook and in the chart's references; the table's range corrected; the text's
 * language; a dated mark labelled at its month on the first series; a slope chart's lines named at both ends (the
 * earlier year's name left of its point, the later's right), as the page's slope chart names them.
 */
export function chartEdits(b: Briefing): PartEdit {
  const sheet = message(b.locale, "chartText.sheetData");
  if (/[[\]:*?/\\]/.test(sheet) || sheet.length > 31)
    throw new Error(`chartText.sheetData "${sheet}" (${b.locale}) is not a valid sheet name`);
  const lang = INTL_TAG[b.locale];
  return (name, xml) => {
    if (/^(ppt|word)\/charts\/chart\d+\.xml$/.test(name)) {
      let out = dropEmptyValues(xml)
        .replace(/<c:f>Sheet1!/g, `<c:f>${escapeText(quotedSheet(sheet))}!`)
        .replace(/<c:lang val="[^"]*"\/>/, `<c:lang val="${lang}"/>`)
        .replace(/lang="en-US"/g, `lang="${lang}"`);
      if (out.includes("Sheet1!")) throw new Error(`${b.id}: the chart still refers to Sheet1`);
      const mark = b.chart.mark;
      if (mark) {
        const first = out.indexOf("<c:ser>");
        const end = out.indexOf("</c:ser>", first);
        if (first < 0 || end < 0) throw new Error(`${b.id}: the chart has no series to mark`);
        out =
          out.slice(0, first) +
          withPointLabels(out.slice(first, end), pointLabel(mark.index, mark.label, lang, "t")) +
          out.slice(end);
      }
      if (b.chart.endLabels)
        out = out.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) =>
          withPointLabels(ser, pointLabel(0, "", lang, "l") + pointLabel(1, "", lang, "r")),
        );
      return out;
    }
    if (/^xl\/tables\/table\d+\.xml$/.test(name)) return tableRef(xml);
    if (name === "xl/workbook.xml") {
      if (!xml.includes('<sheet name="Sheet1"')) throw new Error(`${b.id}: the chart workbook has no sheet Sheet1`);
      return xml.replace('<sheet name="Sheet1"', `<sheet name="${escapeAttr(sheet)}"`);
    }
    if (name === "docProps/app.xml")
      return xml.replace("<vt:lpstr>Sheet1</vt:lpstr>", `<vt:lpstr>${escapeText(sheet)}</vt:lpstr>`);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return dropEmptyValues(xml);
    if (/^ppt\/slides\/slide\d+\.xml$/.test(name))
      return xml.replace(/(alt)?[Ll]ang="en-US"/g, (m, alt) => (alt ? m : `lang="${lang}"`));
    return xml;
  };
}

/** A theme part with the site's colours as accent1…accent6 (content.ts THEME_ACCENTS). */
export function themeEdit(xml: string): string {
  let out = xml;
  for (const [accent, rgb] of themeAccentColors()) {
    const re = new RegExp(`<a:${accent}>[\\s\\S]*?</a:${accent}>`);
    if (!re.test(out)) throw new Error(`theme: no ${accent}`);
    out = out.replace(re, `<a:${accent}><a:srgbClr val="${rgb}"/></a:${accent}>`);
  }
  return out;
}

/**
 * The speaker notes as paragraphs (a bullet where asked) in the file's language, in place of the one paragraph with
 * line breaks pptxgenjs writes where the notes hold `placeholder`.
 */
export function notesParagraphs(
  xml: string,
  placeholder: string,
  paragraphs: { text: string; bullet?: boolean }[],
  lang: string,
): string {
  const para = new RegExp(`<a:p>(?:(?!<a:p>)[\\s\\S])*?${placeholder}[\\s\\S]*?</a:p>`);
  if (!para.test(xml)) throw new Error("speaker notes: the notes' placeholder paragraph is missing");
  const ps = paragraphs
    .map(
      (p) =>
        `<a:p>${p.bullet ? '<a:pPr marL="171450" indent="-171450"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>' : ""}` +
        `<a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeText(p.text)}</a:t></a:r></a:p>`,
    )
    .join("");
  return xml.replace(para, ps).replace(/lang="en-US"/g, `lang="${lang}"`);
}
