/**
 * The briefing files as served (out/charts/files/), opened with independent readers, never the libraries that wrote
 * them: PowerPoint, Word and Excel files are unzipped with yauzl and their XML parsed with fast-xml-parser; the PDF's
 * text and fonts are read with Poppler's pdftotext, pdffonts and pdfinfo (Debian's poppler-utils). The chart's values
 * (the chart part's cache and its embedded workbook) and the Excel table equal the figure's CSV as served (papaparse),
 * narrowed to the default view by rules written here; the words (title, units, source, notes, takeaways, alt text)
 * are where each format carries them. Needs a built site (`npm test` builds first) and poppler-utils (skipped with a
 * warning without it, failed when CI=true, as the browser tests are without Chromium).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { derived } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import type { LocalizedFigure } from "../lib/figures/types";
import { figureIn } from "../lib/figures/localize";
import { BRIEFING_FORMATS } from "../lib/publish/briefing/formats";
import { parseHeaders, headersFor } from "../lib/publish/headers-file";
import { SERVED_CSVS } from "../lib/publish/served-csvs";
import { licenceIn } from "../lib/publish/catalogue";
import { THEME_ACCENTS, withoutLinksBelow } from "../lib/publish/briefing/content";
import { CHART_TOKENS } from "../lib/figures/theme";
import { INTL_TAG, LOCALES } from "../lib/i18n/locales";
import { message } from "../lib/i18n/translate";
import { countryNames, parseCsvText, type CsvRow } from "../test-support/tables";
import { zipParts } from "../test-support/zip-parts";

const OUT = path.join(__dirname, "..", "out");
/** A served briefing file: /charts/files/<id>--en.<ext>, /fr/charts/files/<id>--fr.<ext> (its name says its language). */
const filePath = (id: string, ext: string, locale = "en") =>
  path.join(OUT, locale === "en" ? "charts/files" : `${locale}/charts/files`, `${id}--${locale}.${ext}`);
const file = (id: string, ext: string, locale = "en") => readFileSync(filePath(id, ext, locale));
const csv = (name: string) => parseCsvText(readFileSync(path.join(OUT, "data", name), "utf8")).rows;
const names = (locale = "en") => {
  const all = countryNames(
    readFileSync(path.join(OUT, "data/countries.csv"), "utf8"),
    locale === "fr" ? "name_fr" : "name",
  );
  return (code: string) => (code === "WLD" ? "All countries (total)" : (all.get(code) ?? code));
};

/** Poppler's tools (Debian's poppler-utils): without them the PDF test is skipped with a warning, and fails in CI. */
const havePoppler = !spawnSync("pdftotext", ["-v"]).error;
if (!havePoppler) {
  const message = "pdftotext is missing: install Debian's poppler-utils (.ci/run does) to test the PDFs";
  if (process.env.CI) throw new Error(message);
  console.warn(`${message}; the PDF tests are skipped`);
}
const testPdf = havePoppler ? test : test.skip;

beforeAll(() => {
  if (!existsSync(path.join(OUT, "charts/files")))
    throw new Error("out/charts/files is missing: run `npm run build` first (`npm test` does)");
});

// ---- what each figure's default view shows, from its CSV -------------------------------------------------------

/** The CSV rows of a figure's default view (and table), narrowed here by the figure's documented view. */
const VIEW_ROWS: Record<string, (r: CsvRow) => boolean> = {
  "bilateral-trade": (r) => r.basis === "france-declared",
  "france-top-partners": (r) => r.basis === "as-reported" && ["2010", "2020"].includes(r.year) && Number(r.rank) <= 20,
  "russia-top-partners-total": (r) =>
    r.measure === "total" && r.basis === "belarus-filled" && ["2010", "2020"].includes(r.year) && Number(r.rank) <= 15,
  "russia-top-partners-imports": (r) =>
    r.measure === "imports" &&
    r.basis === "belarus-filled" &&
    ["2010", "2020"].includes(r.year) &&
    Number(r.rank) <= 15,
  "fdi-projects": () => true,
  "fdi-flows": () => true,
  "fr-ru-monthly": (r) => r.unit === "EUR",
  "france-rank-russia": (r) => r.measure === "total" && r.partner === "FRA",
  "russia-rank-france-exports": (r) => r.partner === "RUS",
};

interface ExpectedChart {
  categories: string[];
  /** series name → value per category (undefined: a gap) */
  series: Map<string, (number | undefined)[]>;
}

/** The chart's categories and series from the CSV; in French, country names from countries.csv's `name_fr`. */
function expectedChart(fig: LocalizedFigure, locale = "en"): ExpectedChart {
  const all = csv(fig.csv);
  const name = names(locale);
  if (fig.id === "bilateral-trade") {
    const rows = all.filter(VIEW_ROWS[fig.id]);
    return {
      categories: rows.map((r) => r.year),
      series: new Map(fig.series.map((s) => [s.label, rows.map((r) => Number(r[s.key]))])),
    };
  }
  if (fig.id.includes("top-partners")) {
    // the slope chart: every partner in the top N of 2010 or 2020, its rank in each year (from the full CSV depth)
    const inView = all.filter((r) => VIEW_ROWS[fig.id]({ ...r, year: r.year, rank: r.rank }));
    const base = all.filter((r) => VIEW_ROWS[fig.id]({ ...r, rank: "1" }));
    const partners = [...new Set(inView.map((r) => r.partner))];
    return {
      categories: ["2010", "2020"],
      series: new Map(
        partners.map((p) => [
          locale === "en" ? base.find((r) => r.partner === p)!.name : name(p),
          ["2010", "2020"].map((y) => {
            const r = base.find((x) => x.partner === p && x.year === y);
            return r ? Number(r.rank) : undefined;
          }),
        ]),
      ),
    };
  }
  if (fig.id === "france-rank-russia" || fig.id === "russia-rank-france-exports") {
    // one category a year (2000–2024; 2010–2022); each series (basis) the country's rank, a year the basis lacks is a
    // gap
    const rows = all.filter(VIEW_ROWS[fig.id]);
    const [from, to] = fig.id === "france-rank-russia" ? [2000, 2024] : [2010, 2022];
    const years = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    return {
      categories: years,
      series: new Map(
        fig.series
          .filter((s) => rows.some((r) => r.basis === s.key))
          .map((s) => [
            s.label,
            years.map((y) => {
              const r = rows.find((x) => x.year === y && x.basis === s.key);
              return r ? Number(r.rank) : undefined;
            }),
          ]),
      ),
    };
  }
  if (fig.id === "fr-ru-monthly") {
    // one category a month; each series (flow_product) in millions of euros, a month without a row is a gap
    const rows = all.filter(VIEW_ROWS[fig.id]);
    const months = [...new Set(rows.map((r) => r.period))].sort();
    return {
      categories: months,
      series: new Map(
        fig.series.map((s) => [
          s.label,
          months.map((m) => {
            const r = rows.find((x) => x.period === m && `${x.flow}_${x.product}` === s.key);
            return r ? Number(r.value) / 1e6 : undefined;
          }),
        ]),
      ),
    };
  }
  // FDI: the countries the chart shows (every source but the world total), one series per year
  const value = fig.id === "fdi-projects" ? "projects" : "net_flow_usd_bn";
  const sources = [...new Set(all.filter((r) => r.source !== "WLD").map((r) => r.source))];
  const years = [...new Set(all.map((r) => r.year))].sort();
  return {
    categories: sources.map(name),
    series: new Map(
      years.map((y) => [
        y,
        sources.map((s) => {
          const r = all.find((x) => x.source === s && x.year === y);
          return r ? Number(r[value]) : undefined;
        }),
      ]),
    ),
  };
}

// ---- reading the chart part and its workbook ---------------------------------------------------------------------

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: false,
});
type Node = Record<string, unknown>;
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** Every node under `node` named `name`, at any depth. */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) list(v as Node | Node[]).forEach((n) => out.push(n));
      findAll(v, name, out);
    }
  }
  return out;
}
const text = (v: unknown) =>
  typeof v === "object" && v !== null ? String((v as Node)["#text"] ?? "") : String(v ?? "");
/** idx → value of the c:pt of a cache */
const points = (cache: Node) => new Map(findAll(cache, "c:pt").map((p) => [Number(p["@_idx"]), text(p["c:v"])]));

interface ChartSeen {
  categories: string[];
  series: Map<string, (number | undefined)[]>;
  /** each series' range in the workbook: "Sheet1!$B$2:$B$22" */
  refs: Map<string, string>;
}
function readChart(chartXml: string): ChartSeen {
  const doc = xml.parse(chartXml);
  const sers = findAll(doc, "c:ser");
  expect(sers.length).toBeGreaterThan(0);
  const catCache = points(findAll(sers[0], "c:cat")[0]);
  const categories = [...catCache.keys()].sort((a, b) => a - b).map((k) => catCache.get(k)!);
  const series = new Map<string, (number | undefined)[]>();
  const refs = new Map<string, string>();
  for (const s of sers) {
    const name = [...points(findAll(s, "c:tx")[0]).values()][0];
    const val = findAll(s, "c:val")[0];
    const pts = points(val);
    series.set(
      name,
      categories.map((_c, i) => (pts.has(i) && pts.get(i) !== "" ? Number(pts.get(i)) : undefined)),
    );
    refs.set(name, text(findAll(val, "c:f")[0]));
  }
  return { categories, series, refs };
}

/** The cells of the first sheet of a workbook: "B2" → number or string (shared strings resolved). */
async function sheetCells(
  workbook: Map<string, Buffer>,
  sheet = "xl/worksheets/sheet1.xml",
): Promise<Map<string, number | string>> {
  const shared = workbook.has("xl/sharedStrings.xml")
    ? findAll(xml.parse(workbook.get("xl/sharedStrings.xml")!.toString("utf8")), "si").map((si) =>
        findAll(si, "t").map(text).join(""),
      )
    : [];
  const cells = new Map<string, number | string>();
  for (const c of findAll(xml.parse(workbook.get(sheet)!.toString("utf8")), "c")) {
    const ref = String(c["@_r"]);
    const t = c["@_t"];
    if (t === "s") cells.set(ref, shared[Number(text(c.v))]);
    else if (t === "inlineStr") cells.set(ref, findAll(c.is, "t").map(text).join(""));
    else if (t === "str") cells.set(ref, text(c.v));
    else if (c.v !== undefined && text(c.v) !== "") cells.set(ref, Number(text(c.v)));
  }
  return cells;
}

/**
 * Checks a chart part against the CSV, and its workbook: the cells its series refer to hold the same values (so
 * "Edit data" opens the CSV's numbers).
 */
async function checkChart(fig: LocalizedFigure, chartXml: string, workbookFile: Buffer, locale = "en") {
  const seen = readChart(chartXml);
  const expected = expectedChart(fig, locale);
  // categories in any order (the FDI charts order countries as the figure does), values compared by category
  expect([...seen.categories].sort()).toEqual([...expected.categories].sort());
  const byCategory = (categories: string[], values: (number | undefined)[] | undefined) =>
    Object.fromEntries(categories.map((c, i) => [c, values?.[i]]));
  expect(new Set(seen.series.keys())).toEqual(new Set(expected.series.keys()));
  for (const [name, values] of expected.series)
    expect({ name, values: byCategory(seen.categories, seen.series.get(name)) }).toEqual({
      name,
      values: byCategory(expected.categories, values),
    });
  // the numbers live in the embedded workbook: each series' range holds its values
  const cells = await sheetCells(await zipParts(workbookFile));
  for (const [name, ref] of seen.refs) {
    const m = /!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref);
    expect(m).not.toBeNull();
    const [, col, from] = m!;
    const values = seen.categories.map((_c, i) => {
      const v = cells.get(`${col}${Number(from) + i}`);
      return typeof v === "number" ? v : undefined;
    });
    expect({ name, values }).toEqual({ name, values: seen.series.get(name) });
  }
}

const d = derived();
const takeawaysOf = (fig: LocalizedFigure) => fig.takeaways(d, fig.variants[0].key);
const allText = (part: string, tag: string) => findAll(xml.parse(part), tag).map(text).join(" ");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe.each(FIGURES.map((f) => [f.id, figureIn(f, "en")] as const))("%s", (_id, fig) => {
  test("PPTX: one slide, a native chart whose cache and embedded workbook hold the CSV's values; words, alt text, notes", async () => {
    const pptx = await zipParts(file(fig.id, "pptx"));
    const slides = [...pptx.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toEqual(["ppt/slides/slide1.xml"]);
    const slideRels = pptx.get("ppt/slides/_rels/slide1.xml.rels")!.toString("utf8");
    const chartTarget = /Type="[^"]*\/chart" Target="([^"]+)"/.exec(slideRels)?.[1];
    expect(chartTarget).toBe("/ppt/charts/chart1.xml");
    const chartRels = pptx.get("ppt/charts/_rels/chart1.xml.rels")!.toString("utf8");
    const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)?.[1];
    expect(workbook).toBeDefined();
    await checkChart(fig, pptx.get("ppt/charts/chart1.xml")!.toString("utf8"), pptx.get(`ppt/embeddings/${workbook}`)!);

    const slide = pptx.get("ppt/slides/slide1.xml")!.toString("utf8");
    const words = squash(allText(slide, "a:t"));
    // the source without its pointer to links the slide does not show (they are in the speaker notes)
    for (const s of [fig.title, fig.units, withoutLinksBelow(fig.source, "en"), ...fig.notes])
      expect(words).toContain(s);
    // the chart's alt text (the graphic frame's cNvPr descr): its title and what it shows
    const frames = findAll(xml.parse(slide), "p:graphicFrame");
    expect(frames).toHaveLength(1);
    const descr = String(findAll(frames[0], "p:cNvPr")[0]["@_descr"]);
    expect(descr).toContain(fig.title);
    for (const t of takeawaysOf(fig)) expect(descr).toContain(t);
    const notes = squash(allText(pptx.get("ppt/notesSlides/notesSlide1.xml")!.toString("utf8"), "a:t"));
    // squashed like the text read back (a no-break space, as before a percent sign, reads as a space there)
    for (const t of takeawaysOf(fig)) expect(notes).toContain(squash(t));
  });

  test("DOCX: the native chart (registered, with its workbook) holds the CSV's values; caption, takeaways, source, notes, table", async () => {
    const docx = await zipParts(file(fig.id, "docx"));
    const document = docx.get("word/document.xml")!.toString("utf8");
    const chartRef = findAll(xml.parse(document), "c:chart");
    expect(chartRef).toHaveLength(1);
    const rid = String(chartRef[0]["@_r:id"]);
    const rels = docx.get("word/_rels/document.xml.rels")!.toString("utf8");
    expect(rels).toContain(
      `Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"`,
    );
    expect(docx.get("[Content_Types].xml")!.toString("utf8")).toContain(
      '<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    const chartRels = docx.get("word/charts/_rels/chart1.xml.rels")!.toString("utf8");
    const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)![1];
    await checkChart(
      fig,
      docx.get("word/charts/chart1.xml")!.toString("utf8"),
      docx.get(`word/embeddings/${workbook}`)!,
    );
    const docPr = findAll(xml.parse(document), "wp:docPr")[0];
    expect(String(docPr["@_descr"])).toContain(fig.title);
    const words = squash(allText(document, "w:t"));
    for (const s of [fig.title, fig.units, fig.source, ...fig.notes, ...takeawaysOf(fig)])
      expect(words).toContain(squash(s));
    // the data table: as many rows as the view's CSV rows, plus the header
    const rows = csv(fig.csv).filter(VIEW_ROWS[fig.id]);
    expect(findAll(xml.parse(document), "w:tr")).toHaveLength(rows.length + 1);
  });

  test("XLSX: the table's numbers are numbers equal to the CSV's, headers with units; an About sheet with the words", async () => {
    const xlsx = await zipParts(file(fig.id, "xlsx"));
    const sheets = findAll(xml.parse(xlsx.get("xl/workbook.xml")!.toString("utf8")), "sheet").map((s) => s["@_name"]);
    expect(sheets).toEqual(["Data", "About"]);
    const cells = await sheetCells(xlsx);
    const rows = csv(fig.csv).filter(VIEW_ROWS[fig.id]);
    const header: string[] = [];
    for (let c = 0; cells.has(`${String.fromCharCode(65 + c)}1`); c++)
      header.push(String(cells.get(`${String.fromCharCode(65 + c)}1`)));
    // each CSV numeric column the sheet shows, found by its unit-bearing header
    const columns: [string, RegExp][] = [
      ["fr_exports_usd_m", /^French exports to Russia \(USD millions, current prices\)$/],
      ["fr_imports_usd_m", /^French imports from Russia \(USD millions, current prices\)$/],
      ["balance_usd_m", /^Balance \(USD millions, current prices\)$/],
      ["exports_usd_m", /^Exports \(USD m\)$/],
      ["total_usd_m", /^Total \((USD m|USD millions, current prices)\)$/],
      ["projects", /^Projects \(count\)$/],
      ["net_flow_usd_bn", /^Net flow \(USD bn\)$/],
      ["year", /^Year$/],
      ["value", /^Value \(EUR\)$/],
      ["rank", /^(France's|Russia's) rank$/],
      ["partners_ranked", /^(Partners|Markets) ranked$/],
      ["value_usd_m", /^(France|France's exports to Russia), USD m/],
    ];
    let checked = 0;
    for (const [key, re] of columns) {
      const c = header.findIndex((h) => re.test(h));
      if (c < 0 || !(key in rows[0])) continue;
      const col = String.fromCharCode(65 + c);
      const values = rows.map((_r, i) => cells.get(`${col}${i + 2}`));
      expect({ key, values }).toEqual({ key, values: rows.map((r) => Number(r[key])) });
      checked++;
    }
    // the monthly table has one numeric column (its months are text); every other table at least two
    expect(checked).toBeGreaterThanOrEqual(fig.id === "fr-ru-monthly" ? 1 : 2);
    expect(cells.has(`A${rows.length + 2}`)).toBe(false);
    const about = [...(await sheetCells(xlsx, "xl/worksheets/sheet2.xml")).values()].map(String).join("\n");
    const licence = licenceIn(SERVED_CSVS.find((c) => c.file === fig.csv)!.schema, "en");
    for (const s of [
      fig.title,
      fig.source,
      licence,
      ...fig.notes,
      ...takeawaysOf(fig),
      `/en/charts/${fig.page}/#${fig.id}`,
    ])
      expect(about).toContain(s);
  });

  testPdf(
    "PDF: A4, Inter embedded; title, source and takeaways on page 1; the table's rows as extractable text",
    () => {
      const pdf = filePath(fig.id, "pdf");
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      // a one-pager, but for the monthly figure, whose table (a row a month, flow and product) goes on over more pages,
      // and France's rank, whose table has a row per basis and year, 2000–2024
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
      expect({ fig: fig.id, onePage: pages === 1 }).toEqual({
        fig: fig.id,
        onePage: !["fr-ru-monthly", "france-rank-russia"].includes(fig.id),
      });
      expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
      const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+Inter-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
      const text = (...range: string[]) =>
        squash(execFileSync("pdftotext", ["-enc", "UTF-8", ...range, pdf, "-"], { encoding: "utf8" }));
      const first = text("-f", "1", "-l", "1");
      for (const s of [fig.title, fig.source, ...takeawaysOf(fig)]) expect(first).toContain(squash(s));
      // the legend under the units, as the chart page shows it: every series' label, in legend order
      // (a legend of more than three series wraps, and poppler reads a wrapped legend column by column: each label)
      const legend = fig.legend(fig.variants[0].key);
      if (legend.length <= 3) expect(first).toContain(squash(legend.map((l) => l.label).join(" ")));
      else for (const l of legend) expect(first).toContain(squash(l.label));
      const words = text();
      const table = fig.table(d, fig.variants[0].key);
      expect(words).toContain(squash(table.caption));
      // every row's numbers, formatted here with Intl (en-US) as the table shows them, are in the text
      const numeric = table.columns.filter((c) => c.numeric);
      const missing = table.rows.flatMap((r) =>
        numeric.flatMap((c) => {
          const v = r[c.key];
          if (typeof v !== "number") return [];
          const digits = c.decimals ?? 0;
          const t = new Intl.NumberFormat("en-US", {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(v);
          return words.includes(t) || words.includes(t.replace("-", "−")) ? [] : [`${c.key} ${t}`];
        }),
      );
      expect(missing).toEqual([]);
    },
  );
});

test("_headers gives each briefing file its content type", () => {
  const rules = parseHeaders(readFileSync(path.join(OUT, "_headers"), "utf8"));
  for (const [ext, { type }] of Object.entries(BRIEFING_FORMATS)) {
    const { headers } = headersFor(rules, `/charts/files/${FIGURES[0].id}.${ext}`, "localhost");
    expect(headers.filter(([n]) => n === "Content-Type")).toEqual([["Content-Type", type]]);
  }
});

// ---- the French files (/fr/charts/files/): the same checks on the French words and French number text -----------

/** A number written the French way (`12 004,2`, `−3,1`) read back. */
const frenchNumber = (t: string) =>
  Number(
    t
      .replace(/[\u202f\u00a0 ]/g, "")
      .replace("\u2212", "-")
      .replace(",", "."),
  );
/** The numeric CSV columns a figure's table shows, in the CSV's own names. */
const NUMERIC_KEYS = [
  "fr_exports_usd_m",
  "fr_imports_usd_m",
  "balance_usd_m",
  "exports_usd_m",
  "total_usd_m",
  "projects",
  "net_flow_usd_bn",
  "value",
];

describe.each(FIGURES.map((f) => [f.id, figureIn(f, "en"), figureIn(f, "fr")] as const))(
  "%s in French",
  (_id, en, fig) => {
    const takeaways = fig.takeaways(d, fig.variants[0].key);
    const rows = () => csv(fig.csv).filter(VIEW_ROWS[fig.id]);
    const keys = () => NUMERIC_KEYS.filter((k) => k in rows()[0]);

    test("the words are French, not the English file's", () => {
      expect(fig.title).not.toBe(en.title);
    });

    test("PPTX: the native chart holds the CSV's values under French names; French words, alt text and notes", async () => {
      const pptx = await zipParts(file(fig.id, "pptx", "fr"));
      const chartRels = pptx.get("ppt/charts/_rels/chart1.xml.rels")!.toString("utf8");
      const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)![1];
      await checkChart(
        fig,
        pptx.get("ppt/charts/chart1.xml")!.toString("utf8"),
        pptx.get(`ppt/embeddings/${workbook}`)!,
        "fr",
      );
      const slide = pptx.get("ppt/slides/slide1.xml")!.toString("utf8");
      const words = squash(allText(slide, "a:t"));
      for (const s of [fig.title, fig.units, withoutLinksBelow(fig.source, "fr"), ...fig.notes])
        expect(words).toContain(squash(s));
      expect(slide).toContain('lang="fr-FR"');
      const descr = String(findAll(findAll(xml.parse(slide), "p:graphicFrame")[0], "p:cNvPr")[0]["@_descr"]);
      for (const t of [fig.title, ...takeaways]) expect(squash(descr)).toContain(squash(t));
      const notes = squash(allText(pptx.get("ppt/notesSlides/notesSlide1.xml")!.toString("utf8"), "a:t"));
      expect(notes).toContain("À retenir");
      expect(notes).toContain(`/fr/charts/${fig.page}/#${fig.id}`);
      for (const t of takeaways) expect(notes).toContain(squash(t));
    });

    test("DOCX: the native chart holds the CSV's values; the table's French numbers read back equal the CSV", async () => {
      const docx = await zipParts(file(fig.id, "docx", "fr"));
      const document = docx.get("word/document.xml")!.toString("utf8");
      const chartRels = docx.get("word/charts/_rels/chart1.xml.rels")!.toString("utf8");
      const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)![1];
      await checkChart(
        fig,
        docx.get("word/charts/chart1.xml")!.toString("utf8"),
        docx.get(`word/embeddings/${workbook}`)!,
        "fr",
      );
      const words = squash(allText(document, "w:t"));
      for (const s of [fig.title, fig.units, fig.source, ...fig.notes, ...takeaways])
        expect(words).toContain(squash(s));
      const trs = findAll(xml.parse(document), "w:tr").map((tr) =>
        findAll(tr, "w:tc").map((tc) => findAll(tc, "w:t").map(text).join("")),
      );
      const view = rows();
      expect(trs).toHaveLength(view.length + 1);
      // each row holds, among its cells, the CSV row's numbers written the French way (no English separators)
      view.forEach((r, i) => {
        const cells = trs[i + 1];
        for (const cell of cells)
          expect({ cell, english: /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+\.\d+$/.test(cell) }).toEqual({
            cell,
            english: false,
          });
        const numbers = cells.filter((c) => /^[-\u2212]?[\d\u202f\u00a0]+(,\d+)?$/.test(c)).map(frenchNumber);
        for (const k of keys())
          if (r[k] !== "")
            expect({ row: i, k, found: numbers.includes(Number(r[k])) }).toEqual({ row: i, k, found: true });
      });
    });

    test("XLSX: numbers stay numbers equal to the CSV's; French sheet names, headers with French units; À propos", async () => {
      const xlsx = await zipParts(file(fig.id, "xlsx", "fr"));
      const sheets = findAll(xml.parse(xlsx.get("xl/workbook.xml")!.toString("utf8")), "sheet").map((s) => s["@_name"]);
      expect(sheets).toEqual(["Données", "À propos"]);
      const cells = await sheetCells(xlsx);
      const view = rows();
      let width = 0;
      while (cells.has(`${String.fromCharCode(65 + width)}1`)) width++;
      const column = (c: number) => view.map((_r, i) => cells.get(`${String.fromCharCode(65 + c)}${i + 2}`));
      for (const k of keys()) {
        const want = view.map((r) => (r[k] === "" ? undefined : Number(r[k])));
        const found = Array.from({ length: width }, (_, c) => c).some(
          (c) => JSON.stringify(column(c)) === JSON.stringify(want),
        );
        expect({ k, found }).toEqual({ k, found: true });
      }
      const headers = Array.from({ length: width }, (_, c) => String(cells.get(`${String.fromCharCode(65 + c)}1`)));
      expect(headers.join(" ")).not.toMatch(/USD millions|current prices/);
      if (fig.id === "bilateral-trade") expect(headers.join(" ")).toContain("(millions de dollars US, prix courants)");
      const about = [...(await sheetCells(xlsx, "xl/worksheets/sheet2.xml")).values()].map(String).join("\n");
      for (const s of [
        "Titre",
        "À retenir",
        fig.title,
        fig.source,
        ...fig.notes,
        ...takeaways,
        `/fr/charts/${fig.page}/#${fig.id}`,
      ])
        expect(about).toContain(s);
      // the reuse terms in French, as the French data page gives them, not the English schema's words
      const englishTerms = licenceIn(SERVED_CSVS.find((c) => c.file === fig.csv)!.schema, "en");
      expect(about).not.toContain(englishTerms.slice(0, 25));
      expect(about).toMatch(
        /Conditions d’utilisation du FMI|Chiffres cités d’après|Politique de réutilisation d’Eurostat/,
      );
    });

    testPdf("PDF: French title and takeaways on page 1; the table's numbers in French format (Intl fr-FR here)", () => {
      const pdf = filePath(fig.id, "pdf", "fr");
      const text = (...range: string[]) =>
        squash(execFileSync("pdftotext", ["-enc", "UTF-8", ...range, pdf, "-"], { encoding: "utf8" }));
      const first = text("-f", "1", "-l", "1");
      // a line may break after a dash (pdftotext then writes "2019– 2020")
      const joined = (t: string) => squash(t).replace(/([–-]) /g, "$1");
      for (const s of [fig.title, fig.source, "À retenir", ...takeaways]) expect(joined(first)).toContain(joined(s));
      // (a legend of more than three series wraps, and poppler reads a wrapped legend column by column: each label)
      const legend = fig.legend(fig.variants[0].key);
      if (legend.length <= 3) expect(joined(first)).toContain(joined(legend.map((l) => l.label).join(" ")));
      else for (const l of legend) expect(joined(first)).toContain(joined(l.label));
      const words = text();
      const table = fig.table(d, fig.variants[0].key);
      expect(words).toContain(squash(table.caption));
      // the reuse terms in French, not the English schema's words
      const englishTerms = licenceIn(SERVED_CSVS.find((c) => c.file === fig.csv)!.schema, "en");
      expect(joined(words)).not.toContain(joined(englishTerms.slice(0, 25)));
      expect(joined(words)).toMatch(
        /Licence : (Conditions d’utilisation du FMI|Chiffres cités d’après|Politique de réutilisation d’Eurostat)/,
      );
      const missing: string[] = [];
      const english: string[] = [];
      for (const r of table.rows)
        for (const c of table.columns.filter((x) => x.numeric)) {
          const v = r[c.key];
          if (typeof v !== "number") continue;
          const digits = c.decimals ?? 0;
          const fmt = (tag: string) =>
            new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
          const fr = squash(fmt("fr-FR"));
          if (!words.includes(fr) && !words.includes(fr.replace("-", "−"))) missing.push(`${c.key} ${fr}`);
          const us = fmt("en-US");
          if (/[.,]/.test(us) && words.includes(us)) english.push(us);
        }
      expect(missing).toEqual([]);
      expect(english).toEqual([]);
    });
  },
);

test("_headers gives each French briefing file its content type", () => {
  const rules = parseHeaders(readFileSync(path.join(OUT, "_headers"), "utf8"));
  for (const [ext, { type }] of Object.entries(BRIEFING_FORMATS)) {
    const { headers } = headersFor(rules, `/fr/charts/files/${FIGURES[0].id}.${ext}`, "localhost");
    expect(headers.filter(([n]) => n === "Content-Type")).toEqual([["Content-Type", type]]);
  }
});

// ---- the slide's layout: no box over another ----------------------------------------------------------------------

const EMU_PER_INCH = 914400;
/** A shape's box on the slide, in inches, read from its a:off / a:ext. */
function boxOf(node: Node): { x: number; y: number; w: number; h: number } {
  const off = findAll(node, "a:off")[0];
  const ext = findAll(node, "a:ext").find((e) => e["@_cy"] !== undefined)!;
  const n = (v: unknown) => Number(v) / EMU_PER_INCH;
  return { x: n(off["@_x"]), y: n(off["@_y"]), w: n(ext["@_cx"]), h: n(ext["@_cy"]) };
}

describe.each(["en", "fr"] as const)("slides in %s", (locale) => {
  test.each(FIGURES.map((f) => [f.id, figureIn(f, locale)] as const))(
    "%s: the title box holds the title's lines, above the units, above the chart",
    async (_id, fig) => {
      const doc = xml.parse(
        (await zipParts(file(fig.id, "pptx", locale))).get("ppt/slides/slide1.xml")!.toString("utf8"),
      );
      const shapes = findAll(doc, "p:sp").map((sp) => ({ sp, text: findAll(sp, "a:t").map(text).join("") }));
      const title = shapes.find((s) => s.text === fig.title)!;
      const units = shapes.find((s) => s !== title && s.text.startsWith(fig.units))!;
      expect(title && units).toBeTruthy();
      const t = boxOf(title.sp);
      const u = boxOf(units.sp);
      const chart = boxOf(findAll(doc, "p:graphicFrame")[0]);
      const size = Number(findAll(title.sp, "a:rPr")[0]["@_sz"]) / 100;
      // lines at half an em a character, Calibri's width (the slide's theme face) or more
      const lines = Math.ceil((fig.title.length * 0.5 * size) / (t.w * 72));
      expect({ lines, h: t.h >= (lines * size * 1.15) / 72 }).toEqual({ lines, h: true });
      expect(t.y + t.h).toBeLessThanOrEqual(u.y + 1e-6);
      expect(u.y + u.h).toBeLessThanOrEqual(chart.y + 1e-6);
      expect(chart.h).toBeGreaterThan(2.5);
    },
  );
});

// ---- what an analyst's own Office needs: checked in every language, each on the files' XML or PDF objects ----------

/** Debian's Python, where python3-openpyxl installs (a python3 earlier on PATH may lack it) */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
/** openpyxl's cell-range parser (Debian's python3-openpyxl): each ref → its bounds, or the parser's error. */
function parsedRanges(refs: string[]): { ref: string; bounds?: number[]; error?: string }[] {
  const script =
    "import json,sys\nfrom openpyxl.utils.cell import range_boundaries\nout=[]\n" +
    "for r in json.loads(sys.argv[1]):\n  try: out.append({'ref': r, 'bounds': list(range_boundaries(r))})\n" +
    "  except Exception as e: out.append({'ref': r, 'error': str(e)})\nprint(json.dumps(out))";
  return JSON.parse(execFileSync(PYTHON, ["-c", script, JSON.stringify(refs)], { encoding: "utf8" }));
}
const haveOpenpyxl = spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
if (!haveOpenpyxl) {
  const warning = "python3-openpyxl is missing: install it (.ci/run does) to test the chart workbooks' table ranges";
  if (process.env.CI) throw new Error(warning);
  console.warn(`${warning}; that test is skipped`);
}

const attr = (node: Node, name: string) => String(node[`@_${name}`] ?? "");
/** The chart part and embedded workbook of a PPTX or DOCX. */
async function chartOf(office: Map<string, Buffer>, dir: "ppt" | "word") {
  const rels = office.get(`${dir}/charts/_rels/chart1.xml.rels`)!.toString("utf8");
  const workbook = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)![1];
  return {
    chart: office.get(`${dir}/charts/chart1.xml`)!.toString("utf8"),
    workbook: await zipParts(office.get(`${dir}/embeddings/${workbook}`)!),
  };
}

describe.each(LOCALES)("briefing files in %s, as a real Office reads them", (locale) => {
  const tag = INTL_TAG[locale];
  const figs = FIGURES.map((f) => figureIn(f, locale));
  const monthly = figs.find((f) => f.id === "fr-ru-monthly")!;
  const sheetData = message(locale, "chartText.sheetData");

  (haveOpenpyxl ? test : test.skip)(
    "every embedded chart workbook: its table range parses as a cell range and equals the sheet's; its sheet named in the language, the chart's references to it",
    async () => {
      const seen: { where: string; table: string; dimension: string }[] = [];
      for (const fig of figs)
        for (const [ext, dir] of [
          ["pptx", "ppt"],
          ["docx", "word"],
        ] as const) {
          const { chart, workbook } = await chartOf(await zipParts(file(fig.id, ext, locale)), dir);
          const table = attr(
            findAll(xml.parse(workbook.get("xl/tables/table1.xml")!.toString("utf8")), "table")[0],
            "ref",
          );
          const dimension = attr(
            findAll(xml.parse(workbook.get("xl/worksheets/sheet1.xml")!.toString("utf8")), "dimension")[0],
            "ref",
          );
          seen.push({ where: `${fig.id}.${ext}`, table, dimension });
          const sheets = findAll(xml.parse(workbook.get("xl/workbook.xml")!.toString("utf8")), "sheet").map((s) =>
            attr(s, "name"),
          );
          expect({ where: `${fig.id}.${ext}`, sheets }).toEqual({ where: `${fig.id}.${ext}`, sheets: [sheetData] });
          const refs = findAll(xml.parse(chart), "c:f").map(text);
          expect(refs.length).toBeGreaterThan(0);
          for (const r of refs) expect(r.startsWith(`'${sheetData}'!$`)).toBe(true);
        }
      const parsed = parsedRanges(seen.flatMap((s) => [s.table, s.dimension]));
      seen.forEach((s, i) => {
        const [table, dimension] = [parsed[2 * i], parsed[2 * i + 1]];
        expect({ where: s.where, table: table.error ?? table.bounds }).toEqual({
          where: s.where,
          table: dimension.bounds,
        });
      });
    },
  );

  test("charts and slides take a template's theme: accent colours from the site's series order, theme fonts, a title placeholder", async () => {
    for (const fig of figs) {
      const pptx = await zipParts(file(fig.id, "pptx", locale));
      const docx = await zipParts(file(fig.id, "docx", locale));
      for (const theme of [pptx.get("ppt/theme/theme1.xml")!, docx.get("word/theme/theme1.xml")!]) {
        const scheme = findAll(xml.parse(theme.toString("utf8")), "a:clrScheme")[0];
        const accents = THEME_ACCENTS.map((_t, i) => attr(findAll(scheme[`a:accent${i + 1}`], "a:srgbClr")[0], "val"));
        expect(accents).toEqual(THEME_ACCENTS.map((t) => CHART_TOKENS[t].light.slice(1).toUpperCase()));
      }
      for (const { chart } of [await chartOf(pptx, "ppt"), await chartOf(docx, "word")]) {
        const doc = xml.parse(chart);
        // every series' fill and line a theme accent, never a fixed RGB; no fixed face
        for (const ser of findAll(doc, "c:ser")) {
          const spPr = findAll(ser, "c:spPr")[0];
          expect(findAll(spPr, "a:srgbClr")).toEqual([]);
          expect(findAll(spPr, "a:schemeClr").map((c) => attr(c, "val"))[0]).toMatch(/^accent[1-6]$/);
        }
        expect(findAll(doc, "a:latin").map((l) => attr(l, "typeface"))).not.toContain("Arial");
      }
      const slide = xml.parse(pptx.get("ppt/slides/slide1.xml")!.toString("utf8"));
      const titled = findAll(slide, "p:sp").filter((sp) =>
        findAll(sp, "p:ph").some((ph) => attr(ph, "type") === "title"),
      );
      expect(titled).toHaveLength(1);
      expect(squash(findAll(titled[0], "a:t").map(text).join(""))).toBe(squash(fig.title));
      // a title that does not fit shrinks (normAutofit) rather than run into the units
      expect(findAll(titled[0], "a:normAutofit")).toHaveLength(1);
    }
  });

  test("speaker notes: paragraphs (no raw line breaks), every run in the language; no pointer to what the slide lacks", async () => {
    const pointers = [message(locale, "chartText.linksBelow")];
    for (const fig of figs) {
      const pptx = await zipParts(file(fig.id, "pptx", locale));
      const notes = xml.parse(pptx.get("ppt/notesSlides/notesSlide1.xml")!.toString("utf8"));
      const body = findAll(notes, "p:sp").find((sp) => findAll(sp, "p:ph").some((ph) => attr(ph, "type") === "body"))!;
      const paragraphs = findAll(body, "a:p").map((p) => findAll(p, "a:t").map(text).join(""));
      expect(paragraphs.length).toBeGreaterThanOrEqual(takeawaysOf(fig).length + 3);
      for (const p of paragraphs) expect(p).not.toMatch(/\n/);
      const langs = new Set(findAll(notes, "a:rPr").map((r) => attr(r, "lang")));
      expect([...langs]).toEqual([tag]);
      const slideText = squash(allText(pptx.get("ppt/slides/slide1.xml")!.toString("utf8"), "a:t"));
      for (const p of pointers) expect(slideText.toLowerCase()).not.toContain(p.toLowerCase());
      // the links the source line names are in the notes
      for (const l of fig.links) expect(paragraphs.join(" ")).toContain(l.url);
    }
    // notes true of a file showing one view and no table: no view switch, no "in the table" for an undrawn total
    const words = (id: string) => figs.find((f) => f.id === id)!.notes.join(" ");
    expect(words("bilateral-trade")).not.toMatch(/the switch|le sélecteur/i);
    expect(words("fdi-flows")).not.toMatch(/in the table|dans le tableau/i);
  });

  test("the monthly chart: the 24 February 2022 mark labelled at its month in the native chart; short axis title; no markers", async () => {
    const mark = message(locale, "figure.fr-ru-monthly.mark");
    for (const ext of ["pptx", "docx"] as const) {
      const { chart } = await chartOf(
        await zipParts(file("fr-ru-monthly", ext, locale)),
        ext === "pptx" ? "ppt" : "word",
      );
      const doc = xml.parse(chart);
      const categories = [...points(findAll(findAll(doc, "c:ser")[0], "c:cat")[0]).values()];
      const labels = findAll(doc, "c:dLbl").map((l) => ({
        idx: Number(attr(findAll(l, "c:idx")[0], "val")),
        text: findAll(l, "a:t").map(text).join(""),
      }));
      expect(labels).toContainEqual({ idx: categories.indexOf("2022-02"), text: mark });
      const axisTitle = findAll(findAll(doc, "c:valAx")[0], "a:t").map(text).join("");
      expect(axisTitle.length).toBeLessThanOrEqual(40);
      expect(findAll(doc, "c:symbol").map((s) => attr(s, "val"))).toEqual(["none", "none", "none"]);
    }
    // the note says what every format shows (a mark), not a dashed line only the page and PDF draw
    expect(monthly.notes.join(" ")).not.toMatch(/dashed|pointillé/i);
  });

  test("slope charts as the site draws them: no legend, each line named left of 2010 and right of 2020, ranks 1 to the last drawn, inverted", async () => {
    for (const fig of figs.filter((f) => f.id.includes("top-partners"))) {
      const { chart } = await chartOf(await zipParts(file(fig.id, "pptx", locale)), "ppt");
      const doc = xml.parse(chart);
      expect(findAll(doc, "c:legend")).toEqual([]);
      for (const ser of findAll(doc, "c:ser")) {
        const pos = findAll(ser, "c:dLbl").map((l) => [
          attr(findAll(l, "c:idx")[0], "val"),
          attr(findAll(l, "c:dLblPos")[0], "val"),
        ]);
        expect(pos).toEqual([
          ["0", "l"],
          ["1", "r"],
        ]);
      }
      const ranks = findAll(doc, "c:ser").flatMap((s) => [...points(findAll(s, "c:val")[0]).values()].map(Number));
      const scaling = findAll(findAll(doc, "c:valAx")[0], "c:scaling")[0];
      expect(attr(findAll(scaling, "c:orientation")[0], "val")).toBe("maxMin");
      expect(Number(attr(findAll(scaling, "c:min")[0], "val"))).toBe(1);
      expect(Number(attr(findAll(scaling, "c:max")[0], "val"))).toBe(Math.max(...ranks));
    }
  });

  test("Word: the document's language, headings in the outline and kept with what follows, last modified by the site", async () => {
    for (const fig of figs) {
      const docx = await zipParts(file(fig.id, "docx", locale));
      const styles = xml.parse(docx.get("word/styles.xml")!.toString("utf8"));
      const defaults = findAll(findAll(styles, "w:rPrDefault")[0], "w:lang");
      expect(defaults.map((l) => attr(l, "w:val"))).toEqual([tag]);
      for (const [id, level] of [
        ["Heading1", "0"],
        ["Heading2", "1"],
      ]) {
        const style = findAll(styles, "w:style").find((s) => attr(s, "w:styleId") === id)!;
        expect(findAll(style, "w:keepNext")).toHaveLength(1);
        expect(findAll(style, "w:outlineLvl").map((o) => attr(o, "w:val"))).toEqual([level]);
      }
      const core = docx.get("docProps/core.xml")!.toString("utf8");
      expect(text(findAll(xml.parse(core), "cp:lastModifiedBy")[0])).toBe(message(locale, "site.name"));
    }
  });

  test("Excel: header row tall enough for its wrapped lines, no doubled unit, thousands separators, a title; text cells in the language", async () => {
    for (const fig of figs) {
      const xlsx = await zipParts(file(fig.id, "xlsx", locale));
      const sheet = xml.parse(xlsx.get("xl/worksheets/sheet1.xml")!.toString("utf8"));
      const cells = await sheetCells(xlsx);
      const headers = [...cells].filter(([ref]) => /^[A-Z]1$/.test(ref)).map(([, v]) => String(v));
      for (const h of headers) expect(h).not.toMatch(/\([^)]*\(/);
      // a header that wraps (its column narrower than it) gets a row that tall: at least 15 pt a line
      const widths = findAll(sheet, "col").map((c) => Number(attr(c, "width")));
      const lines = Math.max(...headers.map((h, i) => Math.ceil(h.length / (widths[i] ?? 10))));
      const row1 = findAll(sheet, "row").find((r) => attr(r, "r") === "1")!;
      if (lines > 1) expect(Number(attr(row1, "ht"))).toBeGreaterThanOrEqual(15 * lines);
      // every number format of the data has thousands grouping ("#,##0"), none is the bare "0"
      const styles = xml.parse(xlsx.get("xl/styles.xml")!.toString("utf8"));
      for (const f of findAll(styles, "numFmt")) expect(attr(f, "formatCode")).toMatch(/^#,##0(\.0+)?$/);
      const core = xml.parse(xlsx.get("docProps/core.xml")!.toString("utf8"));
      expect(text(findAll(core, "dc:title")[0])).toBe(fig.title);
      expect(text(findAll(core, "dc:language")[0])).toBe(tag);
      // the table's text cells are the page's words for the CSV's codes
      const table = fig.table(d, fig.variants[0].key);
      table.columns.forEach((c, i) => {
        if (!c.labels) return;
        const col = String.fromCharCode(65 + i);
        table.rows.forEach((r, k) => {
          const want = c.labels![String(r[c.key])] ?? String(r[c.key]);
          expect({ at: `${col}${k + 2}`, v: cells.get(`${col}${k + 2}`) }).toEqual({ at: `${col}${k + 2}`, v: want });
        });
      });
    }
  });

  test("file names say their language: served at <figure>--<locale>.<ext>; English also at its former address", () => {
    for (const fig of figs)
      for (const ext of Object.keys(BRIEFING_FORMATS)) {
        expect(existsSync(filePath(fig.id, ext, locale))).toBe(true);
        const former = path.join(OUT, "charts/files", `${fig.id}.${ext}`);
        if (locale === "en") expect(readFileSync(former).equals(file(fig.id, ext, "en"))).toBe(true);
      }
  });

  testPdf(
    "PDF: tagged, in the language, with H1, a Figure with the alt text, a Table of TH and TD, links as Link annotations",
    () => {
      for (const fig of figs) {
        const pdf = filePath(fig.id, "pdf", locale);
        expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
        const struct = execFileSync("pdfinfo", ["-struct-text", pdf], { encoding: "utf8" });
        expect(struct).toMatch(/^Document$/m);
        expect(squash(struct)).toContain(`H1 (block) "${squash(fig.title)}"`);
        expect(struct).toMatch(/^\s+Figure:?$/m);
        expect(struct).toMatch(/^\s+Table \(block\)$/m);
        expect(struct).toMatch(/^\s+TH:?$/m);
        expect(struct).toMatch(/^\s+TD$/m);
        // each link a Link element holding its annotation (an object reference), the page's address among them
        const links = [...struct.matchAll(/Link \(inline\)\n\s+"([^"]+)"\n\s+Object \d+ \d+/g)].map((m) => m[1]);
        expect(links.some((l) => l.endsWith(`/${locale}/charts/${fig.page}/#${fig.id}`))).toBe(true);
        for (const l of fig.links) expect(links).toContain(l.url);
        // every address on one line of the page, never broken across two
        const lines = execFileSync("pdftotext", ["-enc", "UTF-8", "-raw", pdf, "-"], { encoding: "utf8" }).split("\n");
        for (const l of fig.links)
          expect({ url: l.url, oneLine: lines.some((x) => x.includes(l.url)) }).toEqual({ url: l.url, oneLine: true });
        const raw = readFileSync(pdf, "latin1");
        expect(raw).toContain(`/Lang (${tag})`);
        expect(raw).toMatch(/\/Alt \(/);
        expect((raw.match(/\/Subtype \/Link/g) ?? []).length).toBeGreaterThanOrEqual(fig.links.length + 1);
        // one page, the monthly figure's and France's rank's long tables aside
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
        expect({ fig: fig.id, onePage: pages === 1 }).toEqual({
          fig: fig.id,
          onePage: !["fr-ru-monthly", "france-rank-russia"].includes(fig.id),
        });
      }
    },
  );

  testPdf("no English left in the files' words: licence, link typography, the monthly table's cells", async () => {
    const aboutOf = async (id: string) =>
      [...(await sheetCells(await zipParts(file(id, "xlsx", locale)), "xl/worksheets/sheet2.xml")).values()]
        .map(String)
        .join("\n");
    for (const fig of figs) {
      const licence = licenceIn(SERVED_CSVS.find((c) => c.file === fig.csv)!.schema, locale);
      // a licence's row scope is named in the catalogue's words, not by the CSV's code
      expect(licence).not.toMatch(/russia-customs|(^|; )customs rows|lignes customs/);
      const about = await aboutOf(fig.id);
      expect(about).toContain(licence);
      for (const l of fig.links)
        expect(about).toContain(message(locale, "chartText.link", { label: l.label, url: l.url }));
    }
    const table = monthly.table(d, monthly.variants[0].key);
    const words = execFileSync("pdftotext", ["-enc", "UTF-8", filePath("fr-ru-monthly", "pdf", locale), "-"], {
      encoding: "utf8",
    });
    for (const c of table.columns.filter((x) => x.labels))
      for (const label of Object.values(c.labels!)) expect(words).toContain(label);
  });
});
