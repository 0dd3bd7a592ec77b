/**
 * The built pages without a browser: each language has the chart pages the README lists; each chart page
 * (out/<lang>/charts/<slug>/index.html) shows the registry's figures of that page in order, each titled (its h2 and its
 * charts' accessible names) as written here in English and French, with its first view drawn twice (340 and 760 wide)
 * and no other chart; each of its data tables has as many rows as the figure's CSV as served from out/data/ (read with
 * papaparse) has for that view, chosen rows have the cells written here, and every table's values (td[data-value], or
 * a number's text read back) are the rows of that CSV. The parts that read the page's structure use parse5
 * (test-support/html-tree.ts). Needs a built site (npm test builds it first, in pretest): without one every test
 * fails, none is skipped.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../lib/i18n/locales";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict as decode } from "entities";
import { FIGURES, figuresOfPage } from "../lib/figures/registry";
import { PAGES } from "../lib/figures/pages";
import { withPanels } from "../test-support/panels";
import { attrOf, byTag, elementsOf, textOf, type Element } from "../test-support/html-tree";
import {
  cellValue,
  compareTableToCsv,
  countryNames,
  namesByEnglish,
  parseCsvText,
  readNumber,
  type RenderedTable,
} from "../test-support/tables";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, "index.html"));
const read = (p: string) => readFileSync(path.join(OUT, p), "utf8");

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/** The HTML of <figure id="…">…</figure> (figures are not nested). */
function figureHtml(html: string, id: string): string | undefined {
  const m = new RegExp(`<figure\\b[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</figure>`).exec(html);
  return m?.[1];
}

/** The opening tags of the chart SVGs in some HTML. */
const chartSvgs = (html: string) => [...html.matchAll(/<svg class="recharts-surface"[^>]*>/g)].map((m) => m[0]);

/** Each table[data-table] of a figure with the variant it is shown under. */
function tablesOf(fig: string, locale: Locale): { variant?: string; table: RenderedTable }[] {
  const firstVariant = /<svg\b[^>]*\sdata-variant="([^"]*)"/.exec(fig)?.[1];
  return [...fig.matchAll(/<table\b[^>]*\sdata-table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => {
    const before = fig.slice(0, m.index);
    const panels = [...before.matchAll(/\sdata-variant-panel="([^"]*)"/g)];
    const variant = panels.length ? decode(panels[panels.length - 1][1]) : firstVariant && decode(firstVariant);
    const keys = [...m[1].matchAll(/<th\b[^>]*>/g)]
      .map((t) => attr(t[0], "data-key"))
      .filter((k): k is string => k !== undefined);
    const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(m[1])?.[1] ?? "";
    const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1].matchAll(/<td\b([^>]*)>([^<]*)<\/td>/g)].map((td) =>
        cellValue(attr(` ${td[1]}`, "data-value"), decode(td[2]), locale),
      ),
    );
    return { variant, table: { keys, rows } };
  });
}

/** The chart pages the README lists, by slug (the same under /en/ and /fr/). */
const CHART_PAGES = ["bilateral-trade", "fdi-in-russia", "france-top-partners", "russia-top-partners", "since-2021"];

/** Each figure's title, as a reader sees it over the chart (its h2) and as the charts' accessible name. */
const TITLES: Record<Locale, Record<string, string>> = {
  en: {
    "bilateral-trade": "France–Russia goods trade by year",
    "france-top-partners": "France's top 20 trading partners, 2010 and 2020",
    "russia-top-partners-total": "Russia's top 15 trading partners, 2010 and 2020",
    "russia-top-partners-imports": "Russia's top 15 suppliers (by imports), 2010 and 2020",
    "fdi-projects": "Foreign direct investment projects in Russia by source country, 2017–2019",
    "fdi-flows": "Net FDI flows into Russia by counterpart country, 2019–2020",
    "fr-ru-monthly": "French–Russian goods trade month by month, since 2019",
    "france-rank-russia": "France's rank among Russia's partners, 2000–2024, on every basis that exists",
    "russia-rank-france-exports": "Russia among France's export markets, 2010–2022, on France's own declarations",
  },
  fr: {
    "bilateral-trade": "Échanges de biens France–Russie par année",
    "france-top-partners": "Les 20 premiers partenaires commerciaux de la France, 2010 et 2020",
    "russia-top-partners-total": "Les 15 premiers partenaires commerciaux de la Russie, 2010 et 2020",
    "russia-top-partners-imports": "Les 15 premiers fournisseurs de la Russie (importations), 2010 et 2020",
    "fdi-projects": "Projets d’investissement direct étranger en Russie par pays d’origine, 2017–2019",
    "fdi-flows": "Flux nets d’IDE entrants en Russie par pays de contrepartie, 2019–2020",
    "fr-ru-monthly": "Échanges de biens franco-russes mois par mois, depuis 2019",
    "france-rank-russia": "Rang de la France parmi les partenaires de la Russie, 2000–2024, sur chaque base qui existe",
    "russia-rank-france-exports":
      "La Russie parmi les marchés d’exportation de la France, 2010–2022, selon les déclarations de la France",
  },
  ru: {
    "bilateral-trade": "Торговля товарами между Францией и Россией по годам",
    "france-top-partners": "Крупнейшие торговые партнёры Франции (первые 20), 2010 и 2020 гг.",
    "russia-top-partners-total": "Крупнейшие торговые партнёры России (первые 15), 2010 и 2020 гг.",
    "russia-top-partners-imports": "Крупнейшие поставщики России по импорту (первые 15), 2010 и 2020 гг.",
    "fdi-projects": "Проекты прямых иностранных инвестиций в России по странам происхождения, 2017–2019",
    "fdi-flows": "Чистый приток ПИИ в Россию по странам-контрагентам, 2019–2020",
    "fr-ru-monthly": "Торговля товарами между Францией и Россией по месяцам с 2019 г.",
    "france-rank-russia": "Место Франции среди партнёров России, 2000–2024, на каждой существующей базе",
    "russia-rank-france-exports": "Россия среди экспортных рынков Франции, 2010–2022, по собственным данным Франции",
  },
};

/** Which rows of a figure's CSV a table of one view shows: what each table is said to be (its caption), as a filter. */
const TOP = (measure: string | null, depth: number) => (r: Record<string, string>, variant: string) =>
  (measure === null || r.measure === measure) &&
  r.basis === variant &&
  (r.year === "2010" || r.year === "2020") &&
  Number(r.rank) <= depth;
const VIEW_ROWS: Record<string, (row: Record<string, string>, variant: string) => boolean> = {
  "bilateral-trade": (r, variant) => r.basis === variant, // every year of the basis
  "france-top-partners": TOP(null, 20),
  "russia-top-partners-total": TOP("total", 15),
  "russia-top-partners-imports": TOP("imports", 15),
  "fdi-projects": () => true,
  "fdi-flows": () => true,
  "fr-ru-monthly": (r, variant) => r.unit === variant, // every month and flow, in euros or in dollars
  "france-rank-russia": (r, variant) => r.measure === variant && r.partner === "FRA", // France's rank, every basis
  "russia-rank-france-exports": (r) => r.partner === "RUS", // Russia's rank among France's markets, both declarations
};

/** Chosen rows, written here from the CSVs (checked by hand): figure, variant, how many first cells identify the row
 *  (year; year and rank; year and country), the row's cells. */
const NNBSP = "\u202f"; // French groups thousands with a narrow no-break space
const NBSP = "\u00a0"; // Russian groups thousands with a no-break space
const CELLS: Record<Locale, [string, string, number, string[]][]> = {
  en: [
    ["bilateral-trade", "france-declared", 1, ["2020", "5,893.7", "6,110.6", "12,004.2", "−216.9"]],
    ["bilateral-trade", "france-declared", 1, ["2010", "8,397.8", "15,486.3", "23,884.1", "−7,088.5"]],
    ["france-top-partners", "as-reported", 2, ["2010", "1", "Germany", "84,583.1", "116,323.2", "200,906.3"]],
    ["fdi-flows", "all", 2, ["2019", "Germany", "0.2"]],
  ],
  fr: [
    [
      "bilateral-trade",
      "france-declared",
      1,
      ["2020", `5${NNBSP}893,7`, `6${NNBSP}110,6`, `12${NNBSP}004,2`, "−216,9"],
    ],
    [
      "bilateral-trade",
      "france-declared",
      1,
      ["2010", `8${NNBSP}397,8`, `15${NNBSP}486,3`, `23${NNBSP}884,1`, `−7${NNBSP}088,5`],
    ],
    [
      "france-top-partners",
      "as-reported",
      2,
      ["2010", "1", "Allemagne", `84${NNBSP}583,1`, `116${NNBSP}323,2`, `200${NNBSP}906,3`],
    ],
    ["fdi-flows", "all", 2, ["2019", "Allemagne", "0,2"]],
  ],
  ru: [
    ["bilateral-trade", "france-declared", 1, ["2020", `5${NBSP}893,7`, `6${NBSP}110,6`, `12${NBSP}004,2`, "−216,9"]],
    [
      "bilateral-trade",
      "france-declared",
      1,
      ["2010", `8${NBSP}397,8`, `15${NBSP}486,3`, `23${NBSP}884,1`, `−7${NBSP}088,5`],
    ],
    [
      "france-top-partners",
      "as-reported",
      2,
      ["2010", "1", "Германия", `84${NBSP}583,1`, `116${NBSP}323,2`, `200${NBSP}906,3`],
    ],
    ["fdi-flows", "all", 2, ["2019", "Германия", "0,2"]],
  ],
};

/** The view (variant key) a table element belongs to: its panel's data-variant-panel, else the figure's first chart's. */
function viewOf(table: Element, figure: Element): string | undefined {
  for (let n: Element | undefined = table; n && n !== figure; n = n.parentNode as Element | undefined) {
    const v = n.attrs && attrOf(n, "data-variant-panel");
    if (v !== undefined) return v;
  }
  return attrOf(byTag(figure, "svg", (e) => attrOf(e, "data-variant") !== undefined)[0], "data-variant");
}

/** The cells' text of each body row of a table, as the parser reads them. */
const bodyRows = (table: Element) =>
  byTag(table, "tbody").flatMap((tb) =>
    byTag(tb, "tr").map((tr) =>
      elementsOf(tr)
        .filter((e) => e.tagName === "td" || e.tagName === "th")
        .map(textOf),
    ),
  );

const MISSING = `${OUT}/index.html is missing: run \`npm run build\` first (\`npm test\` does it in pretest)`;

describe("built chart pages (out/charts/*/index.html)", () => {
  // no built site: every test below fails with this message (a throwing beforeEach fails its test), none is skipped
  beforeEach(() => {
    if (!built) throw new Error(MISSING);
  });

  test("the site is built: each language has the chart pages the README lists, and no other", () => {
    for (const lang of LOCALES) {
      const slugs = readdirSync(path.join(OUT, lang, "charts"), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(OUT, lang, "charts", d.name, "index.html")))
        .map((d) => d.name)
        .sort();
      expect({ lang, slugs }).toEqual({ lang, slugs: CHART_PAGES });
    }
  });

  const names = built ? countryNames(read("data/countries.csv")) : new Map<string, string>();
  // pages in another language: country names are countries.csv's name_<locale> (CLDR), the CSVs' English names
  // translated by it
  const namesIn = (lang: Locale) =>
    lang === DEFAULT_LOCALE ? names : countryNames(read("data/countries.csv"), `name_${lang}`);
  const byEnglish = (lang: Locale) =>
    lang === DEFAULT_LOCALE ? undefined : namesByEnglish(read("data/countries.csv"), `name_${lang}`);

  test("every figure belongs to a chart page", () => {
    for (const f of FIGURES) expect(PAGES.map((p) => p.slug)).toContain(f.page);
  });

  describe.each(LOCALES.flatMap((l) => PAGES.map((p) => [l, p.slug] as const)))("/%s/charts/%s/", (lang, slug) => {
    const file = `${lang}/charts/${slug}/index.html`;
    // with every view's panel as the page script fills it when chosen (the hidden views are not in the HTML)
    const html = built && existsSync(path.join(OUT, file)) ? withPanels(OUT, read(file)) : "";

    const doc = () => elementsOf(html);

    test("shows the registry's figures of the page, in order, each titled as written here (h2 and charts' names)", () => {
      const figures = doc().filter((e) => e.tagName === "figure" && attrOf(e, "id") !== undefined);
      expect(figures.map((f) => attrOf(f, "id"))).toEqual(figuresOfPage(slug).map((f) => f.id));
      for (const f of figures) {
        const id = attrOf(f, "id")!;
        const title = TITLES[lang][id];
        const heading = byTag(f, "h2", (h) => attrOf(h, "id") === attrOf(f, "aria-labelledby"));
        expect({ id, headings: heading.map((h) => textOf(h).trim()) }).toEqual({ id, headings: [title] });
        const names = byTag(f, "svg", (e) => attrOf(e, "data-figure") !== undefined).map((e) =>
          attrOf(e, "aria-label"),
        );
        expect({ id, names }).toEqual({ id, names: [title, title] });
      }
    });

    describe.each(figuresOfPage(slug).map((f) => [f.id, f]))("figure %s", (_id, fig) => {
      const block = figureHtml(html, fig.id) ?? "";

      const figureEl = () => {
        const found = doc().filter((e) => e.tagName === "figure" && attrOf(e, "id") === fig.id);
        if (found.length !== 1) throw new Error(`${file} has ${found.length} <figure id="${fig.id}">`);
        return found[0];
      };

      test("each table shows as many rows as the CSV has for its view, and chosen cells as written here", () => {
        const csv = parseCsvText(read(`data/${fig.csv}`)).rows;
        const tables = byTag(figureEl(), "table", (t) => attrOf(t, "data-table") !== undefined);
        const got = tables.map((t) => ({ variant: viewOf(t, figureEl()), rows: bodyRows(t).length }));
        const expected = got.map(({ variant }) => ({
          variant,
          rows: csv.filter((r) => VIEW_ROWS[fig.id](r, variant ?? "")).length,
        }));
        expect(got).toEqual(expected);
        expect(got.map((t) => t.variant).sort()).toEqual(fig.variants.map((v) => v.key).sort());
        for (const [id, variant, key, cells] of CELLS[lang].filter(([id]) => id === fig.id)) {
          const table = tables.find((t) => viewOf(t, figureEl()) === variant)!;
          const rows = bodyRows(table).filter((r) => r.slice(0, key).every((c, i) => c.trim() === cells[i]));
          expect({ id, variant, rows: rows.map((r) => r.map((c) => c.trim())) }).toEqual({
            id,
            variant,
            rows: [cells],
          });
        }
      });

      // the default view's chart is in the page; the others are fetched when chosen (lib/publish/page-script/behaviour.ts)
      test.each(fig.variants.map((v, i) => [v.key, i]))("has the SVG chart for variant %s", (variant, i) => {
        if (i > 0) {
          expect(block).toContain(` data-chart-svg-on-demand="${fig.id}/${variant}/760/${lang}"`);
          return;
        }
        // two renders of the view: the phone-width chart (340 wide) and the wide one (760), each with a height
        const boxes = byTag(
          figureEl(),
          "svg",
          (e) => attrOf(e, "data-figure") === fig.id && attrOf(e, "data-variant") === variant,
        ).map((e) => (attrOf(e, "viewBox") ?? "").split(" ").map(Number));
        expect(boxes.map(([x, y, w]) => [x, y, w])).toEqual([
          [0, 0, 340],
          [0, 0, 760],
        ]);
        for (const [, , , h] of boxes) expect(h).toBeGreaterThanOrEqual(150);
      });

      test("the figure's chart SVGs are this figure's two renders of its first view, and no other", () => {
        const svgs = chartSvgs(block);
        expect(svgs.map((t) => [attr(t, "data-figure"), attr(t, "data-variant")])).toEqual([
          [fig.id, fig.variants[0].key],
          [fig.id, fig.variants[0].key],
        ]);
      });

      test(`table values equal the rows of /data/${fig.csv}`, () => {
        const csvFile = path.join(OUT, "data", fig.csv);
        if (!existsSync(csvFile)) throw new Error(`out/data/${fig.csv} is missing`);
        const csv = parseCsvText(readFileSync(csvFile, "utf8"));
        const tables = tablesOf(block, lang);
        expect(tables.map((t) => t.variant).sort()).toEqual(fig.variants.map((v) => v.key).sort());
        const problems = tables.flatMap((t) =>
          compareTableToCsv(t.table, csv, { figure: fig.id, variant: t.variant }, namesIn(lang), byEnglish(lang)),
        );
        if (problems.length) throw new Error(`${problems.length} mismatch(es):\n${problems.join("\n")}`);
      });

      test(`numbers are written in the language of /${lang}/ and read back as the cell's value`, () => {
        const numbers = [...block.matchAll(/<td\b([^>]*)>([^<]*)<\/td>/g)]
          .filter((m) => attr(` ${m[1]}`, "class") === "n" && decode(m[2]) !== "—")
          .map((m) => ({
            value: attr(` ${m[1]}`, "data-value"),
            label: attr(` ${m[1]}`, "aria-label"),
            text: decode(m[2]),
          }));
        expect(numbers.length).toBeGreaterThan(0);
        // a number shown with all its digits has no data-value (its text is its value); a rounded one keeps it
        const cells = numbers.map((c) => ({ ...c, value: c.value ?? String(readNumber(c.text, lang)) }));
        const problems: string[] = [];
        for (const c of numbers) {
          const back = readNumber(c.text, lang);
          if (c.value === undefined && back === null) problems.push(`"${c.text}" reads as no number`);
          if (c.value !== undefined && back === Number(c.value)) problems.push(`"${c.text}" has its value twice`);
        }
        // a negative number is written with the minus sign U+2212, never a hyphen-minus
        for (const c of numbers) if (/^-/.test(c.text)) problems.push(`"${c.text}" starts with a hyphen-minus`);
        for (const c of cells) {
          const back = readNumber(c.text, lang);
          const decimals = /[.,](\d+)$/.exec(c.text)?.[1].length ?? 0;
          if (back === null || Math.abs(back - Number(c.value)) > 0.5 * 10 ** -decimals + 1e-9)
            problems.push(`"${c.text}" for ${c.value}`);
          // a number grouped with spaces (French, Russian) is named without them, so a screen reader reads one number
          if (/\s/u.test(c.text) && c.label !== c.text.replace(/\s/gu, ""))
            problems.push(`"${c.text}" labelled ${c.label}`);
        }
        expect(problems).toEqual([]);
      });

      test("links its CSV download", () => {
        expect(block).toContain(`href="/data/${fig.csv}"`);
      });
    });
  });
});

describe("English names in French and Russian sentences are marked lang=en (a screen reader reads them in English)", () => {
  const marked = (page: string) =>
    elementsOf(read(page))
      .filter((e) => e.tagName === "span" && attrOf(e, "lang") === "en")
      .map((e) => textOf(e));
  test.each(["fr", "ru"])("/%s/: the home page's introduction names the source and the publication in English", (l) => {
    if (!built) throw new Error(MISSING);
    const intro = elementsOf(read(`${l}/index.html`)).find(
      (e) => e.tagName === "p" && textOf(e).includes("Direction of Trade Statistics"),
    );
    expect(intro).toBeDefined();
    const spans = elementsOf(intro!)
      .filter((e) => e.tagName === "span")
      .map((e) => [attrOf(e, "lang"), textOf(e)]);
    expect(spans).toEqual([
      ["en", "Russia Matters"],
      ["en", "Direction of Trade Statistics"],
    ]);
  });
  test.each(["fr", "ru"])("/%s/data/: the IMF's credit line is quoted in English", (l) => {
    if (!built) throw new Error(MISSING);
    expect(marked(`${l}/data/index.html`)).toContain("Source: IMF Direction of Trade Statistics");
  });
});
