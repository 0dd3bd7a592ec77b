/**
 * Everything the pages and downloads need that is computed before `next build`:
 *  - public/data/*.csv — the raw CSVs and the claims spec copied byte for byte, the derived CSVs written by the
 *    data module, and the claims results evaluated from the data;
 *  - generated/svg/<figure>--<variant>--<width>.svg — each chart as static SVG, inlined by the pages.
 * All of it is computed in memory first; files are written only when every input validated.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "../model/csv-parse";
import { toCsv } from "../model/csv-write";
import { derivedTables } from "../derive/tables";
import { loadDataset, type Dataset } from "../model/load";
import { SCHEMAS } from "../model/schemas";
import { FIGURES } from "../figures/registry";
import { renderFigureSvg } from "./chart-svg/render";
import { svgPath, WIDTHS } from "./chart-svg/paths";
import { cssVariables } from "../figures/theme";
import { CLAIMS_FILE, CLAIMS_RESULTS_FILE, loadClaims } from "../model/claims-spec";
import { claimsCsv } from "../derive/claims/evaluate";

export interface Output { path: string; content: string | Buffer }


export function computeOutputs(root: string, ds: Dataset = loadDataset(path.join(root, "data"))): Output[] {
  const outputs: Output[] = [];
  for (const file of [...Object.keys(SCHEMAS), CLAIMS_FILE]) {
    outputs.push({ path: `public/data/${file}`, content: readFileSync(path.join(root, "data", file)) });
  }
  const codes = new Set(ds.countries.keys());
  for (const [file, table] of Object.entries(derivedTables(ds))) {
    const csv = toCsv(table.schema.fields.map((f) => f.name), table.rows);
    parseCsv(`public/data/${file}`, csv, table.schema, codes); // the derived file must pass its own schema
    outputs.push({ path: `public/data/${file}`, content: csv });
  }
  // Claims are evaluated here, so a claim whose computation cannot run stops the build.
  const claims = loadClaims(path.join(root, "data"), codes);
  outputs.push({ path: `public/data/${CLAIMS_RESULTS_FILE}`, content: claimsCsv(ds, claims) });
  for (const fig of FIGURES) {
    for (const v of fig.variants) {
      for (const width of Object.values(WIDTHS)) {
        outputs.push({ path: svgPath(fig.id, v.key, width), content: renderFigureSvg(fig, ds, v.key, width) });
      }
    }
  }
  outputs.push({
    path: "generated/chart-theme.css",
    content: `/* generated from lib/charts/theme.ts */\n:root{${cssVariables("light")}}\n@media (prefers-color-scheme: dark){:root{${cssVariables("dark")}}}\n@media print{:root{${cssVariables("light")}}}\n`,
  });
  return outputs;
}
