/**
 * "Compare any two years" on the Table 2 and Table 3 pages, in Chromium: the reader picks a basis (and years), the
 * explorer loads the figure's CSV and shows the chosen basis's ranking. Expected ranks were established independently
 * of the site (Python on the raw workbooks; see __tests__/bases.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { OUT_DIR, ROOT } from "./helpers/server";
import { cellValue, countryNames, parseCsvText } from "../test-support/tables";

const site = siteInBrowser();
const { describeBrowser } = site;

async function open(path: string): Promise<Page> {
  const { page } = await openLocalPage(site);
  await page.goto(`${site.server.origin}${path}`, { waitUntil: "networkidle" });
  return page;
}

/** The explorer's heading and basis label in each language (lib/i18n/messages, explorer.heading and .basis). */
const EXPLORER = {
  en: { heading: "Compare any two years", basis: "Basis" },
  fr: { heading: "Comparer deux années au choix", basis: "Base" },
};

/** Picks a basis in the explorer once its island (React) has hydrated it, and waits for its table (caption names the basis). */
async function pick(page: Page, basis: string, lang: keyof typeof EXPLORER = "en") {
  const section = page.locator("section", { hasText: EXPLORER[lang].heading });
  const select = section.getByLabel(EXPLORER[lang].basis);
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
const explorerRows = (page: Page, lang: keyof typeof EXPLORER = "en") =>
  page
    .locator("section", { hasText: EXPLORER[lang].heading })
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

  test("French page: the explorer names each partner by countries.csv's name_fr for the CSV's code, ranks as the CSV", async () => {
    const page = await open("/fr/charts/russia-top-partners/");
    await pick(page, "partner-declared", "fr");
    const rows = await explorerRows(page, "fr");
    // independent readers: the served CSV and data/countries.csv, code → name_fr
    const frNames = countryNames(readFileSync(path.join(ROOT, "data/countries.csv"), "utf8"), "name_fr");
    const csv = parseCsvText(readFileSync(path.join(OUT_DIR, "data/russia-top-partners.csv"), "utf8")).rows.filter(
      (r) => r.measure === "total" && r.basis === "partner-declared" && ["2010", "2020"].includes(r.year),
    );
    const expected = csv
      .filter((r) => Number(r.rank) <= 15)
      .map((r) => [r.year, r.rank, frNames.get(r.partner) ?? `?${r.partner}`]);
    expect(rows.map((r) => r.slice(0, 3)).sort()).toEqual(expected.sort());
    // French names, not the CSV's English ones: Allemagne, Chine, Biélorussie…
    expect(rows.some((r) => r[2] === "Allemagne")).toBe(true);
    expect(rows.some((r) => r[2] === "Germany" || r[2] === "China")).toBe(false);
    // numbers in French: each number column reads back to the CSV's value (decimal comma, narrow no-break spaces),
    // with no data-value where the text shows every digit (components/DataTable.tsx)
    const table = page.locator("section", { hasText: EXPLORER.fr.heading }).locator("table");
    const keys = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-key")!));
    const cells = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(
            tr.querySelectorAll("td"),
            (td) => [td.getAttribute("data-value"), td.textContent ?? ""] as [string | null, string],
          ),
        ),
      );
    const byRank = new Map(csv.map((r) => [`${r.year}/${r.rank}`, r]));
    let compared = 0;
    for (const row of cells) {
      const value = (k: string) => {
        const [v, text] = row[keys.indexOf(k)];
        return cellValue(v, text, "fr");
      };
      const inCsv = byRank.get(`${value("year")}/${value("rank")}`)!;
      for (const k of ["exports_usd_m", "imports_usd_m", "total_usd_m"]) {
        expect(row[keys.indexOf(k)][0]).toBeNull();
        expect(Number(value(k))).toBe(Number(inCsv[k]));
        compared++;
      }
    }
    expect(compared).toBe(90);
    await page.context().close();
  });
});
