/**
 * Publish, part 1 (runs before `next build`): everything the pages and downloads need, computed in memory from the
 * derived data; files are written by the caller only when every input validated.
 *  - public/data/*.csv: the source CSVs and the claims spec copied byte for byte, the derived CSVs (claims results
 *    included), each checked against its own schema;
 *  - generated/svg/<figure>--<variant>--<width>.svg: each view of each figure as static SVG, inlined by the pages,
 *    with generated/svg/sizes.json (width and height of each);
 *  - generated/chart-theme.css: the chart colours as CSS variables.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { derive, type Derived } from "../derive/index";
import { FIGURES } from "../figures/registry";
import { cssVariables } from "../figures/theme";
import { CLAIMS_FILE, loadClaims } from "../model/claims-spec";
import { parseCsv } from "../model/csv-parse";
import { toCsv } from "../model/csv-write";
import { loadDataset } from "../model/load";
import { SCHEMAS } from "../model/schemas";
import { renderChartSvg } from "./chart-svg/render";
import { sizeKey, SIZES_PATH, svgPath, WIDTHS } from "./chart-svg/paths";

export interface Output {
  path: string;
  content: string | Buffer;
}

/** Loads and derives the data of `root`/data (the project, or a scratch copy in tests). */
export function deriveFrom(root: string): Derived {
  const ds = loadDataset(path.join(root, "data"));
  return derive(ds, loadClaims(path.join(root, "data"), new Set(ds.countries.keys())));
}

export function computeOutputs(root: string, d: Derived = deriveFrom(root)): Output[] {
  const outputs: Output[] = [];
  for (const file of [...Object.keys(SCHEMAS), CLAIMS_FILE]) {
    outputs.push({ path: `public/data/${file}`, content: readFileSync(path.join(root, "data", file)) });
  }
  const codes = new Set(d.ds.countries.keys());
  for (const [file, table] of Object.entries(d.tables)) {
    const csv = toCsv(
      table.schema.fields.map((f) => f.name),
      table.rows,
    );
    parseCsv(`public/data/${file}`, csv, table.schema, codes); // the derived file must pass its own schema
    outputs.push({ path: `public/data/${file}`, content: csv });
  }
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const fig of FIGURES) {
    for (const v of fig.variants) {
      for (const width of Object.values(WIDTHS)) {
        const chart = renderChartSvg(fig, d, v.key, width);
        outputs.push({ path: svgPath(fig.id, v.key, width), content: chart.svg });
        sizes[sizeKey(fig.id, v.key, width)] = { width: chart.width, height: chart.height };
      }
    }
  }
  outputs.push({ path: SIZES_PATH, content: JSON.stringify(sizes, null, 1) + "\n" });
  outputs.push({
    path: "generated/chart-theme.css",
    content: `/* generated from lib/figures/theme.ts */\n:root{${cssVariables("light")}}\n@media (prefers-color-scheme: dark){:root{${cssVariables("dark")}}}\n@media print{:root{${cssVariables("light")}}}\n`,
  });
  return outputs;
}
