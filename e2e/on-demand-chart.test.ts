/**
 * The views of a figure other than its default one are not in the page: their content (takeaways, table) and then
 * their chart are fetched when the view is chosen (lib/publish/page-script/behaviour.ts; served by
 * lib/publish/panels.ts at /charts/panels/<locale>/… and lib/publish/chart-markup.ts at /charts/svg/<locale>/…). These
 * tests fail if that breaks: in Chromium, on the Russia page in each language, choosing such a view shows its
 * takeaways and table and draws its chart, in the page's language (the same text as the build's render in that
 * language, lib/publish/chart-svg/read.ts, not the other language's), described by its takeaways; a view asked in the query
 * on load is drawn; no console errors, no failed requests; the SVG file is served as image/svg+xml; when the view's
 * file cannot be fetched, the panel says so in the page's language, and choosing the view again fetches it.
 */
import { staticChart } from "../lib/publish/chart-svg/read";
import type { Locale } from "../lib/i18n/locales";
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { keepLocal, watchPage } from "./helpers/page";

const site = siteInBrowser();
const FIG = "russia-top-partners-total";
const PAGE = "/charts/russia-top-partners/";

/** The words drawn by the build's render of a view (its <text> contents, in order). */
const words = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
const renderWords = (locale: string, view: string) => words(staticChart(FIG, view, 760, locale as Locale).svg);

/** The drawn chart of a view: its figure/variant, the id it is described by, and its words as the DOM holds them. */
async function drawn(page: Page, view: string) {
  const svg = page.locator(`figure#${FIG} [data-variant-panel="${view}"] [data-chart-svg-on-demand] > svg`);
  await svg.waitFor({ state: "visible", timeout: 5000 });
  return svg.evaluate((el) => ({
    variant: `${el.getAttribute("data-figure")}/${el.getAttribute("data-variant")}`,
    describedBy: el.getAttribute("aria-describedby"),
    // an SVG element the browser draws (not an element of no namespace showing its text), with a drawn size
    drawnAsSvg: el.namespaceURI === "http://www.w3.org/2000/svg" && (el as SVGSVGElement).getBBox().height > 100,
    description: document.getElementById(el.getAttribute("aria-describedby") ?? "")?.tagName ?? null,
    words: [...el.querySelectorAll("text")].map((t) => t.innerHTML.replace(/<[^>]+>/g, "")),
  }));
}

site.describeBrowser("charts of the views a reader chooses, fetched on demand", () => {
  for (const locale of ["en", "fr"]) {
    test(`${locale}: choosing a view draws its chart in ${locale}, described by its takeaways; the query on load too`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        const watch = watchPage(page, site.server.origin);
        const svgTypes: string[] = [];
        page.on("response", (r) => {
          if (r.url().includes("/charts/svg/")) svgTypes.push(`${r.status()} ${r.headers()["content-type"]}`);
        });
        await page.goto(site.server.url(`/${locale}${PAGE}`), { waitUntil: "networkidle" });
        const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
          is.map((i) => (i as HTMLInputElement).value),
        );
        expect(views.length).toBeGreaterThan(1);
        const view = views[1];
        // not in the page until chosen
        expect(await page.locator(`figure#${FIG} [data-variant-panel="${view}"] [data-chart] svg`).count()).toBe(0);
        await page.check(`figure#${FIG} fieldset input[value="${view}"]`);
        const other = locale === "en" ? "fr" : "en";
        const got = await drawn(page, view);
        expect(got.variant).toBe(`${FIG}/${view}`);
        expect(got.describedBy).toBe(`${FIG}-${view}-takeaways`);
        expect(got.drawnAsSvg).toBe(true);
        expect(got.description).toBe("UL");
        expect(got.words).toEqual(renderWords(locale, view));
        expect(got.words).not.toEqual(renderWords(other, view));
        expect(svgTypes).toEqual([expect.stringMatching(/^200 image\/svg\+xml/)]);
        // the view's takeaways and table came with it
        const panel = page.locator(`figure#${FIG} [data-variant-panel="${view}"]`);
        expect(await panel.locator(`ul#${FIG}-${view}-takeaways li`).count()).toBeGreaterThan(0);
        expect(await panel.locator("table[data-table] tbody tr").count()).toBeGreaterThan(10);

        // asked in the query on load: drawn without a click
        const fresh = await context.newPage();
        const watchFresh = watchPage(fresh, site.server.origin);
        await fresh.goto(site.server.url(`/${locale}${PAGE}?${FIG}=${view}`), { waitUntil: "networkidle" });
        const asked = await drawn(fresh, view);
        expect(asked.variant).toBe(`${FIG}/${view}`);
        expect(asked.words).toEqual(renderWords(locale, view));
        expect({ errors: watch.errors, failed: watch.failed }).toEqual({ errors: [], failed: [] });
        expect({ errors: watchFresh.errors, failed: watchFresh.failed }).toEqual({ errors: [], failed: [] });
      } finally {
        await context.close();
      }
    });
  }

  test("a view whose file cannot be fetched says so; chosen again, it is fetched", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      let refuse = true;
      await page.route("**/charts/panels/**", (route) => (refuse ? route.abort() : route.continue()));
      await page.goto(site.server.url(`/fr${PAGE}`), { waitUntil: "networkidle" });
      const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
        is.map((i) => (i as HTMLInputElement).value),
      );
      const panel = page.locator(`figure#${FIG} [data-variant-panel="${views[1]}"]`);
      await page.check(`figure#${FIG} fieldset input[value="${views[1]}"]`);
      const alert = panel.getByRole("alert");
      await alert.waitFor({ timeout: 5000 });
      expect(await alert.textContent()).toBe("Cette vue n’a pas pu être chargée. Rechargez la page pour réessayer.");
      refuse = false;
      await page.check(`figure#${FIG} fieldset input[value="${views[0]}"]`);
      await page.check(`figure#${FIG} fieldset input[value="${views[1]}"]`);
      await drawn(page, views[1]);
      expect(await panel.getByRole("alert").count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

site.describeBrowser("a failed panel fetch leaves the rest of the page working", () => {
  for (const [locale, how] of [
    ["en", "404"],
    ["fr", "abort"],
    ["en", "abort"],
    ["fr", "404"],
  ] as const)
    test(`${locale}, the panel file ${how === "404" ? "answered 404" : "aborted"}: the view says so, every other view keeps its chart, takeaways and table, no script error`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        const scriptErrors: string[] = [];
        page.on("pageerror", (err) => scriptErrors.push(err.message));
        // every view's panel file fails; a long table's own file (its default view's, components/DataTable.tsx) does not
        await page.route(
          (url) => url.pathname.startsWith("/charts/panels/") && !url.pathname.endsWith("--table.json"),
          (route) => (how === "404" ? route.fulfill({ status: 404, body: "Not found" }) : route.abort()),
        );
        await page.goto(site.server.url(`/${locale}${PAGE}`), { waitUntil: "networkidle" });
        const figures = await page.$$eval("figure[id]:has([data-variants])", (fs) => fs.map((f) => f.id));
        expect(figures.length).toBeGreaterThan(1);
        const views = await page.$$eval(`figure#${FIG} fieldset input`, (is) =>
          is.map((i) => (i as HTMLInputElement).value),
        );
        /** What a figure's shown view holds: drawn charts, takeaways, table rows. */
        const shown = (figure: string) =>
          page.$eval(`figure#${figure}`, (f) => {
            const panel = [...f.querySelectorAll<HTMLElement>("[data-variant-panel]")].find((p) => !p.hidden)!;
            return {
              charts: panel.querySelectorAll("[data-chart] svg").length > 0,
              takeaways: panel.querySelectorAll("ul[id$=-takeaways] li").length > 0,
              rows: panel.querySelectorAll("table[data-table] tbody tr").length > 0,
            };
          });
        const before = await Promise.all(figures.map(shown));
        expect(before.every((b) => b.charts && b.takeaways && b.rows)).toBe(true);

        await page.check(`figure#${FIG} fieldset input[value="${views[1]}"]`);
        const alert = page.locator(`figure#${FIG} [data-variant-panel="${views[1]}"]`).getByRole("alert");
        await alert.waitFor({ timeout: 5000 });
        expect((await alert.textContent())?.length).toBeGreaterThan(10);

        // back to the default view, and every other figure: as they were
        await page.check(`figure#${FIG} fieldset input[value="${views[0]}"]`);
        expect(await Promise.all(figures.map(shown))).toEqual(before);
        expect(await page.locator("[role=alert]:visible").count()).toBe(0);
        expect(scriptErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
});

site.describeBrowser("a figure's Embed and Cite panels, fetched when opened (components/OnOpen.tsx)", () => {
  test("fetched on opening, not before; the citation is the figure's, in the page's language", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      const asked: string[] = [];
      page.on("request", (r) => asked.push(new URL(r.url()).pathname));
      await page.goto(site.server.url(`/fr${PAGE}`), { waitUntil: "networkidle" });
      const cite = page.locator(`[data-cite-panel="${FIG}"]`);
      expect(await cite.locator("textarea").count()).toBe(0);
      expect(asked.filter((p) => p.endsWith("--cite.json"))).toEqual([]);
      await cite.locator("summary").click();
      const text = await cite.locator(`textarea#${FIG}-cite-text`).inputValue();
      expect(text).toContain("Les 15 premiers partenaires commerciaux de la Russie, 2010 et 2020");
      expect(text).toContain(`/fr${PAGE}#${FIG}`);
      expect(asked.filter((p) => p.endsWith("--cite.json"))).toEqual([`/charts/panels/fr/${FIG}--cite.json`]);
      // the other panel is still not fetched
      expect(asked.filter((p) => p.endsWith("--embed.json"))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a panel whose file cannot be fetched says so in French; opened again, it is fetched", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      let refuse = true;
      await page.route("**/charts/panels/**", (route) => (refuse ? route.abort() : route.continue()));
      await page.goto(site.server.url(`/fr${PAGE}`), { waitUntil: "networkidle" });
      const embed = page.locator(`[data-embed-panel="${FIG}"]`);
      await embed.locator("summary").click();
      // the page script may arrive after the click and fetch the opened panel again: wait for the panel's settled
      // state, its alert in French, rather than the first alert seen
      const said = await page.waitForFunction(
        (sel) => document.querySelector(sel)?.querySelector('[role="alert"]')?.textContent ?? false,
        `[data-embed-panel="${FIG}"]`,
        { timeout: 15000 },
      );
      expect(await said.jsonValue()).toBe("Ce contenu n’a pas pu être chargé. Rechargez la page pour réessayer.");
      refuse = false;
      await embed.locator("summary").click();
      await embed.locator("summary").click();
      expect(await embed.locator(`textarea#${FIG}-embed-code`).inputValue()).toMatch(/^<iframe title="[^"]+" src="/);
      expect(await embed.getByRole("alert").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test("without JavaScript, an opened panel says it needs it (noscript); the embed's preview and oEmbed links work", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.server.url(`/en${PAGE}`));
      const embed = page.locator(`[data-embed-panel="${FIG}"]`);
      await embed.locator("summary").click();
      // (a browser with scripting off draws <noscript>; this Chromium only has its scripts turned off, and parses it as
      // text, so its words are checked where they stand)
      expect(await embed.locator("noscript").textContent()).toContain("Shown when JavaScript is on.");
      expect(await embed.locator("textarea").count()).toBe(0);
      const preview = embed.getByRole("link", { name: "Preview the embed" });
      await expect(preview.isVisible()).resolves.toBe(true);
      const oembed = await page.request.get(site.server.url(`/embed/${FIG}/oembed.json`));
      expect(((await oembed.json()) as { html: string }).html).toMatch(/^<iframe /);
      expect(await embed.getAttribute("data-embed-panel")).toBe(FIG);
    } finally {
      await context.close();
    }
  });
});
