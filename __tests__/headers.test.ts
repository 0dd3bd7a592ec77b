/**
 * out/_headers, as built, read with the site's parser (lib/publish/headers-file.ts) and checked against values written
 * here: chosen URLs (chart pages, their index.html spellings, a French page, the claims page, the 404 page, English and French
 * embeds and their 404s, CSVs, hashed scripts, an unknown URL and other spellings of a page, which get the strict
 * default policy) get exactly the headers listed, each CSP literal but for its hashes, which are the
 * sha256 (node:crypto) of the page's inline scripts and styles as parse5 reads them from the built HTML. Every exported
 * page gets exactly one Content-Security-Policy at its URL (its rule detaching the default), whose script-src is
 * exactly the hashes of the page's inline scripts (the site's loader; JSON data is not hashed), with 'self' (the page
 * script, the charts' exploration layer, which an embed's inline script loads too) and never 'unsafe-inline'; embeds
 * alone may be framed by any site; CSVs are served as text/csv;
 * charset=utf-8. Also the _headers parser and matcher shared with the preview server, and the site's cspFor, on small
 * inputs. The out/ part needs a built site (npm run build; npm test builds it first, in pretest).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FIGURES } from "../lib/figures/registry";
import { EMBED_CSP } from "../lib/publish/embed/embeds";
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/locales";
import {
  cspDirective,
  DEFAULT_CSP,
  cspFor,
  HEADERS_FILE,
  htmlFiles,
  inlineHandlers,
  inlineScripts,
  MAX_LINE,
  MAX_RULES,
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
import {
  attrOf,
  byTag,
  cspHashSource,
  inlineScriptTexts,
  inlineStyleTexts,
  policyDirectives,
} from "../test-support/html-tree";

/** The headers every URL gets, as the site must send them. */
const COMMON = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

const OUT = path.join(__dirname, "..", "out");
/** An embed page's address: English at /embed/, every other language at /<locale>/embed/. */
const EMBED_URL = new RegExp(`^/((?:${LOCALES.join("|")})/)?embed/`);
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
  /** The headers served at a URL, CSP split into its directives (script-src sorted), each header once. */
  const served = (url: string) => {
    const { headers } = headersFor(rules, url);
    expect({ url, names: headers.map(([k]) => k.toLowerCase()) }).toEqual({
      url,
      names: [...new Set(headers.map(([k]) => k.toLowerCase()))],
    });
    return Object.fromEntries(
      headers.map(([k, v]) => {
        if (k !== "Content-Security-Policy") return [k, v];
        const d = policyDirectives(v);
        return [k, { ...d, "script-src": [...(d["script-src"] ?? [])].sort() }];
      }),
    );
  };
  /** The CSP hash sources of a built page's inline scripts (parse5, node:crypto), sorted. */
  const scriptHashesOf = (file: string) =>
    [...new Set(inlineScriptTexts(readFileSync(path.join(OUT, file), "utf8")).map(cspHashSource))].sort();

  describe("out/_headers", () => {
    test("chosen URLs get exactly the headers written here, their CSP hashes those of the page's inline scripts", () => {
      // the hashes are computed here from each page's HTML (parse5, node:crypto), the rest of each value written by hand
      const page = (file: string) => ({
        ...COMMON,
        "Content-Security-Policy": {
          "default-src": ["'self'"],
          "script-src": ["'self'", ...scriptHashesOf(file)],
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "frame-ancestors": ["'self'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "object-src": ["'none'"],
        },
      });
      const embed = (file: string) => ({
        ...COMMON,
        "Content-Security-Policy": {
          "default-src": ["'none'"],
          "script-src": ["'self'", ...scriptHashesOf(file)],
          "style-src": inlineStyleTexts(readFileSync(path.join(OUT, file), "utf8")).map(cspHashSource),
          "img-src": ["data:"],
          "connect-src": ["'self'"],
          "base-uri": ["'none'"],
          "form-action": ["'none'"],
          "frame-ancestors": ["*"],
        },
      });
      // what no page rule covers: the site's policy without any inline script
      const fallback = {
        ...COMMON,
        "Content-Security-Policy": {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "frame-ancestors": ["'self'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "object-src": ["'none'"],
        },
      };
      const script = () => ({ ...fallback, "Cache-Control": "public, max-age=31536000, immutable" });
      const pageScript = readdirSync(path.join(OUT, "scripts")).find((f) => f.startsWith("page-"))!;
      const csv = {
        ...fallback,
        "Content-Type": "text/csv; charset=utf-8",
        "Access-Control-Allow-Origin": "*",
      };
      const expected: [string, object][] = [
        ["/en/charts/bilateral-trade/", page("en/charts/bilateral-trade/index.html")],
        // the index.html spelling: Cloudflare redirects it to /x/; a host serving the page there gives the default
        ["/en/charts/bilateral-trade/index.html", fallback],
        ["/fr/charts/since-2021/", page("fr/charts/since-2021/index.html")],
        ["/fr/", page("fr/index.html")],
        ["/fr/index.html", fallback],
        ["/en/claims/", page("en/claims/index.html")],
        ["/404.html", page("404.html")],
        ["/embed/bilateral-trade/", embed("embed/bilateral-trade/index.html")],
        ["/embed/fdi-flows/index.html", embed("embed/fdi-flows/index.html")],
        ["/fr/embed/fr-ru-monthly/", embed("fr/embed/fr-ru-monthly/index.html")],
        ["/data/trade-france.csv", csv],
        ["/data/france-top-partners.csv", csv],
        // an unknown URL, where hosts serve the 404 page, and other spellings of a page (hosts match the path as sent)
        ["/whatever/", fallback],
        ["/en//charts/bilateral-trade/", fallback],
        ["/%65n/", fallback],
        ["/embed/nope/", embed("embed/404.html")], // the embeds' 404 page, made for their policy
        ["/fr/embed/nope/", embed("fr/embed/404.html")],
        [`/scripts/${pageScript}`, script()], // hashed files: cached a year
        ["/_next/static/chunks/x.css", script()],
        ["/embed-resize.js", fallback], // not hashed: pasted embed code names it for good
      ];
      for (const [url, headers] of expected) expect({ url, headers: served(url) }).toEqual({ url, headers });
      // the chart pages' one inline script is the site's loader; the 404 page and the embeds' style and script are one
      expect(scriptHashesOf("en/charts/bilateral-trade/index.html")).toHaveLength(1);
      expect(scriptHashesOf("404.html")).toEqual([]);
      expect(scriptHashesOf("embed/bilateral-trade/index.html")).toHaveLength(1);
    });

    test(`every page's CSP script-src is exactly the sha256 of each of its inline scripts, and 'self' (${pages.length} pages)`, () => {
      expect(pages.length).toBeGreaterThanOrEqual(5);
      for (const rel of pages) {
        const html = readFileSync(path.join(OUT, rel), "utf8");
        const url = urlPathOf(rel);
        // one policy as served: the default of "/*" detached by the page's rule, which sets its own
        const csps = cspsOf(url);
        expect({ url, policies: csps.length }).toEqual({ url, policies: 1 });
        const own = rulesFor(rules, url).filter((r) => r.headers.some(([k]) => k === "Content-Security-Policy"));
        expect({ url, rules: own.map((r) => r.pattern), detached: own.map((r) => r.detach ?? []) }).toEqual({
          url,
          rules: ["/*", own[1]?.pattern],
          detached: [[], ["Content-Security-Policy"]],
        });
        expect(csps[0]).toBe(own[1].headers.find(([k]) => k === "Content-Security-Policy")![1]);
        const scriptSrc = cspDirective(csps[0], "script-src");
        const scripts = inlineScriptTexts(html);
        // a second reader: a plain count of <script> start tags without src or a data type
        expect({ url, inline: scripts.length }).toEqual({
          url,
          inline: (html.match(/<script(?![^>]*\s(src=|type="application\/json"))[\s>][^>]*>/gi) ?? []).length,
        });
        const embedPage = EMBED_URL.test(url);
        // a page's scripts are the site's own: on a page next build wrote, the loader only (an embed has its own one)
        if (!embedPage)
          expect({
            url,
            foreign: byTag(html, "script", (e) => attrOf(e, "data-site-script") === undefined).length,
          }).toEqual({
            url,
            foreign: 0,
          });
        // exactly the page's hashes: none missing (the script would be blocked), none extra (a stale policy)
        const hashes = [...new Set(scripts.map(cspHashSource))].sort();
        expect({ url, scriptSrc: [...scriptSrc].sort() }).toEqual({
          url,
          scriptSrc: ["'self'", ...hashes].sort(),
        });
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
        // the embeds, English at /embed/ and every other language at /<locale>/embed/, may be framed anywhere
        expect(cspDirective(csps[0], "frame-ancestors")).toEqual(embedPage ? ["*"] : ["'self'"]);
        // plugins are off: object-src 'none', or (the embeds' strict policy) default-src 'none' with no object-src
        const objectSrc = cspDirective(csps[0], "object-src");
        expect(objectSrc.length ? objectSrc : cspDirective(csps[0], "default-src")).toEqual(["'none'"]);
      }
    });

    test("a page in a folder has one policy at /x/index.html too: the default, or the embeds' (one rule a page)", () => {
      const folderPages = pages.filter((rel) => urlPathOf(rel).endsWith("/"));
      expect(folderPages).toEqual(pages.filter((rel) => rel.endsWith("index.html"))); // all but the 404.html pages
      for (const rel of folderPages) {
        const [url, indexHtml] = spellings(rel);
        expect(cspsOf(url)).toHaveLength(1);
        expect({ indexHtml, csps: cspsOf(indexHtml) }).toEqual({
          indexHtml,
          csps: [EMBED_URL.test(url) ? EMBED_CSP : DEFAULT_CSP],
        });
      }
    });

    test("no two rules set the same header for one URL (hosts join the values), but the policy, whose default a page's rule detaches first", () => {
      const urls = [
        ...pages.flatMap(spellings),
        "/data/countries.csv",
        "/datapackage.json",
        "/data/fr-ru-trade-data.zip",
        "/nowhere/",
      ];
      for (const url of urls) {
        const matching = rulesFor(rules, url);
        const names = matching.flatMap((r) => r.headers.map(([k]) => k.toLowerCase()));
        const twice = names.filter((n, i) => names.indexOf(n) !== i);
        expect({ url, duplicates: twice.filter((n) => n !== "content-security-policy") }).toEqual({
          url,
          duplicates: [],
        });
        // a rule setting the policy after "/*" detaches the default first (Cloudflare Pages; Netlify lets it replace)
        const later = matching.slice(1).filter((r) => r.headers.some(([k]) => k === "Content-Security-Policy"));
        for (const r of later)
          expect({ url, rule: r.pattern, detach: r.detach }).toEqual({
            url,
            rule: r.pattern,
            detach: ["Content-Security-Policy"],
          });
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

    test("the planned rules: common, 2 hashed folders, CSV, 4 briefing types a language, 1 splat per language's embeds, 1 a page", () => {
      // counted from out/ as built: each HTML page outside the embeds at its URL, and the embed pages (7 figures a
      // language, and the language's embed 404 page) under one splat rule a language, not one exact rule a page
      const embeds = pages.filter((rel) => EMBED_URL.test(`/${rel}`));
      // every view of every figure (23 views of 9 figures) has its embed page in each language
      expect(FIGURES.flatMap((f) => f.variants)).toHaveLength(23);
      expect(embeds).toHaveLength(LOCALES.length * (23 + 1));
      const others = pages.filter((rel) => !embeds.includes(rel));
      const expected = 1 + 2 + 1 + 4 * LOCALES.length + LOCALES.length + others.length;
      expect(rules.length).toBe(expected);
      expect(rules.map((r) => r.pattern)).toEqual(
        expect.arrayContaining(LOCALES.map((l) => (l === DEFAULT_LOCALE ? "/embed/*" : `/${l}/embed/*`))),
      );
      // a French briefing file gets its Office content type, like the English one
      for (const [url, type] of [
        [
          "/fr/charts/files/bilateral-trade--fr.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ],
        ["/charts/files/bilateral-trade--en.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        [
          "/fr/charts/files/fdi-flows--fr.pptx",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ],
        ["/fr/charts/files/fdi-flows--fr.pdf", "application/pdf"],
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
