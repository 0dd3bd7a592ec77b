/**
 * Publish, part 1 (runs before `next build`): everything the downloads need, computed in memory from the derived
 * data, and every check that can stop the build before the pages are rendered; the caller writes the files into the
 * site only after the pages are (lib/publish/postbuild.ts).
 *  - data/*.csv: every CSV the site serves (./csv-files.ts);
 *  - each view of each figure drawn as static SVG in each language at each width (words, numbers, dates and
 *    accessible name in it), kept in memory for the writers that show it (./chart-svg/read.ts).
 */
import path from "node:path";
import { derivedFrom, type Derived } from "../derive";
import type { Output } from "./files";
import { servedCsvFiles } from "./csv-files";
import { FIGURES } from "../figures/registry";
import { checkDrawable } from "./drawable";
import { staticChart } from "./chart-svg/read";
import { LOCALES } from "../i18n/locales";
import { figureIn, pageIn } from "../figures/localize";
import { PAGES } from "../figures/pages";
import { WIDTHS } from "./chart-svg/paths";

export function computeOutputs(root: string, d: Derived = derivedFrom(path.join(root, "data"))): Output[] {
  checkDrawable(d.ds);
  const outputs: Output[] = servedCsvFiles(root, d);
  for (const page of PAGES) for (const locale of LOCALES) pageIn(page, locale);
  for (const fig of FIGURES) {
    // every language has words for every view, series, column and country of the figure (a missing one stops
    // here), and each view is drawn in each language at each width
    for (const locale of LOCALES) {
      const localized = figureIn(fig, locale);
      for (const v of fig.variants) {
        localized.table(d, v.key);
        for (const width of Object.values(WIDTHS)) staticChart(fig.id, v.key, width, locale, d);
      }
    }
  }
  return outputs;
}
