/**
 * out/_headers, as built: every exported page gets exactly one Content-Security-Policy, whose script-src lists the
 * sha256 of each of the page's inline scripts and never 'unsafe-inline'; CSVs are served as text/csv; charset=utf-8.
 * Needs a built site (npm run build; npm test builds it first, in pretest).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  cspDirective, cspFor, headerFiles, HEADERS_FILE, htmlFiles, inlineHandlers, inlineScripts, MAX_LINE, MAX_RULES,
  pageUrl, parseHeaders, rulesFor, scriptHash,
} from "../lib/publish/headers";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, HEADERS_FILE)) && existsSync(path.join(OUT, "index.html"));

describe("cspFor (one HTML string)", () => {
  const EMPTY_SHA256 = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"; // sha256 of ""

  test("hashes inline scripts only, deduplicated, with line breaks normalised as a browser does", () => {
    const html = [
      "<!doctype html><html><head>",
      '<script src="/_next/static/a.js" async=""></script>',
      "<script></script><SCRIPT></SCRIPT >",
      '<script>self.__next_f.push([1,"a"])</script>',
      "<script type=\"application/ld+json\">{\"a\":1}</script>",
      "<!-- <script>commented()</script> -->",
      "<script>a();\r\nb();</script>",
      '</head><body><p title="<script>">x</p></body></html>',
    ].join("\n");
    expect(inlineScripts(html)).toEqual(["", "", 'self.__next_f.push([1,"a"])', '{"a":1}', "a();\nb();"]);
    const scriptSrc = cspDirective(cspFor(html), "script-src");
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).toContain(EMPTY_SHA256);
    expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update("a();\nb();").digest("base64")}'`);
    expect(scriptSrc).toHaveLength(1 + 4);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  test("the rest of the policy; embeds may be framed by any site, other pages only by the site", () => {
    const csp = cspFor("<p>no scripts</p>");
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
    expect(cspDirective(cspFor("", { embed: true }), "frame-ancestors")).toEqual(["*"]);
  });

  test("finds inline event handlers, which a hash does not allow", () => {
    expect(inlineHandlers('<img src="x" onerror="alert(1)"><p data-x="onclick=1">')).toEqual(["<img onerror=…>"]);
    expect(inlineHandlers('<a href="/" title="x">ok</a>')).toEqual([]);
  });

  test("page URLs of exported files", () => {
    expect(["index.html", "charts/x/index.html", "404.html", path.join("embed", "a", "index.html")].map(pageUrl)).toEqual(["/", "/charts/x/", "/404.html", "/embed/a/"]);
  });
});

if (!built) {
  test("the built site is present", () => {
    throw new Error(`${path.join(OUT, HEADERS_FILE)} is missing: build the site first with \`npm run build\` (npm test builds it in pretest)`);
  });
} else {
  const text = readFileSync(path.join(OUT, HEADERS_FILE), "utf8");
  const rules = parseHeaders(text);
  const pages = htmlFiles(OUT);

  describe("out/_headers", () => {
    test("is what headerFiles writes for out/ now", () => {
      expect(headerFiles(OUT)).toEqual([{ path: HEADERS_FILE, content: text }]);
    });

    test(`every page's inline scripts are in the script-src of the one CSP rule matching it (${pages.length} pages)`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const rel of pages) {
        const html = readFileSync(path.join(OUT, rel), "utf8");
        const url = pageUrl(rel);
        const csps = rulesFor(rules, url).flatMap((r) => r.headers.filter(([k]) => k === "Content-Security-Policy").map(([, v]) => v));
        expect({ url, policies: csps.length }).toEqual({ url, policies: 1 });
        const scriptSrc = cspDirective(csps[0], "script-src");
        const scripts = inlineScripts(html);
        // cross-check the extractor with a plain count of <script> start tags without src
        expect({ url, inline: scripts.length }).toEqual({ url, inline: (html.match(/<script(?![^>]*\ssrc=)[\s>][^>]*>/gi) ?? []).length });
        const missing = scripts.map(scriptHash).filter((h) => !scriptSrc.includes(h));
        expect({ url, missing }).toEqual({ url, missing: [] });
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        expect(cspDirective(csps[0], "frame-ancestors")).toEqual(url.startsWith("/embed/") ? ["*"] : ["'self'"]);
        expect(cspDirective(csps[0], "object-src")).toEqual(["'none'"]);
      }
    });

    test("no two rules set the same header for one URL (Cloudflare Pages would join the values)", () => {
      const urls = [...pages.map(pageUrl), "/data/countries.csv", "/datapackage.json", "/data/fr-ru-trade-data.zip", "/nowhere/"];
      for (const url of urls) {
        const names = rulesFor(rules, url).flatMap((r) => r.headers.map(([k]) => k.toLowerCase()));
        expect({ url, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ url, duplicates: [] });
      }
    });

    test("common headers everywhere; CSVs as text/csv; charset=utf-8 and not as attachments", () => {
      for (const url of ["/", "/data/countries.csv", "/whatever"]) {
        const h = Object.fromEntries(rulesFor(rules, url).flatMap((r) => r.headers));
        expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
        expect(h["X-Content-Type-Options"]).toBe("nosniff");
        expect(h["Permissions-Policy"]).toMatch(/camera=\(\)/);
      }
      const csv = Object.fromEntries(rulesFor(rules, "/data/trade-france.csv").flatMap((r) => r.headers));
      expect(csv["Content-Type"]).toBe("text/csv; charset=utf-8");
      expect(Object.keys(csv).map((k) => k.toLowerCase())).not.toContain("content-disposition");
    });

    test("stays within Cloudflare Pages' limits (100 rules, 2,000 characters a line)", () => {
      expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
      expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE);
    });
  });
}
