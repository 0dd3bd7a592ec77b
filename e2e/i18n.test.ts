/**
 * The languages in Chromium: the language switch, each language named in itself, keeps the page and the view chosen
 * (a figure's basis, carried in the query), every page's <html lang> and hreflang alternates match its address, the
 * site root works without JavaScript and sends a browser to the language it prefers, and an old address reaches the
 * English page.
 */
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { sitemapPaths } from "./helpers/site";
import { DEFAULT_LOCALE, ENDONYM, INTL_TAG, LOCALES } from "../lib/i18n/locales";
import { SITE } from "../lib/site";

const site = siteInBrowser();
const { describeBrowser } = site;

describeBrowser("languages", () => {
  test("the switch keeps the page and the basis chosen", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url("/en/charts/bilateral-trade/"), { waitUntil: "networkidle" });
      await page.check('figure#bilateral-trade input[value="russia-declared"]');
      await page.waitForURL(/\?bilateral-trade=russia-declared$/);
      await page.click('a[data-language-switch="fr"]');
      await page.waitForURL(/\/fr\/charts\/bilateral-trade\/\?bilateral-trade=russia-declared$/);
      await page.waitForLoadState("networkidle");
      expect(await page.getAttribute("html", "lang")).toBe("fr");
      expect(await page.isChecked('figure#bilateral-trade input[value="russia-declared"]')).toBe(true);
      expect(await page.isVisible('[data-variant-panel="russia-declared"] table')).toBe(true);
      expect(await page.textContent("figure#bilateral-trade h2")).toBe("Échanges de biens France–Russie par année");
      // on to Russian, the view still chosen, and back
      await page.click('a[data-language-switch="ru"]');
      await page.waitForURL(/\/ru\/charts\/bilateral-trade\/\?bilateral-trade=russia-declared$/);
      await page.waitForLoadState("networkidle");
      expect(await page.getAttribute("html", "lang")).toBe("ru");
      expect(await page.isChecked('figure#bilateral-trade input[value="russia-declared"]')).toBe(true);
      expect(await page.textContent("figure#bilateral-trade h2")).toBe(
        "Торговля товарами между Францией и Россией по годам",
      );
      await page.click('a[data-language-switch="en"]');
      await page.waitForURL(/\/en\/charts\/bilateral-trade\/\?bilateral-trade=russia-declared$/);
    } finally {
      await context.close();
    }
  });

  test("the switch names each other language in itself: English, Français, Русский", async () => {
    const { context, page } = await openLocalPage(site, { javaScriptEnabled: false });
    try {
      for (const here of LOCALES) {
        await page.goto(site.server.url(`/${here}/claims/`));
        const links = await page.$$eval("a[data-language-switch]", (as) =>
          as.map((a) => [a.getAttribute("data-language-switch"), a.textContent?.trim(), a.getAttribute("hreflang")]),
        );
        expect({ here, links }).toEqual({
          here,
          links: LOCALES.filter((l) => l !== here).map((l) => [l, ENDONYM[l], expect.stringMatching(`^${l}`)]),
        });
      }
      expect(LOCALES.map((l) => ENDONYM[l])).toEqual(["English", "Français", "Русский"]);
    } finally {
      await context.close();
    }
  });

  test("every page of the sitemap: <html lang>, canonical and hreflang alternates match its address", async () => {
    const { context, page } = await openLocalPage(site, { javaScriptEnabled: false });
    const problems: string[] = [];
    try {
      for (const p of sitemapPaths()) {
        await page.goto(site.server.url(p));
        const lang = await page.getAttribute("html", "lang");
        const want = LOCALES.find((l) => p.startsWith(`/${l}/`)) ?? DEFAULT_LOCALE;
        if (lang !== want) problems.push(`${p}: lang ${lang}`);
        const alt = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
          ls.map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`),
        );
        const rest = p === "/" ? "/" : p.replace(new RegExp(`^/(${LOCALES.join("|")})/`), "/");
        for (const l of LOCALES)
          if (!alt.includes(`${l} ${p === "/" ? `/${l}/` : `/${l}${rest}`}`)) problems.push(`${p}: no ${l} alternate`);
        if (!alt.some((a) => a.startsWith("x-default "))) problems.push(`${p}: no x-default`);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  test("the root works without JavaScript and sends a French- or Russian-preferring browser to its language", async () => {
    const off = await openLocalPage(site, { javaScriptEnabled: false, locale: "fr-FR" });
    try {
      await off.page.goto(site.server.url("/"));
      expect(await off.page.$$eval("a[data-language]", (as) => as.map((a) => a.getAttribute("href")))).toEqual(
        LOCALES.map((l) => `/${l}/`),
      );
    } finally {
      await off.context.close();
    }
    for (const l of LOCALES.filter((x) => x !== DEFAULT_LOCALE)) {
      const other = await openLocalPage(site, { locale: INTL_TAG[l] });
      try {
        await other.page.goto(site.server.url("/"));
        await other.page.waitForURL(new RegExp(`/${l}/$`));
      } finally {
        await other.context.close();
      }
    }
    const en = await openLocalPage(site, { locale: "en-GB" });
    try {
      await en.page.goto(site.server.url("/"), { waitUntil: "networkidle" });
      expect(new URL(en.page.url()).pathname).toBe("/");
    } finally {
      await en.context.close();
    }
  });

  test("an old address reaches the English page", async () => {
    const { context, page } = await openLocalPage(site);
    try {
      await page.goto(site.server.url("/charts/france-top-partners/"));
      await page.waitForURL(/\/en\/charts\/france-top-partners\/$/);
      expect(await page.getAttribute("html", "lang")).toBe("en");
    } finally {
      await context.close();
    }
  });

  test("on every page of the other languages, the article's English title and the IMF's statistics' English name are marked lang=en", async () => {
    const { context, page } = await openLocalPage(site, { javaScriptEnabled: false });
    try {
      const pages = sitemapPaths().filter((p) => LOCALES.some((l) => l !== DEFAULT_LOCALE && p.startsWith(`/${l}/`)));
      expect(pages.length).toBeGreaterThan(10);
      for (const p of pages) {
        await page.goto(site.server.url(p));
        // every text node holding the title (or its start), and the language of its closest [lang]
        const found = await page.evaluate((title) => {
          const out: string[] = [];
          const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest("script, style, textarea, template")) continue;
            if ((n.textContent ?? "").includes(title)) out.push(el.closest("[lang]")?.getAttribute("lang") ?? "");
          }
          return out;
        }, SITE.article.title);
        expect({ p, found: found.length > 0, langs: [...new Set(found)] }).toEqual({ p, found: true, langs: ["en"] });
        // and the English name of the IMF's statistics in the footer and in the figures' source lines and links
        const dots = await page.$$eval("footer, figcaption", (els) =>
          els.flatMap((el) => {
            const out: string[] = [];
            const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode())
              if ((n.textContent ?? "").includes("Direction of Trade Statistics"))
                out.push(n.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "");
            return out;
          }),
        );
        expect({ p, dots: [...new Set(dots)] }).toEqual({ p, dots: ["en"] });
      }
    } finally {
      await context.close();
    }
  });
});
