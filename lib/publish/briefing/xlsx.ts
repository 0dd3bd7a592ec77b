/**
 * The Excel file of a figure: sheet "Data", the chart's table with numbers stored as numbers (formatted as the page
 * prints them) and each header carrying its unit (the CSV schema's, in the words the data catalogue gives it:
 * `unit.*` in messages/<locale>.json), frozen under the header; sheet "About", the title, units, view, takeaways,
 * source, links, notes, licence and the page's and CSV's addresses. Excel opens it without an import step, whatever
 * the system's encoding or list separator (a CSV needs both chosen right). Written by write-excel-file, then re-packed
 * by ./ooxml.ts for identical bytes.
 */
import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { SERVED_CSVS } from "../served-csvs";
import { unitIn } from "../catalogue";
import type { Briefing } from "./content";
import { normaliseOoxml, withCoreProperties } from "./ooxml";
import { INTL_TAG } from "../../i18n/locales";
import { message, wordsOf } from "../../i18n/translate";

/** A column's header: its label, and its unit from the CSV's schema unless the label already states one; a unit that
 *  begins with the label's words ("Projects" and "projects (count)") adds only the rest ("Projects (count)"). */
export function headerOf(label: string, unit: string | undefined): string {
  if (!unit || label.includes("(")) return label;
  if (unit.toLocaleLowerCase().startsWith(`${label.toLocaleLowerCase()} `))
    return `${label}${unit.slice(label.length)}`;
  return `${label} (${unit})`;
}

/** A column's width in characters, and the lines its header takes at that width (Calc and Excel keep a row one line
 *  high unless told its height). */
const widthOf = (numeric: boolean, label: string) => (numeric ? 18 : Math.max(10, Math.min(40, label.length + 2)));
const linesIn = (text: string, width: number): number => {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (used > 0 && used + 1 + word.length > width - 1) {
      lines++;
      used = word.length;
    } else used += (used ? 1 : 0) + word.length;
  }
  return lines;
};
/** points a line of the default 11 pt body font takes */
const LINE_PT = 15;
/** the About sheet's text column, in characters */
const ABOUT_WIDTH = 75;

export async function xlsxFile(b: Briefing, csv: string, date: Date): Promise<Buffer> {
  const schema = SERVED_CSVS.find((c) => c.file === csv)?.schema;
  if (!schema) throw new Error(`${b.id}.xlsx: ${csv} is not served`);
  const unitOf = (key: string) => {
    const unit = schema.fields.find((f) => f.name === key)?.unit;
    return unit === undefined ? undefined : unitIn(unit, b.locale, `column ${key} of ${csv} (${b.id}.xlsx)`);
  };
  const a = wordsOf(b.locale, "chartText.about", [
    "title",
    "units",
    "table",
    "takeaways",
    "source",
    "links",
    "notes",
    "licence",
    "page",
    "fullData",
    "publishedBy",
  ] as const);
  const cols = b.table.columns;
  const headers = cols.map((c) => headerOf(c.label, unitOf(c.key)));
  const widths = cols.map((c) => widthOf(!!c.numeric, c.label));
  const headerHeight = LINE_PT * Math.max(...headers.map((h, i) => linesIn(h, widths[i])));
  const data: SheetData = [
    headers.map((h) => ({
      value: h,
      fontWeight: "bold" as const,
      wrap: true,
      alignVertical: "top" as const,
      height: headerHeight,
    })),
    ...b.table.rows.map((r) =>
      cols.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return null;
        if (typeof v === "number")
          return { value: v, type: Number, format: c.decimals ? `#,##0.${"0".repeat(c.decimals)}` : "#,##0" };
        // a CSV code in the language's words, as the page shows it
        return { value: c.labels?.[String(v)] ?? String(v), type: String };
      }),
    ),
  ];
  const about: [string, string][] = [
    [a.title, b.title],
    [a.units, b.units],
    [a.table, b.table.caption],
    ...b.takeaways.map((t, i): [string, string] => [i === 0 ? a.takeaways : "", t]),
    [a.source, b.source],
    ...b.links.map((l, i): [string, string] => [
      i === 0 ? a.links : "",
      message(b.locale, "chartText.link", { label: l.label, url: l.url }),
    ]),
    ...b.notes.map((n, i): [string, string] => [i === 0 ? a.notes : "", n]),
    [a.licence, b.licence],
    [a.page, b.pageUrl],
    [a.fullData, b.csvUrl],
    [a.publishedBy, b.siteName],
  ];
  // each row as tall as its wrapped text (Calc and Excel keep it one line high otherwise, the rest hidden), the text
  // column as wide as a portrait page holds beside the labels
  const aboutData: SheetData = about.map(([k, v]) => [
    k ? { value: k, fontWeight: "bold" as const, alignVertical: "top" as const } : null,
    { value: v, type: String, wrap: true, alignVertical: "top" as const, height: LINE_PT * linesIn(v, ABOUT_WIDTH) },
  ]);
  const file = await writeXlsxFile([
    {
      sheet: message(b.locale, "chartText.sheetData"),
      data,
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    },
    {
      sheet: message(b.locale, "chartText.sheetAbout"),
      data: aboutData,
      columns: [{ width: 16 }, { width: ABOUT_WIDTH }],
    },
  ]).toBuffer();
  return normaliseOoxml(
    withCoreProperties(Buffer.from(file), {
      title: b.title,
      subject: b.units,
      creator: b.siteName,
      language: INTL_TAG[b.locale],
    }),
    date,
  );
}
