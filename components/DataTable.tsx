/**
 * A data table with the chart's numbers: caption, column headers with scope, raw values in data-value. A table of
 * more than LONG_TABLE rows scrolls in a box of its own (header row kept in view; full length when printed), so that
 * what follows it on the page stays within reach.
 */
import type { TableModel } from "../lib/figures/types";
import { formatNumber } from "../lib/format";

const LONG_TABLE = 40;

export function DataTable({ table, id }: { table: TableModel; id?: string }) {
  const scroll = table.rows.length > LONG_TABLE ? " table-scroll" : "";
  return (
    <div className={`overflow-x-auto${scroll}`} tabIndex={0} role="region" aria-label={table.caption}>
      <table id={id} className="w-full border-collapse text-sm" data-table>
        <caption className="mb-2 text-left font-medium">{table.caption}</caption>
        <thead>
          <tr className="border-b border-gray-300 dark:border-gray-700">
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                data-key={c.key}
                className={`px-2 py-1 font-semibold ${c.numeric ? "text-right" : "text-left"}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-gray-100 dark:border-gray-800">
              {table.columns.map((c) => {
                const v = row[c.key];
                const text =
                  v === null || v === undefined
                    ? "—"
                    : typeof v === "number" && c.numeric
                      ? formatNumber(v, c.decimals ?? 0)
                      : String(v);
                return (
                  <td
                    key={c.key}
                    data-value={v ?? ""}
                    className={`px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""}`}
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
