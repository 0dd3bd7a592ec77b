/**
 * Every CSV served under /data/, with its schema and kind: the one list that the prebuild step, the /data
 * catalogue and datapackage.json all read, so nothing is served undocumented. Every schema here has its words as
 * message ids (lib/model/schemas.ts, derived-schemas.ts, claims-spec.ts).
 */
import { SCHEMAS, type CsvSchema } from "../model/schemas";
import { DERIVED_SCHEMAS } from "../model/derived-schemas";
import { CLAIMS_RESULTS_SCHEMA, CLAIMS_SCHEMA } from "../model/claims-spec";

export type CsvKind = "source data" | "derived at build" | "claims specification" | "claims results";
export interface ServedCsv {
  file: string;
  schema: CsvSchema;
  kind: CsvKind;
}

export const SERVED_CSVS: ServedCsv[] = [
  ...Object.values(DERIVED_SCHEMAS).map((schema) => ({ file: schema.file, schema, kind: "derived at build" as const })),
  {
    file: CLAIMS_RESULTS_SCHEMA.file,
    schema: CLAIMS_RESULTS_SCHEMA,
    kind: "claims results",
  },
  {
    file: CLAIMS_SCHEMA.file,
    schema: CLAIMS_SCHEMA,
    kind: "claims specification",
  },
  ...Object.values(SCHEMAS).map((schema) => ({ file: schema.file, schema, kind: "source data" as const })),
];
