/**
 * The briefing downloads in Chromium: on each chart page, every figure's PowerPoint, Word, Excel and PDF link is
 * reached with Tab, and what it points to is served with its content type and is not empty; the takeaways are under
 * each chart, are the chart's accessible description (its name stays the title), and the copy button copies them.
 */
import type { Page } from "playwright-core";
import { FIGURES as DEFINITIONS } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { BRIEFING_FORMATS } from "../lib/publish/briefing/formats";
import { keepLocal } from "./helpers/page";
import { siteInBrowser } from "./helpers/setup";

const site = siteInBrowser();
const FIGURES = DEFINITIONS.map((f) => figureIn(f, "en"));
const PAGES = [...new Set(FIGURES.map((f) => f.page))];
/** The start of a download's name: the figure, and its default view where it has several. */
const saved = (fig: (typeof FIGURES)[number]) =>
  fig.variants.length > 1 ? `${fig.id}--${fig.variants[0].key}` : fig.id;

/** Tabs through the page (at most 400 stops) and returns the href of every link focused on the way. */
async function tabbedHrefs(page: Page): Promise<string[]> {
  const hrefs: string[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const seen = el.hasAttribute("data-tab-seen");
      el.setAttribute("data-tab-seen", "");
      return { seen, href: el.getAttribute("href") };
    });
    if (!f || f.seen) break;
    if (f.href) hrefs.push(f.href);
  }
  return hrefs;
}

site.describeBrowser("briefing downloads", () => {
  // a French or Russian page links its own language's files (/fr/charts/files/…), labelled in its language
  const LANGS = [
    { lang: "en", dir: "/charts/files", label: (format: string) => `Download ${format}` },
    { lang: "fr", dir: "/fr/charts/files", label: (format: string) => `Télécharger le fichier ${format}` },
    { lang: "ru", dir: "/ru/charts/files", label: (format: string) => `Скачать ${format}` },
  ];
  test.each(PAGES.flatMap((slug) => LANGS.map((l) => [l.lang, slug, l] as const)))(
    "/%s/charts/%s/: each briefing link is reached with Tab and serves its file",
    async (_lang, slug, { lang, dir, label: labelled }) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        await page.goto(site.server.url(`/${lang}/charts/${slug}/`), { waitUntil: "networkidle" });
        const reached = await tabbedHrefs(page);
        for (const fig of FIGURES.filter((f) => f.page === slug)) {
          for (const [ext, { type, label }] of Object.entries(BRIEFING_FORMATS)) {
            const link = page.locator(`figure#${fig.id} [data-downloads] a[href$=".${ext}"]`);
            await expect(link.count()).resolves.toBe(1);
            const href = (await link.getAttribute("href"))!;
            // named for the figure and the language: the English and French downloads never share a name
            expect(href).toBe(`${dir}/${fig.id}--${lang}.${ext}`);
            expect(await link.innerText()).toBe(labelled(label));
            // saved under the figure, its view (where it has several: the default view is shown) and the language
            expect(await link.getAttribute("download")).toBe(`${saved(fig)}--${lang}.${ext}`);
            expect({ href, reachedWithTab: reached.includes(href) }).toEqual({ href, reachedWithTab: true });
            const res = await page.request.get(site.server.url(href));
            expect({ href, status: res.status(), type: res.headers()["content-type"] }).toEqual({
              href,
              status: 200,
              type,
            });
            const body = await res.body();
            expect(body.length).toBeGreaterThan(0);
            expect(body.subarray(0, ext === "pdf" ? 5 : 2).toString("latin1")).toBe(ext === "pdf" ? "%PDF-" : "PK");
          }
          // the export images are saved under names that say their language too
          for (const ext of ["png", "svg"]) {
            const image = page.locator(`figure#${fig.id} [data-downloads] a[href$=".${ext}"]`);
            expect(await image.getAttribute("download")).toBe(`${saved(fig)}--${lang}.${ext}`);
          }
        }
      } finally {
        await context.close();
      }
    },
  );

  test("the takeaways describe the chart (its name stays the title) and the copy button copies them", async () => {
    const fig = FIGURES.find((f) => f.id === "france-top-partners")!;
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await keepLocal(context, site.server.origin);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
    const page = await context.newPage();
    try {
      await page.goto(site.server.url(`/en/charts/${fig.page}/`), { waitUntil: "networkidle" });
      const svg = page.locator(`figure#${fig.id} div.sm\\:block svg[role="img"]`).first();
      // the default view's takeaways (each view has its own, the others hidden with their chart)
      const block = page.locator(`figure#${fig.id} [data-takeaways]`).first();
      const list = block.locator("li");
      const sentences = await list.allInnerTexts();
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      // the accessibility tree as Chromium computes it: name = title, description = the takeaways
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
      };
      const images = nodes.filter((n) => n.role?.value === "image" && n.name?.value === fig.title);
      expect(images.length).toBeGreaterThan(0);
      for (const img of images) expect(img.description?.value.replace(/\s+/g, " ")).toBe(sentences.join(" "));
      await expect(svg.getAttribute("aria-label")).resolves.toBe(fig.title);
      await block.locator("button").click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(sentences.join(" "));
    } finally {
      await context.close();
    }
  });
});
