/**
 * The built site on Cloudflare Pages' own runtime (workerd, through `wrangler pages dev`, test-support/wrangler-process.ts)
 * and on the preview server (scripts/serve.ts), asked the same requests as raw HTTP (paths go out as written): every
 * file of out/ at its URL, and other spellings, missing pages in each section, embeds that do not exist, internal
 * files. For each answer: status, redirect target, content type, Content-Security-Policy, the other security headers,
 * Cache-Control of hashed files, and which file of out/ the body is. Checked on each host:
 *  - every file is served as itself, with its type (each download kind), the headers out/_headers gives its URL;
 *  - every HTML response carries a policy: the page's own (its inline scripts and styles allowed by hash, or styles
 *    by 'unsafe-inline'), or the strict default of "/*" (DEFAULT_CSP, no inline script), never none; the page it
 *    serves is styled under it (so the 404 page under /embed/ is the embeds' own, whose style the embed policy allows);
 *  - a 404 in every section is a 404 page with status 404, not cached; no internal file (_headers, *.br, dotfiles,
 *    source maps) is served, and out/ holds none;
 *  - hashed files (/_next/static/*, /scripts/*) are cached a year as immutable; redirects carry the security headers.
 * Then the two hosts' answers must be the same, field by field, except where HOST_DIFFERENCES names the difference
 * and why (each such difference is itself asserted, so a change on either side shows).
 * About 640 requests on loopback; wrangler starts in 3–5 s; the whole file takes about 20 s on a loaded machine, a
 * few of them parsing each distinct HTML answer once for its inline scripts and styles.
 * Needs a built site and the wrangler dev dependency (npm ci); without wrangler it is skipped with a warning, and fails
 * when CI=true.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { headersFor, parseHeaders, urlPathOf } from "../lib/publish/headers-file";
import { DEFAULT_CSP, IMMUTABLE_CACHE } from "../lib/publish/headers";
import { EMBED_CSP } from "../lib/publish/embed/embeds";
import { cspHashSource, inlineScriptTexts, inlineStyleTexts, policyDirectives } from "../test-support/html-tree";
import { rawGet, sendAllRaw, type Reply } from "../test-support/raw-http";
import { startServeProcess, type ServeProcess } from "../test-support/serve-process";
import { startWrangler, wranglerInstalled, type WranglerProcess } from "../test-support/wrangler-process";
import { OUT_DIR, requireOut } from "./helpers/server";
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/locales";
import { message } from "../lib/i18n/translate";
import { homePath } from "../lib/publish/urls";

requireOut();

/** Every file under out/, relative, with "/". */
function outFiles(prefix = ""): string[] {
  return readdirSync(path.join(OUT_DIR, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? outFiles(rel) : [rel];
  });
}

const ALL = outFiles().sort();
const FILES = ALL.filter((f) => f !== "_headers");
const rules = parseHeaders(readFileSync(path.join(OUT_DIR, "_headers"), "utf8"));
const ruleHeader = (urlPath: string, name: string) =>
  headersFor(rules, urlPath).headers.find(([k]) => k.toLowerCase() === name)?.[1];

/** The type each kind of file must be served with (on both hosts, up to HOST_DIFFERENCES' equivalent types). */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".zip": "application/zip",
  ".pdf": "application/pdf",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
/** Types Cloudflare gives that mean the same as ours: JavaScript's and JSON's registered types, XML's. */
const SAME_TYPE: Record<string, string> = {
  "application/javascript": "text/javascript; charset=utf-8",
  "application/json": "application/json; charset=utf-8",
  "application/xml": "text/xml; charset=utf-8",
};

const COMMON = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
const HASHED = /^\/(_next\/static|scripts)\//;

/** Other spellings of a page, and the file they serve. */
const SPELLINGS: [string, string][] = [
  ["/%65n/", "en/index.html"],
  ["//en/", "en/index.html"],
  ["/en/?x=1", "en/index.html"],
  ["/en//charts/bilateral-trade/", "en/charts/bilateral-trade/index.html"],
  ["/en/charts/bilateral-trade//", "en/charts/bilateral-trade/index.html"],
  ["/en/charts/%62ilateral-trade/", "en/charts/bilateral-trade/index.html"],
  ["/en%2Fcharts/bilateral-trade/", "en/charts/bilateral-trade/index.html"],
  ["/fr/charts/%62ilateral-trade/", "fr/charts/bilateral-trade/index.html"],
  ["/%65mbed/bilateral-trade/", "embed/bilateral-trade/index.html"],
  ["/embed//bilateral-trade/", "embed/bilateral-trade/index.html"],
];
/** The index.html spellings of pages (Cloudflare redirects them, and any /x.html, to /x/ or /x: HOST_DIFFERENCES). */
const INDEX_SPELLINGS = [
  "/index.html",
  "/en/index.html",
  "/en/charts/bilateral-trade/index.html",
  "/fr/data/index.html",
  "/embed/bilateral-trade/index.html",
  "/fr/embed/fdi-flows/index.html",
];
/** The file a URL ending in .html names, and where Cloudflare redirects it. */
const htmlSpelling = (u: string) => ({
  file: u.slice(1).replace(/^$|\/$/, "$&index.html"),
  to: u.replace(/(index)?\.html$/, ""),
});
/** A folder without its slash: a 308 to it on both hosts. */
const REDIRECTS: [string, string][] = [
  ["/en", "/en/"],
  ["/fr", "/fr/"],
  ["/en/charts/bilateral-trade", "/en/charts/bilateral-trade/"],
  ["/fr/claims", "/fr/claims/"],
  ["/embed/bilateral-trade", "/embed/bilateral-trade/"],
  ["/fr/embed/bilateral-trade", "/fr/embed/bilateral-trade/"],
];
/** Nothing there, in each section, and the 404 page each must get. */
const MISSING: [string, string][] = [
  ["/nope/", "404.html"],
  ["/nope", "404.html"],
  ["/EN/", "404.html"],
  ["/en/nope/", "404.html"],
  ["/en/charts/nope/", "404.html"],
  ["/fr/charts/nope/", "fr/404.html"],
  ["/fr/does-not-exist/", "fr/404.html"],
  ["/en/data/nope/", "404.html"],
  ["/charts/files/nope.pdf", "404.html"],
  ["/scripts/nope.js", "404.html"],
  ["/_next/static/nope.js", "404.html"],
  ["/embed/nope/", "embed/404.html"],
  ["/embed/nope", "embed/404.html"],
  ["/embed/nope/oembed.json", "embed/404.html"],
  ["/embed/bilateral-trade/nope", "embed/404.html"],
  ["/fr/embed/bilateral-trade/nope/", "fr/embed/404.html"],
  // every other language's section and its embeds
  ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((l): [string, string][] => [
    [`/${l}/nope/`, `${l}/404.html`],
    [`/${l}/embed/nope/`, `${l}/embed/404.html`],
  ]),
];
/** Files that are not the site's: never served, whatever the spelling. */
const INTERNAL = [
  "/_headers",
  "/_headers/",
  "/%5Fheaders",
  "/_redirects",
  "/index.html.br",
  "/en/index.html.br",
  "/en/charts/bilateral-trade/index.html.br",
  "/.env",
  "/.git/config",
  "/.well-known/x",
  "/scripts/page.js.map",
  "/_next/static/chunks/app.js.map",
];

interface Row {
  status: number;
  location?: string;
  type?: string;
  csp?: string;
  cache?: string;
  /** the security headers every answer carries: "ok" or what differs */
  common: string;
  /** which file of out/ the body is ("" for none, "?" for something else) */
  body: string;
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const fileOfHash = new Map<string, string>();
for (const f of [...FILES].reverse()) fileOfHash.set(sha(readFileSync(path.join(OUT_DIR, f))), f); // first name wins
const bodyOf = (rel: string) => fileOfHash.get(sha(readFileSync(path.join(OUT_DIR, rel))))!;

function rowOf(r: Reply): Row {
  const h = r.headers;
  const wrong = Object.entries(COMMON).filter(([k, v]) => h[k] !== v);
  return {
    status: r.status,
    ...(h.location !== undefined && { location: h.location }),
    ...(r.status !== 308 && h["content-type"] !== undefined && { type: h["content-type"] }),
    ...(h["content-security-policy"] !== undefined && { csp: h["content-security-policy"] }),
    ...(h["cache-control"] !== undefined && { cache: h["cache-control"] }),
    common: wrong.length ? wrong.map(([k]) => `${k}: ${h[k]}`).join("; ") : "ok",
    body: r.body.length === 0 ? "" : (fileOfHash.get(sha(r.body)) ?? "?"),
  };
}

/**
 * Where Cloudflare Pages and the preview server answer differently, by design or by host, each with why. `cf` and
 * `preview` are what each must then give (fields not named must still be equal on both).
 */
interface Difference {
  why: string;
  applies: (url: string) => boolean;
  fields: (keyof Row)[];
  cf: (url: string, row: Row) => void;
  preview: (url: string, row: Row) => void;
}
/** The not-found pages' own files (a 404.html, and the folders Next leaves for them): the preview server answers them
 *  404 at their own address, as they only ever are a 404's body. */
const NOT_FOUND_FILE = /(?:^|\/)404\.html$|^404\/|^_not-found\//;

const HOST_DIFFERENCES: Difference[] = [
  {
    why: "Next's leftover not-found folders (/404/, /_not-found/): Cloudflare serves them as pages (200); the preview server answers 404, as a host that knows them for what they are",
    applies: (u) => /^\/(404|_not-found)\/$/.test(u),
    fields: ["status", "cache", "body"],
    cf: (u, row) => expect({ u, status: row.status }).toEqual({ u, status: 200 }),
    preview: (u, row) =>
      expect({ u, status: row.status, cache: row.cache, body: row.body }).toEqual({
        u,
        status: 404,
        cache: "no-store",
        body: bodyOf("404.html"),
      }),
  },
  {
    why: "Cloudflare redirects the index.html spelling of a page and any /x.html (308 to /x/ or /x, with the rules of the spelling asked); the preview server serves the file, with its own policy",
    applies: (u) => u.endsWith(".html"),
    fields: ["status", "location", "type", "cache", "body", "csp"],
    cf: (u, row) =>
      expect({ u, status: row.status, location: row.location, body: row.body, csp: row.csp }).toEqual({
        u,
        status: 308,
        location: htmlSpelling(u).to,
        body: "",
        csp: ruleHeader(u, "content-security-policy"),
      }),
    preview: (u, row) =>
      expect({ u, status: row.status, body: row.body, csp: row.csp }).toEqual({
        u,
        status: NOT_FOUND_FILE.test(htmlSpelling(u).file) ? 404 : 200,
        body: bodyOf(htmlSpelling(u).file),
        csp: ruleHeader(urlPathOf(htmlSpelling(u).file), "content-security-policy"),
      }),
  },
  {
    why: "Cloudflare matches _headers rules on the path as sent, so another spelling of a page gets the strict default policy (the page works without its inline scripts); the preview server gives the page its own",
    applies: (u) => SPELLINGS.some(([s]) => s === u) && !u.includes("?") && !/^\/(%65mbed|embed\/)/.test(u),
    fields: ["csp"],
    cf: (u, row) => expect({ u, csp: row.csp }).toEqual({ u, csp: DEFAULT_CSP }),
    preview: (u, row) => {
      const [, file] = SPELLINGS.find(([s]) => s === u)!;
      expect({ u, csp: row.csp }).toEqual({ u, csp: ruleHeader(urlPathOf(file), "content-security-policy") });
    },
  },
  {
    why: "likewise for an embed at another spelling: Cloudflare gives the default policy where no /embed/* rule matches",
    applies: (u) => u === "/%65mbed/bilateral-trade/" || u === "/embed//bilateral-trade/",
    fields: ["csp"],
    cf: (u, row) => expect({ u, csp: row.csp }).toEqual({ u, csp: u.startsWith("/embed/") ? EMBED_CSP : DEFAULT_CSP }),
    preview: (u, row) => expect({ u, csp: row.csp }).toEqual({ u, csp: EMBED_CSP }),
  },
  {
    why: "wrangler pages dev fails a request for _headers with 502, logging an error (Cloudflare Pages does not upload the file: 404); neither serves it",
    applies: (u) => /^\/(_headers|%5Fheaders)\/?$/.test(u),
    fields: ["status", "type", "csp", "cache", "common", "body"],
    cf: (u, row) => expect({ u, status: row.status, body: row.body }).toEqual({ u, status: 502, body: "?" }),
    preview: (u, row) => expect({ u, status: row.status }).toEqual({ u, status: 404 }),
  },
];

/** Fields compared with an equivalence rather than equality, on every row: how each host words the same thing. */
function comparable(row: Row, host: "cf" | "preview"): Row {
  const out = { ...row };
  if (out.type && host === "cf") out.type = SAME_TYPE[out.type] ?? out.type;
  // revalidate on every use: Cloudflare says "public, max-age=0, must-revalidate", sirv "no-cache"
  if (out.cache === "public, max-age=0, must-revalidate" || out.cache === "no-cache") out.cache = "revalidate";
  return out;
}

/** The inline scripts and styles of an HTML body (parse5), once per distinct body. */
const inlineOf = new Map<string, { scripts: string[]; styles: string[] }>();
function inline(html: string) {
  const key = sha(Buffer.from(html));
  if (!inlineOf.has(key)) inlineOf.set(key, { scripts: inlineScriptTexts(html), styles: inlineStyleTexts(html) });
  return inlineOf.get(key)!;
}

/** Inline scripts and styles of an HTML body that its policy blocks (a hash or 'unsafe-inline' allows them). */
function blockedBy(csp: string, html: string): string[] {
  const { scripts: scriptTexts, styles: styleTexts } = inline(html);
  const d = policyDirectives(csp);
  const scripts = d["script-src"] ?? d["default-src"] ?? [];
  const styles = d["style-src"] ?? d["default-src"] ?? [];
  const blocked = (sources: string[], text: string) =>
    !sources.includes("'unsafe-inline'") && !sources.includes(cspHashSource(text));
  return [
    ...scriptTexts.filter((t) => blocked(scripts, t)).map((t) => `script ${t.slice(0, 40)}`),
    ...styleTexts.filter((t) => blocked(styles, t)).map((t) => `style ${t.slice(0, 40)}`),
  ];
}

const urlOf = (f: string) => urlPathOf(f);
const ASKED = [
  ...FILES.map(urlOf),
  ...SPELLINGS.map(([u]) => u),
  ...INDEX_SPELLINGS,
  ...REDIRECTS.map(([u]) => u),
  ...MISSING.map(([u]) => u),
  ...INTERNAL,
].filter((u, i, all) => all.indexOf(u) === i);

const skip = !wranglerInstalled();
if (skip) {
  const message =
    "wrangler is not installed (npm ci installs it, a dev dependency): the Cloudflare Pages runtime test is skipped";
  if (process.env.CI === "true") throw new Error(message);
  console.warn(message);
}

(skip ? describe.skip : describe)("Cloudflare Pages' runtime (wrangler pages dev) and the preview server", () => {
  let cf: WranglerProcess;
  let preview: ServeProcess;
  const answers = { cf: new Map<string, Reply>(), preview: new Map<string, Reply>() };
  const rows = { cf: new Map<string, Row>(), preview: new Map<string, Row>() };

  beforeAll(async () => {
    [cf, preview] = await Promise.all([startWrangler(OUT_DIR), startServeProcess(OUT_DIR)]);
    const requests = ASKED.map((u) => rawGet(u, { "Accept-Encoding": "identity" }));
    const [a, b] = await Promise.all([sendAllRaw(cf.port, requests), sendAllRaw(preview.port, requests)]);
    ASKED.forEach((u, i) => {
      answers.cf.set(u, a[i]);
      answers.preview.set(u, b[i]);
      rows.cf.set(u, rowOf(a[i]));
      rows.preview.set(u, rowOf(b[i]));
    });
  }, 120000);
  afterAll(async () => {
    await Promise.all([cf?.close(), preview?.close()]);
  });

  describe.each(["cf", "preview"] as const)("%s", (host) => {
    test(`every file of out/ at its URL: itself, its type, the headers of its URL (${FILES.length} files)`, () => {
      for (const f of FILES) {
        const u = urlOf(f);
        if (host === "cf" && u.endsWith(".html")) continue; // redirected: HOST_DIFFERENCES
        const row = comparable(rows[host].get(u)!, host);
        const type = TYPES[path.extname(f)] ?? `no type expected for ${f}: add one to TYPES`;
        expect({ f, status: row.status, body: row.body, type: row.type, common: row.common }).toEqual({
          f,
          status: host === "preview" && NOT_FOUND_FILE.test(f) ? 404 : 200,
          // the preview server answers Next's leftover not-found folders with the site's 404 page
          body: host === "preview" && /^(404|_not-found)\//.test(f) ? bodyOf("404.html") : bodyOf(f),
          type,
          common: "ok",
        });
        expect({ f, csp: row.csp }).toEqual({ f, csp: ruleHeader(u, "content-security-policy") });
        if (HASHED.test(u)) expect({ f, cache: row.cache }).toEqual({ f, cache: IMMUTABLE_CACHE });
        else if (host === "preview" && NOT_FOUND_FILE.test(f))
          expect({ f, cache: row.cache }).toEqual({ f, cache: "no-store" });
        else expect({ f, cache: row.cache }).toEqual({ f, cache: "revalidate" });
      }
      // CSVs may be read from other origins
      expect(answers[host].get("/data/countries.csv")!.headers["access-control-allow-origin"]).toBe("*");
    });

    test("every HTML answer has a policy: the page's own (its inline scripts and styles allowed) or the strict default", () => {
      let html = 0;
      for (const u of ASKED) {
        const r = answers[host].get(u)!;
        if (!/^text\/html/.test(r.headers["content-type"] ?? "") || r.status === 308) continue;
        html++;
        const csp = r.headers["content-security-policy"];
        expect({ u, csp: typeof csp }).toEqual({ u, csp: "string" });
        const blocked = blockedBy(csp, r.body.toString("utf8"));
        if (csp === DEFAULT_CSP) {
          // no inline script runs; the styles do: the page is whole without its scripts
          expect({ u, styles: blocked.filter((b) => b.startsWith("style")) }).toEqual({ u, styles: [] });
          expect(policyDirectives(csp)["script-src"]).toEqual(["'self'"]);
        } else expect({ u, blocked }).toEqual({ u, blocked: [] });
        expect({ u, framing: policyDirectives(csp)["frame-ancestors"] }).toEqual({
          u,
          framing: csp === EMBED_CSP ? ["*"] : ["'self'"],
        });
      }
      expect(html).toBeGreaterThan(50);
    });

    test(`other spellings of a page serve the page, with its own policy or the default (${SPELLINGS.length})`, () => {
      for (const [u, file] of SPELLINGS) {
        const row = rows[host].get(u)!;
        expect({ u, status: row.status, body: row.body, common: row.common }).toEqual({
          u,
          status: 200,
          body: bodyOf(file),
          common: "ok",
        });
        expect([DEFAULT_CSP, ruleHeader(urlPathOf(file), "content-security-policy")]).toContain(row.csp);
      }
    });

    test(`a folder without its slash: 308 to it, with the security headers (${REDIRECTS.length})`, () => {
      for (const [u, to] of REDIRECTS) {
        const row = rows[host].get(u)!;
        expect({ u, status: row.status, location: row.location, common: row.common }).toEqual({
          u,
          status: 308,
          location: to,
          common: "ok",
        });
        expect({ u, csp: row.csp }).toEqual({ u, csp: ruleHeader(u, "content-security-policy") });
      }
    });

    test(`missing pages in every section: 404, the section's 404 page, not cached (${MISSING.length})`, () => {
      for (const [u, page] of MISSING) {
        const row = rows[host].get(u)!;
        expect({ u, status: row.status, body: row.body, cache: row.cache, common: row.common }).toEqual({
          u,
          status: 404,
          body: bodyOf(page),
          cache: "no-store",
          common: "ok",
        });
        // under /embed/ the embeds' policy, which the embeds' 404 page is made for; elsewhere the default
        expect({ u, csp: row.csp }).toEqual({ u, csp: page.includes("embed/") ? EMBED_CSP : DEFAULT_CSP });
      }
    });

    test("a missing page under a language's folder is that language's 404 page, in its language", () => {
      for (const l of LOCALES.filter((x) => x !== DEFAULT_LOCALE)) {
        for (const u of [`/${l}/nope/`, `/${l}/does-not-exist/`]) {
          const row = rows[host].get(u);
          if (row) expect({ u, body: row.body }).toEqual({ u, body: `${l}/404.html` });
        }
        const answer = answers[host].get(`/${l}/nope/`)!;
        const html = answer.body.toString("utf8");
        expect({ l, status: answer.status, lang: /<html lang="([^"]+)"/.exec(html)?.[1] }).toEqual({
          l,
          status: 404,
          lang: l,
        });
        // its first heading and link are the language's own: its words, its home page
        expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]).toBe(message(l, "notFound.title"));
        expect(/<a [^>]*href="([^"]+)"/.exec(html)?.[1]).toBe(homePath(l));
      }
    });

    test(`internal files are never served (${INTERNAL.length}), and out/ holds none`, () => {
      const headersFile = readFileSync(path.join(OUT_DIR, "_headers"));
      for (const u of INTERNAL) {
        const r = answers[host].get(u)!;
        expect({ u, status: r.status >= 400, leaked: r.body.includes(headersFile.subarray(0, 100)) }).toEqual({
          u,
          status: true,
          leaked: false,
        });
      }
      expect(ALL.filter((f) => /(^|\/)\.|\.br$|\.map$/.test(f))).toEqual([]);
    });
  });

  test("the two hosts answer alike, but for the documented differences", () => {
    const seen = new Set<Difference>();
    const unequal: unknown[] = [];
    for (const u of ASKED) {
      const a: Partial<Row> = comparable(rows.cf.get(u)!, "cf");
      const b: Partial<Row> = comparable(rows.preview.get(u)!, "preview");
      const diff = HOST_DIFFERENCES.find((d) => d.applies(u));
      if (diff) {
        seen.add(diff);
        diff.cf(u, a as Row);
        diff.preview(u, b as Row);
        for (const f of diff.fields) {
          delete a[f];
          delete b[f];
        }
      }
      if (a.status === 308) {
        // a redirect has no body on Cloudflare, a line of text on the preview server
        delete a.body;
        delete b.body;
      }
      if (JSON.stringify(a) !== JSON.stringify(b)) unequal.push({ u, cf: a, preview: b });
    }
    expect(unequal).toEqual([]);
    expect(HOST_DIFFERENCES.filter((d) => !seen.has(d)).map((d) => d.why)).toEqual([]);
  });

  test("Cloudflare accepts every rule of out/_headers", () => {
    expect(cf.output()).toContain(`Parsed ${rules.length} valid header rules`);
    const complaints = cf
      .output()
      .split("\n")
      // eslint-disable-next-line no-control-regex
      .map((l) => l.replace(/\x1b\[[0-9;]*m/g, ""))
      .filter((l) => /invalid|ignor|warn|error/i.test(l) && !/(GET \/(_headers|%5Fheaders)\b|out\/_headers\b)/.test(l));
    expect(complaints).toEqual([]);
  });
});
