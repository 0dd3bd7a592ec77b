/**
 * Next's scripts and the page's payload loaded on the first interaction (lib/publish/late-scripts.ts): the async
 * script tags, their preloads and the inline payload leave the page; the payload goes to a file named by its hash; one
 * inline script at the end of the body loads the page script (one file for the site, named by its hash) and, on the
 * first interaction, the payload, then the same scripts in order;
 * pages without Next's scripts are unchanged. On the built site: no page loads a Next script or holds a payload in its
 * markup, each has one loader, and each payload file is the one its page loads.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { flightPath, lateScriptFiles, lateScripts, loaderScript, pageScriptPath } from "../lib/publish/late-scripts";
import { memoryFiles } from "../lib/publish/files";
import { pageScript } from "../lib/publish/page-script/bundle";

const page = [
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>',
  '</head><body><p>x</p><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"a"])</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script></body></html>',
].join("");
const payload = '(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"a"])';

test("scripts, preloads and payload leave the page; one script runs the page script and loads the payload, then the scripts", () => {
  const { html, flight } = lateScripts("p.html", page);
  const file = flightPath(payload);
  expect(file).toMatch(/^\/_next\/static\/flight\/[0-9a-f]{20}\.js$/);
  expect(flight).toEqual({ path: file.slice(1), content: `${payload};` });
  expect(html).toBe(
    [
      '<html><head><script src="/_next/static/chunks/p.js" noModule=""></script>',
      "</head><body><p>x</p>",
      `<script>${loaderScript([file, "/_next/static/chunks/a.js", "/_next/static/chunks/b.js"], pageScriptPath(pageScript()))}</script>`,
      "</body></html>",
    ].join(""),
  );
  expect(loaderScript(["/a.js"], "/scripts/page-1.js")).toContain(
    '(["/a.js"],["pointerdown","keydown","touchstart","focusin","input","change"],"/scripts/page-1.js")',
  );
  expect(loaderScript(["/a</script>.js"], "/p.js")).not.toContain("</script>.js");
  // a different payload, a different file
  expect(flightPath(payload + ";")).not.toBe(file);
});

test("a page without Next's scripts, or already done, is unchanged; a preload of a script not loaded stops the build", () => {
  const plain = "<html><body><p>x</p></body></html>";
  expect(lateScripts("p.html", plain)).toEqual({ html: plain, flight: null });
  const once = lateScripts("p.html", page).html;
  expect(lateScripts("p.html", once)).toEqual({ html: once, flight: null });
  const stray =
    '<html><head><link rel="preload" as="script" href="/_next/static/chunks/z.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body></body></html>';
  expect(() => lateScripts("fr/index.html", stray)).toThrow(
    "fr/index.html: preloaded scripts that are not loaded: /_next/static/chunks/z.js",
  );
});

test("the page script is one file for the site, named by its hash, written with the pages", () => {
  const site = memoryFiles();
  site.write("a/index.html", page);
  site.write("b/index.html", page.replace("<p>x</p>", "<p>y</p>"));
  const out = lateScriptFiles(site);
  const scripts = out.filter((o) => o.path.startsWith("scripts/"));
  expect(scripts.map((o) => o.path)).toEqual([pageScriptPath(pageScript()).slice(1)]);
  expect(scripts[0].content).toBe(`${pageScript()}\n`);
  expect(pageScriptPath(pageScript())).toMatch(/^\/scripts\/page-[0-9a-f]{20}\.js$/);
  for (const p of ["a/index.html", "b/index.html"])
    expect(out.find((o) => o.path === p)!.content.toString()).toContain(`"${pageScriptPath(pageScript())}"`);
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
  "built site: no page loads a Next script or holds a payload in its markup; each has one loader of its own payload file",
  () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".html"));
    let loaders = 0;
    for (const p of pages) {
      const html = readFileSync(path.join(OUT, p), "utf8");
      expect([p, html.match(/<script src="\/_next\/[^"]*" async/g)]).toEqual([p, null]);
      expect([p, html.includes("self.__next_f")]).toEqual([p, false]);
      const files = [...html.matchAll(/"(\/_next\/static\/flight\/[0-9a-f]{20}\.js)"/g)].map((m) => m[1]);
      expect([p, files.length <= 1]).toEqual([p, true]);
      for (const f of files) {
        const content = readFileSync(path.join(OUT, f), "utf8");
        expect([p, content.startsWith("(self.__next_f=self.__next_f||[]).push([0])")]).toEqual([p, true]);
        expect([p, flightPath(content.replace(/;$/, ""))]).toEqual([p, f]);
      }
      loaders += files.length;
    }
    expect(loaders).toBeGreaterThanOrEqual(17); // /, the 404 and 8 pages × 2 languages
    // the page script they load is served, and is today's bundle
    expect(readFileSync(path.join(OUT, pageScriptPath(pageScript())), "utf8")).toBe(`${pageScript()}\n`);
  },
);
