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
import { countryNames, parseCsvText, type CsvRow } from "../test-support/tables";
import { zipParts } from "../test-support/zip-parts";

const OUT = path.join(__dirname, "..", "out");
const file = (id: string, ext: string, locale = "en") =>
  readFileSync(path.join(OUT, locale === "en" ? "charts/files" : `${locale}/charts/files`, `${id}.${ext}`));
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
  if (fig.id === "france-rank-russia") {
    // one category a year 2000–2024; each series (basis) France's rank, a year the basis lacks is a gap
    const rows = all.filter(VIEW_ROWS[fig.id]);
    const years = Array.from({ length: 25 }, (_, i) => String(2000 + i));
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
    for (const s of [fig.title, fig.units, fig.source, ...fig.notes]) expect(words).toContain(s);
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
      ["projects", /^Projects \(projects \(count\)\)$/],
      ["net_flow_usd_bn", /^Net flow \(USD bn\)$/],
      ["year", /^Year$/],
      ["value", /^Value \(EUR\)$/],
      ["rank", /^France's rank$/],
      ["partners_ranked", /^Partners ranked$/],
      ["value_usd_m", /^France, USD m/],
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
      const pdf = path.join(OUT, "charts/files", `${fig.id}.pdf`);
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
      if (fig.series.length <= 3) expect(first).toContain(squash(fig.series.map((l) => l.label).join(" ")));
      else for (const l of fig.series) expect(first).toContain(squash(l.label));
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
      for (const s of [fig.title, fig.units, fig.source, ...fig.notes]) expect(words).toContain(squash(s));
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
      const pdf = path.join(OUT, "fr/charts/files", `${fig.id}.pdf`);
      const text = (...range: string[]) =>
        squash(execFileSync("pdftotext", ["-enc", "UTF-8", ...range, pdf, "-"], { encoding: "utf8" }));
      const first = text("-f", "1", "-l", "1");
      // a line may break after a dash (pdftotext then writes "2019– 2020")
      const joined = (t: string) => squash(t).replace(/([–-]) /g, "$1");
      for (const s of [fig.title, fig.source, "À retenir", ...takeaways]) expect(joined(first)).toContain(joined(s));
      expect(joined(first)).toContain(joined(fig.series.map((l) => l.label).join(" ")));
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
