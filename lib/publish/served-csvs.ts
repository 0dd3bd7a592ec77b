/**
 * Every CSV served under /data/, with its schema and kind: the one list that the prebuild step, the /data
 * catalogue and datapackage.json all read, so nothing is served undocumented. Every schema here has its words as
 * message ids (lib/model/schemas.ts); the claims files' schemas, which lib/model/claims-spec.ts still writes with
 * inline English, get theirs below (a test checks that inline English against messages/en.json).
 */
import { SCHEMAS, type CsvSchema, type InlineSchema, type Licence, type Schema } from "../model/schemas";
import { DERIVED_SCHEMAS } from "../model/derived-schemas";
import { CLAIMS_RESULTS_SCHEMA, CLAIMS_SCHEMA } from "../model/claims-spec";
import type { MessageId } from "../i18n/translate";

export type CsvKind = "source data" | "derived at build" | "claims specification" | "claims results";
export interface ServedCsv {
  file: string;
  schema: CsvSchema;
  kind: CsvKind;
}

/** A schema that states its English inline, with message ids instead: the file's own `data.<stem>.*` messages, the
 *  claims spec's for the columns both claims files share, and one `source.*` message per source, in order. */
function worded(schema: Schema, sources: readonly MessageId[], licence: Licence): CsvSchema {
  if (typeof schema.title !== "string") return schema as CsvSchema; // already worded by id
  const inline = schema as InlineSchema;
  if (inline.sources.length !== sources.length)
    throw new Error(`${inline.file}: ${inline.sources.length} sources, ${sources.length} source messages`);
  const stem = inline.file.replace(/\.csv$/, "");
  const shared = new Set(CLAIMS_SCHEMA.fields.map((f) => f.name));
  return {
    file: inline.file,
    title: { id: `data.${stem}.title` as MessageId },
    description: { id: `data.${stem}.description` as MessageId },
    fields: inline.fields.map(({ description: _, ...f }) =>
      inline.file !== CLAIMS_SCHEMA.file && shared.has(f.name)
        ? { ...f, words: { id: `data.claims.column.${f.name}` as MessageId } }
        : f,
    ),
    primaryKey: inline.primaryKey,
    sources: inline.sources.map(({ title: _, ...s }, i) => ({ ...s, words: { id: sources[i] } })),
    licence,
  };
}

export const SERVED_CSVS: ServedCsv[] = [
  ...Object.values(DERIVED_SCHEMAS).map((schema) => ({ file: schema.file, schema, kind: "derived at build" as const })),
  {
    file: CLAIMS_RESULTS_SCHEMA.file,
    schema: worded(CLAIMS_RESULTS_SCHEMA, ["source.article", "source.claimsSpec"], ["claimsResults"]),
    kind: "claims results",
  },
  {
    file: CLAIMS_SCHEMA.file,
    schema: worded(CLAIMS_SCHEMA, ["source.article"], ["claimsSpec"]),
    kind: "claims specification",
  },
  ...Object.values(SCHEMAS).map((schema) => ({ file: schema.file, schema, kind: "source data" as const })),
];
