/**
 * Loads one URL in fresh browser contexts (empty cache, no service workers) and records every response until the
 * network is idle, with no input sent: bytes by type (transferred = gzip when the server compressed, and decoded
 * = raw), request count, FCP and LCP (PerformanceObserver 'largest-contentful-paint', buffered) and its element,
 * and console errors.
 */
import type { Browser } from "playwright-core";
import { KINDS, type FileLoad, type Kind, type PageMeasure, type Size } from "./types";

/** The same Chromium flags as the browser tests. */
export { CHROMIUM_ARGS as CHROME_ARGS } from "../test-support/browser";
export const VIEWPORT = { width: 1280, height: 800 };

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === "document" || contentType.startsWith("text/html")) return "html";
  if (resourceType === "script" || /javascript/.test(contentType)) return "js";
  if (resourceType === "stylesheet" || contentType.startsWith("text/css")) return "css";
  if (resourceType === "image" || contentType.startsWith("image/")) return "img";
  return "other";
}

// A string, not a function: tsx/esbuild helpers (__name) must not leak into the page.
const PAINT_SCRIPT = `new Promise((resolve) => {
  const entries = [];
  const describe = (el) => {
    if (!el) return null;
    const chart = el.closest && el.closest("[data-chart],svg[data-figure]");
    const id = chart ? (chart.getAttribute("data-chart") || chart.getAttribute("data-figure")) : null;
    const tag = el.tagName ? el.tagName.toLowerCase() : el.nodeName;
    const inSvg = el.closest && el.closest("svg") && tag !== "svg" ? "svg " : "";
    return inSvg + tag + (id ? " in chart " + id : "");
  };
  try {
    new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: "largest-contentful-paint", buffered: true });
  } catch (e) {}
  setTimeout(() => {
    const last = entries[entries.length - 1];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    resolve({
      lcp: last ? last.startTime : null,
      lcpElement: last ? describe(last.element) : null,
      fcp: fcp ? fcp.startTime : null,
    });
  }, 200);
})`;

const zero = (): Size => ({ gzip: 0, raw: 0 });
const median = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length ? Math.round(v[Math.floor((v.length - 1) / 2)]) : null;
};

interface Load {
  status: number;
  requests: number;
  failed: number;
  files: FileLoad[];
  paint: { lcp: number | null; lcpElement: string | null; fcp: number | null };
  consoleErrors: string[];
  favicon: number | null;
}

/**
 * One load in a fresh context. Bytes come from the DevTools protocol, which also sees what page-level events miss
 * (the browser's /favicon.ico request, fetches Next aborts after the headers): transferred body = encodedDataLength
 * at loadingFinished minus the response headers; decoded body = sum of dataReceived.dataLength.
 */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    type Row = {
      url: string;
      type: string;
      mime: string;
      status: number;
      headers: number;
      raw: number;
      enc: number;
      done: number | null;
      failed: boolean;
    };
    const rows = new Map<string, Row>();
    cdp.on("Network.requestWillBeSent", (e) => {
      rows.set(e.requestId, {
        url: e.request.url,
        type: e.type ?? "Other",
        mime: "",
        status: 0,
        headers: 0,
        raw: 0,
        enc: 0,
        done: null,
        failed: false,
      });
    });
    cdp.on("Network.responseReceived", (e) => {
      const r = rows.get(e.requestId);
      if (r)
        Object.assign(r, {
          type: e.type,
          mime: e.response.mimeType ?? "",
          status: e.response.status,
          headers: e.response.encodedDataLength ?? 0,
        });
    });
    cdp.on("Network.dataReceived", (e) => {
      const r = rows.get(e.requestId);
      if (r) {
        r.raw += e.dataLength;
        r.enc += e.encodedDataLength;
      }
    });
    cdp.on("Network.loadingFinished", (e) => {
      const r = rows.get(e.requestId);
      if (r) r.done = e.encodedDataLength;
    });
    cdp.on("Network.loadingFailed", (e) => {
      const r = rows.get(e.requestId);
      if (r) r.failed = true;
    });
    const consoleErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(`${m.text()} ${m.location().url ?? ""}`.trim());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
    const paint = (await page.evaluate(PAINT_SCRIPT)) as Load["paint"];
    // The browser's own /favicon.ico request comes late and not on every load: kept out of the totals, noted apart.
    const isFavicon = (r: Row) => new URL(r.url).pathname === "/favicon.ico" && r.type === "Other";
    const favicon = [...rows.values()].find(isFavicon);
    const files: FileLoad[] = [...rows.values()]
      .filter((r) => !r.url.startsWith("data:") && !isFavicon(r))
      .map((r) => {
        const u = new URL(r.url);
        const gzip = r.done !== null ? Math.max(0, r.done - r.headers) : r.enc;
        return {
          url: u.pathname + u.search,
          kind: kindOf(r.type.toLowerCase(), r.mime),
          status: r.status,
          gzip,
          raw: Math.max(r.raw, gzip),
          ...(r.failed ? { failed: true } : {}),
        };
      });
    const counted = [...rows.values()].filter((r) => !isFavicon(r));
    return {
      status: response?.status() ?? 0,
      requests: counted.length,
      failed: counted.filter((r) => r.failed).length,
      files,
      paint,
      consoleErrors,
      favicon: favicon?.status ?? null,
    };
  } finally {
    await context.close();
  }
}

/** Bytes and requests from the first load; FCP/LCP are the median of `runs` loads (each in a fresh context). */
export async function measurePage(
  browser: Browser,
  origin: string,
  urlPath: string,
  group: PageMeasure["group"],
  runs = 3,
): Promise<PageMeasure> {
  const loads: Load[] = [];
  for (let i = 0; i < runs; i++) loads.push(await load(browser, origin + urlPath));
  const first = loads[0];
  const bytes = Object.fromEntries(KINDS.map((k) => [k, zero()])) as Record<Kind, Size>;
  const total = zero();
  for (const f of first.files) {
    bytes[f.kind].gzip += f.gzip;
    bytes[f.kind].raw += f.raw;
    total.gzip += f.gzip;
    total.raw += f.raw;
  }
  const lcpMs = median(loads.map((l) => l.paint.lcp));
  return {
    group,
    path: urlPath,
    status: first.status,
    requests: first.requests,
    failed: first.failed,
    bytes,
    total,
    jsBeforeInteraction: {
      gzip: bytes.js.gzip,
      raw: bytes.js.raw,
      files: first.files.filter((f) => f.kind === "js").map((f) => ({ url: f.url, gzip: f.gzip, raw: f.raw })),
    },
    fcpMs: median(loads.map((l) => l.paint.fcp)),
    lcpMs,
    lcpRunsMs: loads.map((l) => (l.paint.lcp === null ? null : Math.round(l.paint.lcp))),
    lcpElement: first.paint.lcpElement,
    consoleErrors: first.consoleErrors.map((e) => e.split(origin).join("")),
    faviconStatus: loads.map((l) => l.favicon).find((x) => x !== null) ?? null,
    files: first.files,
  };
}
