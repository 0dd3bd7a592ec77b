/**
 * The deterministic zip of the data package (out/data/fr-ru-trade-data.zip), written with fflate's zipSync. Every
 * entry carries the same fixed timestamp (1980-01-01 00:00:00, the earliest a zip's DOS timestamp can hold, the
 * usual choice of reproducible builds) and the same Unix permissions (rw-r--r--), so the same inputs give the same
 * bytes on any machine: fflate's deflate is plain JavaScript, independent of the Node/zlib version. Each entry is
 * deflated (level 9) when that makes it smaller, else stored. Entry names are checked first: relative, no "..",
 * no backslash, no duplicates.
 */
import { deflateSync, zipSync, type Zippable } from "fflate";

export interface ZipEntry {
  name: string;
  data: string | Buffer;
}

const UNIX = 3; // "version made by" host: the external attributes hold a Unix mode
const FILE_MODE = 0o100644; // regular file, rw-r--r--

export function zip(entries: ZipEntry[]): Buffer {
  // local midnight, made at each call: fflate writes the DOS timestamp from the local time of the Date, so this is
  // 1980-01-01 00:00:00 in whatever time zone the process is in now
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const files: Zippable = {};
  for (const entry of entries) {
    const { name } = entry;
    if (!name || name.startsWith("/") || name.split("/").includes("..") || name.includes("\\")) {
      throw new Error(`zip: invalid entry name "${name}"`);
    }
    // an object lists integer-like keys first, whatever the insertion order: refuse them rather than reorder
    if (/^\d+$/.test(name))
      throw new Error(`zip: entry name "${name}" is a bare number, which would change the entry order`);
    if (Object.hasOwn(files, name)) throw new Error(`zip: duplicate entry "${name}"`);
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data;
    const level = deflateSync(data, { level: 9 }).length < data.length ? 9 : 0;
    files[name] = [data, { level, mtime, os: UNIX, attrs: FILE_MODE << 16 }];
  }
  return Buffer.from(zipSync(files));
}
