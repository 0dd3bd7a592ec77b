/**
 * Debian's Chromium driven by playwright-core (no bundled browser download), and the page a browser test opens in it:
 * a fresh context that never reaches the network (openLocalPage).
 *
 *   const describeBrowser = requireChromium() ? describe : describe.skip;
 *   describeBrowser("…", () => { let browser: Browser; beforeAll(async () => { browser = await launchBrowser(); }); … });
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { keepLocal } from "../e2e/helpers/page";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * True when Chromium is installed. When it is missing: throws if CI=true (the suite must not pass by skipping),
 * otherwise prints a loud warning and returns false so the caller can skip its tests.
 */
export function requireChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install chromium) to run the browser tests`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(100)}\n!! SKIPPING BROWSER TESTS: ${message}\n${"!".repeat(100)}\n`);
  return false;
}

/** Headless Chromium with the flags above (no sandbox, no GPU, no background network traffic). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A page of a fresh context of `site.browser` (1280 × 900 unless `options` say otherwise) that never reaches the
 * network: every request that leaves `site.server.origin` is aborted. The caller closes the context.
 */
export async function openLocalPage(
  site: { browser: Browser; server: { origin: string } },
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await keepLocal(context, site.server.origin);
  return { context, page: await context.newPage() };
}
