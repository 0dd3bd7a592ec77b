/**
 * Each chart's SVG is in the page's HTML once (lib/publish/chart-markup.ts puts it into placeholders the components
 * leave empty), and the pages ship no framework runtime (lib/publish/static-pages.ts). These tests fail if that
 * breaks: the built HTML's scripts must hold no SVG, no RSC payload file may be served beside a page, and in Chromium
 * the chart must be there after a first interaction, after switching views, without JavaScript, in print, after
 * following a link of the claims page (a plain link: a full page load) and back, and the SVG keeps its description.
 */
import { staticChart } from "../lib/publish/chart-svg/read";
import type { Locale } from "../lib/i18n/locales";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { expectNoNextRuntime, keepLocal, watchPage } from "./helpers/page";
import { sitemapPaths } from "./helpers/site";
import { OUT_DIR } from "./helpers/server";

const site = siteInBrowser();
const { describeBrowser } = site;
const OUT = OUT_DIR;

/** Every placeholder of the page with whether it holds its SVG (and the SVG's figure/variant/width). */
const slots = (page: Page) =>
  page.$$eval("[data-chart-svg]", (els) =>
    els.map((el) => {
      const svg = el.querySelector(":scope > svg");
      return {
        name: el.getAttribute("data-chart-svg")!,
        drawn: svg
          ? `${svg.getAttribute("data-figure")}/${svg.getAttribute("data-variant")}/${svg.getAttribute("viewBox")?.split(" ")[2]}`
          : null,
        marks: svg ? svg.querySelectorAll("path, rect, line").length : 0,
      };
    }),
  );

/** Every placeholder holds the SVG it names (figure/variant/width), with marks drawn. */
async function expectAllDrawn(page: Page, where: string, js = true) {
  const s = await slots(page);
  expect(s.length).toBeGreaterThan(0);
  const wrong = s.filter((x) => x.drawn !== x.name.split("/").slice(0, 3).join("/") || x.marks < 3);
  expect({ where, wrong }).toEqual({ where, wrong: [] });
  // a long table (components/DataTable.tsx) arrives just after the first paint, when the page script runs
  const longTables = "details[open] > [data-panel-src]";
  if (js)
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(`${sel} > [data-panel-content]`)].every((el) => el.firstElementChild),
      longTables,
      { timeout: 10_000 },
    );
  // a hidden view not chosen yet, or a closed Embed or Cite panel, is empty until chosen or opened (its content is
  // fetched then: lib/publish/panels.ts), and without JavaScript a long table is a link to its CSV; every other
  // panel, and every data table, holds its content
  const empty = await page.$$eval(
    "[data-panel-content], [data-table]",
    (els, skip) =>
      els
        .filter((el) => !el.parentElement?.matches(skip))
        .filter((el) => !el.firstElementChild || (el.querySelector("table") && !el.querySelector("table tbody tr td")))
        .map((el) => el.outerHTML.slice(0, 80)),
    `[hidden][data-panel-src], details:not([open]) > [data-panel-src]${js ? "" : `, ${longTables}`}`,
  );
  expect({ where, empty }).toEqual({ where, empty: [] });
  if (!js) {
    const csvLinks = await page.$$eval(longTables, (panels) =>
      // without scripting, a <noscript>'s content is parsed as elements
      panels.map((p) => p.parentElement!.querySelector('noscript a[href^="/data/"][href$=".csv"]') !== null),
    );
    expect({ where, csvLinks: csvLinks.every(Boolean) }).toEqual({ where, csvLinks: true });
  }
}

describe("built HTML", () => {
  const pages = () => sitemapPaths().filter((p) => p === "/" || /^\/(en|fr)\//.test(p));
  test("no script of any page holds SVG markup; each chart is in the markup once; no RSC payload file beside it", () => {
    const problems: string[] = [];
    for (const p of pages()) {
      const html = readFileSync(path.join(OUT, p, "index.html"), "utf8");
      for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
        if (/<svg|\\u003csvg/i.test(m[1])) problems.push(`${p}: a script holds SVG`);
      const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
      const seen = new Set<string>();
      for (const m of markup.matchAll(
        /<svg\b[^>]*\sdata-figure="([^"]+)"[^>]*\sdata-variant="([^"]+)"[^>]*viewBox="0 0 (\d+)/g,
      )) {
        const key = `${m[1]}/${m[2]}/${m[3]}`;
        if (seen.has(key)) problems.push(`${p}: ${key} twice`);
        seen.add(key);
      }
      for (const m of markup.matchAll(/<div[^>]*data-chart-svg="([^"]+)"[^>]*><\/div>/g))
        problems.push(`${p}: placeholder ${m[1]} left empty`);
      // the views a reader has to choose are not in the page: their placeholders are empty and name a served file
      for (const m of markup.matchAll(/<div[^>]*data-chart-svg-on-demand="([^"]+)"[^>]*>(<\/div>)?/g)) {
        if (!m[2]) problems.push(`${p}: on-demand placeholder ${m[1]} not empty`);
        const [figure, variant, width, locale] = m[1].split("/");
        const served = path.join(OUT, "charts/svg", locale, `${figure}--${variant}--${width}.svg`);
        const render = staticChart(figure, variant, Number(width), locale as Locale).svg;
        if (!existsSync(served) || readFileSync(served, "utf8") !== render.replace(/^<svg /, '<svg tabindex="0" '))
          problems.push(`${p}: on-demand placeholder ${m[1]}: ${served} is not the view's render`);
      }
      // what only Next's client router read: the page's RSC payload files
      for (const f of ["index.txt", "__next._tree.txt", "__next._full.txt"])
        if (existsSync(path.join(OUT, p, f))) problems.push(`${p}: ${f} is served`);
    }
    expect(problems).toEqual([]);
  });
});

describeBrowser("charts drawn from markup placed once", () => {
  const open = async (javaScriptEnabled = true, width = 1280) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
    await keepLocal(context, site.server.origin);
    return { context, page: await context.newPage() };
  };

  test("after a first interaction and after switching views, on every chart page in both languages (no console errors)", async () => {
    const { context, page } = await open();
    try {
      for (const p of sitemapPaths().filter((x) => /^\/(en|fr)\/(charts\/[^/]+\/)?$/.test(x))) {
        const watch = watchPage(page, site.server.origin);
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        // a first interaction loads no runtime: the charts are still there
        await page.mouse.move(1, 1);
        await page.mouse.down();
        await page.mouse.up();
        await expectNoNextRuntime(page);
        await expectAllDrawn(page, `${p} after a first interaction`);
        for (const fig of await page.$$eval("figure[id]:has(fieldset)", (fs) => fs.map((f) => f.id))) {
          const views = await page.$$eval(`figure#${fig} fieldset input`, (is) =>
            is.map((i) => (i as HTMLInputElement).value),
          );
          for (const v of [...views.slice(1), views[0]]) {
            await page.check(`figure#${fig} fieldset input[value="${v}"]`);
            const panel = page.locator(`figure#${fig} [data-variant-panel="${v}"]`);
            const svg = panel.locator(`svg[data-figure="${fig}"][data-variant="${v}"]:visible`);
            // a view other than the default one is fetched when chosen (lib/publish/page-script/behaviour.ts)
            await svg.waitFor({ state: "visible", timeout: 5000 });
            await expect(panel.isVisible()).resolves.toBe(true);
            expect(await svg.count()).toBe(1);
            expect(await svg.getAttribute("aria-describedby")).toBe(`${fig}-${v}-takeaways`);
          }
        }
        await expectAllDrawn(page, `${p} after switching`);
        expect({ p, errors: watch.errors }).toEqual({ p, errors: [] });
      }
    } finally {
      await context.close();
    }
  });

  test("with JavaScript off, at phone width, and in print", async () => {
    for (const [js, width] of [
      [false, 1280],
      [false, 360],
      [true, 360],
    ] as const) {
      const { context, page } = await open(js, width);
      try {
        await page.goto(site.server.url("/fr/charts/russia-top-partners/"), { waitUntil: "load" });
        await expectAllDrawn(page, `js ${js} width ${width}`, js);
        const visible = page.locator("figure#russia-top-partners-total svg[data-figure]:visible");
        expect(await visible.count()).toBe(1);
        expect(await visible.getAttribute("viewBox")).toMatch(width < 640 ? /^0 0 340 / : /^0 0 760 /);
        await page.emulateMedia({ media: "print" });
        expect(await page.locator("figure#russia-top-partners-total svg[data-figure]:visible").count()).toBe(1);
      } finally {
        await context.close();
      }
    }
  });

  test("the claims page's links are plain links: a full page load draws the chart from its HTML, and back and forward keep it", async () => {
    const { context, page } = await open();
    try {
      await page.goto(site.server.url("/en/claims/"), { waitUntil: "networkidle" });
      await page.mouse.move(1, 1);
      await page.mouse.down();
      await page.mouse.up();
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      const link = page.locator('main a[href="/en/charts/russia-top-partners/"]').first();
      await link.click();
      await page.waitForURL(/\/en\/charts\/russia-top-partners\/$/);
      await page.waitForLoadState("networkidle");
      // a new document: no client router took the click
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
        undefined,
      );
      await expectNoNextRuntime(page);
      await expectAllDrawn(page, "after following a claims page link");
      await page.goBack();
      await page.waitForURL(/\/en\/claims\/$/);
      await page.goForward();
      await page.waitForSelector("figure#russia-top-partners-total");
      await expectAllDrawn(page, "after back and forward");
      await page.click('header a[href="/en/charts/bilateral-trade/"]');
      await page.waitForURL(/\/en\/charts\/bilateral-trade\/$/);
      await page.waitForLoadState("networkidle");
      await expectAllDrawn(page, "after a frame link");
      await page.goBack();
      await page.waitForURL(/\/en\/charts\/russia-top-partners\/$/);
      await page.waitForLoadState("networkidle");
      await expectAllDrawn(page, "after going back");
    } finally {
      await context.close();
    }
  });
});
