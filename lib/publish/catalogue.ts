/** The /data catalogue: every CSV served under /data/, with its schema and row count (read from the served file). */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { SERVED_CSVS, type CsvKind } from "./served-csvs";
import type { Schema } from "../model/schemas";
import { nonAsciiSample } from "./csv-encoding";

export interface CatalogueEntry extends Schema {
  rows: number;
  bytes: number;
  kind: CsvKind;
  /** a word of the file with a non-ASCII character (e.g. "Türkiye"), if any: the file must be opened as UTF-8 */
  nonAscii?: string;
}

/** Reads public/data/, written by the build (lib/publish/prebuild.ts) from data/ and the derived data. */
export function catalogue(dir = path.join(process.cwd(), "public/data")): CatalogueEntry[] {
  return SERVED_CSVS.map(({ file, schema, kind }) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
    return { ...schema, rows, bytes: Buffer.byteLength(text), kind, nonAscii: nonAsciiSample(text) };
  });
}
