/**
 * A data table with the chart's numbers: caption, column headers with scope, numbers in the page's language (a French
 * number's group spaces would make a screen reader read two numbers, so such a cell gets an aria-label without them:
 * lib/format.ts numberCell). A cell keeps its CSV value in data-value where its text is not that value: a code shown
 * in words (`labels`), or a number the text rounds. A number shown with all its digits has none: its text, read in the
 * page's language, is the value (a second copy of every number was a sixth of the monthly page's first round trip). A table of
 * more than LONG_TABLE rows scrolls in a box of its own (header row kept in view; full length when printed), so that
 * what follows it on the page stays within reach. Cells are styled by one rule in app/globals.css (`[data-table]`, numbers
 * `.n`), not by utility classes on each of the site's ~11,000 cells (they were a sixth of the Russia page's raw bytes).
 */
import type { TableModel } from "../lib/figures/types";
import { numberCell } from "../lib/format";
import type { Locale } from "../lib/i18n/locales";

const LONG_TABLE = 40;

export function DataTable({ table, id, locale }: { table: TableModel; id?: string; locale: Locale }) {
  const scroll = table.rows.length > LONG_TABLE ? " table-scroll" : "";
  return (
    <div className={`overflow-x-auto${scroll}`} tabIndex={0} role="region" aria-label={table.caption}>
      <table id={id} className="w-full border-collapse text-sm" data-table>
        <caption className="mb-2 text-left font-medium">{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" data-key={c.key} className={c.numeric ? "n" : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c) => {
                const v = row[c.key];
                const cell =
                  v === null || v === undefined
                    ? { text: "—" }
                    : typeof v === "number" && c.numeric
                      ? numberCell(v, c.decimals ?? 0, locale)
                      : { text: c.labels?.[String(v)] ?? String(v) };
                const text = cell.text;
                const shownInFull = typeof v === "number" && c.numeric && Number(v.toFixed(c.decimals ?? 0)) === v;
                return (
                  <td
                    key={c.key}
                    data-value={shownInFull ? undefined : (v ?? "")}
                    aria-label={"label" in cell ? cell.label : undefined}
                    className={c.numeric ? "n" : undefined}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
