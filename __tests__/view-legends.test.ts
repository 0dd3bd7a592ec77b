/**
 * Each view's legend lists exactly the series drawn in it: in every figure, the legend of a view (Figure.legend) holds
 * the keys its chart spec draws, no more; and France's rank chart, whose total view has no Comtrade line (Comtrade
 * holds partners' exports to Russia only), shows no Comtrade entry in that view wherever its legend goes (the page,
 * the export image, the embed, the briefing files) while its imports view, fetched as a panel, shows one. The built
 * files are read with parse5 (test-support/html-tree.ts), yauzl (the Office files' parts) and poppler's pdftotext,
 * not with the code that wrote them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { FIGURES, figure } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { derived } from "../lib/derive";
import { briefingOf } from "../lib/publish/briefing/content";
import { LOCALES } from "../lib/i18n/locales";
import { message } from "../lib/i18n/translate";
import { attrOf, byTag, textOf, type Element } from "../test-support/html-tree";
import { zipParts } from "../test-support/zip-parts";
import { briefingPath } from "../lib/publish/briefing/formats";

const OUT = path.resolve(__dirname, "..", "out");
const RANK = figure("france-rank-russia");
const built = (p: string) => {
  const file = path.join(OUT, p);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return readFileSync(file, "utf8");
};
/** The items of every legend (a list named by the legend's name) in a piece of HTML. */
const legends = (html: string | Element, name: string) =>
  byTag(html, "ul", (u) => attrOf(u, "aria-label") === name).map((u) => byTag(u, "li").map((li) => textOf(li).trim()));

describe("every figure: a view's legend is the series its chart draws", () => {
  const d = derived();
  test.each(FIGURES.flatMap((f) => f.variants.map((v) => [f.id, v.key] as const)))("%s, %s", (id, view) => {
    const def = figure(id);
    const fig = figureIn(def, "en");
    const spec = def.chart(d, view);
    const legend = fig.legend(view).map((s) => s.key);
    if (spec.kind === "slope") expect(legend).toEqual(["highlight", "others"]);
    else {
      const drawn = spec.kind === "bars-and-line" ? [...spec.bars, spec.line] : spec.series;
      expect(legend).toEqual(drawn.map((s) => s.key));
    }
  });
});

describe("France's rank among Russia's partners: Comtrade in the imports view's legend only", () => {
  const d = derived();
  const COMTRADE = (locale: (typeof LOCALES)[number]) =>
    message(locale, "figure.france-rank-russia.series.comtradeDeclared");

  test.each(LOCALES)("%s: the figure's views", (locale) => {
    const fig = figureIn(figure("france-rank-russia"), locale);
    const labels = (view: string) => fig.legend(view).map((s) => s.label);
    expect(labels("total")).not.toContain(COMTRADE(locale));
    expect(labels("total")).toHaveLength(4);
    expect(labels("imports")).toContain(COMTRADE(locale));
    expect(labels("imports")).toHaveLength(5);
    // each view's briefing files (PowerPoint, Word, Excel, PDF) carry that view's legend
    expect(briefingOf(fig, d, locale, "total").legend.map((l) => l.label)).toEqual(labels("total"));
    expect(briefingOf(fig, d, locale, "imports").legend.map((l) => l.label)).toEqual(labels("imports"));
  });

  test.each(LOCALES)("%s: the built page, the imports panel, the embed and the export image", (locale) => {
    const prefix = locale === "en" ? "en/" : `${locale}/`;
    const name = message(locale, "chartText.legend");
    const comtrade = COMTRADE(locale);
    const total = figureIn(figure("france-rank-russia"), locale)
      .legend("total")
      .map((s) => s.label);
    // the page: the figure's default view (total) with its legend; the imports view is in a panel file
    const page = built(`${prefix}charts/since-2021/index.html`);
    const fig = byTag(page, "figure", (f) => attrOf(f, "id") === "france-rank-russia")[0];
    expect(legends(fig, name)).toEqual([total]);
    const panel = JSON.parse(built(`charts/panels/${locale}/france-rank-russia--imports.json`)) as { html: string };
    const imports = legends(panel.html, name);
    expect(imports).toHaveLength(1);
    expect(imports[0]).toContain(comtrade);
    expect(imports[0].slice(0, 4)).toEqual(total);
    // the default view's embed shows the total view's legend, the imports view's embed its own
    const embedDir = locale === "en" ? "embed" : `${locale}/embed`;
    expect(legends(built(`${embedDir}/france-rank-russia/index.html`), name)).toEqual([total]);
    expect(legends(built(`${embedDir}/france-rank-russia/imports/index.html`), name)).toEqual(imports);
    // the export image: its description's legend line (its drawn text is outlines)
    const img = built(`${locale === "en" ? "" : `${locale}/`}charts/img/france-rank-russia.svg`);
    const desc = textOf(byTag(img, "desc")[0]);
    expect(desc).toContain(total[0]);
    expect(desc).not.toContain(comtrade);
    const importsImg = built(`${locale === "en" ? "" : `${locale}/`}charts/img/france-rank-russia--imports.svg`);
    expect(textOf(byTag(importsImg, "desc")[0])).toContain(comtrade);
  });

  test.each(LOCALES)("%s: the briefing files (the total view) name no Comtrade series", async (locale) => {
    const comtrade = COMTRADE(locale);
    const total = figureIn(figure("france-rank-russia"), locale)
      .legend("total")
      .map((s) => s.label);
    for (const ext of ["pptx", "docx", "xlsx"] as const) {
      built(briefingPath(RANK, "total", ext, locale)); // there, or a clear error
      const parts = await zipParts(readFileSync(path.join(OUT, briefingPath(RANK, "total", ext, locale))));
      const xml = [...parts.values()].map((b) => b.toString("utf8")).join("\n");
      expect({ ext, comtrade: xml.includes(comtrade) }).toEqual({ ext, comtrade: false });
    }
    const pdf = path.join(OUT, briefingPath(RANK, "total", "pdf", locale));
    let text: string;
    try {
      text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
    } catch (e) {
      if (process.env.CI) throw e;
      console.warn(`pdftotext unavailable: the PDF's legend is not checked (${(e as Error).message})`);
      return;
    }
    const squash = (t: string) => t.replace(/\s+/g, "");
    for (const label of total) expect(squash(text)).toContain(squash(label));
    expect(squash(text)).not.toContain(squash(comtrade));
  });

  test.each(LOCALES)("%s: the imports view's briefing files name the Comtrade series", async (locale) => {
    const comtrade = COMTRADE(locale);
    for (const ext of ["pptx", "docx", "xlsx"] as const) {
      const parts = await zipParts(readFileSync(path.join(OUT, briefingPath(RANK, "imports", ext, locale))));
      const xml = [...parts.values()].map((b) => b.toString("utf8")).join("\n");
      expect({ ext, comtrade: xml.includes(comtrade) }).toEqual({ ext, comtrade: true });
    }
  });
});
