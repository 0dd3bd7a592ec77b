/**
 * Debian's Chromium driven by playwright-core (no bundled browser download).
 *
 *   const describeBrowser = requireChromium() ? describe : describe.skip;
 *   describeBrowser("…", () => { let browser: Browser; beforeAll(async () => { browser = await launchBrowser(); }); … });
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
