/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, no page of the site (both languages, every sitemap page, with and
 * without JavaScript's explorer drawn) scrolls sideways. What may scroll inside its own box: a data table (it is
 * two-dimensional), a chart too wide for the screen. Names the elements that stick out, so a failure says where.
 */
import { siteInBrowser } from "./helpers/setup";
import { keepLocal } from "./helpers/page";
import { sitemapPaths } from "./helpers/site";
import { LOCALES } from "../lib/i18n/locales";

const site = siteInBrowser();
const PAGES = sitemapPaths().filter((p) => LOCALES.some((l) => p.startsWith(`/${l}/`)));

/** The page's width beyond the viewport's, and the outermost elements past its right edge (outside a scroll box). */
const overflow = `(() => {
  const W = document.documentElement.clientWidth;
  const past = [...document.querySelectorAll("body *")].filter((e) => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= W + 1) return false;
    const box = e.parentElement && e.parentElement.closest(".overflow-x-auto, svg");
    return !box && !(e.parentElement && e.parentElement.getBoundingClientRect().right > W + 1);
  });
  return {
    extra: document.documentElement.scrollWidth - W,
    past: past.slice(0, 5).map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + " " + (e.textContent || "").trim().slice(0, 40)),
  };
})()`;

site.describeBrowser("no page scrolls sideways at 320 px", () => {
  test.each(PAGES)("%s", async (p) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      await page.goto(site.server.url(p), { waitUntil: "networkidle" });
      // the explorer, where the page has one, as its island draws it (its selects hold the long basis names)
      const explorer = page.locator("[data-hydrate-for] select").first();
      if (await explorer.count()) {
        await explorer.focus();
        await page.locator("[data-hydrate-for] select").last().waitFor();
      }
      const got = (await page.evaluate(overflow)) as { extra: number; past: string[] };
      expect({ p, ...got }).toEqual({ p, extra: 0, past: [] });
    } finally {
      await context.close();
    }
  });
});
