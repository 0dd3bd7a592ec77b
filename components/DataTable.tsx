/**
 * A data table with the chart's numbers: caption, column headers with scope, numbers in the page's language (a French
 * number's group spaces would make a screen reader read two numbers, so such a cell gets an aria-label without them:
 * lib/format.ts numberCell). A cell keeps its CSV value in data-value where its text is not that value: a code shown
 * in words (`labels`), or a number the text rounds. A number shown with all its digits has none: its text, read in the
 * page's language, is the value (a second copy of every number was a sixth of the monthly page's first round trip). A table of
 * more than LONG_TABLE rows scrolls in a box of its own (header row kept in view; full length when printed), so that
 * what follows it on the page stays within reach. On a phone, a cell keeps to one line but in a prose column (a text
 * column with a cell longer than PROSE_CHARS, class `p`), which wraps at a readable width, and the table scrolls
 * sideways in its box, its caption wrapping to the box's width and staying in view (app/globals.css). Cells are styled by one rule in app/globals.css (`[data-table]`, numbers
 * `.n`), not by utility classes on each of the site's ~11,000 cells (they were a sixth of the Russia page's raw bytes).
 *
 * A table of more than ON_DEMAND_ROWS rows, given where it is served (`onDemand`), is not in the page: it is a panel
 * (lib/publish/panels.ts) that postbuild moves into its own file and the page script puts back just after the first
 * paint, when the `<details>` holding it is open (it is by default). The since-2021 page's tables were over a quarter
 * of its HTML, and pushed it past a phone's first round trip. Without JavaScript the panel says so and links its CSV.
 */
import type { TableModel } from "../lib/figures/types";
import { numberCell } from "../lib/format";
import type { Locale } from "../lib/i18n/locales";
import { PANEL_CONTENT_ATTR, PANEL_SRC_ATTR } from "../lib/publish/panels";

const LONG_TABLE = 40;
/** Tables longer than this (more rows than a phone screen shows) load after the first paint. */
export const ON_DEMAND_ROWS = 15;

/** Where a long table is served, and what a reader without JavaScript gets instead: a sentence and the CSV. */
export interface OnDemandTable {
  /** the served path of its panel file (servedPanelPath) */
  src: string;
  needsScript: string;
  csv: { href: string; label: string };
}

export function DataTable({
  table,
  id,
  locale,
  onDemand,
}: {
  table: TableModel;
  id?: string;
  locale: Locale;
  onDemand?: OnDemandTable;
}) {
  const shown = <TableOf table={table} id={id} locale={locale} />;
  if (!onDemand || table.rows.length <= ON_DEMAND_ROWS) return shown;
  return (
    <>
      <noscript>
        <p className="mt-2 text-sm">
          {`${onDemand.needsScript} `}
          <a href={onDemand.csv.href} download className="underline">
            {onDemand.csv.label}
          </a>
        </p>
      </noscript>
      <div {...{ [PANEL_SRC_ATTR]: onDemand.src }}>
        <div {...{ [PANEL_CONTENT_ATTR]: "" }}>{shown}</div>
      </div>
    </>
  );
}

/** A text column with a cell longer than this (a source, a basis) wraps on a phone; the other cells keep to one line. */
const PROSE_CHARS = 24;

interface Cell {
  text: string;
  label?: string;
  value?: string | number;
}

function TableOf({ table, id, locale }: { table: TableModel; id?: string; locale: Locale }) {
  const scroll = table.rows.length > LONG_TABLE ? " table-scroll" : "";
  const cells: Cell[][] = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = row[c.key];
      const cell =
        v === null || v === undefined
          ? { text: "—" }
          : typeof v === "number" && c.numeric
            ? numberCell(v, c.decimals ?? 0, locale)
            : { text: c.labels?.[String(v)] ?? String(v) };
      const shownInFull = typeof v === "number" && c.numeric && Number(v.toFixed(c.decimals ?? 0)) === v;
      return { ...cell, value: shownInFull ? undefined : (v ?? "") };
    }),
  );
  const prose = table.columns.map((c, j) => !c.numeric && cells.some((r) => r[j].text.length > PROSE_CHARS));
  return (
    <div className={`overflow-x-auto${scroll}`} tabIndex={0} role="region" aria-label={table.caption}>
      <table id={id} className="w-full border-collapse text-sm" data-table>
        <caption className="mb-2 text-left font-medium">
          <span>{table.caption}</span>
        </caption>
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
          {cells.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td
                  key={table.columns[j].key}
                  data-value={cell.value}
                  aria-label={cell.label}
                  className={table.columns[j].numeric ? "n" : prose[j] ? "p" : undefined}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
