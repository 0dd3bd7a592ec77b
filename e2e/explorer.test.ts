/**
 * "Compare any two years" on the Table 2 and Table 3 pages, in Chromium: the reader picks a basis (and years, and on
 * Russia's page the measure), the explorer loads its CSV (Russia's: russia-partner-ranks.csv, 2010–2024) and shows the
 * chosen basis's ranking, offering only that basis's years. Expected ranks were established independently of the site
 * (Python on the raw workbooks, see __tests__/bases.test.ts; the raw IMTS lines, __tests__/explorer-years.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { hydrateExplorer } from "./helpers/page";
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

  test("Russia's page: the IMF estimate, 2024: France 15th, the year labelled an IMF estimate", async () => {
    const page = await open("/charts/russia-top-partners/");
    const section = page.locator("section", { hasText: EXPLORER.en.heading });
    // Russia's own declarations first: their years stop in 2021
    const years = (which: "a" | "b") =>
      section
        .locator(`select[name="${which}"] option`)
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await years("b")).toEqual(Array.from({ length: 12 }, (_, i) => String(2010 + i)));
    await pick(page, "imf-estimate");
    // the pickers offer the estimates' years only, each labelled, and the pair moved into them
    expect(await years("a")).toEqual(["2022", "2023", "2024"]);
    await expect(section.locator('select[name="b"] option').allTextContents()).resolves.toEqual([
      "2022 (IMF estimate)",
      "2023 (IMF estimate)",
      "2024 (IMF estimate)",
    ]);
    await section.locator('select[name="b"]').selectOption("2023");
    await section.locator("table caption", { hasText: "2023 (IMF estimate)" }).waitFor({ timeout: 10000 });
    await section.locator('select[name="b"]').selectOption("2024");
    await section.locator("table caption", { hasText: "2024 (IMF estimate)" }).waitFor({ timeout: 10000 });
    await expect(section.locator("[data-basis-note]").textContent()).resolves.toContain(
      "The figures for 2022–2024 are the IMF's estimates",
    );
    const rows = await explorerRows(page);
    // 10th and 15th: the ranks __tests__/after-2021.test.ts and explorer-years.test.ts compute from the raw IMTS lines
    expect(rows.filter((r) => r[2] === "France").map((r) => [r[0], r[1]])).toEqual([
      ["2022 (IMF estimate)", "10"],
      ["2024 (IMF estimate)", "15"],
    ]);
    expect(new URL(page.url()).searchParams.get("russia-partner-ranks-basis")).toBe("imf-estimate");
    await page.context().close();
  });

  test("Russia's page: Comtrade is offered by imports only, 2014–2022", async () => {
    const page = await open("/charts/russia-top-partners/");
    const section = page.locator("section", { hasText: EXPLORER.en.heading });
    const options = () =>
      section
        .getByLabel(EXPLORER.en.basis)
        .locator("option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await hydrateExplorer(page);
    expect(await options()).not.toContain("comtrade-declared");
    await section.getByLabel("Measure").selectOption("imports");
    await section.locator('select[name="basis"] option[value="comtrade-declared"]').waitFor({ state: "attached" });
    expect(await options()).toContain("comtrade-declared");
    await pick(page, "comtrade-declared");
    const years = await section
      .locator('select[name="a"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(years).toEqual(Array.from({ length: 9 }, (_, i) => String(2014 + i)));
    const rows = await explorerRows(page);
    // France among exporters to Russia in Comtrade (__tests__/after-2021.test.ts, from the raw files): 10th in 2014, 8th in 2020
    expect(rows.filter((r) => r[2] === "France").map((r) => [r[0], r[1]])).toEqual([
      ["2014", "10"],
      ["2020", "8"],
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
    const csv = parseCsvText(readFileSync(path.join(OUT_DIR, "data/russia-partner-ranks.csv"), "utf8")).rows.filter(
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
      expect(row[keys.indexOf("value_usd_m")][0]).toBeNull();
      expect(Number(value("value_usd_m"))).toBe(Number(inCsv.value_usd_m));
      compared++;
    }
    expect(compared).toBe(30);
    await page.context().close();
  });
});
