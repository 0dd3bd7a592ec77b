/**
 * A chart page printed with the browser's defaults (background graphics off): the legend's colour keys still print,
 * so the series can be told apart on paper. Each chart page's legends alone are printed by Chromium to PDF
 * (everything else hidden), the PDF rendered to pixels by poppler's pdftoppm, and every swatch's colour, as the
 * page computes it, must be among the pixels.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PNG } from "pngjs";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { isChartPage, sitemapPaths } from "./helpers/site";

const site = siteInBrowser();
const { describeBrowser } = site;
// one language is enough: the legend is the same component in every language
const PAGES = sitemapPaths().filter((p) => isChartPage(p) && p.startsWith("/en/"));

/** "rgb(12, 34, 56)" → [12, 34, 56] */
const rgb = (css: string) => (/rgba?\((\d+), (\d+), (\d+)/.exec(css) ?? []).slice(1).map(Number);

describeBrowser("printed with the browser's defaults", () => {
  test.each(PAGES)("%s: every legend swatch prints in its colour", async (p) => {
    const { context, page } = await openLocalPage(site);
    const dir = mkdtempSync(path.join(tmpdir(), "print-"));
    try {
      await page.goto(site.server.url(p), { waitUntil: "networkidle" });
      await page.emulateMedia({ media: "print", colorScheme: "light" });
      // the colour each swatch should have, as the page computes it
      const colours: { label: string; rgb: string }[] = await page.$$eval("figure ul[aria-label] li", (lis) =>
        lis.map((li) => {
          const mark = li.querySelector("svg rect, span") as Element;
          const style = getComputedStyle(mark);
          return {
            label: (li.textContent ?? "").trim(),
            rgb: mark.tagName.toLowerCase() === "rect" ? style.fill : style.backgroundColor,
          };
        }),
      );
      expect(colours.length).toBeGreaterThan(0);
      // print the legends alone: every other thing hidden
      await page.addStyleTag({
        content:
          "body *{visibility:hidden!important} figure ul[aria-label],figure ul[aria-label] *{visibility:visible!important}",
      });
      const pdf = await page.pdf({ format: "A4", printBackground: false });
      writeFileSync(path.join(dir, "page.pdf"), pdf);
      execFileSync("pdftoppm", ["-png", "-r", "150", path.join(dir, "page.pdf"), path.join(dir, "page")]);
      const seen = new Set<string>();
      for (const f of execFileSync("ls", [dir], { encoding: "utf8" })
        .split("\n")
        .filter((n) => n.endsWith(".png"))) {
        const { data } = PNG.sync.read(readFileSync(path.join(dir, f)));
        for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      }
      // a swatch's colour, give or take the rendering's rounding (anti-aliased edges aside, the fill is flat)
      const near = ([r, g, b]: number[]) =>
        [...seen].some((s) => {
          const [x, y, z] = s.split(",").map(Number);
          return Math.abs(x - r) <= 3 && Math.abs(y - g) <= 3 && Math.abs(z - b) <= 3;
        });
      const missing = colours.filter((c) => !near(rgb(c.rgb))).map((c) => `${c.label} (${c.rgb})`);
      expect(missing).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await context.close();
    }
  });
});
