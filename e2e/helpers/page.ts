/** What a page does while a test looks at it: console errors, failed requests and requests to other hosts. */
import type { BrowserContext, Page, Request } from "playwright-core";

export interface PageWatch {
  /** console.error messages and uncaught exceptions */
  errors: string[];
  /** requests to `origin` that answered ≥ 400 or failed (but not those aborted by the page after an answer) */
  failed: string[];
  /** requests to any other origin (data:, blob: and about: URLs excepted) */
  foreign: string[];
}

const isForeign = (url: string, origin: string) => {
  const u = new URL(url);
  return !["data:", "blob:", "about:"].includes(u.protocol) && u.origin !== origin;
};

/** Aborts every request of the context that leaves `origin`, so tests never reach the network. */
export async function keepLocal(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => isForeign(url.href, origin),
    (route) => route.abort("blockedbyclient"),
  );
}

/** Starts recording a page's errors and requests (call before page.goto). */
export function watchPage(page: Page, origin: string): PageWatch {
  const w: PageWatch = { errors: [], failed: [], foreign: [] };
  page.on("console", (m) => {
    if (m.type() === "error")
      w.errors.push(`console.error: ${m.text()}${m.location().url ? ` (${m.location().url})` : ""}`);
  });
  page.on("pageerror", (e) => w.errors.push(`uncaught: ${e.message}`));
  page.on("request", (r) => {
    if (isForeign(r.url(), origin)) w.foreign.push(`${r.method()} ${r.url()}`);
  });
  // Next's router sends HEAD requests for its links and aborts them once the headers are in: a request that was
  // answered (< 400) and then aborted by the page did not fail.
  const answered = new WeakSet<Request>();
  page.on("response", (r) => {
    if (r.status() >= 400) w.failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    else answered.add(r.request());
  });
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "";
    if (isForeign(r.url(), origin) || (error === "net::ERR_ABORTED" && answered.has(r))) return;
    w.failed.push(`${r.method()} ${r.url()}: ${error}`);
  });
  return w;
}

/**
 * Makes the page load React as a reader's first interaction does (lib/publish/late-scripts.ts: a pointerdown, here on
 * the page's top-left corner, where nothing reacts to it) and waits until React has hydrated its main element.
 */
export async function hydrate(page: Page, timeout = 10000): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(
    () => {
      const main = document.querySelector("main");
      return !!main && Object.keys(main).some((k) => k.startsWith("__reactFiber$"));
    },
    null,
    { timeout },
  );
}
