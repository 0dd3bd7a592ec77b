/**
 * out/_headers, as built: every exported page gets exactly one Content-Security-Policy, at its URL and at the
 * index.html spelling of it, whose script-src lists the sha256 of each of the page's inline scripts (now only the
 * site's own: the loader; JSON data is not hashed) and never 'unsafe-inline'; CSVs are served as text/csv; charset=utf-8. Also the _headers parser and matcher shared with the
 * preview server (lib/publish/headers-file.ts), on small inputs. The out/ part needs a built site (npm run build;
 * npm test builds it first, in pretest).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { FIGURES } from "../lib/figures/registry";
import {
  cspDirective,
  cspFor,
  headerFiles,
  HEADERS_FILE,
  htmlFiles,
  inlineHandlers,
  inlineScripts,
  MAX_LINE,
  MAX_RULES,
  scriptHash,
} from "../lib/publish/headers";
import {
  formatHeaders,
  headersFor,
  matchPattern,
  parseHeaders,
  rulesFor,
  urlPathOf,
  type HeaderRule,
} from "../lib/publish/headers-file";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, HEADERS_FILE)) && existsSync(path.join(OUT, "index.html"));

describe("cspFor (one HTML string)", () => {
  const EMPTY_SHA256 = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"; // sha256 of ""

  test("hashes inline scripts a browser runs only, deduplicated, with line breaks normalised as a browser does", () => {
    const html = [
      "<!doctype html><html><head>",
      '<script src="/_next/static/a.js" async=""></script>',
      "<script></script><SCRIPT></SCRIPT >",
      '<script>self.x.push([1,"a"])</script><script type="module">m()</script>',
      '<script type="application/ld+json">{"a":1}</script>',
      "<!-- <script>commented()</script> -->",
      "<script>a();\r\nb();</script>",
      '</head><body><p title="<script>">x</p></body></html>',
    ].join("\n");
    expect(inlineScripts(html)).toEqual(["", "", 'self.x.push([1,"a"])', "m()", "a();\nb();"]);
    const scriptSrc = cspDirective(cspFor(html), "script-src");
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).toContain(EMPTY_SHA256);
    expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update("a();\nb();").digest("base64")}'`);
    expect(scriptSrc).toHaveLength(1 + 4);
    expect(scriptSrc).not.toContain(`'sha256-${createHash("sha256").update('{"a":1}').digest("base64")}'`);
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

  test("URL paths of exported files", () => {
    expect(
      [
        "index.html",
        "charts/x/index.html",
        "404.html",
        path.join("embed", "a", "index.html"),
        "data/a b.csv",
        "_next/x/$d$slug.txt",
      ].map(urlPathOf),
    ).toEqual(["/", "/charts/x/", "/404.html", "/embed/a/", "/data/a%20b.csv", "/_next/x/$d$slug.txt"]);
  });
});

describe("the _headers format (lib/publish/headers-file.ts)", () => {
  const FILE = [
    "# comment",
    "/*",
    "  X-Common: 1",
    "  Link: <https://example.org/a>; rel=preload",
    "",
    "/data/*.csv",
    "\tContent-Type: text/csv; charset=utf-8\r",
    "  X-Common: 2",
    "/movies/:title",
    "  X-Movie: watching :title",
    "  ! X-Common",
    "/files/*",
    "  X-Splat: :splat",
    "https://:sub.example.org/*",
    "  X-Host: :sub",
  ].join("\n");

  test("parses pattern lines, indented Name: value lines (values may hold colons) and ! Name lines", () => {
    const rules = parseHeaders(FILE);
    expect(rules.map((r) => r.pattern)).toEqual([
      "/*",
      "/data/*.csv",
      "/movies/:title",
      "/files/*",
      "https://:sub.example.org/*",
    ]);
    expect(rules[0].headers).toEqual([
      ["X-Common", "1"],
      ["Link", "<https://example.org/a>; rel=preload"],
    ]);
    expect(rules[1].headers).toEqual([
      ["Content-Type", "text/csv; charset=utf-8"],
      ["X-Common", "2"],
    ]);
    expect(rules[2].detach).toEqual(["X-Common"]);
    expect(parseHeaders(formatHeaders(rules, ["written again"]))).toEqual(rules);
  });

  test.each([
    ["  X-A: 1", /line 1: "X-A: 1" comes before any URL pattern/],
    ["/a\n  not a header", /line 2: "not a header" is neither/],
    ["/a\n  X-A:", /line 2: X-A has no value/],
    ["/a\n  Bad Name: 1", /line 2: "Bad Name: 1" is neither/],
    ["/a/*/b/*", /line 1: "\/a\/\*\/b\/\*" has more than one splat/],
    ["/a/:x/:x", /line 1: .* is not a valid pattern/],
  ])("rejects %j", (text, error) => {
    expect(() => parseHeaders(text)).toThrow(error);
  });

  test("a splat matches any characters, slashes included; the rest is literal and case-sensitive", () => {
    const cases: [string, string, boolean][] = [
      ["/*", "/", true],
      ["/*", "/a/b/c.html", true],
      ["/data/*.csv", "/data/x.csv", true],
      ["/data/*.csv", "/data/sub/x.csv", true],
      ["/data/*.csv", "/data/.csv", true],
      ["/data/*.csv", "/data/x.csvx", false],
      ["/data/*.csv", "/data/xcsv", false],
      ["/data/*.csv", "/DATA/x.csv", false],
      ["/data/*.csv", "/other/data/x.csv", false],
      ["/charts/x/", "/charts/x/", true],
      ["/charts/x/", "/charts/x", false],
      ["/charts/x/", "/charts/x/index.html", false],
      ["/charts/x/index.html", "/charts/x/index.html", true],
      ["/charts/x/index.html", "/charts/x/indexXhtml", false],
      ["/", "/", true],
      ["/", "/index.html", false],
      ["/movies/:title", "/movies/dune", true],
      ["/movies/:title", "/movies/dune/2", false],
      ["/movies/:title", "/movies/", false],
      ["/a+(b)", "/a+(b)", true],
      ["/a+(b)", "/aa(b)", false],
    ];
    const got = cases.map(([pattern, url]) => [pattern, url, matchPattern(pattern, url) !== null]);
    expect(got).toEqual(cases);
    expect(matchPattern("/files/*", "/files/a/b.txt")).toEqual({ splat: "a/b.txt" });
    expect(matchPattern("/movies/:title", "/movies/dune")).toEqual({ title: "dune" });
  });

  test("rules for one host match only on that host, a placeholder there stopping at a dot", () => {
    expect(matchPattern("https://:sub.example.org/*", "/x")).toBeNull();
    expect(matchPattern("https://:sub.example.org/*", "/x", "preview.example.org")).toEqual({
      sub: "preview",
      splat: "x",
    });
    expect(matchPattern("https://:sub.example.org/*", "/x", "a.b.example.org")).toBeNull();
    expect(matchPattern("https://:sub.example.org/*", "/x", "example.com")).toBeNull();
  });

  test("headersFor: every matching rule in order, values of one header joined, placeholders replaced, ! removes", () => {
    const rules = parseHeaders(FILE);
    const h = (url: string, host?: string) => headersFor(rules, url, host);
    expect(h("/data/x.csv")).toEqual({
      headers: [
        ["X-Common", "1, 2"],
        ["Link", "<https://example.org/a>; rel=preload"],
        ["Content-Type", "text/csv; charset=utf-8"],
      ],
      removed: [],
    });
    expect(h("/movies/dune")).toEqual({
      headers: [
        ["Link", "<https://example.org/a>; rel=preload"],
        ["X-Movie", "watching dune"],
      ],
      removed: ["x-common"],
    });
    expect(h("/files/a/b.txt").headers).toContainEqual(["X-Splat", "a/b.txt"]);
    expect(h("/files/a", "pr-1.example.org").headers).toContainEqual(["X-Host", "pr-1"]);
    expect(rulesFor(rules, "/movies/dune").map((r: HeaderRule) => r.pattern)).toEqual(["/*", "/movies/:title"]);
  });
});

if (!built) {
  test("the built site is present", () => {
    throw new Error(
      `${path.join(OUT, HEADERS_FILE)} is missing: build the site first with \`npm run build\` (npm test builds it in pretest)`,
    );
  });
} else {
  const text = readFileSync(path.join(OUT, HEADERS_FILE), "utf8");
  const rules = parseHeaders(text);
  const pages = htmlFiles(OUT);
  /** The URLs a page is served at: /x/ and /x/index.html for x/index.html, /404.html for 404.html. */
  const spellings = (rel: string) => {
    const url = urlPathOf(rel);
    return url.endsWith("/") ? [url, `${url}index.html`] : [url];
  };
  const cspsOf = (url: string) =>
    headersFor(rules, url)
      .headers.filter(([k]) => k === "Content-Security-Policy")
      .map(([, v]) => v);

  describe("out/_headers", () => {
    test("is what headerFiles writes for out/ now", () => {
      expect(headerFiles(OUT)).toEqual([{ path: HEADERS_FILE, content: text }]);
    });

    test(`every page's inline scripts are in the script-src of the one CSP rule matching it (${pages.length} pages)`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const rel of pages) {
        const html = readFileSync(path.join(OUT, rel), "utf8");
        const url = urlPathOf(rel);
        const csps = rulesFor(rules, url).flatMap((r) =>
          r.headers.filter(([k]) => k === "Content-Security-Policy").map(([, v]) => v),
        );
        expect({ url, policies: csps.length }).toEqual({ url, policies: 1 });
        expect(cspsOf(url)).toEqual(csps);
        const scriptSrc = cspDirective(csps[0], "script-src");
        const scripts = inlineScripts(html);
        // cross-check the extractor with a plain count of <script> start tags without src or a data type
        expect({ url, inline: scripts.length }).toEqual({
          url,
          inline: (html.match(/<script(?![^>]*\s(src=|type="application\/json"))[\s>][^>]*>/gi) ?? []).length,
        });
        // a page's scripts are the site's own: on a page next build wrote, the loader only (an embed has its own one)
        if (!/^\/(fr\/)?embed\//.test(url))
          expect({
            url,
            foreign: (html.match(/<script(?![^>]*\sdata-site-script)[\s>][^>]*>/gi) ?? []).length,
          }).toEqual({
            url,
            foreign: 0,
          });
        const missing = scripts.map(scriptHash).filter((h) => !scriptSrc.includes(h));
        expect({ url, missing }).toEqual({ url, missing: [] });
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        // the embeds, English at /embed/ and French at /fr/embed/, may be framed anywhere
        expect(cspDirective(csps[0], "frame-ancestors")).toEqual(
          url.startsWith("/embed/") || url.startsWith("/fr/embed/") ? ["*"] : ["'self'"],
        );
        // plugins are off: object-src 'none', or (the embeds' strict policy) default-src 'none' with no object-src
        const objectSrc = cspDirective(csps[0], "object-src");
        expect(objectSrc.length ? objectSrc : cspDirective(csps[0], "default-src")).toEqual(["'none'"]);
      }
    });

    test("a page in a folder has the same one policy at /x/index.html as at /x/ (hosts that do not redirect it)", () => {
      const folderPages = pages.filter((rel) => urlPathOf(rel).endsWith("/"));
      expect(folderPages.length).toBe(pages.length - 1); // all but 404.html
      for (const rel of folderPages) {
        const [url, indexHtml] = spellings(rel);
        expect({ indexHtml, csps: cspsOf(indexHtml) }).toEqual({ indexHtml, csps: cspsOf(url) });
        expect(cspsOf(url)).toHaveLength(1);
      }
    });

    test("no two rules set the same header for one URL (Cloudflare Pages would join the values)", () => {
      const urls = [
        ...pages.flatMap(spellings),
        "/data/countries.csv",
        "/datapackage.json",
        "/data/fr-ru-trade-data.zip",
        "/nowhere/",
      ];
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

    test("the planned rules: common, CSV, 4 briefing types × 2 languages, 1 splat per language's embeds, 2 a page", () => {
      // counted from out/ as built: each HTML page outside the embeds at both spellings (404.html at one), and the
      // embed pages (7 figures × 2 languages) under two splat rules, not 28 exact ones
      const embeds = pages.filter((rel) => /^(fr\/)?embed\//.test(rel));
      expect(embeds).toHaveLength(2 * FIGURES.length);
      const others = pages.filter((rel) => !embeds.includes(rel));
      const expected = 2 + 4 * 2 + 2 + others.reduce((n, rel) => n + (rel.endsWith("index.html") ? 2 : 1), 0);
      expect(rules.length).toBe(expected);
      expect(rules.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/embed/*", "/fr/embed/*"]));
      // a French briefing file gets its Office content type, like the English one
      for (const [url, type] of [
        ["/fr/charts/files/bilateral-trade.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        ["/charts/files/bilateral-trade.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        [
          "/fr/charts/files/fdi-flows.pptx",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ],
        ["/fr/charts/files/fdi-flows.pdf", "application/pdf"],
      ]) {
        const h = Object.fromEntries(rulesFor(rules, url).flatMap((r) => r.headers));
        expect({ url, type: h["Content-Type"] }).toEqual({ url, type });
      }
      // the oEmbed JSON keeps the host's content type (no rule sets one for it)
      const json = Object.fromEntries(rulesFor(rules, "/fr/embed/fdi-flows/oembed.json").flatMap((r) => r.headers));
      expect(json["Content-Type"]).toBeUndefined();
    });

    test("stays within Cloudflare Pages' limits (100 rules, 2,000 characters a line)", () => {
      expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
      expect(Math.max(...text.split("\n").map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE);
    });
  });
}
