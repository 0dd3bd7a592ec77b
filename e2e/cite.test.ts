/**
 * "Cite this chart" in Chromium, with the browser's clock set to a day that is not the build's: the citation the
 * reader opens and copies says it was accessed that day, in the page's language (and as YYYY-MM-DD in BibTeX's
 * urldate), and states the data's vintage, the build's day, separately.
 */
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { spawnSync } from "node:child_process";
import { formatDay } from "../lib/format";

const site = siteInBrowser();
// the day `npm run build` dates the data by: SOURCE_DATE_EPOCH when set, else the last commit's (read from git here,
// not from the build's code), so a build on one day tested after midnight still expects the build's day
const vintageDay = (): Date => {
  const set = process.env.SOURCE_DATE_EPOCH;
  const epoch = set ?? spawnSync("git", ["log", "-1", "--format=%ct"], { encoding: "utf8" }).stdout.trim();
  return new Date(Number(epoch) * 1000);
};
const { describeBrowser } = site;
const FIG = "bilateral-trade";
// a day the build cannot have chosen: the reader's "today"
const TODAY = new Date("2031-03-15T10:00:00");
const ACCESSED = {
  en: "accessed 15 March 2031",
  fr: "consulté le 15 mars 2031",
  ru: "дата обращения: 15 марта 2031 г.",
};

describeBrowser("citations dated by the reader's day", () => {
  test.each(Object.entries(ACCESSED))("/%s/: the copied citation says %s, with the data's vintage", async (l, said) => {
    const { context, page } = await openLocalPage(site);
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.clock.setFixedTime(TODAY);
      await page.goto(site.server.url(`/${l}/charts/${FIG}/`), { waitUntil: "networkidle" });
      const cite = page.locator(`[data-cite-panel="${FIG}"]`);
      await cite.locator("summary").click();
      const field = cite.locator(`textarea#${FIG}-cite-text`);
      await field.waitFor();
      await page.waitForFunction(
        (id) => !document.getElementById(id)?.textContent?.includes("ACCESSED"),
        `${FIG}-cite-text`,
      );
      const shown = await field.inputValue();
      expect(shown).toContain(said);
      // the vintage, the build's day, in the page's language, and no placeholder left
      const vintage = formatDay(vintageDay(), l as "en" | "fr" | "ru");
      expect(shown).toContain(vintage);
      expect(shown).not.toMatch(/ACCESSED/);
      // copied: the same dated text
      await cite.getByRole("button").first().click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      // BibTeX: urldate is the reader's day, year the vintage's
      const bib = await cite.locator(`textarea#${FIG}-cite-bibtex`).inputValue();
      expect(bib).toContain("urldate = {2031-03-15},");
      expect(bib).toContain(`year = {${vintageDay().getUTCFullYear()}},`);
      expect(bib).not.toMatch(/ACCESSED/);
    } finally {
      await context.close();
    }
  });
});
