/**
 * The built site (out/) in Chromium, as served by scripts/serve.ts: every page of the sitemap loads cleanly, asks
 * nothing of other hosts and links only to files that exist; every chart is visible on a desktop and on a phone,
 * with and without JavaScript; every data table shows the numbers of the CSV its figure links to.
 */
import type { Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { watchPage } from "./helpers/page";
import { isChartPage, siteOrigin, sitemapPaths } from "./helpers/site";
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/locales";
import {
  cellValue,
  compareTableToCsv,
  countryNames,
  namesByEnglish,
  parseCsvText,
  type RenderedTable,
} from "../test-support/tables";

const PATHS = sitemapPaths();
const CHART_PATHS = PATHS.filter(isChartPage);
const WIDTHS = [1280, 360];
const site = siteInBrowser();
const { describeBrowser } = site;

/** For each figure id on the page, how many of its chart SVGs are visible, and their sizes. */
async function visibleCharts(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  return page.$$eval("svg.recharts-surface[data-figure]", (svgs) =>
    svgs.map((svg) => {
      const r = svg.getBoundingClientRect();
      return {
        figure: svg.getAttribute("data-figure")!,
        variant: svg.getAttribute("data-variant"),
        visible: svg.checkVisibility() && r.width > 0 && r.height > 0,
        width: r.width,
        height: r.height,
        right: r.right,
      };
    }),
  );
}

/** Every chart figure on the page shows exactly one SVG, non-empty and within the viewport. */
async function expectChartsVisible(page: Page, figureIds: string[]) {
  for (const width of WIDTHS) {
    const svgs = await visibleCharts(page, width);
    for (const id of figureIds) {
      const shown = svgs.filter((s) => s.figure === id && s.visible);
      expect({ width, figure: id, visibleSvgs: shown.length }).toEqual({ width, figure: id, visibleSvgs: 1 });
      expect({ width, figure: id, fitsViewport: shown[0].right <= width + 0.5 }).toEqual({
        width,
        figure: id,
        fitsViewport: true,
      });
    }
  }
}

describeBrowser("every page of the sitemap", () => {
  const SITE_ORIGIN = siteOrigin();
  const linkStatus = new Map<string, Promise<string>>();
  /** "200" or what went wrong, fetched once per URL for the whole suite. */
  const check = (url: string) => {
    if (!linkStatus.has(url)) {
      linkStatus.set(
        url,
        fetch(url, { redirect: "follow" }).then(
          async (r) => {
            await r.arrayBuffer();
            return r.status === 200 ? "200" : `${r.status}`;
          },
          (e: Error) => e.message,
        ),
      );
    }
    return linkStatus.get(url)!;
  };

  test.each(PATHS)(
    "%s loads without console errors, failed or third-party requests, and every internal link answers 200",
    async (p) => {
      const { context, page } = await openLocalPage(site);
      try {
        const watch = watchPage(page, site.server.origin);
        const res = await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        expect({ page: p, status: res?.status() }).toEqual({ page: p, status: 200 });
        const links: { tag: string; url: string }[] = await page.$$eval(
          "a[href], img[src], link[href], source[src], video[src], audio[src], iframe[src]",
          (els) =>
            els.map((el) => ({
              tag: el.outerHTML.slice(0, 120),
              url:
                (el as HTMLAnchorElement).href || (el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src,
            })),
        );
        const internal = links
          .map((l) => {
            const u = new URL(l.url);
            if (u.origin === SITE_ORIGIN && SITE_ORIGIN !== site.server.origin)
              u.href = site.server.url(u.pathname + u.search); // absolute links to the public URL
            u.hash = "";
            return { ...l, url: u.href, local: u.origin === site.server.origin };
          })
          .filter((l) => l.local);
        expect(internal.length).toBeGreaterThan(0);
        const broken: string[] = [];
        for (const l of internal) {
          const status = await check(l.url);
          if (status !== "200") broken.push(`${status} ${l.url} from ${l.tag}`);
        }
        expect({
          page: p,
          errors: watch.errors,
          failed: watch.failed,
          thirdParty: watch.foreign,
          brokenLinks: broken,
        }).toEqual({ page: p, errors: [], failed: [], thirdParty: [], brokenLinks: [] });
      } finally {
        await context.close();
      }
    },
  );
});

describeBrowser("chart pages", () => {
  let countriesCsv = "";
  const csvCache = new Map<string, Promise<ReturnType<typeof parseCsvText>>>();
  const csv = (url: string) => {
    if (!csvCache.has(url)) {
      csvCache.set(
        url,
        fetch(url).then(async (r) => {
          if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
          return parseCsvText(await r.text());
        }),
      );
    }
    return csvCache.get(url)!;
  };
  beforeAll(async () => {
    if (!site.server) return;
    const r = await fetch(site.server.url("/data/countries.csv"));
    countriesCsv = await r.text();
  });

  test.each(CHART_PATHS)("%s: each figure's chart SVG is visible at 1280 px and at 360 px", async (p) => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url(p), { waitUntil: "networkidle" });
      const ids = await page.$$eval("main figure[id]", (fs) =>
        fs.filter((f) => f.querySelector("svg.recharts-surface[data-figure]")).map((f) => f.id),
      );
      expect(ids.length).toBeGreaterThan(0);
      await expectChartsVisible(page, ids);
    } finally {
      await context.close();
    }
  });

  test.each(CHART_PATHS)(
    "%s: each data table's values (td[data-value], or a number's text read back) equal the rows of the CSV its figure links to",
    async (p) => {
      const { context, page } = await openLocalPage(site);
      try {
        await page.goto(site.server.url(p), { waitUntil: "networkidle" });
        const locale = LOCALES.find((l) => p.startsWith(`/${l}/`)) ?? DEFAULT_LOCALE;
        // a page in another language shows countries.csv's name_<locale> where the CSVs have the English name
        const names = countryNames(countriesCsv, locale === DEFAULT_LOCALE ? "name" : `name_${locale}`);
        const byEnglish = locale === DEFAULT_LOCALE ? undefined : namesByEnglish(countriesCsv, `name_${locale}`);
        const figures: {
          id: string;
          csv: string | null;
          tables: { variant?: string; keys: string[]; cells: [string | null, string][][] }[];
        }[] = await page.$$eval("main figure[id]", (figs) =>
          figs
            .filter((f) => f.querySelector("table[data-table]"))
            .map((f) => ({
              id: f.id,
              csv:
                Array.from(f.querySelectorAll("a[href]"), (a) => (a as HTMLAnchorElement).href).find((h) =>
                  new URL(h).pathname.endsWith(".csv"),
                ) ?? null,
              tables: Array.from(f.querySelectorAll("table[data-table]"), (t) => ({
                variant:
                  t.closest("[data-variant-panel]")?.getAttribute("data-variant-panel") ??
                  f.querySelector("svg[data-variant]")?.getAttribute("data-variant") ??
                  undefined,
                keys: Array.from(t.querySelectorAll("thead th[data-key]"), (th) => th.getAttribute("data-key")!),
                cells: Array.from(t.querySelectorAll("tbody tr"), (tr) =>
                  Array.from(
                    tr.querySelectorAll("td"),
                    (td) => [td.getAttribute("data-value"), td.textContent ?? ""] as [string | null, string],
                  ),
                ),
              })),
            })),
        );
        expect(figures.length).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const fig of figures) {
          if (!fig.csv) {
            problems.push(`${fig.id}: no CSV link in the figure`);
            continue;
          }
          const data = await csv(fig.csv);
          for (const { variant, keys, cells } of fig.tables) {
            const t: RenderedTable & { variant?: string } = {
              variant,
              keys,
              rows: cells.map((r) => r.map(([v, text]) => cellValue(v, text, locale))),
            };
            problems.push(...compareTableToCsv(t, data, { figure: fig.id, variant: t.variant }, names, byEnglish));
          }
        }
        if (problems.length)
          throw new Error(`${p}: ${problems.length} table/CSV mismatch(es):\n${problems.join("\n")}`);
      } finally {
        await context.close();
      }
    },
  );
});

describeBrowser("without JavaScript", () => {
  test.each(["/en/", "/fr/", ...CHART_PATHS])("%s shows its chart SVGs at 1280 px and 360 px", async (p) => {
    const { context, page } = await openLocalPage(site, { javaScriptEnabled: false });
    try {
      const res = await page.goto(site.server.url(p), { waitUntil: "load" });
      expect(res?.status()).toBe(200);
      const figureIds = await page.$$eval("main figure[id]", (fs) =>
        fs.filter((f) => f.querySelector("svg.recharts-surface[data-figure]")).map((f) => f.id),
      );
      if (figureIds.length > 0) {
        await expectChartsVisible(page, figureIds);
      } else {
        // overview: one chart per card, all visible
        for (const width of WIDTHS) {
          const svgs = await visibleCharts(page, width);
          expect(svgs.length).toBeGreaterThan(0);
          expect({ width, hidden: svgs.filter((s) => !s.visible).map((s) => s.figure) }).toEqual({ width, hidden: [] });
        }
      }
    } finally {
      await context.close();
    }
  });
});
