/**
 * Publish, part 1 (runs before `next build`): everything the pages and downloads need, computed in memory from the
 * derived data; files are written by the caller only when every input validated.
 *  - public/data/*.csv: the source CSVs and the claims spec copied byte for byte, the derived CSVs (claims results
 *    included), each checked against its own schema; public/data/views/*.csv: each view's rows of a CSV that holds
 *    several views (./view-csv.ts);
 *  - generated/svg/<locale>/<figure>--<variant>--<width>.svg: each view of each figure as static SVG in each language
 *    (words, numbers, dates and accessible name in it), inlined by the pages, with generated/svg/sizes.json (width
 *    and height of each);
 *  - generated/chart-theme.css: the chart colours as CSS variables.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { derivedFrom, type Derived } from "../derive";
import type { Output } from "./files";
import { FIGURES } from "../figures/registry";
import { cssVariables } from "../figures/theme";
import { parseCsv } from "../model/csv-parse";
import { toCsv } from "../model/csv-write";
import { SERVED_CSVS } from "./served-csvs";
import { checkDrawable } from "./drawable";
import { viewCsvFiles } from "./view-csv";
import { renderChartSvg } from "./chart-svg/render";
import { LOCALES } from "../i18n/locales";
import { figureIn, pageIn } from "../figures/localize";
import { PAGES } from "../figures/pages";
import { sizeKey, SIZES_PATH, svgPath, WIDTHS } from "./chart-svg/paths";

export function computeOutputs(root: string, d: Derived = derivedFrom(path.join(root, "data"))): Output[] {
  checkDrawable(d.ds);
  const outputs: Output[] = [];
  // every CSV of SERVED_CSVS, and only those: source files and the claims spec byte for byte from data/, the
  // derived ones written from d.tables and checked against their own schema
  const codes = new Set(d.ds.countries.keys());
  const derivedFiles = new Set(Object.keys(d.tables));
  for (const { file, kind } of SERVED_CSVS) {
    if (kind === "source data" || kind === "claims specification") {
      outputs.push({ path: `public/data/${file}`, content: readFileSync(path.join(root, "data", file)) });
      continue;
    }
    const table = d.tables[file];
    if (!table)
      throw new Error(`public/data/${file} is listed in SERVED_CSVS (${kind}) but derive() computes no such table`);
    derivedFiles.delete(file);
    const csv = toCsv(
      table.schema.fields.map((f) => f.name),
      table.rows,
    );
    parseCsv(`public/data/${file}`, csv, table.schema, codes); // the derived file must pass its own schema
    outputs.push({ path: `public/data/${file}`, content: csv });
  }
  if (derivedFiles.size)
    throw new Error(`derive() computes ${[...derivedFiles].join(", ")}, which SERVED_CSVS does not list`);
  // each view's rows alone, where a figure's CSV holds several views (./view-csv.ts)
  outputs.push(...viewCsvFiles(FIGURES, d));
  for (const page of PAGES) for (const locale of LOCALES) pageIn(page, locale);
  const sizes: Record<string, { width: number; height: number }> = {};
  for (const fig of FIGURES) {
    // every language has words for every view, series, column and country of the figure (a missing one stops
    // here), and each view is drawn in each language at each width
    for (const locale of LOCALES) {
      const localized = figureIn(fig, locale);
      for (const v of fig.variants) {
        localized.table(d, v.key);
        for (const width of Object.values(WIDTHS)) {
          const chart = renderChartSvg(localized, d, v.key, width, locale);
          outputs.push({ path: svgPath(fig.id, v.key, width, locale), content: chart.svg });
          sizes[sizeKey(fig.id, v.key, width, locale)] = { width: chart.width, height: chart.height };
        }
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
