/**
 * The "since the article" page (/charts/since-2021/) in Chromium: its chart is drawn without JavaScript, with the
 * mark of 24 February 2022 where that day falls; its tables equal the CSVs they link to (the monthly table in both
 * currencies, the annual totals); the facts it states are the annual CSV's; no console errors; axe-core finds nothing
 * in the light or the dark scheme, in either currency. Table 1's Eurostat view is checked for what it leaves empty.
 */
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { watchPage } from "./helpers/page";
import { formatViolations, runAxe } from "./helpers/axe";
import { cellValue, compareTableToCsv, parseCsvText, type RenderedTable } from "../test-support/tables";

const PAGE = "/en/charts/since-2021/";
const site = siteInBrowser();
const { describeBrowser } = site;

const csv = async (file: string) => {
  const r = await fetch(site.server.url(`/data/${file}`));
  expect(r.status).toBe(200);
  return parseCsvText(await r.text());
};

/** The rendered table under `selector` (an English page): th[data-key], and each cell's value (td[data-value], or a
 *  number's text read back). */
const tableAt = async (page: Page, selector: string): Promise<RenderedTable> => {
  const t = await page.$eval(selector, (el) => ({
    keys: Array.from(el.querySelectorAll("thead th[data-key]"), (th) => th.getAttribute("data-key")!),
    cells: Array.from(el.querySelectorAll("tbody tr"), (tr) =>
      Array.from(tr.querySelectorAll("td"), (td) => [td.getAttribute("data-value"), td.textContent ?? ""] as const),
    ),
  }));
  return { keys: t.keys, rows: t.cells.map((r) => r.map(([v, text]) => cellValue(v, text, "en"))) };
};

describeBrowser("/charts/since-2021/", () => {
  test.each([1280, 360])(
    "without JavaScript at %i px: the chart is visible, the mark sits at 24 February 2022",
    async (width) => {
      const { context, page } = await openLocalPage(site, {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      try {
        await page.goto(site.server.url(PAGE), { waitUntil: "load" });
        const svg = page.locator('svg.recharts-surface[data-figure="fr-ru-monthly"][data-variant="EUR"]').filter({
          visible: true,
        });
        await expect(svg.count()).resolves.toBe(1);
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeGreaterThan(300);
        expect(box.height).toBeGreaterThan(200);
        // three lines drawn, and the labelled mark
        await expect(svg.locator('path[fill="none"][stroke^="var(--chart-"]').count()).resolves.toBe(3);
        const mark = svg.locator('text[data-mark="2022-02-24"]');
        await expect(mark.textContent()).resolves.toMatch(/^24 Feb 2022/);
        // the mark's line lies 1 + 23/28 months after the January 2022 tick, in a year of 12 months on the axis
        const x = await svg.evaluate((el) => {
          // an axis tick: its label, drawn after its tick mark; the mark's line, drawn before its label
          const tick = (label: string) =>
            Array.from(el.querySelectorAll("text"))
              .find((t) => t.textContent === label)
              ?.previousElementSibling?.getBoundingClientRect().x;
          return {
            mark: el.querySelector('text[data-mark="2022-02-24"]')!.previousElementSibling!.getBoundingClientRect().x,
            y2021: tick("2021"),
            y2023: tick("2023"),
          };
        });
        expect(x.y2021).toBeDefined();
        expect(x.y2023).toBeDefined();
        const perMonth = (x.y2023! - x.y2021!) / 24;
        expect(Math.abs(x.mark - (x.y2021! + perMonth * (12 + 1 + 23 / 28)))).toBeLessThan(1.5);
      } finally {
        await context.close();
      }
    },
  );

  test("no console errors or failed requests; switching to USD shows the USD chart and table", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      const watch = watchPage(page, site.server.origin);
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      await page.getByLabel("USD, at ECB monthly averages").check();
      const usd = page.locator('[data-variant-panel="USD"]');
      // not the default view: its content, then its chart, are fetched when chosen (lib/publish/page-script/behaviour.ts)
      await usd.locator('svg[data-variant="USD"]').waitFor({ state: "visible", timeout: 5000 });
      await expect(usd.isVisible()).resolves.toBe(true);
      await expect(usd.locator('svg[data-variant="USD"]').filter({ visible: true }).count()).resolves.toBe(1);
      await expect(usd.locator("table[data-table] tbody tr").count()).resolves.toBe(173);
      expect({ errors: watch.errors, failed: watch.failed, foreign: watch.foreign }).toEqual({
        errors: [],
        failed: [],
        foreign: [],
      });
    } finally {
      await context.close();
    }
  });

  test("the monthly tables (EUR and USD) and the annual totals equal the CSVs they link to", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      const monthly = await csv("fr-ru-monthly-trade.csv");
      const problems: string[] = [];
      for (const unit of ["EUR", "USD"]) {
        // the USD view's table is fetched with its view, when chosen (lib/publish/panels.ts)
        if (unit === "USD") {
          await page.getByLabel("USD, at ECB monthly averages").check();
          await page.locator('[data-variant-panel="USD"] table[data-table] tbody tr').first().waitFor();
        }
        const t = await tableAt(page, `[data-variant-panel="${unit}"] table[data-table]`);
        expect(t.rows).toHaveLength(173);
        problems.push(...compareTableToCsv(t, monthly, { figure: "fr-ru-monthly", variant: unit }, new Map()));
      }
      const link = await page.$eval("#annual a[download]", (a) => new URL((a as HTMLAnchorElement).href).pathname);
      expect(link).toBe("/data/fr-ru-annual-trade.csv");
      const annual = await csv("fr-ru-annual-trade.csv");
      const t = await tableAt(page, "#annual-table");
      expect(t.rows).toHaveLength(annual.rows.length);
      problems.push(...compareTableToCsv(t, annual, { figure: "annual" }, new Map()));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the facts stated are the annual CSV's: the fall in exports 2021→2023, the months where data end", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      const annual = (await csv("fr-ru-annual-trade.csv")).rows;
      const row = annual.find(
        (r) => r.year === "2023" && r.flow === "exports" && r.product === "total" && r.unit === "EUR",
      )!;
      const facts = await page.$$eval("#facts li", (lis) => lis.map((li) => li.textContent ?? ""));
      expect(facts[0]).toContain(
        `French exports to Russia fell by ${(-Number(row.change_from_2021_pct)).toFixed(1)}% from 2021`,
      );
      const monthly = (await csv("fr-ru-monthly-trade.csv")).rows;
      const lastImports = monthly
        .filter((r) => r.flow === "imports")
        .map((r) => r.period)
        .sort()
        .pop();
      expect(lastImports).toBe("2022-11");
      const stop = await page.$eval("#data-end", (s) => s.textContent ?? "");
      expect(stop).toContain("No French imports from Russia after November 2022 are in these sources.");
      expect(stop).toContain("Russia stopped publishing its trade by partner country after 2021");
      // the facts come before the charts (the monthly one, then France's rank), the annual totals and where the data
      // stop after them
      const order = await page.$$eval("main section[id], main figure[id]", (els) => els.map((e) => e.id));
      expect(order.slice(0, 6)).toEqual([
        "facts",
        "fr-ru-monthly",
        "france-rank-russia",
        "russia-rank-france-exports",
        "annual",
        "data-end",
      ]);
    } finally {
      await context.close();
    }
  });

  test.each(["light", "dark"] as const)("axe-core: no violations, %s scheme, EUR and USD views", async (scheme) => {
    const { context, page } = await openLocalPage(site, { colorScheme: scheme, bypassCSP: true });
    try {
      await page.goto(site.server.url(PAGE), { waitUntil: "networkidle" });
      const violations = await runAxe(page);
      await page.getByLabel("USD, at ECB monthly averages").check();
      await page.locator('#fr-ru-monthly svg[data-variant="USD"]').first().waitFor({ state: "visible", timeout: 5000 });
      violations.push(...(await runAxe(page, "#fr-ru-monthly")));
      if (violations.length) throw new Error(`${violations.length} axe violation(s):\n${formatViolations(violations)}`);
    } finally {
      await context.close();
    }
  });
});

describeBrowser("Table 1's Eurostat view", () => {
  test("labelled as its own basis; a flow without a full year shows no number and is empty in the CSV", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url("/en/charts/bilateral-trade/"), { waitUntil: "networkidle" });
      const label = "Eurostat, France-declared, EUR converted to USD at the ECB annual average";
      await page.getByRole("radio", { name: label }).check();
      const panel = page.locator('[data-variant-panel="eurostat-ecb-usd"]');
      // a view other than the default is fetched when chosen (lib/publish/page-script/behaviour.ts)
      await panel.locator('svg[data-variant="eurostat-ecb-usd"]').waitFor({ state: "visible", timeout: 5000 });
      await expect(
        panel.locator('svg[data-variant="eurostat-ecb-usd"]').filter({ visible: true }).count(),
      ).resolves.toBe(1);
      await expect(panel.locator("caption").textContent()).resolves.toContain(label);
      const t = await tableAt(page, '[data-variant-panel="eurostat-ecb-usd"] table[data-table]');
      const rows = (await csv("bilateral-trade.csv")).rows.filter((r) => r.basis === "eurostat-ecb-usd");
      expect(t.rows.map((r) => r[0])).toEqual(rows.map((r) => r.year));
      const y2022 = rows.find((r) => r.year === "2022")!;
      expect([y2022.fr_imports_usd_m, y2022.total_usd_m]).toEqual(["", ""]);
      const shown = await panel.locator("tbody tr").nth(rows.indexOf(y2022)).locator("td").allTextContents();
      expect(shown.slice(2)).toEqual(["—", "—", "—"]);
    } finally {
      await context.close();
    }
  });
});
