/**
 * Accessibility of the built site in Chromium: axe-core on every page of the sitemap in the light and dark colour
 * schemes (every variant view included); the keyboard (skip link, variant switches, a visible focus indicator on
 * everything focusable); text and chart-label contrast computed from the styles the browser applies.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { siteInBrowser } from "./helpers/setup";
import { openLocalPage } from "../test-support/browser";
import { contrastRatio, CSS_TO_RGBA_SOURCE, luminance, over, type Rgba } from "./helpers/contrast";
import { formatViolations, runAxe } from "./helpers/axe";
import { OUT_DIR } from "./helpers/server";
import { isChartPage, sitemapPaths } from "./helpers/site";

const PATHS = sitemapPaths();
/** chart pages with a variant switch (radio inputs), read from the built HTML */
const SWITCH_PATHS = PATHS.filter(isChartPage).filter((p) =>
  /<input[^>]*type="radio"/.test(readFileSync(`${OUT_DIR}${p}index.html`, "utf8")),
);
const SCHEMES = ["light", "dark"] as const;
const site = siteInBrowser();
const { describeBrowser } = site;

/** A page of a fresh context (1280 × 900) that never reaches the network. bypassCSP lets tests inject axe. */
async function open(p: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await openLocalPage(site, { bypassCSP: true, ...options });
  const res = await page.goto(site.server.url(p), { waitUntil: "networkidle" });
  if (res?.status() !== 200) throw new Error(`${p} answered ${res?.status()}`);
  return { context, page };
}

describeBrowser.each(SCHEMES)("axe-core, %s colour scheme", (scheme) => {
  test.each(PATHS)("%s has no violations (every variant view)", async (p) => {
    const { context, page } = await open(p, { colorScheme: scheme });
    try {
      const violations = await runAxe(page);
      // the other views of each variant switch: select each, check its figure
      const radios = page.locator("main input[type=radio]");
      for (let i = 0; i < (await radios.count()); i++) {
        const radio = radios.nth(i);
        if (await radio.isChecked()) continue;
        await radio.check();
        const figure = await radio.evaluate((el) => el.closest("figure[id]")?.id);
        // the chosen view's chart is fetched (lib/publish/page-script/behaviour.ts): check the view once it is drawn
        const view = await radio.getAttribute("value");
        if (figure && view)
          await page
            .locator(`#${figure} [data-variant-panel="${view}"] [data-chart] svg`)
            .first()
            .waitFor({ state: "visible", timeout: 5000 });
        violations.push(
          ...(await runAxe(page, figure ? `#${figure}` : "main")).map((v) => ({
            ...v,
            id: `${v.id} [after selecting ${i + 1}. variant]`,
          })),
        );
      }
      if (violations.length)
        throw new Error(`${p} (${scheme}): ${violations.length} axe violation(s):\n${formatViolations(violations)}`);
    } finally {
      await context.close();
    }
  });
});

/** What has focus: a short description, whether it is in <main>, its focus styles and box. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const seen = el.hasAttribute("data-focus-seen");
    el.setAttribute("data-focus-seen", "");
    return {
      seen,
      what: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.getAttribute("href") ? ` href="${el.getAttribute("href")}"` : ""}${el.getAttribute("type") ? ` type=${el.getAttribute("type")}` : ""}> ${(el.textContent ?? "").trim().slice(0, 40) || el.getAttribute("aria-label") || (el as HTMLInputElement).value || ""}`,
      inMain: el.id === "main" || !!el.closest("main"),
      href: el.getAttribute("href"),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineVisible:
        cs.outlineStyle !== "none" &&
        parseFloat(cs.outlineWidth) > 0 &&
        !/^(transparent|rgba\([^)]*,\s*0\))$/.test(cs.outlineColor),
      boxShadow: cs.boxShadow,
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      value: (el as HTMLInputElement).value,
      checked: (el as HTMLInputElement).checked,
      radioName: el instanceof HTMLInputElement && el.type === "radio" ? el.name : null,
    };
  });

describeBrowser("keyboard", () => {
  test.each(PATHS)(
    "%s: the skip link is the first focusable element, is visible when focused, and moves focus to <main>",
    async (p) => {
      const { context, page } = await open(p);
      try {
        await page.keyboard.press("Tab");
        const first = await focused(page);
        expect(first?.href).toBe("#main");
        expect(first!.box.width).toBeGreaterThan(1);
        expect(first!.box.height).toBeGreaterThan(1);
        expect(first!.box.x).toBeGreaterThanOrEqual(0);
        expect(first!.box.y).toBeGreaterThanOrEqual(0);
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => location.hash)).toBe("#main");
        expect({ focusAfterSkip: (await focused(page))?.inMain ?? false }).toEqual({ focusAfterSkip: true });
        await page.keyboard.press("Tab");
        const next = await focused(page);
        expect({ nextTabInMain: next?.inMain ?? false, next: next?.what }).toEqual({
          nextTabInMain: true,
          next: next?.what,
        });
      } finally {
        await context.close();
      }
    },
  );

  test.each(PATHS)("%s: every element reached with Tab shows a focus indicator (outline or box-shadow)", async (p) => {
    const { context, page } = await open(p);
    try {
      const missing: string[] = [];
      let count = 0;
      for (let i = 0; i < 500; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        if (!f || f.seen) break;
        count++;
        if (!f.outlineVisible && f.boxShadow === "none")
          missing.push(`${f.what} (outline: ${f.outline}; box-shadow: ${f.boxShadow})`);
      }
      expect(count).toBeGreaterThan(1);
      expect({ page: p, withoutFocusIndicator: missing }).toEqual({ page: p, withoutFocusIndicator: [] });
    } finally {
      await context.close();
    }
  });

  test.each(SWITCH_PATHS)(
    "%s: Tab reaches each variant switch; arrow keys and space change the chart shown",
    async (p) => {
      const { context, page } = await open(p);
      try {
        /** the data-variant of the chart SVGs visible in the figure holding the focused radio */
        // a view other than the default one has its chart fetched when shown (lib/publish/page-script/behaviour.ts): wait
        // (up to 5 s) for a chart to be drawn
        const shown = async () => {
          for (let i = 0; i < 50 && (await shownNow()).length === 0; i++) await page.waitForTimeout(100);
          return shownNow();
        };
        const shownNow = () =>
          page.evaluate(() => {
            const fig = document.activeElement?.closest("figure");
            const svgs = Array.from(fig?.querySelectorAll("svg[data-variant]") ?? []).filter((s) =>
              s.checkVisibility(),
            );
            return Array.from(new Set(svgs.map((s) => s.getAttribute("data-variant"))));
          });
        const groups = new Set<string>();
        for (let i = 0; i < 500; i++) {
          await page.keyboard.press("Tab");
          const f = await focused(page);
          if (!f || (f.seen && !f.radioName)) break;
          if (!f.radioName || groups.has(f.radioName)) continue;
          groups.add(f.radioName);
          const group = `input[type=radio][name="${f.radioName}"]`;
          const values = await page.$$eval(group, (els) => els.map((e) => (e as HTMLInputElement).value));
          expect(values.length).toBeGreaterThan(1);
          expect({ focusedOnTab: f.value, checked: f.checked, shown: await shown() }).toEqual({
            focusedOnTab: values[0],
            checked: true,
            shown: [values[0]],
          });

          await page.keyboard.press("ArrowRight");
          const right = await focused(page);
          expect({ afterArrowRight: right?.value, checked: right?.checked, shown: await shown() }).toEqual({
            afterArrowRight: values[1],
            checked: true,
            shown: [values[1]],
          });
          await page.keyboard.press("ArrowLeft");
          expect({ afterArrowLeft: (await focused(page))?.value, shown: await shown() }).toEqual({
            afterArrowLeft: values[0],
            shown: [values[0]],
          });

          // space selects a focused, unselected option
          await page.focus(`${group}[value="${values[1]}"]`);
          await page.keyboard.press("Space");
          const space = await focused(page);
          expect({ afterSpace: space?.value, checked: space?.checked, shown: await shown() }).toEqual({
            afterSpace: values[1],
            checked: true,
            shown: [values[1]],
          });
        }
        const all = await page.$$eval(
          "input[type=radio]",
          (els) => new Set(els.map((e) => (e as HTMLInputElement).name)).size,
        );
        expect({ switchesReachedWithTab: groups.size }).toEqual({ switchesReachedWithTab: all });
        expect(all).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
  );
});

/** Browser-side: colours of the page's text and chart labels, and of what is behind each. */
const COLOURS_SCRIPT = `(() => {
  const toRgba = (${CSS_TO_RGBA_SOURCE});
  const bgOf = (el) => {
    for (let e = el; e; e = e.parentElement) { const c = toRgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; }
    return null;
  };
  const label = (el) => (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 50);
  const ownText = (el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
  const text = Array.from(document.body.querySelectorAll("p, li, td, th, caption, h1, h2, h3, a, summary, legend, label, strong, code, span, div"))
    .filter((el) => ownText(el) && !el.closest("svg") && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; })
    .map((el) => ({ what: el.tagName.toLowerCase() + ": " + label(el), fg: toRgba(getComputedStyle(el).color), bg: bgOf(el) }));
  const chart = Array.from(document.querySelectorAll("svg.recharts-surface text"))
    .filter((t) => label(t) && t.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    .map((t) => {
      const cs = getComputedStyle(t);
      const fg = toRgba(cs.fill);
      fg[3] *= Number(cs.fillOpacity) * Number(cs.opacity);
      return { what: "svg text (" + t.closest("svg").getAttribute("data-figure") + "): " + label(t), fill: cs.fill, fg, bg: bgOf(t.closest("svg")) };
    });
  return { body: { fg: toRgba(getComputedStyle(document.body).color), bg: bgOf(document.body) }, text, chart };
})()`;

interface Coloured {
  what: string;
  fg: Rgba;
  bg: Rgba | null;
  fill?: string;
}

describeBrowser.each(SCHEMES)("contrast, %s colour scheme", (scheme) => {
  test.each(PATHS)("%s: background, text and chart labels", async (p) => {
    const { context, page } = await open(p, { colorScheme: scheme });
    try {
      const c: { body: { fg: Rgba; bg: Rgba | null }; text: Coloured[]; chart: Coloured[] } =
        await page.evaluate(COLOURS_SCRIPT);
      const canvas: Rgba = scheme === "dark" ? [18, 18, 18, 1] : [255, 255, 255, 1]; // what shows if nothing paints a background
      const bodyBg = c.body.bg ? over(c.body.bg, canvas) : canvas;
      const L = luminance(bodyBg);
      expect({ scheme, bodyBackground: bodyBg, looksRight: scheme === "dark" ? L < 0.05 : L > 0.8 }).toEqual({
        scheme,
        bodyBackground: bodyBg,
        looksRight: true,
      });
      const ratio = (x: { fg: Rgba; bg: Rgba | null }) => contrastRatio(x.fg, x.bg ? over(x.bg, bodyBg) : bodyBg);
      expect(ratio(c.body)).toBeGreaterThanOrEqual(4.5);
      expect(c.text.length).toBeGreaterThan(0);
      const low = [...c.text, ...c.chart]
        .map((x) => ({ x, r: ratio(x) }))
        .filter(({ r }) => r < 4.5)
        .map(
          ({ x, r }) =>
            `${r.toFixed(2)}:1  ${x.what}  (colour rgba(${x.fg.join(",")})${x.fill ? `, fill ${x.fill}` : ""} on rgba(${(x.bg ?? bodyBg).join(",")}))`,
        );
      if (isChartPage(p)) expect(c.chart.length).toBeGreaterThan(0);
      expect({ page: p, scheme, below4_5: low }).toEqual({ page: p, scheme, below4_5: [] });
    } finally {
      await context.close();
    }
  });
});
