/**
 * The /data catalogue: every CSV served under /data/, with its schema and row count (read from the served file), and
 * its descriptions in the page's language (French: lib/publish/catalogue-fr.ts; the CSVs and datapackage.json stay
 * English, the machine-readable copies).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { SERVED_CSVS, type CsvKind } from "./served-csvs";
import type { Schema } from "../model/schemas";
import { nonAsciiSample } from "./csv-encoding";
import type { Locale } from "../i18n/locales";
import { fieldFr, fileWordsFr, KINDS_FR, licenceFr, sourceFr, TYPES_FR, unitFr } from "./catalogue-fr";

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

/** A catalogue entry as a page shows it: every description in the page's language, the kind and types as words. */
export interface CatalogueEntryView extends CatalogueEntry {
  kindLabel: string;
  fields: (Schema["fields"][number] & { typeLabel: string })[];
}

/** The entries in a language; a file, column, unit, source or licence without French words stops the build. */
export function catalogueIn(entries: readonly CatalogueEntry[], locale: Locale): CatalogueEntryView[] {
  if (locale === "en")
    return entries.map((e) => ({
      ...e,
      kindLabel: e.kind,
      fields: e.fields.map((f) => ({ ...f, typeLabel: f.type })),
    }));
  return entries.map((e) => ({
    ...e,
    ...fileWordsFr(e.file),
    kindLabel: KINDS_FR[e.kind],
    fields: e.fields.map((f) => ({
      ...f,
      description: fieldFr(e.file, f.name, f.description),
      ...(f.unit ? { unit: unitFr(f.unit) } : {}),
      typeLabel: TYPES_FR[f.type],
    })),
    sources: e.sources.map((s) => ({ ...s, title: sourceFr(s.title) })),
    licence: licenceFr(e.licence),
  }));
}
