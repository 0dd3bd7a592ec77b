/**
 * The pages ship no framework runtime (lib/publish/static-pages.ts): the page script (lib/publish/page-script/
 * behaviour.ts, loaded just after the first paint) does what a reader may touch, and the year explorer is an island
 * of its own (components/year-explorer.island.tsx), loaded on the reader's first interaction with it. These tests fail
 * if a page fetches any script before its first paint, or its page script more than once; if Next's runtime, its RSC
 * payload or a `.txt` payload file comes back (any script that is not the site's own, any `__next…` global); if a
 * view chosen before the page script arrived is not shown when it does; if, with the island never arriving, choosing a
 * view does not show its panel and fetch its chart, the query does not choose a view on load, a copy button does not
 * copy, or the language link drops the chosen view; if a first interaction elsewhere loads the island, or one with
 * the explorer does not (the explorer answers: years, basis, the pair kept in the query across a reload); if a choice
 * made in the explorer before its island arrived is lost; and if a shared link holding an explorer pair does not load
 * the island at once.
 */
import type { BrowserContext, Page, Request } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { expectNoNextRuntime, keepLocal, watchPage } from "./helpers/page";

const site = siteInBrowser();
const FIG = "russia-top-partners-total";
const PAGE = "/en/charts/russia-top-partners/";
const isScript = (r: Request) => /\.m?js$/.test(new URL(r.url()).pathname);
const ISLAND = /\/scripts\/(year-explorer|chunk)-[A-Z0-9]+\.js$/;

async function context(): Promise<BrowserContext> {
  const c = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await keepLocal(c, site.server.origin);
  return c;
}

/** The page's script requests, in the order they were made. */
function scriptRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    if (isScript(r)) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

site.describeBrowser("before the first interaction: no JavaScript fetched, and the page still works", () => {
  test("no script but the page script is fetched on load, on every chart page and the home page of both languages", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      for (const p of ["/en/", "/fr/", PAGE, "/fr/charts/since-2021/", "/en/charts/bilateral-trade/"]) {
        const urls = scriptRequests(page);
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        await page.waitForTimeout(500);
        expect({ p, urls: urls.filter((u) => !u.startsWith("/scripts/page-")) }).toEqual({ p, urls: [] });
        await expectNoNextRuntime(page);
        // the page script: fetched once, after the first paint (lib/publish/static-pages.ts)
        const timing = await page.evaluate(() => ({
          paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
          script: performance
            .getEntriesByType("resource")
            .filter((e) => new URL(e.name).pathname.startsWith("/scripts/page-"))
            .map((e) => e.startTime),
        }));
        expect({ p, scripts: timing.script.length, painted: timing.paint !== null }).toEqual({
          p,
          scripts: 1,
          painted: true,
        });
        expect({ p, afterPaint: timing.script[0] >= timing.paint! }).toEqual({ p, afterPaint: true });
        // the loader is there, waiting; every script element of the HTML is the site's own
        const loaders = await page.$$eval('script[data-site-script="loader"]', (ss) => ss.length);
        expect({ p, loaders }).toEqual({ p, loaders: 1 });
      }
    } finally {
      await c.close();
    }
  });

  test("a view chosen before the page script arrives is shown when it does, and put in the query", async () => {
    const c = await context();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await c.route(/\/scripts\/page-[0-9a-f]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "domcontentloaded" });
      const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
        is.map((i) => (i as HTMLInputElement).value),
      );
      await page.check(`figure#${FIG} fieldset input[value="${views[1]}"]`);
      release();
      await page
        .locator(`figure#${FIG} [data-variant-panel="${views[1]}"] [data-chart] svg`)
        .waitFor({ state: "visible", timeout: 5000 });
      expect(await page.locator(`figure#${FIG} [data-variant-panel="${views[0]}"]`).isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[1]);
    } finally {
      await c.close();
    }
  });

  test("with the island never arriving: views switch and fetch their chart, the query picks a view, copy and the language link work", async () => {
    const c = await context();
    await c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
    await c.route(ISLAND, (route) => route.abort());
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
        is.map((i) => (i as HTMLInputElement).value),
      );
      expect(views.length).toBeGreaterThan(2);
      await page.check(`figure#${FIG} fieldset input[value="${views[2]}"]`);
      const panel = page.locator(`figure#${FIG} [data-variant-panel="${views[2]}"]`);
      await panel.locator("[data-chart] svg").first().waitFor({ state: "visible", timeout: 5000 });
      expect(await page.locator(`figure#${FIG} [data-variant-panel="${views[0]}"]`).isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[2]);
      // the language link carries the chosen view
      const lang = page.locator(`a[data-language-switch="fr"]`);
      await lang.click();
      await page.waitForURL(/\/fr\/charts\/russia-top-partners\//);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[2]);
      // the French page shows it, from the query, with no React
      await page
        .locator(`figure#${FIG} [data-variant-panel="${views[2]}"] [data-chart] svg`)
        .first()
        .waitFor({ state: "visible", timeout: 5000 });
      expect(await page.locator(`figure#${FIG} input[value="${views[2]}"]`).isChecked()).toBe(true);
      // back to the default view: the query forgets it
      await page.check(`figure#${FIG} fieldset input[value="${views[0]}"]`);
      expect(new URL(page.url()).searchParams.has(FIG)).toBe(false);
      // a copy button copies the takeaways of its view, item by item
      const takeaways = page.locator(`#${FIG}-${views[0]}-takeaways li`);
      const expected = (await takeaways.allTextContents()).map((t) => t.trim()).join(" ");
      const button = page.locator(`button[data-copy="${FIG}-${views[0]}-takeaways"]`);
      await button.click();
      await button.locator("xpath=..").locator("[role=status]", { hasText: "Copié" }).waitFor({ timeout: 5000 });
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(expected.length).toBeGreaterThan(40);
    } finally {
      await c.close();
    }
  });

  test("a first interaction elsewhere loads nothing; one with the explorer loads its island, which answers (years, basis, the pair kept across a reload)", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      const watch = watchPage(page, site.server.origin);
      const urls = scriptRequests(page);
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      await page.mouse.move(5, 5);
      await page.mouse.down();
      await page.mouse.up();
      await page.keyboard.press("Shift");
      await page.waitForTimeout(300);
      expect(urls.filter((u) => ISLAND.test(u))).toEqual([]);
      const section = page.locator("[data-island] > section");
      const param = (await page.locator("[data-island]").getAttribute("data-hydrate-for"))!;
      await section.getByLabel("From").selectOption("2012");
      await section.locator("table caption", { hasText: "2012" }).waitFor({ timeout: 10000 });
      // the island's module, then its chunks (papaparse, recharts), and nothing of Next's
      const island = urls.filter((u) => ISLAND.test(u));
      expect(island[0]).toMatch(/^\/scripts\/year-explorer-[A-Z0-9]+\.js$/);
      expect(urls.filter((u) => !u.startsWith("/scripts/"))).toEqual([]);
      await section.locator('select[name="b"]').selectOption("2019");
      await section.locator("table caption", { hasText: "2019" }).waitFor({ timeout: 10000 });
      expect(new URL(page.url()).searchParams.get(param)).toBe("2012-2019");
      // another basis that has both years: its label in the caption, the pair kept
      const basis = section.getByLabel("Basis");
      const label = (await basis.locator('option[value="partner-declared"]').textContent())!;
      await basis.selectOption("partner-declared");
      await section.locator("table caption", { hasText: label }).waitFor({ timeout: 10000 });
      await expectNoNextRuntime(page);
      // reloaded: the pair comes back from the query, drawn by the island loaded at once
      await page.reload({ waitUntil: "networkidle" });
      await section.locator("table caption", { hasText: "2012" }).waitFor({ timeout: 10000 });
      await expect(section.locator("table caption").textContent()).resolves.toContain("2019");
      await expect(section.locator("table caption").textContent()).resolves.toContain(label);
      expect(new URL(page.url()).searchParams.get(param)).toBe("2012-2019");
      await expectNoNextRuntime(page);
      expect(watch.errors).toEqual([]);
    } finally {
      await c.close();
    }
  });

  test("a year chosen in the explorer before its island arrived is kept once it hydrates", async () => {
    const c = await context();
    // hold the island back until the choice is made
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await c.route(ISLAND, async (route) => {
      await held;
      await route.continue();
    });
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "load" });
      const section = page.locator("[data-island] > section");
      const asked = page.waitForRequest((r) => ISLAND.test(r.url()), { timeout: 5000 }); // the change asks for it
      await section.getByLabel("From").selectOption("2014");
      await asked;
      release();
      await section.locator("table caption", { hasText: "2014" }).waitFor({ timeout: 10000 });
      const param = (await page.locator("[data-island]").getAttribute("data-hydrate-for"))!;
      expect(new URL(page.url()).searchParams.get(param)).toMatch(/^2014-/);
    } finally {
      await c.close();
    }
  });

  test("a shared link holding an explorer pair loads the island at once and draws the pair", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "load" });
      const param = await page.locator("[data-island]").getAttribute("data-hydrate-for");
      const urls = scriptRequests(page);
      await page.goto(site.server.url(`${PAGE}?${param}=2011-2019`), { waitUntil: "networkidle" });
      await page.locator("[data-island] table caption", { hasText: "2011" }).waitFor({ timeout: 10000 });
      // drawn by the island, with no interaction
      expect(urls.some((u) => /^\/scripts\/year-explorer-/.test(u))).toBe(true);
      await expectNoNextRuntime(page);
    } finally {
      await c.close();
    }
  });
});
