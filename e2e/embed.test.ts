/**
 * Embeds in Debian's Chromium, on the built site (out/). Two servers give two origins: the site on
 * http://127.0.0.1:<a> and a host page on http://localhost:<b> (a different origin) that pastes our embed code.
 *  1. With JavaScript off, the embed page shows its chart (the wide or the narrow render by width), loading nothing
 *     but itself. With JavaScript on (under the site's CSP), a hostile query string changes nothing but data-theme:
 *     <html> keeps exactly the attributes lang, data-embed and data-theme (light|dark, only when asked for).
 *  2. On the host page, the resizer sets each iframe's height to the embed's content height (±2 px), also after
 *     the host changes the iframe's width. It obeys a height message from the iframe's own origin and refuses one
 *     from the same iframe once it shows a page of another origin, and one from a foreign iframe of the host page
 *     (a third origin, as a video or an ad would be).
 *  3. ?theme=dark gives a dark page whatever the system theme, ?theme=light a light one; auto follows the system:
 *     the page, its title, legend and chart drawn in that theme's colours.
 *  4. The height the embed posts, recorded by a host page: given that height, its frame holds the page with the
 *     chart at full size and nothing below it, at a wide and a narrow width; never the same height twice in a row;
 *     again when its parent writes to it; nothing when it is opened on its own.
 *  5. The chart page's Embed and Cite panels copy their code (checked against the code written out here from the
 *     figure id and the site URL); printing shows chart, table and source, not panels.
 *  6. The French embeds (/fr/embed/<id>/), pasted with the French pages' embed code on a host page of another
 *     origin: French words, the French chart, resized by the same resizer; with JavaScript off, the chart alone.
 * When CI=true and /usr/bin/chromium is missing, the suite fails (requireChromium throws).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { FIGURES } from "../lib/figures/registry";
import { CHART_TOKENS } from "../lib/figures/theme";
import { embedCode } from "../lib/publish/embed/code";
import { EMBED_MESSAGE, EMBED_PING } from "../lib/publish/embed/script";
import { SITE } from "../lib/site";
import { figureIn } from "../lib/figures/localize";
import { launchBrowser, requireChromium } from "../test-support/browser";
import { startServer, type SiteServer } from "./helpers/server";

const describeBrowser = requireChromium() ? describe : describe.skip;

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
const DARK_BG = rgb(CHART_TOKENS.background.dark);
const LIGHT_BG = rgb(CHART_TOKENS.background.light);

describeBrowser("embeds in Chromium", () => {
  let browser: Browser;
  let site: SiteServer;
  let host: SiteServer;
  let hostDir: string;
  let hostOrigin: string;
  const twoDefinitions = [FIGURES[0], FIGURES[FIGURES.length - 1]];
  const two = twoDefinitions.map((f) => figureIn(f, "en"));

  beforeAll(async () => {
    site = await startServer();
    hostDir = mkdtempSync(path.join(tmpdir(), "embed-host-"));
    // the embed code exactly as the chart pages give it, pointed at the test server instead of SITE.url
    const codes = two.map((f) => embedCode(f, f.variants[0].key, "en").split(SITE.url).join(site.origin));
    writeFileSync(
      path.join(hostDir, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><style>body{margin:0;font:16px serif}#box{width:900px;padding:10px}</style></head>` +
        `<body><div id="box"><h1>A page that embeds two charts</h1><p>Text before.</p>${codes.map((c, i) => `<div id="e${i}">${c}</div>`).join("<p>Between.</p>")}<p>Text after.</p></div></body></html>`,
    );
    // one embed, eagerly loaded, and a page of the host's own origin for that iframe to be sent to
    writeFileSync(
      path.join(hostDir, "cross.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Cross-origin host</title></head><body>` +
        `<iframe id="f" src="${site.url(`/embed/${FIGURES[0].id}/`)}" width="100%" height="300"></iframe>` +
        `<script src="${site.url("/embed-resize.js")}"></script></body></html>`,
    );
    // the same embed, with no resizer yet: the test adds it once the embed has loaded and posted its height to nobody
    writeFileSync(
      path.join(hostDir, "late.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Late resizer</title></head><body>` +
        `<iframe id="f" src="${site.url(`/embed/${FIGURES[0].id}/`)}" width="100%" height="300"></iframe></body></html>`,
    );
    // the same embed in a short frame and no resizer: the host records what the embed posts to it
    writeFileSync(
      path.join(hostDir, "record.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Recorder</title></head><body style="margin:0">` +
        `<script>window.posted=[];addEventListener("message",function(e){if(e.source===document.getElementById("f").contentWindow)posted.push(e.data)})</script>` +
        `<iframe id="f" src="${site.url(`/embed/${FIGURES[0].id}/`)}" width="1000" height="250" style="border:0"></iframe></body></html>`,
    );
    // sent into that iframe, it posts an embed height message to its parent, then says so in its title
    writeFileSync(
      path.join(hostDir, "other.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Other</title></head><body>Another origin` +
        `<script>parent.postMessage({ type: ${JSON.stringify(EMBED_MESSAGE)}, id: "x", height: 999 }, "*"); document.title = "posted";</script></body></html>`,
    );
    // a third-party widget (another origin than both) that posts an embed height message to its parent on load
    writeFileSync(
      path.join(hostDir, "foreign.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>Foreign</title></head><body>A foreign widget` +
        `<script>parent.postMessage({ type: ${JSON.stringify(EMBED_MESSAGE)}, id: ${JSON.stringify(FIGURES[0].id)}, height: 19999 }, "*");</script></body></html>`,
    );
    // the French embed code of the same two figures, as the French chart pages give it
    const codesFr = twoDefinitions.map((f) =>
      embedCode(figureIn(f, "fr"), f.variants[0].key, "fr").split(SITE.url).join(site.origin),
    );
    writeFileSync(
      path.join(hostDir, "fr.html"),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px serif}#box{width:900px;padding:10px}</style></head>` +
        `<body><div id="box"><h1>Une page qui intègre deux graphiques</h1>${codesFr.map((c, i) => `<div id="e${i}">${c}</div>`).join("<p>Entre les deux.</p>")}</div></body></html>`,
    );
    host = await startServer(hostDir);
    hostOrigin = host.origin.replace("127.0.0.1", "localhost");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
  });

  test("the resizer obeys a height message from the iframe's own origin and refuses one from another origin", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/cross.html`);
    const frame = (await (await page.$("#f"))!.contentFrame())!;
    await frame.waitForLoadState("load");
    const iframeHeight = () => page.evaluate(() => document.getElementById("f")!.style.height);
    // the embed reports its own height first
    const deadline = Date.now() + 10000;
    while ((await iframeHeight()) === "" && Date.now() < deadline) await page.waitForTimeout(100);
    expect(await iframeHeight()).toMatch(/^\d+px$/);
    const post = (height: number) =>
      frame.evaluate(([type, h]) => window.parent.postMessage({ type, id: "x", height: h }, "*"), [
        EMBED_MESSAGE,
        height,
      ] as const);

    // from the embed (origin of the iframe's src): obeyed
    expect(new URL(frame.url()).origin).toBe(site.origin);
    await post(777);
    await page
      .waitForFunction(() => document.getElementById("f")!.style.height === "777px", null, { timeout: 5000 })
      .catch(() => undefined);
    expect(await iframeHeight()).toBe("777px");

    // the same iframe, sent by the embed to a page of the host's origin (src attribute unchanged), which posts 999: refused
    await frame.evaluate(
      (url) =>
        void setTimeout(() => {
          location.href = url;
        }, 0),
      `${hostOrigin}/other.html`,
    );
    const posted = () =>
      page.evaluate(() => {
        try {
          return (document.getElementById("f") as HTMLIFrameElement).contentDocument?.title === "posted";
        } catch {
          return false;
        }
      });
    await page
      .waitForFunction(
        () => {
          try {
            return (document.getElementById("f") as HTMLIFrameElement).contentDocument?.title === "posted";
          } catch {
            return false;
          }
        },
        null,
        { timeout: 10000 },
      )
      .catch(() => undefined);
    expect(await posted()).toBe(true); // readable from the host page: the iframe now holds a page of the host's origin
    expect(await page.evaluate(() => document.getElementById("f")!.getAttribute("src"))).toBe(
      site.url(`/embed/${FIGURES[0].id}/`),
    );
    await page.waitForTimeout(500);
    expect(await iframeHeight()).toBe("777px");

    // and the host page itself is not an iframe: refused too
    await page.evaluate((type) => window.postMessage({ type, id: "x", height: 555 }, "*"), EMBED_MESSAGE);
    await page.waitForTimeout(300);
    expect(await iframeHeight()).toBe("777px");
    await context.close();
  });

  test("a resizer that arrives after the embed has loaded asks it for its height, and sets it", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${hostOrigin}/late.html`);
      const frame = (await (await page.$("#f"))!.contentFrame())!;
      await frame.waitForLoadState("load");
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.getElementById("f")!.style.height)).toBe("");
      await page.evaluate((src) => {
        const s = document.createElement("script");
        s.src = src;
        document.body.append(s);
      }, site.url("/embed-resize.js"));
      await page.waitForFunction(() => /^\d+px$/.test(document.getElementById("f")!.style.height), null, {
        timeout: 10000,
      });
      const h = await page.evaluate(() => document.getElementById("f")!.style.height);
      expect(parseInt(h)).toBeGreaterThan(300);
    } finally {
      await context.close();
    }
  });

  test("the resizer ignores a foreign iframe of the host page posting the height message, and obeys ours", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/cross.html`);
    const height = (sel: string) => page.evaluate((s) => (document.querySelector(s) as HTMLElement).style.height, sel);
    // ours: the embed's own message on load sets its iframe's height
    await page.waitForFunction(() => /^\d+px$/.test(document.getElementById("f")!.style.height), null, {
      timeout: 10000,
    });
    const ours = await height("#f");
    // a foreign iframe (http://127.0.0.1:<host port>, neither the page's origin nor ours) posts 19999 on load
    const foreignOrigin = host.origin;
    expect(foreignOrigin).not.toBe(hostOrigin);
    expect(foreignOrigin).not.toBe(site.origin);
    await page.evaluate((src) => {
      const w = window as unknown as { foreignPosted?: string };
      window.addEventListener("message", (e) => {
        if (e.data?.height === 19999) w.foreignPosted = e.origin; // after the resizer's listener, added first
      });
      const f = document.createElement("iframe");
      f.id = "foreign";
      f.src = src;
      document.body.append(f);
    }, `${foreignOrigin}/foreign.html`);
    await page.waitForFunction(() => (window as unknown as { foreignPosted?: string }).foreignPosted, null, {
      timeout: 10000,
    });
    expect(await page.evaluate(() => (window as unknown as { foreignPosted?: string }).foreignPosted)).toBe(
      foreignOrigin,
    );
    await page.waitForTimeout(300);
    expect(await height("#foreign")).toBe("");
    expect(await height("#f")).toBe(ours);
    // ours again, with a new height: obeyed; the foreign iframe is still untouched
    const frame = (await (await page.$("#f"))!.contentFrame())!;
    await frame.evaluate(([type, id]) => window.parent.postMessage({ type, id, height: 654 }, "*"), [
      EMBED_MESSAGE,
      FIGURES[0].id,
    ] as const);
    await page
      .waitForFunction(() => document.getElementById("f")!.style.height === "654px", null, { timeout: 5000 })
      .catch(() => undefined);
    expect(await height("#f")).toBe("654px");
    expect(await height("#foreign")).toBe("");
    await context.close();
  });

  describe.each(FIGURES.map((f) => [f.id] as const))("%s with JavaScript off", (id) => {
    test.each([
      [800, "w", "n"],
      [360, "n", "w"],
    ])(
      "at %i px the %s chart is visible, the other hidden; nothing but the page is requested",
      async (width, shown, hidden) => {
        const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 700 } });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on("request", (r) => requests.push(r.url()));
        await page.goto(site.url(`/embed/${id}/?theme=dark&utm_source=x%22%3E%3Cb%3Eevil`));
        const svg = page.locator(`.c.${shown} svg`);
        await expect(svg.isVisible()).resolves.toBe(true);
        const box = (await svg.boundingBox())!;
        expect(box.width).toBeGreaterThan(width * 0.8);
        expect(box.height).toBeGreaterThan(150);
        await expect(page.locator(`.c.${hidden} svg`).isVisible()).resolves.toBe(false);
        await expect(page.locator("h1").isVisible()).resolves.toBe(true);
        expect(requests).toEqual([site.url(`/embed/${id}/?theme=dark&utm_source=x%22%3E%3Cb%3Eevil`)]);
        await context.close();
      },
    );
  });

  test.each(["en", "fr"] as const)(
    "%s: each embed's chart is named by its title and described by the takeaways its chart page lists",
    async (locale) => {
      const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      try {
        for (const english of FIGURES) {
          const fig = figureIn(english, locale);
          await page.goto(site.url(`/${locale}/charts/${fig.page}/`));
          // the default view's takeaways, as the chart page shows them
          const sentences = await page
            .locator(`figure#${fig.id} [data-takeaways]`)
            .first()
            .locator("li")
            .allInnerTexts();
          expect(sentences.length).toBeGreaterThanOrEqual(2);
          await page.goto(site.url(`${locale === "en" ? "" : `/${locale}`}/embed/${fig.id}/`));
          const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
            nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
          };
          const images = nodes.filter((n) => n.role?.value === "image");
          // one render shown at this width, the other display:none and out of the tree
          expect(images.map((n) => n.name?.value)).toEqual([fig.title]);
          expect({ id: fig.id, description: images[0].description?.value.replace(/\s+/g, " ") }).toEqual({
            id: fig.id,
            description: sentences.join(" ").replace(/\s+/g, " "),
          });
          // read as the chart's description, not a second time as text of the page
          await expect(page.locator("#takeaways").isVisible()).resolves.toBe(false);
        }
      } finally {
        await context.close();
      }
    },
  );

  describe.each(FIGURES.map((f) => [f.id, f.variants[0].key] as const))("%s with JavaScript on", (id, view) => {
    test.each([
      ["?theme=dark&utm_source=x%22%3E%3Cb%3Eevil", "dark"],
      ["?utm_source=%3Cb%3Eevil%3C/b%3E&theme=light", "light"],
      ["?theme=dark%22%20data-x=%22%3E%3Cb%3Eevil", "(none)"],
      ["?theme=light&data-embed=evil&lang=xx", "light"],
    ] as const)(
      "query %s: <html> has exactly lang, data-embed, data-view and data-theme %s; nothing from the URL gets in",
      async (query, theme) => {
        const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        await page.goto(site.url(`/embed/${id}/${query}`));
        await page.waitForLoadState("load");
        const attributes = await page.evaluate(() =>
          [...document.documentElement.attributes].map((a) => [a.name, a.value]).sort(),
        );
        const expected = [
          ["data-embed", id],
          ...(theme === "(none)" ? [] : [["data-theme", theme]]),
          ["data-view", view],
          ["lang", "en"],
        ];
        expect(attributes).toEqual(expected);
        expect(await page.evaluate(() => document.querySelectorAll("b, [data-x]").length)).toBe(0);
        expect(await page.content()).not.toContain("evil");
        expect(errors).toEqual([]); // among them, any script the CSP refused
        await context.close();
      },
    );
  });

  async function settledHeights(page: Page) {
    const results: { id: string; iframe: number; content: number }[] = [];
    for (const [i, fig] of two.entries()) {
      const frame = await (await page.$(`#e${i} iframe`))!.contentFrame();
      await frame!.waitForLoadState("load");
      const deadline = Date.now() + 10000;
      for (;;) {
        const content = await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const iframe = await page.evaluate(
          (j) => document.querySelector(`#e${j} iframe`)!.getBoundingClientRect().height,
          i,
        );
        if (Math.abs(iframe - content) <= 2 || Date.now() > deadline) {
          results.push({ id: fig.id, iframe, content });
          break;
        }
        await page.waitForTimeout(100);
      }
    }
    return results;
  }

  test("the resizer sets each iframe's height to its content height (±2 px), and again after a width change", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${hostOrigin}/`);
    expect(new URL(page.url()).origin).toBe(hostOrigin);
    // the iframes are lazy: bring each into view
    for (let i = 0; i < two.length; i++) await page.locator(`#e${i} iframe`).scrollIntoViewIfNeeded();
    const wide = await settledHeights(page);
    for (const r of wide) expect(Math.abs(r.iframe - r.content)).toBeLessThanOrEqual(2);

    // narrower host column: the embeds switch to the narrow chart, their content height changes, the iframes follow
    await page.evaluate(() => {
      document.getElementById("box")!.style.width = "380px";
    });
    for (let i = 0; i < two.length; i++) await page.locator(`#e${i} iframe`).scrollIntoViewIfNeeded();
    const narrow = await settledHeights(page);
    for (const [i, r] of narrow.entries()) {
      expect(Math.abs(r.iframe - r.content)).toBeLessThanOrEqual(2);
      expect(Math.abs(r.content - wide[i].content)).toBeGreaterThan(20);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    ["?theme=dark", "light", DARK_BG, true],
    ["?theme=light", "dark", LIGHT_BG, true],
    ["?theme=dark&foo=bar", "light", DARK_BG, true],
    ["", "dark", DARK_BG, true],
    ["", "light", LIGHT_BG, true],
    ["?theme=nonsense", "dark", DARK_BG, true],
    ["", "dark", DARK_BG, false],
  ] as const)("embed%s with system theme %s → background %s (JavaScript %s)", async (query, scheme, background, js) => {
    const context = await browser.newContext({
      colorScheme: scheme,
      javaScriptEnabled: js,
      viewport: { width: 800, height: 600 },
    });
    const page = await context.newPage();
    await page.goto(site.url(`/embed/${FIGURES[0].id}/${query}`));
    // colours as drawn: the page, the title, a legend swatch and the chart's axis labels
    const style = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector("h1")!).color,
      swatch: getComputedStyle(document.querySelector("i.k-exports")!).backgroundColor,
      label: getComputedStyle(document.querySelector(".c.w svg text")!).fill,
    }));
    const theme = background === DARK_BG ? "dark" : "light";
    expect(style).toEqual({
      background,
      text: theme === "dark" ? "rgb(229, 231, 235)" : "rgb(17, 24, 39)",
      swatch: rgb(CHART_TOKENS.exports[theme]),
      label: rgb(CHART_TOKENS.text[theme]),
    });
    await context.close();
  });

  describe("the height an embed posts to its parent", () => {
    /** What the embed in record.html has posted so far. */
    const posted = (page: Page) => page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);
    /** Waits until the embed has posted `n` messages, then a moment more for any that would follow. */
    async function waitForPosts(page: Page, n: number) {
      await page.waitForFunction((k) => (window as unknown as { posted: unknown[] }).posted.length >= k, n, {
        timeout: 10000,
      });
      await page.waitForTimeout(400);
      return (await posted(page)) as { type: string; id: string; height: number }[];
    }

    /** Gives the iframe the height `h` and measures its page: the chart shown, its full height at its width, and
     *  the space from the top of the page to the bottom of its last line plus the body's bottom padding. */
    async function measureAt(page: Page, h: number) {
      await page.evaluate((px) => document.getElementById("f")!.setAttribute("height", String(px)), h);
      const frame = (await (await page.$("#f"))!.contentFrame())!;
      await page.waitForTimeout(200);
      return frame.evaluate(() => {
        const svg = [...document.querySelectorAll("svg")].find((s) => s.getBoundingClientRect().width > 0)!;
        const r = svg.getBoundingClientRect();
        const vb = svg.viewBox.baseVal;
        const last = document.querySelector("main")!.lastElementChild!.getBoundingClientRect();
        return { drawn: r.height, full: (r.width * vb.height) / vb.width, needed: last.bottom + 12 };
      });
    }

    test("the page's height with its chart at full size, once per height, at the wide and the narrow width", async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${hostOrigin}/record.html`);
        const first = await waitForPosts(page, 1);
        for (const m of first) expect(m).toEqual({ type: EMBED_MESSAGE, id: FIGURES[0].id, height: m.height });
        const wide = first.at(-1)!.height;
        // in the 250 px frame the chart is drawn smaller than its full height, and the height asked for is larger
        const short = await measureAt(page, 250);
        expect(short.drawn).toBeLessThan(short.full - 50);
        expect(wide).toBeGreaterThan(400);
        // given that height, the chart is drawn at its full height and the page ends at the frame's bottom
        const atWide = await measureAt(page, wide);
        expect(Math.abs(atWide.drawn - atWide.full)).toBeLessThanOrEqual(1);
        expect(atWide.needed).toBeLessThanOrEqual(wide + 1);
        expect(atWide.needed).toBeGreaterThan(wide - 2);

        // narrower: the narrow render, and a new height
        await page.evaluate(() => document.getElementById("f")!.setAttribute("width", "380"));
        const after = await waitForPosts(page, first.length + 1);
        const narrow = after.at(-1)!.height;
        expect(Math.abs(narrow - wide)).toBeGreaterThan(20);
        const atNarrow = await measureAt(page, narrow);
        expect(Math.abs(atNarrow.drawn - atNarrow.full)).toBeLessThanOrEqual(1);
        expect(atNarrow.needed).toBeLessThanOrEqual(narrow + 1);
        expect(atNarrow.needed).toBeGreaterThan(narrow - 2);

        // never the same height twice in a row: changing the frame's height alone asks for nothing new
        const all = (await posted(page)) as { height: number }[];
        for (let i = 1; i < all.length; i++) expect(all[i].height).not.toBe(all[i - 1].height);
      } finally {
        await context.close();
      }
    });

    test("posted again when its parent writes to it, not when another window does; nothing when not framed", async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${hostOrigin}/record.html`);
        const before = (await waitForPosts(page, 1)).length;
        // the embed writing to itself: not its parent
        const frame = (await (await page.$("#f"))!.contentFrame())!;
        await frame.evaluate((type) => window.postMessage({ type }, "*"), EMBED_PING);
        await page.waitForTimeout(300);
        expect(await posted(page)).toHaveLength(before);
        // its parent: the same height, posted again
        await page.evaluate(
          (type) => (document.getElementById("f") as HTMLIFrameElement).contentWindow!.postMessage({ type }, "*"),
          EMBED_PING,
        );
        const again = await waitForPosts(page, before + 1);
        expect(again).toHaveLength(before + 1);
        expect(again.at(-1)).toEqual(again.at(-2));

        // opened on its own, it is its own parent: it posts nothing
        const own = await context.newPage();
        await own.addInitScript(() => {
          const w = window as unknown as { seen: unknown[] };
          w.seen = [];
          addEventListener("message", (e) => w.seen.push(e.data));
        });
        await own.goto(site.url(`/embed/${FIGURES[0].id}/`));
        await own.waitForLoadState("load");
        await own.waitForTimeout(400);
        expect(await own.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  /** Clicks a copy button until its status says "Copied" (a click before React has hydrated does nothing). */
  async function clickUntilCopied(button: Locator, status: Locator) {
    const deadline = Date.now() + 10000;
    while ((await status.textContent()) !== "Copied") {
      if (Date.now() > deadline)
        throw new Error(`copy button never reported "Copied" (status: "${await status.textContent()}")`);
      await button.click();
      await button.page().waitForTimeout(200);
    }
  }

  test("chart page: Embed and Cite panels copy their code to the clipboard", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    const page = await context.newPage();
    const fig = FIGURES.find((f) => f.id === "bilateral-trade")!;
    await page.goto(site.url(`/en/charts/${fig.page}/`));
    await page.waitForLoadState("networkidle");
    const panel = page.locator(`[data-embed-panel="${fig.id}"]`);
    await panel.locator("summary").click();
    const code = await panel.locator("textarea").inputValue();
    // the starting height is the oEmbed one, a few hundred pixels (the resizer then sets the exact height)
    const height = /^<iframe [^>]* height="(\d+)"/.exec(code)?.[1];
    const oembed = (await (await page.request.get(site.url(`/embed/${fig.id}/oembed.json`))).json()) as {
      height: number;
    };
    expect(Number(height)).toBe(oembed.height);
    expect(oembed.height).toBeGreaterThan(400);
    expect(oembed.height).toBeLessThan(900);
    expect(code).toBe(
      `<iframe title="France–Russia goods trade by year · France-declared" src="${SITE.url}/embed/bilateral-trade/" width="100%" height="${height}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>\n` +
        `<script src="${SITE.url}/embed-resize.js" async></script>`,
    );
    await clickUntilCopied(panel.getByRole("button", { name: "Copy embed code" }), panel.getByRole("status"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    const cite = page.locator(`[data-cite-panel="${fig.id}"]`);
    await cite.locator("summary").click();
    await clickUntilCopied(cite.getByRole("button", { name: "Copy BibTeX" }), cite.getByRole("status").nth(1));
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toMatch(/^@misc\{frt-bilateral-trade-\d{4},/);
    expect(bib).toContain(`urldate = {`);
    await context.close();
  });

  test("chart page print: chart, table and source are printed; downloads, Embed and Cite panels are not", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const fig = figureIn(FIGURES[0], "en");
    await page.goto(site.url(`/en/charts/${fig.page}/`));
    await page.emulateMedia({ media: "print" });
    const figure = page.locator(`figure#${fig.id}`);
    const chart = figure.locator("[data-chart] svg:visible").first();
    expect(((await chart.boundingBox())?.height ?? 0) > 150).toBe(true);
    // (a long table arrives just after the first paint: components/DataTable.tsx)
    await figure.locator("table").first().waitFor({ state: "visible", timeout: 10_000 });
    await expect(figure.locator("figcaption").getByText(fig.source.slice(0, 40)).isVisible()).resolves.toBe(true);
    for (const sel of [
      "[data-downloads]",
      `[data-embed-panel="${fig.id}"]`,
      `[data-cite-panel="${fig.id}"]`,
      "header",
      "footer",
    ]) {
      await expect(page.locator(sel).first().isVisible()).resolves.toBe(false);
    }
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20000);
    await context.close();
  });

  test("download links point at the export images, which are served", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fig = FIGURES[0];
    await page.goto(site.url(`/en/charts/${fig.page}/`));
    for (const ext of ["png", "svg"] as const) {
      const href = await page.locator(`figure#${fig.id} [data-downloads] a[href$=".${ext}"]`).getAttribute("href");
      expect(href).toBe(`/charts/img/${fig.id}.${ext}`);
      const res = await page.request.get(site.url(href!));
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe(ext === "png" ? "image/png" : "image/svg+xml");
    }
    await context.close();
  });

  describe("French embeds", () => {
    test("on a host page of another origin: French words and chart, resized to their content (±2 px), no errors", async () => {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(`${hostOrigin}/fr.html`);
      for (const [i, fig] of two.entries()) {
        const frame = (await (await page.$(`#e${i} iframe`))!.contentFrame())!;
        await frame.waitForLoadState("load");
        expect(new URL(frame.url()).pathname).toBe(`/fr/embed/${fig.id}/`);
        expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe("fr");
        expect(await frame.locator("h1").textContent()).toBe(figureIn(twoDefinitions[i], "fr").title);
        expect(await frame.locator("ul").getAttribute("aria-label")).toBe("Légende");
        expect(await frame.locator("p.s a").textContent()).toBe(
          "Données, notes et sources : Le commerce France–Russie, vérifié",
        );
        expect(await frame.locator("p.s a").getAttribute("href")).toBe(`${SITE.url}/fr/charts/${fig.page}/#${fig.id}`);
        // the wide French chart is the one shown at this width, and draws no English number format
        const texts = await frame.locator(".c.w svg text").allTextContents();
        expect(texts.length).toBeGreaterThan(3);
        expect(texts.filter((t) => /^[-−]?\d+k$|^[-−]?\d+\.\d+$|^[-−]?\d{1,3}(,\d{3})+$/.test(t.trim()))).toEqual([]);
        await expect(frame.locator(".c.w svg").isVisible()).resolves.toBe(true);
        // resized by the resizer to its content
        const deadline = Date.now() + 10000;
        for (;;) {
          const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
          const iframe = await page.evaluate(
            (j) => document.querySelector(`#e${j} iframe`)!.getBoundingClientRect().height,
            i,
          );
          if (Math.abs(iframe - content) <= 2) break;
          if (Date.now() > deadline) throw new Error(`${fig.id}: iframe ${iframe} px, content ${content} px`);
          await page.waitForTimeout(100);
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    });

    test("with JavaScript off, the French page shows its chart and loads nothing else", async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 700 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const id = FIGURES[0].id;
      await page.goto(site.url(`/fr/embed/${id}/`));
      await expect(page.locator(".c.n svg").isVisible()).resolves.toBe(true);
      expect(await page.locator(".c.n svg").getAttribute("aria-label")).toBe(figureIn(FIGURES[0], "fr").title);
      expect(requests).toEqual([site.url(`/fr/embed/${id}/`)]);
      await context.close();
    });

    test("the French oEmbed JSON is served as JSON and names the French embed", async () => {
      const res = await fetch(site.url(`/fr/embed/${FIGURES[0].id}/oembed.json`));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const json = (await res.json()) as { html: string; title: string; provider_name: string };
      expect(json.html).toContain(`src="${SITE.url}/fr/embed/${FIGURES[0].id}/"`);
      // the title and, the figure having several views, the view's
      expect(json.title).toBe(`${figureIn(FIGURES[0], "fr").title} · Déclarations de la France`);
      expect(json.provider_name).toBe("Le commerce France–Russie, vérifié");
    });
  });
});
