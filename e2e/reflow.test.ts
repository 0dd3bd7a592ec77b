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

site.describeBrowser("the claims matrix's caption on a phone", () => {
  test.each(LOCALES.flatMap((l) => [320, 360].map((w) => [l, w] as const)))(
    "/%s/claims/ at %i px: the caption wraps within the viewport and does not scroll with the table",
    async (locale, width) => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        await page.goto(site.server.url(`/${locale}/claims/`), { waitUntil: "networkidle" });
        const table = page.locator("table[data-claims-matrix]");
        const caption = page.locator(`#${await table.getAttribute("aria-labelledby")}`);
        await expect(caption.textContent()).resolves.toMatch(/\p{L}{3}/u);
        const box = async () => (await caption.boundingBox())!;
        const before = await box();
        expect({ right: before.x + before.width <= width, width: before.width <= width }).toEqual({
          right: true,
          width: true,
        });
        // the table is wider than the screen and scrolls in its box; the caption stays where it is
        const scroller = table.locator("xpath=..");
        expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
        await scroller.evaluate((e) => e.scrollBy(200, 0));
        expect((await box()).x).toBe(before.x);
      } finally {
        await context.close();
      }
    },
  );
});

site.describeBrowser("data tables on a phone", () => {
  const CHART_PAGES = PAGES.filter((p) => /^\/[a-z]{2}\/charts\/[^/]+\/$/.test(p));
  test.each(CHART_PAGES)(
    "%s at 360 px: every row at most three lines high; the caption wraps within the screen and stays when the table scrolls",
    async (p) => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        // the long tables are filled by the page script after the first paint
        await page.waitForFunction(
          () =>
            ![...document.querySelectorAll("details[open] [data-panel-content]:empty")].some(
              (e) => !e.closest("[hidden]"),
            ),
          null,
          { timeout: 10000 },
        );
        const tables = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLTableElement>("table[data-table]")]
            .filter((t) => t.getClientRects().length)
            .map((t) => {
              const cell = t.querySelector("td")!;
              const cs = getComputedStyle(cell);
              const line = parseFloat(cs.lineHeight);
              const limit = 3 * line + parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + 1;
              const rows = [...t.tBodies[0].rows].map((r) => r.getBoundingClientRect().height);
              const caption = t.caption!.firstElementChild!.getBoundingClientRect();
              return {
                caption: t.caption!.textContent!.slice(0, 50),
                tallRows: rows.filter((h) => h > limit).length,
                captionRight: caption.right,
              };
            }),
        );
        expect(tables.length).toBeGreaterThan(0);
        for (const t of tables) {
          expect({ caption: t.caption, tallRows: t.tallRows }).toEqual({ caption: t.caption, tallRows: 0 });
          expect(t.captionRight).toBeLessThanOrEqual(360);
        }
        // the widest table scrolls sideways in its box, its caption staying where it is
        const box = page.locator("[role=region]:has(> table[data-table])").filter({ visible: true });
        const widths = await box.evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
        const widest = widths.indexOf(Math.max(...widths));
        if (widths[widest] > 0) {
          const caption = box.nth(widest).locator("caption > span");
          const before = (await caption.boundingBox())!;
          const scrolled = await box.nth(widest).evaluate((e) => {
            e.scrollBy(Math.min(200, e.scrollWidth - e.clientWidth), 0);
            return e.scrollLeft;
          });
          expect(scrolled).toBeGreaterThan(10);
          // within a pixel: a scroll offset may be fractional
          expect(Math.abs((await caption.boundingBox())!.x - before.x)).toBeLessThanOrEqual(1);
        }
      } finally {
        await context.close();
      }
    },
  );
});
