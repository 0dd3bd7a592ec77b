/**
 * The pages as static documents (lib/publish/static-pages.ts): every script that is not the site's own
 * (`data-site-script`) and every link to a script under /_next/ leave the page, whatever they hold; the site's own
 * stay; one loader at the end of the body loads the page script (one file for the site, named by its hash) and the
 * islands the page holds; a page already done is unchanged; Next's script and RSC payload files are found for
 * deletion, the site's files are not. On the built site: no page has a script but the site's own, none refers to
 * /_next/ JavaScript, no such file or payload file is left, and each page has one loader.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "../lib/i18n/locales";
import {
  isNextScriptPath,
  isPayloadPath,
  loaderScript,
  nextRuntimeFiles,
  pageScriptPath,
  staticPage,
  staticPageFiles,
} from "../lib/publish/static-pages";
import { memoryFiles } from "../lib/publish/files";
import { pageScript } from "../lib/publish/page-script/bundle";
import { islandBundles } from "../lib/publish/island/bundle";
import { attr, elements, parseHtml, rawText } from "../lib/publish/html-edit";
import { withoutIslandProps } from "../lib/publish/island-props";
import { createHash } from "node:crypto";

const page = [
  '<!DOCTYPE html><html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/x.mjs"/><link rel="stylesheet" href="/_next/static/chunks/s.css"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>',
  '</head><body><p>x</p><script id="_R_">anything at all</script>',
  '<div data-island="year-explorer" data-hydrate-for="q-years"><select><option>1</option></select></div>',
  '<script type="application/json" data-island-props="year-explorer" data-site-script="">{"a":1}</script>',
  '<script>self.x=[]</script><script src="/_next/static/chunks/b.js" async=""></script></body></html>',
].join("");
const opts = { withLoader: true, pageSrc: "/scripts/page-1.js", islands: { "year-explorer": "/scripts/ye-1.js" } };

test("every script but the site's own and every link to a script leave the page; one loader is added", () => {
  const { html, removed } = staticPage("p.html", page, opts);
  expect(removed).toBe(7);
  const loader = loaderScript("/scripts/page-1.js", { "year-explorer": "/scripts/ye-1.js" });
  expect(html).toBe(
    [
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/s.css"/>',
      "</head><body><p>x</p>",
      '<div data-island="year-explorer" data-hydrate-for="q-years"><select><option>1</option></select></div>',
      '<script type="application/json" data-island-props="year-explorer" data-site-script="">{"a":1}</script>',
      `<script data-site-script="loader">${loader}</script></body></html>`,
    ].join(""),
  );
  expect(loader).toContain('("/scripts/page-1.js",{"year-explorer":"/scripts/ye-1.js"},["pointerdown","keydown"');
  // run again: unchanged
  expect(staticPage("p.html", html, opts)).toEqual({ html, removed: 0 });
  // a page without islands gets a loader that names none, and no interaction to listen for
  const plain = staticPage("q.html", "<html><body><p>y</p></body></html>", opts).html;
  expect(plain).toContain('})("/scripts/page-1.js")</script>');
  expect(plain).not.toContain("pointerdown");
  expect(plain).not.toContain("ye-1");
  // without a loader (a page that is not one of the site's), scripts still leave
  expect(
    staticPage("r.html", "<html><body><script>1</script></body></html>", { ...opts, withLoader: false }).html,
  ).toBe("<html><head></head><body></body></html>".replace("<head></head>", ""));
});

test("the loader cannot be closed by what it names, and an island without a bundle stops the build", () => {
  expect(loaderScript("/p.js", { x: "/a</script>.js" })).not.toContain("</script>");
  expect(() => staticPage("p.html", page, { ...opts, islands: {} })).toThrow(
    'p.html: an element data-island="year-explorer", and no island bundle of that name',
  );
});

test("Next's scripts and RSC payloads are found for deletion; the site's files are not", () => {
  expect(isNextScriptPath("_next/static/chunks/a.js")).toBe(true);
  expect(isNextScriptPath("_next/static/abc/_buildManifest.js")).toBe(true);
  expect(isNextScriptPath("/_next/static/chunks/a.js?dpl=1")).toBe(true);
  expect(isNextScriptPath("_next/static/chunks/s.css")).toBe(false);
  expect(isNextScriptPath("scripts/page-1.js")).toBe(false);
  expect(isPayloadPath("en/index.txt")).toBe(true);
  expect(isPayloadPath("en/__next._tree.txt")).toBe(true);
  expect(isPayloadPath("robots.txt")).toBe(false);
  const site = memoryFiles();
  for (const p of ["index.html", "index.txt", "__next._full.txt", "_next/static/chunks/a.js", "robots.txt", "x.css"])
    site.write(p, "");
  expect(nextRuntimeFiles(site)).toEqual(["__next._full.txt", "_next/static/chunks/a.js", "index.txt"]);
});

test("the page script and the island are files of their own, named by their hash, written with the pages", () => {
  const site = memoryFiles();
  site.write("a/index.html", page);
  site.write("embed/x/index.html", "<html><body><script>keep()</script></body></html>");
  const out = staticPageFiles(site, ["a/index.html"]);
  const paths = out.map((o) => o.path);
  expect(paths).toContain(pageScriptPath(pageScript()).slice(1));
  expect(pageScriptPath(pageScript())).toMatch(/^\/scripts\/page-[0-9a-f]{20}\.js$/);
  const entry = islandBundles().entries["year-explorer"];
  expect(entry).toMatch(/^\/scripts\/year-explorer-[A-Z0-9]+\.js$/);
  expect(paths).toContain(entry.slice(1));
  expect(paths).not.toContain("embed/x/index.html"); // the embeds are the site's own pages
  const html = out.find((o) => o.path === "a/index.html")!.content.toString();
  expect(html).toContain(`"${pageScriptPath(pageScript())}"`);
  expect(html).toContain(`"${entry}"`);
});

test("the page script is one minified script with no </script and no import left", () => {
  const js = pageScript();
  expect(js.length).toBeGreaterThan(500);
  expect(js.length).toBeLessThan(6000);
  expect(js).not.toMatch(/<\/script|\bimport\b|\brequire\(/);
  expect(js).toContain("data-chart-svg-on-demand");
});

const OUT = path.join(__dirname, "..", "out");
(existsSync(path.join(OUT, "en")) ? test : test.skip)(
  "built site: no script but the site's own, no /_next/ JavaScript or RSC payload file, one loader a page",
  () => {
    const files = readdirSync(OUT, { recursive: true, encoding: "utf8" }).map((p) => p.split(path.sep).join("/"));
    expect(files.filter((p) => /^_next\/.*\.js$/.test(p) || /(^|\/)(index|__next\.[^/]*)\.txt$/.test(p))).toEqual([]);
    const pages = files.filter((p) => p.endsWith(".html") && !p.startsWith("embed/") && !p.includes("/embed/"));
    let loaders = 0;
    for (const p of pages) {
      const html = readFileSync(path.join(OUT, p), "utf8");
      const els = elements(parseHtml(html));
      const scripts = els.filter((e) => e.tagName === "script");
      expect([
        p,
        scripts.filter((s) => attr(s, "data-site-script") === null).map((s) => rawText(html, s).slice(0, 80)),
      ]).toEqual([p, []]);
      expect([p, html.includes("/_next/static/chunks/") && /\/_next\/[^"]*\.js/.test(html)]).toEqual([p, false]);
      const own = scripts.map((s) => attr(s, "data-site-script"));
      expect([p, own.filter((v) => v !== "loader" && v !== "" && v !== "language-choice").length]).toEqual([p, 0]);
      loaders += own.filter((v) => v === "loader").length;
      // the only other scripts are JSON props
      for (const s of scripts.filter((x) => attr(x, "data-site-script") === ""))
        expect([p, attr(s, "type"), () => JSON.parse(rawText(html, s))].slice(0, 2)).toEqual([p, "application/json"]);
    }
    expect(loaders).toBe(1 + 8 * LOCALES.length); // / and 8 pages a language
    expect(readFileSync(path.join(OUT, pageScriptPath(pageScript())), "utf8")).toBe(`${pageScript()}\n`);
  },
);

describe("island props out of the page (lib/publish/island-props.ts)", () => {
  const json = '{"csv":"x.csv","years":[2010,2020],"name":"a \\u003c b"}';
  const html =
    '<html><body><div data-island="year-explorer" data-hydrate-for="q-years"><select></select></div>' +
    `<script type="application/json" data-island-props="year-explorer" data-site-script="">${json}</script><p>after</p></body></html>`;

  test("the props are served as a file named by their hash, named on the island's element, and leave the page", () => {
    const done = withoutIslandProps("en/p/index.html", html)!;
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 20);
    const file = `charts/islands/year-explorer-${hash}.json`;
    expect(done.files).toEqual([{ path: file, content: json }]);
    expect(JSON.parse(done.files[0].content as string).name).toBe("a < b");
    expect(done.html).toBe(
      `<html><body><div data-island="year-explorer" data-hydrate-for="q-years" data-island-props-src="/${file}"><select></select></div>` +
        "<p>after</p></body></html>",
    );
    // run again: nothing left to move
    expect(withoutIslandProps("en/p/index.html", done.html)).toBeNull();
  });

  test("props that do not follow their island's element, or are not JSON, stop the build naming the page", () => {
    expect(() =>
      withoutIslandProps("fr/p/index.html", html.replace('data-island="year-explorer"', 'data-island="other"')),
    ).toThrow('fr/p/index.html: the props of island "year-explorer" do not follow its element');
    expect(() => withoutIslandProps("fr/p/index.html", html.replace(json, "{nope"))).toThrow(
      'fr/p/index.html: the props of island "year-explorer" are not JSON',
    );
  });
});
