/**
 * Next's scripts fetched after the first paint (lib/publish/late-scripts.ts): the async script tags and their
 * preloads leave the page, one loader at the end of the body appends the same scripts in the same order; pages
 * without them are unchanged; on the built site no page loads a Next script from its markup, and each has one loader.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lateScripts, loaderScript } from "../lib/publish/late-scripts";

const page = [
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>',
  '</head><body><p>x</p><script>self.__next_f.push([1,"a"])</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script></body></html>',
].join("");

test("the async scripts and their preloads are replaced by one loader of the same scripts, in order, before </body>", () => {
  expect(lateScripts("p.html", page)).toBe(
    [
      '<html><head><script src="/_next/static/chunks/p.js" noModule=""></script>',
      '</head><body><p>x</p><script>self.__next_f.push([1,"a"])</script>',
      loaderScript(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]),
      "</body></html>",
    ].join(""),
  );
  expect(loaderScript(["/a.js"])).toContain('(["/a.js"])</script>');
  expect(loaderScript(["/a</script>.js"])).not.toContain("</script>.js");
});

test("a page without Next's scripts, or already done, is unchanged; a preload of a script not loaded stops the build", () => {
  const plain = "<html><body><p>x</p></body></html>";
  expect(lateScripts("p.html", plain)).toBe(plain);
  const once = lateScripts("p.html", page);
  expect(lateScripts("p.html", once)).toBe(once);
  const stray =
    '<html><head><link rel="preload" as="script" href="/_next/static/chunks/z.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body></body></html>';
  expect(() => lateScripts("fr/index.html", stray)).toThrow(
    "fr/index.html: preloaded scripts that are not loaded: /_next/static/chunks/z.js",
  );
});

const OUT = path.join(__dirname, "..", "out");
(existsSync(path.join(OUT, "en")) ? test : test.skip)(
  "built site: no page loads a Next script from its markup; each page with Next's scripts has one loader",
  () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".html"));
    let loaders = 0;
    for (const p of pages) {
      const html = readFileSync(path.join(OUT, p), "utf8");
      expect([p, html.match(/<script src="\/_next\/[^"]*" async/g)]).toEqual([p, null]);
      const n = html.split("function later(){requestAnimationFrame").length - 1;
      expect([p, n <= 1]).toEqual([p, true]);
      loaders += n;
    }
    expect(loaders).toBeGreaterThanOrEqual(15); // /, the 404 and 8 pages × 2 languages
  },
);
