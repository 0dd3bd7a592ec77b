/**
 * Every CSV the site serves under /data/, as its bytes, computed in memory from data/ and the derived data: the source
 * CSVs and the claims spec copied byte for byte, the derived CSVs (claims results included) written from the derived
 * tables and each checked against its own schema, and each view's rows of a CSV that holds several views
 * (./view-csv.ts). The build writes them into the site (lib/publish/postbuild.ts); the data page counts their rows
 * from the same bytes (./catalogue.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Derived } from "../derive";
import { FIGURES } from "../figures/registry";
import { parseCsv } from "../model/csv-parse";
import { toCsv } from "../model/csv-write";
import type { Output } from "./files";
import { SERVED_CSVS } from "./served-csvs";
import { viewCsvFiles } from "./view-csv";

/** The CSVs of SERVED_CSVS, and only those, at their paths in the site (`data/<file>`), then the views' CSVs. */
export function servedCsvFiles(root: string, d: Derived): Output[] {
  const outputs: Output[] = [];
  // every CSV of SERVED_CSVS, and only those: source files and the claims spec byte for byte from data/, the
  // derived ones written from d.tables and checked against their own schema
  const codes = new Set(d.ds.countries.keys());
  const derivedFiles = new Set(Object.keys(d.tables));
  for (const { file, kind } of SERVED_CSVS) {
    if (kind === "source data" || kind === "claims specification") {
      outputs.push({ path: `data/${file}`, content: readFileSync(path.join(root, "data", file)) });
      continue;
    }
    const table = d.tables[file];
    if (!table) throw new Error(`data/${file} is listed in SERVED_CSVS (${kind}) but derive() computes no such table`);
    derivedFiles.delete(file);
    const csv = toCsv(
      table.schema.fields.map((f) => f.name),
      table.rows,
    );
    parseCsv(`data/${file}`, csv, table.schema, codes); // the derived file must pass its own schema
    outputs.push({ path: `data/${file}`, content: csv });
  }
  if (derivedFiles.size)
    throw new Error(`derive() computes ${[...derivedFiles].join(", ")}, which SERVED_CSVS does not list`);
  outputs.push(...viewCsvFiles(FIGURES, d));
  return outputs;
}
