/**
 * Checks an .xlsx file as the zip archive it is, before any spreadsheet parser sees it, and finds its error cells.
 *
 * Why: read-excel-file unzips with a streaming reader that follows the local headers and never verifies a CRC-32, so
 * a damaged workbook can read "successfully" with different numbers. Flipping the lowest bit of byte 17952 of
 * data/raw/imf-dots/DOTS_72.xlsx turns France's 2007 exports to Macao (cell AX34) from 50.249614 into 90.249614 with
 * no error; in a fuzz of 300 random one-bit flips of DOTS_18.xlsx, 10 read without error and with changed values.
 * Here the archive is opened with yauzl (central directory, local headers, sizes validated), every entry is inflated
 * with a cap on the total, and its CRC-32 (computed by Node's zlib) is compared with the directory's. The parser is
 * then given a stored (uncompressed) copy rebuilt from these verified entries, so it reads exactly the bytes checked.
 *
 * Error cells (`t="e"`, e.g. #DIV/0!) and formula cells are looked for here too: read-excel-file reads the first as
 * empty cells and the second as whatever result was cached when the file was last saved.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { decodeXML } from "entities";
import { zipSync } from "fflate";
import yauzl from "yauzl";

/**
 * The most an archive may inflate to, all entries together: the real workbooks inflate to 0.6–1.3 MB. This bounds the
 * memory and time a damaged (or hostile) archive can take, before anything is inflated.
 */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** CRC-32 of some bytes, as zlib computes it: the trailer of a gzip member (stored, level 0) carries it. Node's
 *  zlib.crc32 would do the same but only exists from Node 20.15; package.json allows 20.9. */
export function crc32(bytes: Uint8Array): number {
  const gz = gzipSync(bytes, { level: 0 });
  return gz.readUInt32LE(gz.length - 8);
}

const hex = (n: number) => n.toString(16).padStart(8, "0");

/** The parts the sheets are found through: a damaged name of one of them shows up as one missing. A damaged name of
 *  another part is harmless: its content was verified, and the reader does not use it. */
const REQUIRED_ENTRIES = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

function content(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", reject);
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/**
 * The entries of a zip archive, each checked against the central directory (size, CRC-32).
 * Rejects with `<file>: cannot read the workbook (<what is wrong>)`.
 */
export async function checkedEntries(bytes: Uint8Array, file: string): Promise<Map<string, Uint8Array>> {
  const fail = (what: string) => new Error(`${file}: cannot read the workbook (${what})`);
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (err) {
    throw fail(`not a readable .xlsx (zip) file: ${(err as Error).message}`);
  }
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        zip.once("entry", resolve);
        zip.once("end", () => resolve(undefined));
        zip.once("error", reject);
        zip.readEntry();
      });
      zip.removeAllListeners();
      if (!entry) break;
      const name = entry.fileName;
      const what = (problem: string) => fail(`zip entry ${name}: ${problem}`);
      if (entries.has(name)) throw what("appears twice");
      if (entry.isEncrypted()) throw what("is encrypted");
      total += entry.uncompressedSize;
      if (total > MAX_INFLATED_BYTES) {
        throw what(`would bring the inflated archive to ${total} bytes, over the ${MAX_INFLATED_BYTES}-byte limit`);
      }
      let data: Buffer;
      try {
        data = await content(zip, entry);
      } catch (err) {
        throw what((err as Error).message);
      }
      const actual = crc32(data);
      if (actual !== entry.crc32)
        throw what(`is damaged (CRC-32 ${hex(actual)}, the directory says ${hex(entry.crc32)})`);
      entries.set(name, data);
    }
  } catch (err) {
    const message = (err as Error).message;
    throw message.startsWith(`${file}: `) ? err : fail(message);
  } finally {
    zip.close();
  }
  for (const name of REQUIRED_ENTRIES) if (!entries.has(name)) throw fail(`zip entry ${name} is missing`);
  return entries;
}

/** Reads the workbook `file` (relative to `root`, quoted as given in every message) and checks it as a zip. */
export async function readCheckedWorkbook(root: string, file: string): Promise<Map<string, Uint8Array>> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (err) {
    throw new Error(`${file}: cannot read the workbook (${(err as Error).message})`);
  }
  return checkedEntries(bytes, file);
}

/** A stored (uncompressed) zip of the entries, for the parser: it then reads exactly the bytes checked above. */
export function storedCopy(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = Object.create(null);
  for (const [name, content] of entries) files[name] = content;
  return zipSync(files, { level: 0, mtime: "1980-01-01" });
}

const attributes = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
const text = (entries: ReadonlyMap<string, Uint8Array>, entry: string) => {
  const bytes = entries.get(entry);
  return bytes && new TextDecoder().decode(bytes);
};

/** The archive path of a sheet's XML, from xl/workbook.xml and its relationships; undefined when not found. */
export function sheetPath(entries: ReadonlyMap<string, Uint8Array>, sheet: string): string | undefined {
  const workbook = text(entries, "xl/workbook.xml") ?? "";
  const rels = text(entries, "xl/_rels/workbook.xml.rels") ?? "";
  const tag = [...workbook.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => decodeXML(a.get("name") ?? "") === sheet);
  const id = tag && [...tag].find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1];
  if (!id) return undefined;
  const target = [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get("Id") === id)
    ?.get("Target");
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A cell that is not a plain value: an error value (`t="e"`, such as #DIV/0! or #N/A) or a formula. */
export interface NonValueCell {
  ref: string;
  kind: "error" | "formula";
  /** the error value, or the formula's text (empty for a cell that shares another cell's formula) */
  value: string;
  /** the value a formula cell holds as its last result, if any */
  cached?: string;
}

/**
 * The first cell of a sheet's XML that is not a plain value: an error value, or a formula (an `<f>` element, shared
 * and array formulas included). read-excel-file reads a formula cell as its cached result, or as an empty cell when
 * there is none, and a cached result is whatever the last program to save the file left there (`1+1` cached as 2,
 * an external link's stale value), so a formula is never taken as data.
 */
export function firstNonValueCell(xml: string): NonValueCell | undefined {
  for (const m of xml.matchAll(/<(?:\w+:)?c\s([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const a = attributes(m[1]);
    const body = m[3] ?? "";
    const cached = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    const ref = a.get("r") ?? "?";
    if (a.get("t") === "e")
      return { ref, kind: "error", value: cached === undefined ? "(no value)" : decodeXML(cached) };
    const formula = /<(?:\w+:)?f(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:\w+:)?f>)/.exec(body);
    if (formula)
      return {
        ref,
        kind: "formula",
        value: decodeXML(formula[1] ?? ""),
        ...(cached === undefined ? {} : { cached: decodeXML(cached) }),
      };
  }
  return undefined;
}

/**
 * Throws, naming `file [sheet]` and the cell, when the sheet's XML is not in the archive or holds a cell that is not a
 * plain value (firstNonValueCell: an error value, which read-excel-file reads as an empty cell, or a formula, which it
 * reads as its cache). Every reader of a workbook searches the XML this way: the raw sources hold values only.
 */
export function checkCellsHoldValues(entries: ReadonlyMap<string, Uint8Array>, file: string, sheet: string): void {
  const where = `${file} [${sheet}]`;
  const xmlPath = sheetPath(entries, sheet);
  const xml = xmlPath === undefined ? undefined : entries.get(xmlPath);
  if (!xml) throw new Error(`${where}: the sheet's XML is not in the archive`);
  const cell = firstNonValueCell(new TextDecoder().decode(xml));
  if (cell?.kind === "error")
    throw new Error(`${where}!${cell.ref}: error value ${cell.value} (a failed formula) where a value belongs`);
  if (cell?.kind === "formula") {
    const formula = cell.value === "" ? "a shared formula" : `formula =${cell.value}`;
    const cache = cell.cached === undefined ? "no cached value" : `cached value ${cell.cached}`;
    throw new Error(`${where}!${cell.ref}: ${formula} (${cache}) where a value belongs; the sources hold values only`);
  }
}
