/**
 * The built pages without a browser: each chart page's out/charts/<slug>/index.html holds every figure's static SVG
 * chart (one per variant) and data tables whose values (td[data-value], or a number's text read back) are the rows of
 * the figure's CSV as served from out/data/. Needs a built site (npm test builds it first, in pretest): without one every test fails,
 * none is skipped.
 */
import { LOCALES } from "../lib/i18n/locales";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict as decode } from "entities";
import { FIGURES, figuresOfPage } from "../lib/figures/registry";
import { PAGES } from "../lib/figures/pages";
import { withPanels } from "../test-support/panels";
import {
  cellValue,
  compareTableToCsv,
  countryNames,
  frenchNamesByEnglish,
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
function tablesOf(fig: string, locale: "en" | "fr"): { variant?: string; table: RenderedTable }[] {
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

const MISSING = `${OUT}/index.html is missing: run \`npm run build\` first (\`npm test\` does it in pretest)`;

describe("built chart pages (out/charts/*/index.html)", () => {
  // no built site: every test below fails with this message (a throwing beforeEach fails its test), none is skipped
  beforeEach(() => {
    if (!built) throw new Error(MISSING);
  });

  test("the site is built", () => {
    expect(existsSync(path.join(OUT, "index.html"))).toBe(true);
  });

  const names = built ? countryNames(read("data/countries.csv")) : new Map<string, string>();
  // French pages: country names are countries.csv's name_fr (CLDR), the CSVs' English names translated by it
  const namesFr = built ? countryNames(read("data/countries.csv"), "name_fr") : new Map<string, string>();
  const frByEn = built ? frenchNamesByEnglish(read("data/countries.csv")) : new Map<string, string>();

  test("every figure belongs to a chart page", () => {
    for (const f of FIGURES) expect(PAGES.map((p) => p.slug)).toContain(f.page);
  });

  describe.each(LOCALES.flatMap((l) => PAGES.map((p) => [l, p.slug] as const)))("/%s/charts/%s/", (lang, slug) => {
    const file = `${lang}/charts/${slug}/index.html`;
    // with every view's panel as the page script fills it when chosen (the hidden views are not in the HTML)
    const html = built && existsSync(path.join(OUT, file)) ? withPanels(OUT, read(file)) : "";

    test("the page exists", () => {
      expect(html).not.toBe("");
    });

    describe.each(figuresOfPage(slug).map((f) => [f.id, f]))("figure %s", (_id, fig) => {
      const block = figureHtml(html, fig.id) ?? "";

      test("is on the page", () => {
        if (!block) throw new Error(`${file} has no <figure id="${fig.id}">`);
      });

      // the default view's chart is in the page; the others are fetched when chosen (lib/publish/page-script/behaviour.ts)
      test.each(fig.variants.map((v, i) => [v.key, i]))("has the SVG chart for variant %s", (variant, i) => {
        if (i > 0) {
          expect(block).toContain(` data-chart-svg-on-demand="${fig.id}/${variant}/760/${lang}"`);
          return;
        }
        const svgs = chartSvgs(block).filter(
          (tag) => attr(tag, "data-figure") === fig.id && attr(tag, "data-variant") === variant,
        );
        expect(svgs.length).toBeGreaterThanOrEqual(1);
        for (const tag of svgs) expect(tag).toMatch(/\sviewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
      });

      test("every SVG in the figure is this figure's", () => {
        const svgs = chartSvgs(block);
        expect(svgs.length).toBeGreaterThanOrEqual(1);
        expect(svgs.map((t) => attr(t, "data-figure"))).toEqual(svgs.map(() => fig.id));
      });

      test(`table values equal the rows of /data/${fig.csv}`, () => {
        const csvFile = path.join(OUT, "data", fig.csv);
        if (!existsSync(csvFile)) throw new Error(`out/data/${fig.csv} is missing`);
        const csv = parseCsvText(readFileSync(csvFile, "utf8"));
        const tables = tablesOf(block, lang);
        expect(tables.map((t) => t.variant).sort()).toEqual(fig.variants.map((v) => v.key).sort());
        const problems = tables.flatMap((t) =>
          lang === "fr"
            ? compareTableToCsv(t.table, csv, { figure: fig.id, variant: t.variant }, namesFr, frByEn)
            : compareTableToCsv(t.table, csv, { figure: fig.id, variant: t.variant }, names),
        );
        if (problems.length) throw new Error(`${problems.length} mismatch(es):\n${problems.join("\n")}`);
      });

      test(`numbers are written in ${lang === "fr" ? "French" : "English"} and read back as the cell's value`, () => {
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
        for (const c of cells) {
          const back = readNumber(c.text, lang);
          const decimals = /[.,](\d+)$/.exec(c.text)?.[1].length ?? 0;
          if (back === null || Math.abs(back - Number(c.value)) > 0.5 * 10 ** -decimals + 1e-9)
            problems.push(`"${c.text}" for ${c.value}`);
          // a French grouped number is named without its spaces, so a screen reader reads one number
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
