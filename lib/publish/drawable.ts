/**
 * Every text of the data is drawn somewhere with Inter (export images, PDF, slides), and a character Inter lacks would
 * stop the build only when the first image is composed, naming the text but not its file, after the served CSVs and
 * chart SVGs were written. This check runs first, before prebuild writes anything, and names the file, line and
 * column of the first such character. The real data's 1.2 million characters are all in Inter.
 */
import type { Dataset } from "../model/load";
import { origin } from "../model/load";
import { SCHEMAS } from "../model/schemas";
import { font } from "./images/font";

/** Throws `data/<file>:<line>:<column>: …` for the first character of a text field that Inter cannot draw. */
export function checkDrawable(ds: Dataset): void {
  const fonts = [font(400), font(700)];
  const tables: readonly object[][] = [
    [...ds.countries.values()],
    ds.trade.FRA,
    ds.trade.RUS,
    ds.trade.BLR,
    ds.declared,
    ds.customs,
    ds.fdiProjects,
    ds.fdiFlows,
    ds.monthly,
    ds.usdPerEur,
  ];
  for (const rows of tables)
    for (const row of rows)
      for (const [key, value] of Object.entries(row)) {
        if (typeof value !== "string") continue;
        for (const ch of value) {
          const cp = ch.codePointAt(0)!;
          if (fonts.every((f) => f.has(cp))) continue;
          const where = origin(row);
          const file = where?.replace(/^data\/|:\d+$/g, "");
          const column = file && SCHEMAS[file] ? SCHEMAS[file].fields.findIndex((f) => f.name === key) + 1 : 0;
          const hex = cp.toString(16).toUpperCase().padStart(4, "0");
          throw new Error(
            `${where ? `${where}:${column}: ` : ""}${key} "${value}" holds “${ch}” (U+${hex}), which Inter, the font of the export ` +
              `images, slides and PDFs, cannot draw`,
          );
        }
      }
}
