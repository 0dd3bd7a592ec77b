/**
 * The common setup of a browser test file: the built site served on loopback and one Chromium, started before the
 * file's tests and stopped after them. `describeBrowser` skips (locally) or fails (CI=true) without Chromium.
 *
 *   const site = siteInBrowser();
 *   site.describeBrowser("…", () => { test("…", async () => { const ctx = await site.browser.newContext(); … site.server.url("/") … }); });
 */
import type { Browser } from "playwright-core";
import { launchBrowser, requireChromium } from "../../test-support/browser";
import { startServer, type SiteServer } from "./server";

export interface SiteInBrowser {
  server: SiteServer;
  browser: Browser;
  describeBrowser: jest.Describe;
}

export function siteInBrowser(): SiteInBrowser {
  const haveChromium = requireChromium();
  const site = { describeBrowser: haveChromium ? describe : describe.skip } as SiteInBrowser;
  beforeAll(async () => {
    if (!haveChromium) return;
    [site.server, site.browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
