/**
 * "Compare any two years" on the Table 2 and Table 3 pages, in Chromium: the reader picks a basis (and years), the
 * explorer loads the figure's CSV and shows the chosen basis's ranking. Expected ranks were established independently
 * of the site (Python on the raw workbooks; see __tests__/bases.test.ts).
 */
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { keepLocal } from "./helpers/page";

const site = siteInBrowser();
const { describeBrowser } = site;

async function open(path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await keepLocal(context, site.server.origin);
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`, { waitUntil: "networkidle" });
  return page;
}

/** Picks a basis in the explorer once React has hydrated it, and waits for its table (caption names the basis). */
async function pick(page: Page, basis: string) {
  const section = page.locator("section", { hasText: "Compare any two years" });
  const select = section.getByLabel("Basis");
  const label = (await select.locator(`option[value="${basis}"]`).textContent())!;
  for (let attempt = 0; attempt < 20; attempt++) {
    await select.selectOption(basis);
    const caption = section.locator("table caption", { hasText: label });
    if (await caption.count()) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`the explorer did not show the ${basis} table`);
}

/** The explorer's table rows, as [year, rank, partner name]. */
const explorerRows = (page: Page) =>
  page
    .locator("section", { hasText: "Compare any two years" })
    .locator("table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent!.trim())));

describeBrowser("the two-year explorer, on every basis", () => {
  test("Russia's page: partner-declared, 2010 and 2020: France 11th and 13th", async () => {
    const page = await open("/charts/russia-top-partners/");
    await pick(page, "partner-declared");
    const rows = await explorerRows(page);
    expect(rows.filter((r) => r[2] === "France").map((r) => [r[0], r[1]])).toEqual([
      ["2010", "11"],
      ["2020", "13"],
    ]);
    expect(rows).toHaveLength(30); // the top 15 of each year, of the total measure only
    await page.context().close();
  });

  test("Russia's page: customs, 2010 and 2020: France 10th and 13th among the 29", async () => {
    const page = await open("/charts/russia-top-partners/");
    await pick(page, "customs");
    const rows = await explorerRows(page);
    expect(rows.filter((r) => r[2] === "France").map((r) => [r[0], r[1]])).toEqual([
      ["2010", "10"],
      ["2020", "13"],
    ]);
    await page.context().close();
  });

  test("France's page: partner-declared, 2010 and 2020: Russia 11th and 16th", async () => {
    const page = await open("/charts/france-top-partners/");
    await pick(page, "partner-declared");
    const rows = await explorerRows(page);
    expect(rows.filter((r) => r[2] === "Russia").map((r) => [r[0], r[1]])).toEqual([
      ["2010", "11"],
      ["2020", "16"],
    ]);
    await page.context().close();
  });
});
