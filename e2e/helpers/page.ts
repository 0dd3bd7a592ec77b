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
 * Fails if the page runs anything of Next's runtime (lib/publish/static-pages.ts): a script element that is not the
 * site's own (marked `data-site-script`, or loaded by its loader from /scripts/), a global of Next's (`__next…`, its
 * RSC payload array among them), or a request for Next's JavaScript or an RSC payload file (`.txt`).
 */
export async function expectNoNextRuntime(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll("script")]
      .filter((s) => !s.hasAttribute("data-site-script"))
      .filter((s) => !(s.src && new URL(s.src).pathname.startsWith("/scripts/")))
      .map((s) => s.outerHTML.slice(0, 100)),
    globals: Object.keys(window).filter((k) => /^__next|^TURBOPACK/i.test(k)),
    requests: performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((u) => (u.startsWith("/_next/") ? !u.endsWith(".css") && !u.endsWith(".svg") : u.endsWith(".txt"))),
  }));
  expect(found).toEqual({ scripts: [], globals: [], requests: [] });
}

/**
 * Makes the page load the year explorer's island as a reader's first interaction with it does (a focus on its first
 * select: lib/publish/static-pages.ts) and waits until React has hydrated the island's element.
 */
export async function hydrateExplorer(page: Page, timeout = 10000): Promise<void> {
  await page.locator("[data-island] select").first().focus();
  await page.waitForFunction(
    () => {
      const section = document.querySelector("[data-island] > section");
      return !!section && Object.keys(section).some((k) => k.startsWith("__reactFiber$"));
    },
    null,
    { timeout },
  );
}
