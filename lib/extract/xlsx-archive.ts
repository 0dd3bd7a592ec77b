/**
 * Checks an .xlsx file as the zip archive it is, before any spreadsheet parser sees it, and finds its error cells.
 *
 * Why: read-excel-file unzips with a streaming reader that follows the local headers and never verifies a CRC-32, so
 * a damaged workbook can read "successfully" with different numbers. Flipping the lowest bit of byte 17952 of
 * data/raw/imf-dots/DOTS_72.xlsx turns France's 2007 exports to Macao (cell AX34) from 50.249614 into 90.249614 with
 * no error; in a fuzz of 300 random one-bit flips of DOTS_18.xlsx, 10 read without error and with changed values.
 * Here the archive is read from its central directory, every entry is inflated (with Node's zlib, capped at the size
 * the directory declares) and its CRC-32 and size are compared with the directory's. The parser is then given a
 * stored (uncompressed) copy rebuilt from these verified entries, so it reads exactly the bytes that were checked.
 *
 * Error cells (`t="e"`, e.g. #DIV/0!) are looked for here too: read-excel-file reads them as empty cells.
 */
import { inflateRawSync } from "node:zlib";
import { zipSync } from "fflate";

/**
 * The most an archive may inflate to, all entries together: the real workbooks inflate to 0.6–1.3 MB. This bounds the
 * memory and time a damaged (or hostile) archive can take, before anything is inflated.
 */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as zip computes it (IEEE 802.3 polynomial); node:zlib's crc32 only exists from Node 20.15. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, "0");

/**
 * The entries of a zip archive, each checked against the central directory (CRC-32, size, name in the local header).
 * Throws `<file>: cannot read the workbook (<what is wrong>)`.
 */
export function checkedEntries(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  const fail = (what: string): never => {
    throw new Error(`${file}: cannot read the workbook (${what})`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : fail(`ends inside a header`));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail(`ends inside a header`));
  const name = (at: number, length: number) => new TextDecoder().decode(bytes.subarray(at, at + length));

  // The end-of-central-directory record: 22 bytes, then a comment of at most 65535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === 0x06054b50 && at + 22 + u16(at + 20) === bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) fail("no end-of-central-directory record: the file is truncated, or is not an .xlsx (zip) file");
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryAt = u32(end + 16);
  if (count === 0xffff || directoryAt === 0xffffffff) fail("zip64 archives are not supported");
  if (directoryAt + directorySize !== end)
    fail(
      `the central directory (bytes ${directoryAt}–${directoryAt + directorySize}) does not end at its end record (${end})`,
    );

  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) fail(`central directory entry ${i + 1} of ${count} is damaged (at byte ${at})`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const packed = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const entry = name(at + 46, nameLength);
    const local = u32(at + 42);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    const what = (problem: string): never => fail(`zip entry ${entry}: ${problem}`);
    if (entries.has(entry)) what("appears twice");
    if (flags & 1) what("is encrypted");
    total += size;
    if (total > MAX_INFLATED_BYTES)
      what(`would bring the inflated archive to ${total} bytes, over the ${MAX_INFLATED_BYTES}-byte limit`);
    if (u32(local) !== 0x04034b50) what(`no local header at byte ${local}`);
    if (name(local + 30, u16(local + 26)) !== entry) what("the local header names another file");
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + packed > directoryAt) what("its data runs into the central directory");
    const content = inflate(bytes.subarray(start, start + packed), method, size, what);
    if (content.length !== size) what(`inflates to ${content.length} bytes, the directory says ${size}`);
    const actual = crc32(content);
    if (actual !== crc) what(`is damaged (CRC-32 ${hex(actual)}, the directory says ${hex(crc)})`);
    entries.set(entry, content);
  }
  return entries;
}

/** An entry's content: stored as is, or deflated (inflated with at most `size` bytes of output). */
function inflate(data: Uint8Array, method: number, size: number, what: (problem: string) => never): Uint8Array {
  if (method === 0) return data;
  if (method !== 8) return what(`uses compression method ${method}, not stored (0) or deflate (8)`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (err) {
    return what(`cannot be inflated (${(err as Error).message})`);
  }
}

/** A stored (uncompressed) zip of the entries, for the parser: it then reads exactly the bytes checked above. */
export function storedCopy(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = Object.create(null);
  for (const [name, content] of entries) files[name] = content;
  return zipSync(files, { level: 0, mtime: "1980-01-01" });
}

const attributes = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
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
    .find((a) => unescapeXml(a.get("name") ?? "") === sheet);
  const id = tag && [...tag].find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1];
  if (!id) return undefined;
  const target = [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get("Id") === id)
    ?.get("Target");
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The first cell of type "e" (an error value such as #DIV/0! or #N/A) in a sheet's XML, if there is one. */
export function firstErrorCell(xml: string): { ref: string; value: string } | undefined {
  for (const m of xml.matchAll(/<(?:\w+:)?c\s([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const a = attributes(m[1]);
    if (a.get("t") !== "e") continue;
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(m[3] ?? "")?.[1];
    return { ref: a.get("r") ?? "?", value: value === undefined ? "(no value)" : unescapeXml(value) };
  }
  return undefined;
}
