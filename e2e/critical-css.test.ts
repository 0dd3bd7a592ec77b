/**
 * Each page inlines only the rules its own markup uses (lib/publish/critical-css.ts), and the page script links the
 * site's whole stylesheet after the first paint. These tests fail if the cut drops a rule a page needs: pages of each
 * kind (the longest chart pages, home, claims, data, both languages), with JavaScript off (so only the inlined rules
 * apply), are screenshotted whole as they are and again with the whole stylesheet added, at phone width in light and
 * at desktop width in dark, and the two images must be the same; printed, every element's computed style must be the
 * same. With JavaScript on, the page script links the whole stylesheet, and it loads.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { siteInBrowser } from "./helpers/setup";
import { keepLocal } from "./helpers/page";

const site = siteInBrowser();

const PAGES = [
  "/fr/charts/russia-top-partners/",
  "/en/charts/since-2021/",
  "/fr/charts/bilateral-trade/",
  "/en/",
  "/fr/claims/",
  "/en/data/",
];

site.describeBrowser("the inlined rules draw each page as the whole stylesheet does", () => {
  const cases = [
    { width: 412, scheme: "light", media: "screen" },
    { width: 1280, scheme: "dark", media: "screen" },
  ] as const;
  for (const c of cases)
    test(`${c.width} px, ${c.scheme}, ${c.media}: ${PAGES.length} pages, the same with the whole stylesheet added`, async () => {
      const context = await site.browser.newContext({
        viewport: { width: c.width, height: 900 },
        colorScheme: c.scheme,
        javaScriptEnabled: false,
      });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      await page.emulateMedia({ media: c.media });
      try {
        const differ: string[] = [];
        for (const p of PAGES) {
          await page.goto(site.server.url(p), { waitUntil: "load" });
          const href = await page.$eval("style[data-href]", (s) => s.getAttribute("data-href")!);
          const cut = await page.screenshot({ fullPage: true });
          // the whole stylesheet as the site serves it, added after the page's own (as the page script links it)
          const wholeCss = readFileSync(path.join("out", href), "utf8");
          await page.$eval(
            "head",
            (head, css) => {
              const style = document.createElement("style");
              style.textContent = css;
              head.append(style);
            },
            wholeCss,
          );
          const whole = await page.screenshot({ fullPage: true });
          if (!cut.equals(whole)) differ.push(p);
        }
        expect(differ).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);

  // printed pages: a screenshot in print emulation is not the same twice, so the computed styles are compared
  test("printed (home, a chart page, claims): every element's computed style the same with the whole stylesheet added", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const styles = () =>
      page.$$eval("body *:not([data-whole])", (els) =>
        els.map((el) => {
          const cs = getComputedStyle(el);
          let out = el.tagName;
          for (let i = 0; i < cs.length; i++)
            if (!cs[i].startsWith("--")) out += `;${cs[i]}:${cs.getPropertyValue(cs[i])}`;
          return out;
        }),
      );
    try {
      for (const p of ["/en/", "/fr/charts/fdi-in-russia/", "/fr/claims/"]) {
        await page.goto(site.server.url(p), { waitUntil: "load" });
        const href = await page.$eval("style[data-href]", (s) => s.getAttribute("data-href")!);
        const cut = await styles();
        await page.$eval(
          "body",
          (body, css) => {
            const style = document.createElement("style");
            style.setAttribute("data-whole", "");
            style.textContent = css;
            body.append(style);
          },
          readFileSync(path.join("out", href), "utf8"),
        );
        const whole = await styles();
        const i = whole.findIndex((w, k) => w !== cut[k]);
        expect({ p, differs: i < 0 ? null : `${whole[i].slice(0, 200)} | was ${cut[i]?.slice(0, 200)}` }).toEqual({
          p,
          differs: null,
        });
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  test("with JavaScript on, the page script links the whole stylesheet, which loads", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    const page = await context.newPage();
    try {
      await page.goto(site.server.url("/fr/charts/russia-top-partners/"), { waitUntil: "networkidle" });
      await page.waitForFunction(() => Boolean(document.querySelector<HTMLLinkElement>("link[rel=stylesheet]")?.sheet));
      const got = await page.evaluate(() => {
        const href = document.querySelector("style[data-href]")?.getAttribute("data-href");
        const link = document.querySelector<HTMLLinkElement>(`link[rel=stylesheet][href="${href}"]`);
        return {
          href,
          inline: document.querySelector("style[data-href]")?.textContent?.length ?? 0,
          rules: link?.sheet?.cssRules.length ?? 0,
          inlineRules: (document.querySelector("style[data-href]") as HTMLStyleElement).sheet?.cssRules.length ?? 0,
        };
      });
      expect(got.href).toMatch(/^\/_next\/static\/chunks\/[^/]+\.css$/);
      expect(got.inline).toBeGreaterThan(1000);
      // the whole stylesheet has more rules than the page's cut
      expect(got.rules).toBeGreaterThan(got.inlineRules);
    } finally {
      await context.close();
    }
  });
});
