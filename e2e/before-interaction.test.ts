/**
 * React and Next's scripts load on the reader's first interaction (lib/publish/late-scripts.ts); before that, the page
 * script (lib/publish/page-script/behaviour.ts, loaded just after the first paint) does what a reader may touch.
 * These tests fail if a page fetches Next's JavaScript or its payload before any interaction, or its page script
 * before its first paint or more than once; if a view chosen before the page script arrived is not shown when it
 * does; if, with Next's scripts never arriving, choosing a view does not
 * show its panel and fetch its chart, the query does not choose a view on load, a copy button does not copy, or the
 * language link drops the chosen view; if the first interaction does not load the payload, then Next's scripts, and
 * hydrate (the explorer answers); if a choice made in the explorer before React arrived is lost; and if a shared link
 * holding an explorer pair does not load React at once.
 */
import type { BrowserContext, Page, Request } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { keepLocal, watchPage } from "./helpers/page";

const site = siteInBrowser();
const FIG = "russia-top-partners-total";
const PAGE = "/en/charts/russia-top-partners/";
const isScript = (r: Request) => /\/_next\/static\/(chunks|flight)\/[^/]+\.js$/.test(r.url());

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
  test("no script or payload is fetched on load, on every chart page and the home page of both languages", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      for (const p of ["/en/", "/fr/", PAGE, "/fr/charts/since-2021/", "/en/charts/bilateral-trade/"]) {
        const urls = scriptRequests(page);
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        await page.waitForTimeout(500);
        expect({ p, urls }).toEqual({ p, urls: [] });
        // the page script: fetched once, after the first paint (lib/publish/late-scripts.ts)
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
        // the loader is there, waiting
        const loaders = await page.$$eval("script", (ss) =>
          ss.filter((x) => (x.textContent ?? "").includes("/_next/static/flight/")),
        );
        expect({ p, loaders: loaders.length }).toEqual({ p, loaders: 1 });
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
        .locator(`figure#${FIG} [data-variant-panel="${views[1]}"] svg`)
        .waitFor({ state: "visible", timeout: 5000 });
      expect(await page.locator(`figure#${FIG} [data-variant-panel="${views[0]}"]`).isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[1]);
    } finally {
      await c.close();
    }
  });

  test("with Next's scripts never arriving: views switch and fetch their chart, the query picks a view, copy and the language link work", async () => {
    const c = await context();
    await c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
    await c.route(/\/_next\/static\/(chunks|flight)\//, (route) => route.abort());
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
        is.map((i) => (i as HTMLInputElement).value),
      );
      expect(views.length).toBeGreaterThan(2);
      await page.check(`figure#${FIG} fieldset input[value="${views[2]}"]`);
      const panel = page.locator(`figure#${FIG} [data-variant-panel="${views[2]}"]`);
      await panel.locator("svg").first().waitFor({ state: "visible", timeout: 5000 });
      expect(await page.locator(`figure#${FIG} [data-variant-panel="${views[0]}"]`).isVisible()).toBe(false);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[2]);
      // the language link carries the chosen view
      const lang = page.locator("a[data-language-switch]");
      await lang.click();
      await page.waitForURL(/\/fr\/charts\/russia-top-partners\//);
      expect(new URL(page.url()).searchParams.get(FIG)).toBe(views[2]);
      // the French page shows it, from the query, with no React
      await page
        .locator(`figure#${FIG} [data-variant-panel="${views[2]}"] svg`)
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

  test("the first interaction loads the payload, then Next's scripts, and the page hydrates (the explorer answers)", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      const watch = watchPage(page, site.server.origin);
      const urls = scriptRequests(page);
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      expect(urls).toEqual([]);
      // what the loader will fetch: the payload file, then Next's scripts (lib/publish/late-scripts.ts)
      const listed = await page.$$eval("script", (ss) =>
        ss.flatMap((x) =>
          [...(x.textContent ?? "").matchAll(/\/_next\/static\/(?:chunks|flight)\/[^"]+\.js/g)].map((m) => m[0]),
        ),
      );
      expect(listed[0]).toMatch(/^\/_next\/static\/flight\/[0-9a-f]{20}\.js$/);
      expect(listed.length).toBeGreaterThan(3);
      await page.mouse.move(5, 5);
      await page.mouse.down();
      await page.mouse.up();
      // hydrated: the explorer (React state) draws a pair it was asked for
      const section = page.locator("section[data-hydrate-for]");
      await section.getByLabel("From").selectOption("2012");
      await section.locator("table caption", { hasText: "2012" }).waitFor({ timeout: 10000 });
      // the payload was asked for first, then every script the loader lists, and only those kinds of file
      expect(urls[0]).toBe(listed[0]);
      expect(listed.filter((u) => !urls.includes(u))).toEqual([]);
      expect(urls.slice(1).every((u) => u.startsWith("/_next/static/chunks/"))).toBe(true);
      expect(watch.errors).toEqual([]);
    } finally {
      await c.close();
    }
  });

  test("a year chosen in the explorer before React arrived is kept once it hydrates", async () => {
    const c = await context();
    // hold Next's scripts back until the choice is made
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await c.route(/\/_next\/static\/chunks\//, async (route) => {
      await held;
      await route.continue();
    });
    const page = await c.newPage();
    try {
      const urls = scriptRequests(page);
      await page.goto(site.server.url(PAGE), { waitUntil: "load" });
      const section = page.locator("section[data-hydrate-for]");
      const asked = page.waitForRequest(isScript, { timeout: 5000 }); // the change asks for them
      await section.getByLabel("From").selectOption("2014");
      await asked;
      expect(urls[0]).toMatch(/\/flight\//);
      release();
      await section.locator("table caption", { hasText: "2014" }).waitFor({ timeout: 10000 });
      expect(new URL(page.url()).searchParams.get((await section.getAttribute("data-hydrate-for"))!)).toMatch(/^2014-/);
    } finally {
      await c.close();
    }
  });

  test("a shared link holding an explorer pair loads React at once and draws the pair", async () => {
    const c = await context();
    const page = await c.newPage();
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "load" });
      const param = await page.locator("section[data-hydrate-for]").getAttribute("data-hydrate-for");
      const urls = scriptRequests(page);
      await page.goto(site.server.url(`${PAGE}?${param}=2011-2019`), { waitUntil: "networkidle" });
      await page.locator("section[data-hydrate-for] table caption", { hasText: "2011" }).waitFor({ timeout: 10000 });
      // drawn by React, with no interaction: the payload and Next's scripts were fetched
      expect(urls[0]).toMatch(/^\/_next\/static\/flight\//);
      expect(urls.length).toBeGreaterThan(3);
    } finally {
      await c.close();
    }
  });
});
