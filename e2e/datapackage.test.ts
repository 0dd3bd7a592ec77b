/**
 * The data package and the headers over HTTP, from `tsx scripts/serve.ts out <port>`: datapackage.json and every
 * resource it lists are served with the bytes and sha256 it states (asked without gzip), CSVs as
 * text/csv; charset=utf-8, the zip as application/zip; pages carry the Content-Security-Policy of out/_headers, and
 * in Chromium (when installed) no page reports a CSP violation.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DataPackage } from "../lib/publish/datapackage";
import { cspDirective, inlineScripts, scriptHash } from "../lib/publish/headers";
import { PAGES } from "../lib/figures/pages";
import { launchBrowser, requireChromium } from "../test-support/browser";
import { OUT_DIR, startServer, type SiteServer } from "./helpers/server";
import { sitemapPaths } from "./helpers/site";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

let server: SiteServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** GET without compression: the body as served, byte for byte. */
async function get(p: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(server.url(p), { headers: { "Accept-Encoding": "identity" } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

describe("data package over HTTP", () => {
  test("datapackage.json and every resource are served with the bytes and sha256 it states", async () => {
    const pkgRes = await get("/datapackage.json");
    expect(pkgRes.status).toBe(200);
    expect(pkgRes.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(pkgRes.headers.get("content-encoding")).toBeNull();
    expect(pkgRes.body.equals(readFileSync(path.join(OUT_DIR, "datapackage.json")))).toBe(true);
    const pkg = JSON.parse(pkgRes.body.toString("utf8")) as DataPackage;
    expect(pkg.resources.length).toBeGreaterThanOrEqual(9);
    for (const r of pkg.resources) {
      const res = await get(`/${r.path}`);
      expect({ path: r.path, status: res.status, encoding: res.headers.get("content-encoding") }).toEqual({
        path: r.path,
        status: 200,
        encoding: null,
      });
      expect({ path: r.path, bytes: res.body.length, hash: `sha256:${sha256(res.body)}` }).toEqual({
        path: r.path,
        bytes: r.bytes,
        hash: r.hash,
      });
      expect({ path: r.path, type: res.headers.get("content-type") }).toEqual({
        path: r.path,
        type: "text/csv; charset=utf-8",
      });
      expect(res.headers.get("content-disposition")).toBeNull();
    }
  });

  test("the zip is served as application/zip, as built", async () => {
    const res = await get("/data/fr-ru-trade-data.zip");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.body.equals(readFileSync(path.join(OUT_DIR, "data/fr-ru-trade-data.zip")))).toBe(true);
  });
});

describe("security headers over HTTP", () => {
  const chart = `/en/charts/${PAGES[0].slug}/`;

  test.each(["/", chart])("%s carries a CSP whose script-src covers its inline scripts", async (p) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy");
    expect(csp).toBeTruthy();
    const scriptSrc = cspDirective(csp!, "script-src");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const scripts = inlineScripts(res.body.toString("utf8"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.map(scriptHash).filter((h) => !scriptSrc.includes(h))).toEqual([]);
    expect(cspDirective(csp!, "frame-ancestors")).toEqual(["'self'"]);
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("permissions-policy")).toBeTruthy();
  });
});

const describeBrowser = requireChromium() ? describe : describe.skip;
describeBrowser("the CSP in Chromium", () => {
  test("no page of the sitemap reports a Content-Security-Policy violation", async () => {
    const browser = await launchBrowser();
    try {
      const violations: string[] = [];
      for (const p of sitemapPaths()) {
        const page = await browser.newPage();
        page.on("console", (m) => {
          if (/Content.Security.Policy/i.test(m.text())) violations.push(`${p}: ${m.text()}`);
        });
        await page.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (e) =>
            console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
          );
        });
        await page.goto(server.url(p), { waitUntil: "networkidle" });
        await page.close();
      }
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
