/**
 * Chart pages printed with the browser's defaults (page.pdf() with no options: Letter, background graphics off).
 * Every chart page of every language, read back by poppler (pdfinfo, pdftotext per page): the first page holds the
 * first figure's title and at least 500 characters (the figure is not pushed whole to the next page, leaving the
 * first almost empty), most words drawn in its chart are on that page or the next, and no page is empty. And the
 * legend's colour keys still print, so the series can be told apart on paper: each chart page's legends alone are
 * printed by Chromium to PDF (everything else hidden), the PDF rendered to pixels by poppler's pdftoppm, and every
 * swatch's colour, as the page computes it, must be among the pixels.
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
const ALL_CHART_PAGES = sitemapPaths().filter(isChartPage);

/** Text as pdftotext and the page compare: compatibility forms folded (ligatures), white space collapsed. */
const norm = (t: string) => t.normalize("NFKC").replace(/\s+/g, " ").trim();

/** "rgb(12, 34, 56)" → [12, 34, 56] */
const rgb = (css: string) => (/rgba?\((\d+), (\d+), (\d+)/.exec(css) ?? []).slice(1).map(Number);

describeBrowser("printed with the browser's defaults", () => {
  test.each(ALL_CHART_PAGES)(
    "%s: the first figure starts on the first page, its chart on that page or the next; no page is empty",
    async (p) => {
      const { context, page } = await openLocalPage(site);
      const dir = mkdtempSync(path.join(tmpdir(), "print-"));
      try {
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        await page.emulateMedia({ media: "print" });
        const first = await page.evaluate(() => {
          const fig = document.querySelector("main figure")!;
          const svg = [...fig.querySelectorAll("[data-chart] svg")].find((s) => s.getBoundingClientRect().height > 0);
          return {
            title: fig.querySelector("h2")?.textContent ?? "",
            legend: [...fig.querySelectorAll("ul[aria-label] li")].map((li) => li.textContent ?? ""),
            chartWords: [...(svg?.querySelectorAll("text") ?? [])]
              .map((t) => t.textContent ?? "")
              .filter((t) => /[\p{L}\p{N}]{2}/u.test(t)),
          };
        });
        expect(first.title.length).toBeGreaterThan(5);
        expect(first.chartWords.length).toBeGreaterThan(0);
        const file = path.join(dir, "page.pdf");
        writeFileSync(file, await page.pdf());
        const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
        expect(pages).toBeGreaterThan(0);
        const text = (n: number) =>
          norm(execFileSync("pdftotext", ["-f", String(n), "-l", String(n), file, "-"], { encoding: "utf8" }));
        // compared without white space: pdftotext breaks lines where the page does ("2017–" / "2019")
        const one = text(1);
        const squeezed = (n: number) => text(n).replace(/\s+/g, "");
        const on = (n: number, t: string) => squeezed(n).includes(norm(t).replace(/\s+/g, ""));
        // the figure starts on the first page: its title there, with a meaningful amount of the page (not an almost
        // empty page whose figure was pushed whole to the next one)
        expect({ p, title: on(1, first.title), chars: one.length >= 500 }).toEqual({ p, title: true, chars: true });
        // and its chart follows on the same page or the next: most words drawn in it (axis labels, names) are there
        const drawn = first.chartWords.filter((w) => on(1, w) || (pages > 1 && on(2, w)));
        expect({ p, drawn: drawn.length >= first.chartWords.length / 2 }).toEqual({ p, drawn: true });
        const empty = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => text(n).length < 20);
        expect({ p, pages, empty }).toEqual({ p, pages, empty: [] });
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await context.close();
      }
    },
  );

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
