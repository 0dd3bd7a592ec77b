/**
 * A small deterministic zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no zip64,
 * no data descriptors). Every entry carries the same fixed DOS timestamp and permissions, so the same inputs give
 * the same bytes. Each entry is deflated (zlib.deflateRawSync, level 9) when that makes it smaller, else stored.
 * Deflated bytes are fixed for a given Node/zlib version, so the zip is byte-reproducible on one toolchain.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry { name: string; data: string | Buffer }

/** 1980-01-01 00:00:00, the first instant a DOS timestamp can hold (the usual choice of reproducible builds). */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800; // general purpose flag bit 11: names are UTF-8
const MADE_BY_UNIX = (3 << 8) | 20; // host 3 (Unix), spec version 2.0
const FILE_MODE = 0o100644; // regular file, rw-r--r--
const LIMIT = 0xffffffff;

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    if (!entry.name || entry.name.startsWith("/") || entry.name.split("/").includes("..") || entry.name.includes("\\")) {
      throw new Error(`zip: invalid entry name "${entry.name}"`);
    }
    if (seen.has(entry.name)) throw new Error(`zip: duplicate entry "${entry.name}"`);
    seen.add(entry.name);
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data;
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    if (data.length >= LIMIT || offset + body.length >= LIMIT) throw new Error(`zip: "${entry.name}" needs zip64, which this writer does not do`);
    const name = Buffer.from(entry.name, "utf8");
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number start, internal attributes: all 0
    central.writeUInt32LE((FILE_MODE << 16) >>> 0, 38); // external attributes: Unix mode in the high 16 bits
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  if (entries.length > 0xffff) throw new Error("zip: more than 65535 entries needs zip64");
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk (disk numbers at 4 and 6 stay 0)
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
