/**
 * The /data catalogue: every CSV served under /data/, with its schema, row count and size (counted in the bytes as
 * the build serves them, computed in memory by the same code, ./csv-files.ts, from the page renderer's derivation of
 * the same data), and
 * its words in a language: the schemas name message ids (lib/model/schemas.ts), worded here through
 * lib/i18n/translate.ts and messages/<locale>.json, the same path for every language (datapackage.json renders the
 * same ids in English). A file, column, unit, source or licence without its message in a catalogue stops the build,
 * naming the file, the column and the catalogue.
 */
import Papa from "papaparse";
import { SERVED_CSVS, type CsvKind } from "./served-csvs";
import { servedCsvFiles } from "./csv-files";
import type { Output } from "./files";
import { derived } from "../derive";
import {
  columnWords,
  type CsvSchema,
  type Field,
  type FieldType,
  type Licence,
  type LicencePart,
  type UnitId,
} from "../model/schemas";
import { nonAsciiSample } from "./csv-encoding";
import type { Locale } from "../i18n/locales";
import { missingMessage, translate, translateRuns, type MessageId, type Plan, type Run } from "../i18n/translate";

export interface CatalogueEntry extends CsvSchema {
  rows: number;
  bytes: number;
  kind: CsvKind;
  /** a word of the file with a non-ASCII character (e.g. "Türkiye"), if any: the file must be opened as UTF-8 */
  nonAscii?: string;
}

let servedHere: readonly Output[] | undefined;
/** Every served CSV with its rows and bytes, from the CSVs as the build serves them (./csv-files.ts). */
export function catalogue(): CatalogueEntry[] {
  servedHere ??= servedCsvFiles(process.cwd(), derived());
  const served = new Map(servedHere.map((f) => [f.path, f.content]));
  return SERVED_CSVS.map(({ file, schema, kind }) => {
    const content = served.get(`data/${file}`);
    if (content === undefined)
      throw new Error(`data/${file} is listed in SERVED_CSVS but the build serves no such file`);
    const text = content.toString();
    const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
    return { ...schema, rows, bytes: Buffer.byteLength(text), kind, nonAscii: nonAsciiSample(text) };
  });
}

const KIND_WORDS: Record<CsvKind, MessageId> = {
  "source data": "csvKind.source",
  "derived at build": "csvKind.derived",
  "claims specification": "csvKind.claimsSpec",
  "claims results": "csvKind.claimsResults",
};
/** The catalogue's messages name no country by code (a reporter is a `select` on its code). */
const CONTEXT = {
  country: (code: string): never => {
    throw new Error(`the data catalogue names a country by code (${code}): give its message a select instead`);
  },
};

/** A plan in a language; a message missing from the catalogue stops the build, naming what it words. */
export function wordsIn(locale: Locale, plan: Plan, what: string): string {
  const id = missingMessage(locale, plan);
  if (id) throw new Error(`${what} has no words in messages/${locale}.json (message "${id}")`);
  return translate(locale, plan, CONTEXT);
}

/** A plan's words as runs (translateRuns), stopping the build as wordsIn does when a message is missing. */
export function runsIn(locale: Locale, plan: Plan, what: string): Run[] {
  const id = missingMessage(locale, plan);
  if (id) throw new Error(`${what} has no words in messages/${locale}.json (message "${id}")`);
  return translateRuns(locale, plan, CONTEXT);
}

export const unitWords = (unit: UnitId): Plan => ({ id: `unit.${unit}` as MessageId });

/** A licence as one plan: its parts joined by `licence.parts`, a pair by `licence.both`, a row scope by
 *  `licence.rows`, the rows named by `licence.scope.<rows>`. */
export function licenceWords(licence: Licence): Plan {
  const part = (p: LicencePart): Plan =>
    typeof p === "string"
      ? { id: `licence.${p}` as MessageId }
      : "rows" in p
        ? {
            id: "licence.rows",
            args: { rows: { id: `licence.scope.${p.rows}` as MessageId }, licence: licenceWords(p.licence) },
          }
        : { id: "licence.both", args: { first: part(p[0]), rest: part(p[1]) } };
  if (licence.length === 0) throw new Error("a licence has no parts");
  const [first, ...rest] = licence;
  return rest.length === 0
    ? part(first)
    : { id: "licence.parts", args: { first: part(first), rest: licenceWords(rest) } };
}

/** A file's licence in a language. */
export const licenceIn = (schema: CsvSchema, locale: Locale): string =>
  wordsIn(locale, licenceWords(schema.licence), `the licence of ${schema.file}`);

/** A column's description in a language. */
export const columnIn = (file: string, field: Field, locale: Locale): string =>
  wordsIn(locale, columnWords(file, field), `column ${field.name} of ${file}`);

/** A unit in a language. */
export const unitIn = (unit: UnitId, locale: Locale, where: string): string =>
  wordsIn(locale, unitWords(unit), `the unit "${unit}" of ${where}`);

/** A catalogue entry as a page shows it: every description in the page's language, the kind and types as words. */
export interface CatalogueEntryView extends Omit<
  CatalogueEntry,
  "title" | "description" | "fields" | "sources" | "licence"
> {
  title: string;
  description: string;
  kindLabel: string;
  fields: (Omit<Field, "words" | "description" | "unit"> & { description: string; unit?: string; typeLabel: string })[];
  /** each source's name, as runs (a title kept in English is its own run, rendered with its lang) */
  sources: { title: Run[]; path?: string; url?: string }[];
  /** as runs too (a credit line quoted in English is its own run) */
  licence: Run[];
}

const typeWords = (type: FieldType): Plan => ({ id: `fieldType.${type}` as MessageId });

/** The entries in a language, every word from messages/<locale>.json. */
export function catalogueIn(entries: readonly CatalogueEntry[], locale: Locale): CatalogueEntryView[] {
  return entries.map((e) => ({
    ...e,
    title: wordsIn(locale, e.title, `the title of ${e.file}`),
    description: wordsIn(locale, e.description, `the description of ${e.file}`),
    kindLabel: wordsIn(locale, { id: KIND_WORDS[e.kind] }, `the kind "${e.kind}" of ${e.file}`),
    fields: e.fields.map((field) => {
      const { words: _, unit, ...f } = field;
      return {
        ...f,
        description: columnIn(e.file, field, locale),
        ...(unit ? { unit: unitIn(unit, locale, `column ${f.name} of ${e.file}`) } : {}),
        typeLabel: wordsIn(locale, typeWords(f.type), `the type of column ${f.name} of ${e.file}`),
      };
    }),
    sources: e.sources.map(({ words, ...s }) => ({
      ...s,
      title: runsIn(locale, words, `a source of ${e.file}`),
    })),
    licence: runsIn(locale, licenceWords(e.licence), `the licence of ${e.file}`),
  }));
}
