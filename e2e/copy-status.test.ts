/**
 * A copy button's status when copying is the reader's first interaction with the page: in Chromium with clipboard
 * permissions, on every chart page of every language, the pointer travels from the top of the page across the charts
 * to the first figure's takeaways copy button (so the first pointer entry over a chart loads the exploration layer on
 * the way, as a reader's mouse does) and clicks it, or the keyboard focuses it and presses Enter. The status, a live
 * region (role=status), says the button's "copied" words at once and still says them 1.5 s later, and the clipboard
 * holds the takeaways.
 */
import { siteInBrowser } from "./helpers/setup";
import { keepLocal } from "./helpers/page";
import { isChartPage, sitemapPaths } from "./helpers/site";
import { DEFAULT_LOCALE } from "../lib/i18n/locales";

const site = siteInBrowser();
const PAGES = sitemapPaths().filter(isChartPage);

site.describeBrowser("the copy status stays", () => {
  // the pointer on every page; the keyboard on one language's (the button is the same in every language)
  const CASES = PAGES.flatMap((p) => [
    [p, "pointer"] as const,
    ...(p.startsWith(`/${DEFAULT_LOCALE}/`) ? [[p, "keyboard"] as const] : []),
  ]);
  test.each(CASES)("%s, first interaction by %s: the status says it is copied, still 1.5 s later", async (p, how) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
    const page = await context.newPage();
    try {
      await page.goto(site.server.url(p));
      // the page script has run, not only been inserted (it loads after the first paint, and may run after the load
      // event): its first act, making each chart focusable, is done, and the copy buttons work from then on
      await page.waitForLoadState("load");
      await page.waitForFunction(() => document.querySelector("[data-chart-svg] > svg[data-figure][tabindex]"), null, {
        timeout: 15000,
      });
      const button = page.locator("figure [data-takeaways] button[data-copy]").first();
      const status = button.locator("xpath=..").locator("[role=status]");
      const words = (await button.getAttribute("data-copied"))!;
      expect(words.length).toBeGreaterThan(2);
      // every text the status takes, recorded from before the click, so that a failure says what it went through
      await status.evaluate((el) => {
        const seen: string[] = [];
        (window as unknown as { statusSeen: string[] }).statusSeen = seen;
        new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await button.scrollIntoViewIfNeeded();
      // the clipboard answers a focused document only: this page is the one in front
      await page.bringToFront();
      if (how === "pointer") {
        const box = (await button.boundingBox())!;
        await page.mouse.move(640, 1);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 25 });
        await page.mouse.down();
        await page.mouse.up();
      } else {
        await button.focus();
        await page.keyboard.press("Enter");
      }
      await page.waitForFunction((s) => s?.textContent !== "", await status.elementHandle(), { timeout: 15000 });
      expect(await status.textContent()).toBe(words);
      await page.waitForTimeout(1500);
      const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
      expect({ p, how, status: await status.textContent(), visible: await status.isVisible(), seen }).toEqual({
        p,
        how,
        status: words,
        visible: true,
        seen: [words],
      });
      const target = await button.getAttribute("data-copy");
      const takeaways = await page.locator(`#${target} li`).allTextContents();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(takeaways.map((t) => t.trim()).join(" "));
    } finally {
      await context.close();
    }
  });
});
