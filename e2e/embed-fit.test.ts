/**
 * Every embed fits the frame its oEmbed declares, on a host page that runs no script (no resizer): in Debian's
 * Chromium, for each view of each figure × language × frame width from a phone to the declared width, a host page holds the
 * embed's iframe at that width and at the oEmbed's declared height, and the embed's document must not be taller than
 * the frame (nothing cut below), with its chart still drawn (its box at least the layout's smallest chart box). One
 * browser; one host page per width, holding every embed at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { FIGURES } from "../lib/figures/registry";
import { LOCALES } from "../lib/i18n/locales";
import { EMBED_WIDTH, LAYOUT } from "../lib/publish/embed/layout";
import { oembedPath } from "../lib/publish/embed/code";
import { launchBrowser, requireChromium } from "../test-support/browser";
import { startServer, type SiteServer } from "./helpers/server";

const describeBrowser = requireChromium() ? describe : describe.skip;
const WIDTHS = [320, 375, 560, 760];
const EMBEDS = FIGURES.flatMap((f) =>
  LOCALES.flatMap((locale) => f.variants.map((v) => ({ fig: f, id: `${f.id}/${v.key}`, view: v.key, locale }))),
);

describeBrowser("embeds fit their declared frame without the resizer", () => {
  let browser: Browser;
  let site: SiteServer;
  // the host pages, served from another origin (the embeds' policy allows any framing origin, not an opaque one)
  let host: SiteServer;
  let hostDir: string;
  const declared = new Map<string, { width: number; height: number; src: string }>();
  const key = (e: { id: string; locale: string }) => `${e.locale}/${e.id}`;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startServer(), launchBrowser()]);
    for (const e of EMBEDS) {
      const res = await fetch(site.url(oembedPath(e.fig, e.view, e.locale)));
      expect(res.status).toBe(200);
      const json = (await res.json()) as { width: number; height: number; html: string };
      const src = /src="([^"]+)"/.exec(json.html)![1];
      declared.set(key(e), { width: json.width, height: json.height, src: site.url(new URL(src).pathname) });
    }
    // a host page per width: no script, each embed's iframe at that width and its declared height
    hostDir = mkdtempSync(path.join(tmpdir(), "embed-fit-"));
    writeFileSync(path.join(hostDir, "index.html"), "<!doctype html><title>Host</title>");
    for (const width of WIDTHS) {
      const frames = EMBEDS.map((e) => {
        const d = declared.get(key(e))!;
        return `<iframe data-key="${key(e)}" src="${d.src}" width="${width}" height="${d.height}" style="display:block;border:0"></iframe>`;
      }).join("");
      writeFileSync(
        path.join(hostDir, `${width}.html`),
        `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${frames}</body></html>`,
      );
    }
    host = await startServer(hostDir);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
  });

  test("each oEmbed declares the embed's width and a height of its own language", () => {
    for (const e of EMBEDS)
      expect({ e: key(e), width: declared.get(key(e))!.width }).toEqual({ e: key(e), width: EMBED_WIDTH });
    // the height is the language's own: some figure's French or Russian embed needs another height than its English one
    const differ = FIGURES.filter((f) =>
      LOCALES.some(
        (l) =>
          declared.get(`${l}/${f.id}/${f.variants[0].key}`)!.height !==
          declared.get(`en/${f.id}/${f.variants[0].key}`)!.height,
      ),
    );
    expect(differ.length).toBeGreaterThan(0);
  });

  test.each(WIDTHS)("at %i px: every embed's document fits the declared height, its chart drawn", async (width) => {
    const context = await browser.newContext({ viewport: { width: width + 40, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin.replace("127.0.0.1", "localhost")}/${width}.html`, { waitUntil: "load" });
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      const results = await Promise.all(
        EMBEDS.map(async (e) => {
          const el = (await page.$(`iframe[data-key="${key(e)}"]`))!;
          const frame = (await el.contentFrame())!;
          // the iframe's own page, parsed and laid out with its fonts (not the about:blank it starts as)
          await frame.waitForFunction(() => !!document.querySelector("main p.s") && document.readyState === "complete");
          await frame.evaluate(() => document.fonts.ready.then(() => undefined));
          const m = await frame.evaluate(() => {
            const svg = [...document.querySelectorAll(".c svg")].find((s) => s.getBoundingClientRect().width > 0);
            return {
              scroll: document.documentElement.scrollHeight,
              frame: document.documentElement.clientHeight,
              width: document.documentElement.clientWidth,
              chart: Math.round(svg?.parentElement?.getBoundingClientRect().height ?? 0),
              source: !!document.querySelector("p.s a"),
            };
          });
          return { embed: key(e), declared: declared.get(key(e))!.height, ...m };
        }),
      );
      for (const r of results) {
        expect({ embed: r.embed, width: r.width, frame: r.frame }).toEqual({
          embed: r.embed,
          width,
          frame: r.declared,
        });
        // nothing below the frame: the document is no taller than the frame
        expect({ embed: r.embed, fits: r.scroll <= r.frame, scroll: r.scroll }).toEqual({
          embed: r.embed,
          fits: true,
          scroll: r.scroll,
        });
        expect({ embed: r.embed, chartDrawn: r.chart >= LAYOUT.minChart - 1, source: r.source }).toEqual({
          embed: r.embed,
          chartDrawn: true,
          source: true,
        });
      }
    } finally {
      await context.close();
    }
  });
});
