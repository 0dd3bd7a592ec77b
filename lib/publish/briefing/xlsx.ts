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
import { normaliseOoxml } from "./ooxml";
import { message, wordsOf } from "../../i18n/translate";

/** A column's header: its label, and its unit from the CSV's schema unless the label already states one. */
export function headerOf(label: string, unit: string | undefined): string {
  return unit && !label.includes("(") ? `${label} (${unit})` : label;
}

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
  const data: SheetData = [
    cols.map((c) => ({ value: headerOf(c.label, unitOf(c.key)), fontWeight: "bold" as const, wrap: true })),
    ...b.table.rows.map((r) =>
      cols.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return null;
        if (typeof v === "number")
          return { value: v, type: Number, format: c.decimals ? `#,##0.${"0".repeat(c.decimals)}` : "0" };
        return { value: String(v), type: String };
      }),
    ),
  ];
  const about: [string, string][] = [
    [a.title, b.title],
    [a.units, b.units],
    [a.table, b.table.caption],
    ...b.takeaways.map((t, i): [string, string] => [i === 0 ? a.takeaways : "", t]),
    [a.source, b.source],
    ...b.links.map((l, i): [string, string] => [i === 0 ? a.links : "", `${l.label}: ${l.url}`]),
    ...b.notes.map((n, i): [string, string] => [i === 0 ? a.notes : "", n]),
    [a.licence, b.licence],
    [a.page, b.pageUrl],
    [a.fullData, b.csvUrl],
    [a.publishedBy, b.siteName],
  ];
  const aboutData: SheetData = about.map(([k, v]) => [
    k ? { value: k, fontWeight: "bold" as const } : null,
    { value: v, type: String, wrap: true },
  ]);
  const file = await writeXlsxFile([
    {
      sheet: message(b.locale, "chartText.sheetData"),
      data,
      columns: cols.map((c) => ({ width: c.numeric ? 18 : Math.max(10, c.label.length + 2) })),
      stickyRowsCount: 1,
    },
    { sheet: message(b.locale, "chartText.sheetAbout"), data: aboutData, columns: [{ width: 16 }, { width: 110 }] },
  ]).toBuffer();
  return normaliseOoxml(Buffer.from(file), date);
}
