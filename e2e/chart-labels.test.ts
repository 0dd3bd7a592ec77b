/**
 * No chart cuts its words: in Chromium, at a phone's width and a desktop's, every text a chart draws (labels, ticks,
 * axis names) lies inside the chart's own drawing area, on every page in every language. Long names (« Соединенные
 * Штаты », « R.A.S. chinoise de Hong Kong ») are where this breaks: a slope's side margins grow with its longest label,
 * or its labels are drawn smaller (lib/figures/charts/size.ts slopeSides). Names every text that sticks out.
 */
import { siteInBrowser } from "./helpers/setup";
import { keepLocal } from "./helpers/page";
import { sitemapPaths } from "./helpers/site";
import { LOCALES } from "../lib/i18n/locales";

const site = siteInBrowser();
const PAGES = sitemapPaths().filter((p) => LOCALES.some((l) => p.startsWith(`/${l}/`)));

/** Each shown chart's texts whose box, in the SVG's own units, leaves its viewBox (1 unit of slack). */
const cut = `(() => [...document.querySelectorAll("svg[data-figure]")]
  .filter((svg) => svg.getBoundingClientRect().width > 0)
  .flatMap((svg) => {
    const v = svg.viewBox.baseVal;
    return [...svg.querySelectorAll("text")].flatMap((t) => {
      const b = t.getBBox();
      if (b.width === 0) return [];
      const out = b.x < v.x - 1 || b.y < v.y - 1 || b.x + b.width > v.x + v.width + 1 || b.y + b.height > v.y + v.height + 1;
      return out
        ? [svg.getAttribute("data-figure") + "/" + svg.getAttribute("data-variant") + " " + v.width + ": «" + t.textContent + "» at " + Math.round(b.x) + "…" + Math.round(b.x + b.width)]
        : [];
    });
  }))()`;

site.describeBrowser("charts draw every word inside their area", () => {
  test.each(PAGES.flatMap((p) => [360, 1280].map((w) => [p, w] as const)))("%s at %i px", async (p, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      await page.goto(site.server.url(p), { waitUntil: "networkidle" });
      expect(await page.evaluate(cut)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
