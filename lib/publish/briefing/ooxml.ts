/**
 * Makes an Office file (PPTX, DOCX, XLSX: a zip of XML parts) byte-reproducible: the libraries that write them stamp
 * the time of writing into docProps/core.xml and into every zip entry, and pptxgenjs nests a workbook (itself a zip)
 * in each chart. This re-packs the parts, in their order, with lib/publish/zip.ts (fixed entry timestamps), after
 * setting created/modified to the build date, recursively for nested workbooks. The parts' XML is otherwise kept.
 */
import { unzipSync } from "fflate";
import { escapeText } from "../../html";
import { zip } from "../zip";

/** The parts of an Office file, in their order, as name → bytes. */
export function parts(file: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(new Uint8Array(file))).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Re-zips parts deterministically (the order given). */
export const pack = (files: Map<string, Buffer>): Buffer => zip([...files].map(([name, data]) => ({ name, data })));

/** W3CDTF without milliseconds, as Office writes it. */
const w3c = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * Numbers a library counts per process (pptxgenjs numbers charts chart<N>.xml and their workbooks
 * Microsoft_Excel_Worksheet<N>.xlsx across every file it writes), restarted at 1 in each file, in names and in the
 * XML that refers to them: a file's bytes must not depend on what the process wrote before it.
 */
export function renumber(files: Map<string, Buffer>, stems: string[]): Map<string, Buffer> {
  const map = new Map<string, string>();
  for (const stem of stems) {
    const re = new RegExp(`${stem}(\\d+)\\.`);
    const seen = [...new Set([...files.keys()].map((n) => re.exec(n)?.[1]).filter((n): n is string => !!n))];
    seen.sort((a, b) => Number(a) - Number(b)).forEach((n, i) => map.set(`${stem}${n}.`, `${stem}${i + 1}.`));
  }
  if (!map.size) return files;
  const re = new RegExp([...map.keys()].map((k) => k.replace(/\./g, "\\.")).join("|"), "g");
  const swap = (text: string) => text.replace(re, (m) => map.get(m)!);
  const out = new Map<string, Buffer>();
  for (const [name, data] of files) {
    const text = /\.(xml|rels)$/.test(name) ? Buffer.from(swap(data.toString("utf8")), "utf8") : data;
    out.set(swap(name), text);
  }
  return out;
}

/** Rewrites one XML part (name, text) → text. */
export type PartEdit = (name: string, xml: string) => string;

export function normaliseOoxml(file: Buffer, date: Date, stems: string[] = [], edit?: PartEdit): Buffer {
  const files = renumber(parts(file), stems);
  for (const [name, data] of files) {
    if (/\.xlsx$/i.test(name)) files.set(name, normaliseOoxml(data, date, [], edit));
    else if (/\.(xml|rels)$/.test(name)) {
      let xml = data.toString("utf8");
      if (name === "docProps/core.xml")
        xml = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3c(date)}$3`);
      if (edit) xml = edit(name, xml);
      files.set(name, Buffer.from(xml, "utf8"));
    }
  }
  return pack(files);
}

/**
 * Gives a file written without document properties (write-excel-file writes no docProps/core.xml) its title,
 * subject, author and language, registered as Office registers them; the dates are set by normaliseOoxml.
 */
export function withCoreProperties(
  file: Buffer,
  props: { title: string; subject: string; creator: string; language: string },
): Buffer {
  const files = parts(file);
  if (files.has("docProps/core.xml")) throw new Error("withCoreProperties: the file already has docProps/core.xml");
  const text = (name: string) => {
    const data = files.get(name);
    if (!data) throw new Error(`withCoreProperties: the file has no ${name}`);
    return data.toString("utf8");
  };
  files.set(
    "docProps/core.xml",
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:title>${escapeText(props.title)}</dc:title><dc:subject>${escapeText(props.subject)}</dc:subject>` +
        `<dc:creator>${escapeText(props.creator)}</dc:creator><cp:lastModifiedBy>${escapeText(props.creator)}</cp:lastModifiedBy>` +
        `<dc:language>${escapeText(props.language)}</dc:language>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF"></dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF"></dcterms:modified>` +
        `</cp:coreProperties>`,
      "utf8",
    ),
  );
  files.set(
    "_rels/.rels",
    Buffer.from(
      text("_rels/.rels").replace(
        "</Relationships>",
        `<Relationship Id="rIdCoreProperties" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
      ),
      "utf8",
    ),
  );
  files.set(
    "[Content_Types].xml",
    Buffer.from(
      text("[Content_Types].xml").replace(
        "</Types>",
        `<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/></Types>`,
      ),
      "utf8",
    ),
  );
  return pack(files);
}
