/**
 * A data table longer than a phone screen (components/DataTable.tsx, ON_DEMAND_ROWS) is not in its page's HTML: the
 * page keeps an open `<details>` with an empty panel naming its file, and a `<noscript>` linking the CSV; the file
 * holds the whole table. A short table stays in the page. Read from the built site (out/), rows counted against the
 * CSV each table is published as. Needs a built site: `npm test` builds first.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { attrOf, byTag, textOf, type Element } from "../test-support/html-tree";

const OUT = path.join(__dirname, "..", "out");
beforeAll(() => {
  if (!existsSync(path.join(OUT, "index.html"))) throw new Error("out/ is missing: run `npm run build` first");
});

const read = (p: string) => readFileSync(path.join(OUT, p), "utf8");
const csvRows = (p: string) => Papa.parse(read(p), { header: true, skipEmptyLines: true }).data.length;
const bodyRows = (root: string | Element) => byTag(root, "tbody").flatMap((b) => byTag(b, "tr")).length;

/** The panel of a page naming a file: whether the element around it is an open <details>, how many table rows the
 *  page holds in it, and the text of that <details>' noscript (parse5, scripting on, keeps it as text). */
function deferred(page: string, src: string) {
  const panel = byTag(read(page), "div", (d) => attrOf(d, "data-panel-src") === src)[0];
  if (!panel) throw new Error(`${page}: no panel ${src}`);
  const details = panel.parentNode as Element;
  return {
    open: details.tagName === "details" && attrOf(details, "open") !== undefined,
    inPage: byTag(panel, "tr").length,
    noscript: byTag(details, "noscript").map(textOf).join(""),
  };
}

describe.each(["en", "fr", "ru"])("%s", (locale) => {
  test.each([
    ["since-2021", "fr-ru-monthly--EUR--table", "data/views/fr-ru-monthly--EUR.csv"],
    ["since-2021", "annual--table", "data/fr-ru-annual-trade.csv"],
    ["bilateral-trade", "bilateral-trade--france-declared--table", "data/views/bilateral-trade--france-declared.csv"],
  ])(
    "%s: the table %s is served apart, whole, with its CSV linked for readers without JavaScript",
    (slug, name, csv) => {
      const src = `/charts/panels/${locale}/${name}.json`;
      const d = deferred(`${locale}/charts/${slug}/index.html`, src);
      expect(d.open).toBe(true);
      expect(d.inPage).toBe(0);
      expect(d.noscript).toContain(`href="/${csv}"`);
      const file = JSON.parse(read(src.slice(1))) as { html: string };
      const rows = csvRows(csv);
      expect(rows).toBeGreaterThan(15);
      expect(bodyRows(file.html)).toBe(rows);
    },
  );

  test("a table of a phone screen or less stays in the page", () => {
    // the FDI projects by origin, 2017–2019: a dozen rows
    const fig = byTag(
      read(`${locale}/charts/fdi-in-russia/index.html`),
      "figure",
      (f) => attrOf(f, "id") === "fdi-projects",
    )[0];
    const rows = bodyRows(fig);
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThanOrEqual(15);
  });
});
