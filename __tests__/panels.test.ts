/**
 * The hidden views' panels moved out of the pages (lib/publish/panels.ts): the content of each panel that names a
 * file leaves the HTML and goes to that file; running again changes nothing; a panel that does not close, a path that
 * is not a panel path, two contents for one path or an empty panel without its file stop the build, naming the page.
 * On the built site: no page holds a hidden view's content, every panel's file is there and holds that view's
 * takeaways and data table, and the default views are still in the page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { memoryFiles } from "../lib/publish/files";
import { extractPanels, panelFiles } from "../lib/publish/panel-files";

const SRC = "/charts/panels/fr/f--v.json";
const inner = '<div data-chart-svg-on-demand="f/v/760/fr"></div><div><ul id="t"><li>a &lt;div</li></ul></div>';
const page = (content: string, src = SRC) =>
  `<body><div data-variants="f"><div data-variant-panel="d"><div>default</div></div>` +
  `<div hidden="" data-variant-panel="v" data-panel-src="${src}"><div data-panel-content="">${content}</div></div></div>` +
  `<p>after</p></body>`;

test("a panel's content leaves the page for the file its path names; the panel stays, empty", () => {
  const { html, files } = extractPanels("p.html", page(inner));
  expect(html).toBe(page(""));
  expect([...files]).toEqual([[SRC, inner]]);
});

test("postbuild's step: the page rewritten, one JSON file per panel; run again over its output, nothing changes", () => {
  const site = memoryFiles();
  site.write("en/a/index.html", page(inner));
  site.write("en/b/index.html", "<body><p>no panel</p></body>");
  const out = panelFiles(site);
  expect(out.map((o) => o.path).sort()).toEqual(["charts/panels/fr/f--v.json", "en/a/index.html"]);
  const file = JSON.parse(out.find((o) => o.path.endsWith(".json"))!.content.toString()) as { html: string };
  expect(file).toEqual({ html: inner });
  for (const o of out) site.write(o.path, o.content);
  expect(panelFiles(site).filter((o) => !o.path.endsWith(".json"))).toEqual([]);
});

test("bad input stops the build, naming the page and the panel", () => {
  const cut = page(inner).slice(0, page(inner).indexOf(inner) + inner.length);
  expect(() => extractPanels("p.html", cut)).toThrow(`p.html: panel data-panel-src="${SRC}" does not close`);
  expect(() => extractPanels("p.html", page(inner, "/elsewhere.json"))).toThrow(
    'p.html: panel data-panel-src="/elsewhere.json": not a panel path',
  );
  const two = memoryFiles();
  two.write("a.html", page(inner));
  two.write("b.html", page("<p>other</p>"));
  expect(() => panelFiles(two)).toThrow(`b.html: panel ${SRC} differs from the one of a.html`);
  const empty = memoryFiles();
  empty.write("a.html", page(""));
  expect(() => panelFiles(empty)).toThrow(`a.html: panel ${SRC} is empty and has no file`);
});

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, "index.html"));

describe("the built site (out/)", () => {
  beforeEach(() => {
    if (!built) throw new Error(`${OUT}/index.html is missing: run \`npm run build\` first`);
  });
  const pages = ["en", "fr"].flatMap((l) =>
    readdirSync(path.join(OUT, l, "charts"), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(path.join(OUT, l, "charts", e.name, "index.html")))
      .map((e) => `${l}/charts/${e.name}/index.html`),
  );

  test("every hidden view's panel, and every figure's Embed and Cite panel, is empty in its page; its file holds it", () => {
    let panels = 0;
    let shares = 0;
    let files = 0;
    for (const p of pages) {
      const html = readFileSync(path.join(OUT, p), "utf8");
      for (const m of html.matchAll(
        /<div hidden="" data-variant-panel="([^"]+)" data-panel-src="([^"]+)">(<div data-panel-content=""><\/div>)?<\/div>/g,
      )) {
        panels++;
        expect({ p, view: m[1], empty: Boolean(m[3]) }).toEqual({ p, view: m[1], empty: true });
        const file = JSON.parse(readFileSync(path.join(OUT, m[2]), "utf8")) as { html: string };
        const figure = /\/([a-z0-9-]+)--[^/]+\.json$/.exec(m[2])![1];
        expect(file.html).toContain(`<ul id="${figure}-${m[1]}-takeaways"`);
        // its table, or where the table is long, the panel of the table's own file
        expect(file.html).toMatch(
          new RegExp(
            `<table\\b[^>]*data-table|data-panel-src="/charts/panels/[a-z]{2}/${figure}--${m[1]}--table\\.json"`,
          ),
        );
        expect(file.html).toContain(`data-chart-svg-on-demand="${figure}/${m[1]}/760/${p.slice(0, 2)}"`);
      }
      // the Embed and Cite panels of each figure: empty, their files hold the embed code and the citations
      const figures = [...html.matchAll(/<figure aria-labelledby="[^"]+" class="[^"]*" id="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(figures.length).toBeGreaterThan(0);
      for (const fig of figures)
        for (const [kind, holds] of [
          ["embed", `<textarea id="${fig}-embed-code"`],
          ["cite", `<textarea id="${fig}-cite-bibtex"`],
        ]) {
          const src = `/charts/panels/${p.slice(0, 2)}/${fig}--${kind}.json`;
          expect(html).toContain(`<div data-panel-src="${src}"><div data-panel-content=""></div></div>`);
          expect(html).not.toContain(holds);
          expect((JSON.parse(readFileSync(path.join(OUT, src), "utf8")) as { html: string }).html).toContain(holds);
          shares++;
        }
      // each hidden view's block of files (downloads, Embed, Cite): empty, its file holds the view's downloads and
      // its own Embed and Cite panels, empty in turn, whose files hold the view's embed code and citation
      const lang = p.slice(0, 2);
      for (const m of html.matchAll(
        /<div hidden="" data-view-files-panel="([^"]+)" data-panel-src="([^"]+)">(<div data-panel-content=""><\/div>)?<\/div>/g,
      )) {
        files++;
        const [, view, src, empty] = m;
        const fig = /\/([a-z0-9-]+)--[^/]+--files\.json$/.exec(src)![1];
        expect({ p, view, empty: Boolean(empty) }).toEqual({ p, view, empty: true });
        const block = (JSON.parse(readFileSync(path.join(OUT, src), "utf8")) as { html: string }).html;
        expect(block).toContain(`href="/${lang === "en" ? "" : `${lang}/`}charts/files/${fig}--${view}--${lang}.pptx"`);
        expect(block).toContain(`href="/data/views/${fig}--${view}.csv"`);
        for (const [kind, holds] of [
          ["embed", `/${lang === "en" ? "" : `${lang}/`}embed/${fig}/${view}/`],
          ["cite", `?${fig}=${view}#${fig}`],
        ]) {
          const inner = `/charts/panels/${lang}/${fig}--${view}--${kind}.json`;
          expect(block).toContain(`<div data-panel-src="${inner}"><div data-panel-content=""></div></div>`);
          expect(block).not.toContain(`id="${fig}--${view}-${kind}`);
          const held = (JSON.parse(readFileSync(path.join(OUT, inner), "utf8")) as { html: string }).html;
          expect(held).toContain(`id="${fig}--${view}-${kind === "embed" ? "embed-code" : "cite-text"}"`);
          expect(held).toContain(holds);
        }
      }
      // every panel the page has: as many as the matches above, and the default ones hold their content
      const hidden = [...html.matchAll(/<div hidden="" data-variant-panel="[^"]+" data-panel-src=/g)].length;
      // (and one for each long table the page shows at load: its default views' and its sections')
      const tables = [...html.matchAll(/data-panel-src="[^"]+--table\.json"/g)].length;
      expect((html.match(/data-panel-src=/g) ?? []).length).toBe(2 * hidden + 2 * figures.length + tables);
      // (a view's panel opens with its own legend, then its chart)
      for (const m of html.matchAll(/<div data-variant-panel="([^"]+)">(<ul [^>]*>(?:(?!<\/ul>).)*<\/ul>)?(.{0,20})/g))
        expect({ p, view: m[1], legend: !!m[2], start: m[3].startsWith("<div data-chart=") }).toEqual({
          p,
          view: m[1],
          legend: true,
          start: true,
        });
    }
    // 14 hidden views a language (Russia 2 × 4, bilateral 3, France 1, monthly 1, France's rank 1)
    expect(panels).toBe(28);
    // and a block of files for each
    expect(files).toBe(28);
    // an Embed and a Cite panel for each of the 9 figures, in each language
    expect(shares).toBe(2 * 2 * 9);
  });
});
