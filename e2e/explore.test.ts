/**
 * The charts' exploration layer (lib/publish/explore/) in Chromium: it is fetched only on the first focus or pointer
 * entry over a chart; Tab reaches each chart of each chart page kind in both languages, arrow keys, Home and End move
 * through its points and the live region's sentence carries the CSV's value for that point (read back from the page's
 * language); Escape leaves; P plays the series with tones whose pitch orders as the CSV's values do (the frequencies
 * handed to the browser's Web Audio API, recorded by a stand-in for AudioContext); hovering a point, and tapping one
 * on a 390 px phone, shows the table's value; axe finds nothing with the layer active, in light and dark; an embed,
 * under its own strict CSP, loads the layer and speaks; and no page logs an error.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { BrowserContextOptions, Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { watchPage } from "./helpers/page";
import { formatViolations, runAxe } from "./helpers/axe";
import { OUT_DIR } from "./helpers/server";
import { LOCALES } from "../lib/i18n/locales";

const site = siteInBrowser();
type Row = Record<string, string>;
const csv = (name: string): Row[] =>
  Papa.parse<Row>(readFileSync(`${OUT_DIR}/data/${name}`, "utf8"), { header: true, skipEmptyLines: true }).data;
const countries = csv("countries.csv");
const nameOf = (code: string, lang: string) => {
  const c = countries.find((r) => r.code === code);
  if (!c) throw new Error(`countries.csv has no ${code}`);
  return lang === "en" ? c.name : c[`name_${lang}`];
};
const codeOf = (name: string, lang: string) =>
  countries.find((r) => (lang === "en" ? r.name : r[`name_${lang}`]) === name)?.code;

/** The last number of a sentence, read as the page's language writes it (its group and decimal signs from Intl), and
 *  its decimals. */
export function lastNumber(text: string, lang: string): { value: number; decimals: number } {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  const sign = (type: string) => parts.find((p) => p.type === type)!.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`[-\u2212]?\\d+(?:${sign("group")}\\d+)*(?:${sign("decimal")}\\d+)?`, "g");
  const all = text.match(re);
  if (!all) throw new Error(`no number in "${text}"`);
  const [whole, fraction = ""] = all[all.length - 1]
    .replace(/\u2212/, "-")
    .split(new RegExp(sign("decimal")))
    .map((x) => x.replace(new RegExp(sign("group"), "g"), ""));
  return { value: Number(`${whole}.${fraction || 0}`), decimals: fraction.length };
}

const yearIn = (text: string) => Number(/\b(\d{4})\b/.exec(text)?.[1]);

/**
 * The CSV's value for the point a sentence names: series `s` (the order the chart's legend and layer use), the
 * sentence's year, rank, country or month. Independent of the build: the served CSVs, countries.csv and Intl.
 */
function csvValue(figure: string, view: string, lang: string, s: number, text: string): number | null {
  switch (figure) {
    case "bilateral-trade": {
      const col = ["fr_exports_usd_m", "fr_imports_usd_m", "balance_usd_m", "total_usd_m"][s];
      const row = csv("bilateral-trade.csv").find((r) => r.basis === view && Number(r.year) === yearIn(text));
      if (!row) throw new Error(`bilateral-trade.csv: no ${view} ${yearIn(text)}`);
      return Number(row[col]);
    }
    case "france-top-partners":
    case "russia-top-partners-total":
    case "russia-top-partners-imports": {
      // the rank as an ordinal: 13th, 13e, 13-е
      const rank = Number(/(\d+)(?:st|nd|rd|th|er|e|-е)[\s,]/.exec(text)?.[1]);
      const imports = figure.endsWith("imports");
      const rows = figure.startsWith("france")
        ? csv("france-top-partners.csv")
        : csv("russia-top-partners.csv").filter((r) => r.measure === (imports ? "imports" : "total"));
      const row = rows.find((r) => r.basis === view && Number(r.year) === yearIn(text) && Number(r.rank) === rank);
      if (!row) throw new Error(`${figure}: no ${view} ${yearIn(text)} rank ${rank} for "${text}"`);
      // the partner the CSV ranks there (the CSV's English name, countries.csv's French one)
      expect({ text, named: text.startsWith(`${lang === "en" ? row.name : nameOf(row.partner, lang)},`) }).toEqual({
        text,
        named: true,
      });
      return Number(imports ? row.imports_usd_m : row.total_usd_m);
    }
    case "fdi-projects":
    case "fdi-flows": {
      const name = text.slice(0, text.indexOf(`, ${yearIn(text)}`));
      const code = codeOf(name, lang);
      const row = csv(`${figure}.csv`).find((r) => r.source === code && Number(r.year) === yearIn(text));
      if (!code) throw new Error(`countries.csv names no country "${name}"`);
      // a country the source gives no figure for that year: the sentence must say no number but the year
      if (!row) return null;
      return Number(figure === "fdi-projects" ? row.projects : row.net_flow_usd_bn);
    }
    case "fr-ru-monthly": {
      const [flow, product] = [
        ["exports", "total"],
        ["imports", "total"],
        ["imports", "hs27"],
      ][s];
      const month = (p: string) =>
        new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(
          new Date(`${p}-01T00:00:00Z`),
        );
      const row = csv("fr-ru-monthly-trade.csv").find(
        (r) => r.flow === flow && r.product === product && r.unit === view && text.includes(`, ${month(r.period)}`),
      );
      // a month the source gives no figure for: the sentence must say no number but the year
      if (!row) return null;
      return Number(row.value) / 1e6;
    }
    case "france-rank-russia":
    case "russia-rank-france-exports": {
      // a rank per year and basis, the line's basis in the order the chart draws them; the year is the category's,
      // just before the colon (a basis' name can hold a year of its own: "IMTS 2021")
      const bases =
        figure === "russia-rank-france-exports"
          ? ["dots-france-declared", "comtrade-france-declared"]
          : ["russia-declared", "imf-estimate", "imf-estimate-checked", "partner-declared", "comtrade-declared"];
      const year = Number(/(\d{4})\s*:/.exec(text)?.[1]);
      const row =
        figure === "russia-rank-france-exports"
          ? csv("france-export-markets.csv").find(
              (r) => r.partner === "RUS" && r.basis === bases[s] && Number(r.year) === year,
            )
          : csv("russia-partner-ranks.csv").find(
              (r) => r.partner === "FRA" && r.measure === view && r.basis === bases[s] && Number(r.year) === year,
            );
      // a year the basis does not cover: the sentence must say no rank
      return row ? Number(row.rank) : null;
    }
  }
  throw new Error(`no CSV reader for ${figure}`);
}

function expectSaysCsv(figure: string, view: string, lang: string, s: number, text: string): void {
  const expected = csvValue(figure, view, lang, s, text);
  if (expected === null) {
    // no number but years (the point's, and one a series' name may hold)
    expect({ text, numbers: text.replace(/\b\d{4}\b/g, "").match(/\d/g) }).toEqual({ text, numbers: null });
    return;
  }
  const said = lastNumber(text, lang);
  expect({ text, diff: Math.abs(said.value - expected) <= 0.5 * 10 ** -said.decimals + 1e-9 }).toEqual({
    text,
    diff: true,
  });
}

const PAGES = ["bilateral-trade", "france-top-partners", "russia-top-partners", "fdi-in-russia", "since-2021"];

async function open(p: string, options: BrowserContextOptions = {}) {
  const { context, page } = await openLocalPage(site, options);
  const watch = watchPage(page, site.server.origin);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(site.server.url(p), { waitUntil: "networkidle" });
  return { context, page, watch, requested };
}

/** Tabs until the focus is on chart `n` (0-based) of the explorable charts on screen; returns its figure and view. */
async function tabTo(page: Page, n: number): Promise<{ figure: string; view: string }> {
  for (let k = 0; k < 300; k++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate((n) => {
      const shown = [...document.querySelectorAll<SVGSVGElement>("svg[data-figure][tabindex]")].filter(
        (s) => s.getBoundingClientRect().width > 0,
      );
      const i = shown.indexOf(document.activeElement as SVGSVGElement);
      return i === n
        ? { figure: shown[i].getAttribute("data-figure")!, view: shown[i].getAttribute("data-variant")! }
        : null;
    }, n);
    if (at) return at;
  }
  throw new Error(`Tab never reached chart ${n}`);
}

/** The live region's sentence after a key (it is emptied, then filled on the next frame). */
async function after(page: Page, key: string | null, previous: string | null = null): Promise<string> {
  if (key) await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    (prev) => {
      const t = document.querySelector("[data-explore-live]")?.textContent ?? "";
      return t && t !== prev ? t : null;
    },
    previous,
    { timeout: 5000 },
  );
  return (await handle.jsonValue()) as string;
}

site.describeBrowser("chart exploration", () => {
  test.each(LOCALES.flatMap((lang) => PAGES.map((p) => [lang, p])))(
    "/%s/charts/%s/: Tab, arrows, Home, End and Escape say the CSV's values",
    async (lang, slug) => {
      const { context, page, watch, requested } = await open(`/${lang}/charts/${slug}/`);
      try {
        expect(requested.filter((u) => u.includes("explore") || u.startsWith("/charts/points/"))).toEqual([]);
        const count = await page.$$eval(
          "svg[data-figure][tabindex]",
          (ss) => ss.filter((s) => s.getBoundingClientRect().width > 0).length,
        );
        expect(count).toBeGreaterThan(0);
        for (let n = 0; n < count; n++) {
          // what the live region said last (the chart before): the next sentence is this chart's
          const before = await page.evaluate(() => document.querySelector("[data-explore-live]")?.textContent ?? null);
          const { figure, view } = await tabTo(page, n);
          const first = await after(page, null, before);
          expect(requested).toContain("/chart-explore.js");
          expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("application");
          // the instructions, then the first point of the first series
          const right = await after(page, "ArrowRight", first);
          expectSaysCsv(figure, view, lang, 0, right);
          const point0 = await after(page, "ArrowLeft", right);
          expect(first.endsWith(point0)).toBe(true);
          expectSaysCsv(figure, view, lang, 0, point0);
          await after(page, "ArrowRight", point0);
          const down = await after(page, "ArrowDown", right);
          expectSaysCsv(figure, view, lang, 1, down);
          const home = await after(page, "Home", down);
          expectSaysCsv(figure, view, lang, 1, home);
          const end = await after(page, "End", home);
          expectSaysCsv(figure, view, lang, 1, end);
          // the last point of the first series, then its first
          const up = await after(page, "ArrowUp", end);
          expectSaysCsv(figure, view, lang, 0, up);
          expect(await after(page, "Home", up)).toBe(point0);
          await page.keyboard.press("Escape");
          expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe("svg");
        }
        expect(watch.errors).toEqual([]);
        expect(watch.failed).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test.each(LOCALES)("%s: a view fetched when chosen is explored on its own points", async (lang) => {
    const { context, page, watch } = await open(`/${lang}/charts/russia-top-partners/`);
    try {
      const fig = "russia-top-partners-total";
      const radios = page.locator(`figure#${fig} input[type=radio]`);
      const view = (await radios.nth(1).getAttribute("value"))!;
      await radios.nth(1).check();
      const svg = page.locator(`figure#${fig} [data-variant-panel="${view}"] svg[tabindex]`);
      await svg.waitFor({ state: "visible", timeout: 5000 });
      await svg.focus();
      const first = await after(page, null);
      const right = await after(page, "ArrowRight", first);
      expect(await svg.getAttribute("data-variant")).toBe(view);
      expectSaysCsv(fig, view, lang, 0, right);
      const down = await after(page, "ArrowDown", right);
      expectSaysCsv(fig, view, lang, 1, down);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("P plays the series: its tones rise and fall as the CSV's values do", async () => {
    const { context, page } = await openLocalPage(site);
    // a stand-in for the browser's AudioContext that records each oscillator's frequency
    await context.addInitScript(() => {
      const w = window as unknown as { __tones: number[]; AudioContext: unknown };
      w.__tones = [];
      const param = (rec?: boolean) => ({
        value: 0,
        setValueAtTime: (v: number) => rec && w.__tones.push(v),
        linearRampToValueAtTime: () => undefined,
      });
      const node = () => ({ connect: (n: unknown) => n ?? node(), disconnect: () => undefined });
      w.AudioContext = class {
        currentTime = 0;
        destination = node();
        resume = () => Promise.resolve();
        createOscillator = () => ({ ...node(), type: "", frequency: param(true), start() {}, stop() {} });
        createGain = () => ({ ...node(), gain: param() });
      };
    });
    try {
      await page.goto(site.server.url("/en/charts/bilateral-trade/"), { waitUntil: "networkidle" });
      const { view } = await tabTo(page, 0);
      await after(page, null);
      await page.evaluate(() => ((window as unknown as { __tones: number[] }).__tones.length = 0));
      await page.keyboard.press("p");
      await page.waitForFunction(() => (window as unknown as { __tones: number[] }).__tones.length > 0);
      const tones = await page.evaluate(() => (window as unknown as { __tones: number[] }).__tones);
      const values = csv("bilateral-trade.csv")
        .filter((r) => r.basis === view && r.fr_exports_usd_m !== "")
        .map((r) => Number(r.fr_exports_usd_m));
      expect(tones.length).toBe(values.length);
      const order: string[] = [];
      for (let a = 0; a < values.length; a++)
        for (let b = 0; b < values.length; b++)
          if (values[a] < values[b] && !(tones[a] < tones[b]))
            order.push(`${values[a]} < ${values[b]}, ${tones[a]} Hz ≥ ${tones[b]} Hz`);
      expect(order).toEqual([]);
      // M turns the sound off: P then plays nothing
      await page.keyboard.press("m");
      await page.evaluate(() => ((window as unknown as { __tones: number[] }).__tones.length = 0));
      await page.keyboard.press("p");
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __tones: number[] }).__tones.length)).toBe(0);
    } finally {
      await context.close();
    }
  });

  test("hovering a bar shows the table's value; tapping one on a 390 px phone too", async () => {
    for (const options of [{}, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }]) {
      const { context, page, watch } = await open("/en/charts/bilateral-trade/", options);
      try {
        const svg = page.locator("svg[data-figure='bilateral-trade'][tabindex]:visible").first();
        const bars = svg.locator('path[fill="var(--chart-exports)"]');
        const k = 5;
        await bars.nth(k).scrollIntoViewIfNeeded();
        const box = (await bars.nth(k).boundingBox())!;
        if ("hasTouch" in options) await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        else await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const tip = page.locator("[data-explore-tip]:visible");
        await tip.waitFor({ timeout: 5000 });
        // the table of the same view: row k, its year and the exports column
        const cells = page.locator("figure#bilateral-trade table tbody tr").nth(k).locator("th,td");
        const text = (await tip.textContent())!;
        expect(text).toContain(`, ${(await cells.nth(0).textContent())!.trim()}:`);
        expect(text).toContain((await cells.nth(1).textContent())!.trim());
        expect(watch.errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test.each(["light", "dark"] as const)("axe finds nothing with the layer active (%s)", async (scheme) => {
    for (const p of ["/en/charts/bilateral-trade/", "/fr/charts/russia-top-partners/", "/en/charts/since-2021/"]) {
      const { context, page } = await open(p, { colorScheme: scheme, bypassCSP: true });
      try {
        await tabTo(page, 0);
        const first = await after(page, null);
        await after(page, "ArrowRight", first);
        const violations = await runAxe(page);
        if (violations.length) throw new Error(`${p} (${scheme}):\n${formatViolations(violations)}`);
      } finally {
        await context.close();
      }
    }
  });

  test("an embed, under its own CSP, loads the layer on focus and says the CSV's values", async () => {
    const { context, page, watch, requested } = await open("/fr/embed/russia-top-partners-total/");
    try {
      expect(requested).not.toContain("/chart-explore.js");
      const { figure, view } = await tabTo(page, 0);
      const first = await after(page, null);
      const right = await after(page, "ArrowRight", first);
      expectSaysCsv(figure, view, "fr", 0, right);
      expect(watch.errors).toEqual([]);
      expect(watch.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
