/**
 * Each view's own CSV in the built site (out/data/views/): for every figure whose CSV holds several views, one file a
 * view, holding the whole CSV's header and exactly the whole CSV's lines of that view, byte for byte (the column
 * and value that pick a view are written out here, per figure, not taken from the figure's definition); no other
 * file there. A view whose filter names a column the CSV lacks, or picks no row, stops with the figure and view named.
 * Needs a built site: `npm test` builds first.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { FIGURES } from "../lib/figures/registry";
import { derived } from "../lib/derive";
import { viewCsvText } from "../lib/publish/view-csv";

const OUT = path.join(__dirname, "..", "out", "data");

/** figure → its CSV, the columns fixed for the figure, and the column whose value is the view's key */
const PICKS: Record<string, { csv: string; fixed: Record<string, string>; by: string }> = {
  "bilateral-trade": { csv: "bilateral-trade.csv", fixed: {}, by: "basis" },
  "france-top-partners": { csv: "france-top-partners.csv", fixed: {}, by: "basis" },
  "russia-top-partners-total": { csv: "russia-top-partners.csv", fixed: { measure: "total" }, by: "basis" },
  "russia-top-partners-imports": { csv: "russia-top-partners.csv", fixed: { measure: "imports" }, by: "basis" },
  "fr-ru-monthly": { csv: "fr-ru-monthly-trade.csv", fixed: {}, by: "unit" },
  "france-rank-russia": { csv: "russia-partner-ranks.csv", fixed: {}, by: "measure" },
};

/** A CSV's lines with each line's fields, read by papaparse line by line (no field of these CSVs spans lines). */
function linesOf(file: string): { line: string; row: Record<string, string> }[] {
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  const header = Papa.parse<string[]>(lines[0]).data[0];
  return lines.slice(1).map((line) => {
    const cells = Papa.parse<string[]>(line).data[0];
    return { line, row: Object.fromEntries(header.map((h, i) => [h, cells[i]])) };
  });
}

const views = Object.entries(PICKS).flatMap(([id, pick]) =>
  FIGURES.find((f) => f.id === id)!.variants.map((v) => [id, v.key, pick] as const),
);

test("out/data/views/ holds one CSV a view of each figure drawn from a CSV of several views, and nothing else", () => {
  expect(readdirSync(path.join(OUT, "views")).sort()).toEqual(views.map(([id, view]) => `${id}--${view}.csv`).sort());
  expect(views.length).toBe(20);
});

test.each(views)("%s, view %s: the whole CSV's header and its lines of the view, byte for byte", (id, view, pick) => {
  const whole = readFileSync(path.join(OUT, pick.csv), "utf8");
  const expected = linesOf(path.join(OUT, pick.csv))
    .filter(({ row }) => row[pick.by] === view && Object.entries(pick.fixed).every(([c, v]) => row[c] === v))
    .map((l) => l.line);
  expect(expected.length).toBeGreaterThan(0);
  const served = readFileSync(path.join(OUT, "views", `${id}--${view}.csv`), "utf8");
  expect(served).toBe([whole.split("\n")[0], ...expected].join("\n") + "\n");
});

test("a view picked by a column its CSV lacks, or by a value no row has, stops naming the figure and the view", () => {
  const fig = FIGURES.find((f) => f.id === "bilateral-trade")!;
  const d = derived();
  expect(() => viewCsvText({ ...fig, viewRows: () => ({ currency: "USD" }) }, "france-declared", d)).toThrow(
    'figure bilateral-trade, view france-declared: bilateral-trade.csv has no column "currency" to pick its rows by',
  );
  expect(() => viewCsvText({ ...fig, viewRows: () => ({ basis: "nobody" }) }, "france-declared", d)).toThrow(
    "figure bilateral-trade, view france-declared: no row of bilateral-trade.csv has basis=nobody",
  );
});
