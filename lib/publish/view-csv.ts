/**
 * Each view's own CSV: where a figure draws its views from one CSV (a `basis`, `measure` or `unit` column tells
 * them apart), the rows of one view are also served alone, at /data/views/<figure>--<view>.csv, so a reader who
 * downloads the view she is looking at gets its rows and no other. The rows are the figure's CSV's own, picked by the
 * figure's `viewRows` (lib/figures/), in its column order and written by the same writer, so each view's file is
 * that CSV's lines for the view, byte for byte. The whole CSV stays where it was, offered beside it.
 */
import type { Derived } from "../derive";
import type { Figure, FigureDefinition } from "../figures/types";
import { toCsv } from "../model/csv-write";
import type { Output } from "./files";

export const VIEW_CSV_DIR = "data/views";

type WithRows = Pick<Figure | FigureDefinition, "id" | "csv" | "variants" | "viewRows">;

/** Where a view's rows are served (no leading slash) and the file's name, or undefined when the figure's CSV holds
 *  one view only (its whole CSV is the view's). */
export function viewCsv(fig: WithRows, view: string): { path: string; file: string } | undefined {
  if (!fig.viewRows || fig.variants.length < 2) return undefined;
  const file = `${fig.id}--${view}.csv`;
  return { path: `${VIEW_CSV_DIR}/${file}`, file };
}

/** A view's rows of the figure's CSV, as written under /data/views/; stops when a filter names a column the CSV
 *  lacks or picks no row. */
export function viewCsvText(fig: WithRows, view: string, d: Derived): string {
  const table = d.tables[fig.csv];
  if (!table)
    throw new Error(`figure ${fig.id}: its CSV ${fig.csv} is not derived, so its views cannot be cut from it`);
  const columns = table.schema.fields.map((f) => f.name);
  const filter = Object.entries(fig.viewRows!(view));
  for (const [column] of filter)
    if (!columns.includes(column))
      throw new Error(`figure ${fig.id}, view ${view}: ${fig.csv} has no column "${column}" to pick its rows by`);
  const rows = table.rows.filter((r) => filter.every(([c, v]) => String(r[c]) === v));
  if (!rows.length)
    throw new Error(
      `figure ${fig.id}, view ${view}: no row of ${fig.csv} has ${filter.map(([c, v]) => `${c}=${v}`).join(", ")}`,
    );
  return toCsv(columns, rows);
}

/** Every view's CSV of every figure that has them, at its path in the site (./csv-files.ts). */
export function viewCsvFiles(figures: readonly WithRows[], d: Derived): Output[] {
  return figures.flatMap((fig) =>
    fig.variants.flatMap(({ key }) => {
      const at = viewCsv(fig, key);
      return at ? [{ path: at.path, content: viewCsvText(fig, key, d) }] : [];
    }),
  );
}
