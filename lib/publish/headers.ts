/**
 * out/_headers for static hosts that read one (Cloudflare Pages, Netlify; scripts/serve.ts locally), written in the
 * format of ./headers-file.ts, which also parses and matches it for the preview server and the tests.
 *
 * Content-Security-Policy: a page's only scripts are the site's own (lib/publish/static-pages.ts): the loader, inline.
 * Each page's rule lists the sha256 of every inline script of that page that a browser runs in script-src (a
 * `type="application/json"` script, the year explorer's props, is data: never run, not hashed), so script-src never
 * needs 'unsafe-inline'. Pages are read through an HTML parser (./html-edit.ts). The policy is written per page (exact-path rules for each HTML file)
 * rather than once for "/*" because:
 *  - Cloudflare Pages joins the values of a header set by several matching rules with a comma, which for CSP means
 *    two policies, both enforced: the default of "/*" (below), with frame-ancestors 'self', would block embedding of
 *    /embed/* whatever the /embed/* rule says, unless detached. Exact-path rules never overlap, and each detaches the
 *    default, so every page gets exactly one policy.
 *  - Cloudflare limits a _headers line to 2,000 characters: the hashes of all pages together exceed it, those of one
 *    page do not. The build fails if a line or the number of rules (100) goes over Cloudflare's limits.
 * A page in a folder (x/index.html) gets one rule, for /x/: Cloudflare Pages answers /x/index.html with a redirect
 * to /x/, and a host that serves the page there gives it the default policy, under which it works without its inline
 * scripts. One rule a page, 2 a page in each language: a language adds about 13 rules.
 * The embed pages all have the one policy EMBED_CSP (checked against each page's scripts here), so each language's
 * embeds get one splat rule (/embed/*, /fr/embed/*) rather than two a page: 2 rules instead of 28, and adding a
 * figure adds none. Likewise the briefing files' content types are one rule per format and language.
 * Headers that are the same everywhere (Referrer-Policy, nosniff, Permissions-Policy) are set once for "/*", with a
 * default policy, DEFAULT_CSP: hosts match rules on the URL path as sent, so a page at another spelling (/%65n/,
 * /en//charts/x/) or the 404 page at an unknown URL matches no page rule and gets that strict default (the page's
 * inline scripts do not run there; every page works without them). Each page rule and embed rule first detaches it
 * (`! Content-Security-Policy`) and then sets its own, so a page still gets exactly one policy: Cloudflare Pages
 * applies a rule's detach before its values (e2e/host.test.ts runs this on its runtime); Netlify's parser skips the `!`
 * line and its local server lets a later rule's value replace an earlier one's, which gives the same result.
 * Under /embed/ an unknown URL gets the embeds' policy, so each language's embeds have their own 404 page
 * (./embed/embeds.ts), which hosts serve there as the nearest 404.html.
 * Files whose name holds a hash of their content (Next's /_next/static/, the site's /scripts/) are cached for a year
 * as immutable; the build fails if a file in /scripts/ has no hash in its name.
 */
import { BRIEFING_EXTS, BRIEFING_FORMATS, briefingPattern } from "./briefing/formats";
import { cspSha256 } from "./hash";
import { formatHeaders, urlPathOf, type HeaderRule } from "./headers-file";
import type { Output } from "./files";
import { diskFiles, type SiteFiles } from "./files";
import { EMBED_CSP } from "./embed/embeds";
import { embedRoot, isEmbedPath } from "./embed/code";
import { LOCALES } from "../i18n/locales";
import { attr, elements, parseHtml, rawText } from "./html-edit";
import { CLOUDFLARE_PAGES } from "./host-limits";

export const HEADERS_FILE = "_headers";
export const MAX_RULES = CLOUDFLARE_PAGES.maxHeaderRules;
export const MAX_LINE = CLOUDFLARE_PAGES.maxHeaderLine;

export const COMMON_HEADERS: [string, string][] = [
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
];
export const CSV_PATTERN = "/data/*.csv";
/** The policy of an HTML response that no page rule matches: the site's own policy without any inline script. */
export const DEFAULT_CSP = pagePolicy([]);
/** Hashed files: a new content is a new name, so a browser may keep each for a year without asking again. */
export const IMMUTABLE_PATTERNS = ["/_next/static/*", "/scripts/*"];
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** The name of a file in /scripts/: a content hash before the extension (page-<hex>.js, chunk-<HASH>.js). */
const HASHED_SCRIPT = /^scripts\/[\w-]*-[0-9A-Za-z]{8,}\.js$/;
// CSVs may be fetched by analysts' browser tools (Observable, notebooks) from other origins.
export const CSV_HEADERS: [string, string][] = [
  ["Content-Type", "text/csv; charset=utf-8"],
  ["Access-Control-Allow-Origin", "*"],
];

export { isEmbedPath };
/** The one rule of each language's embed pages (and their oEmbed JSON): /embed/*, /fr/embed/*. */
export const embedPatterns = () => LOCALES.map((l) => `${embedRoot(l)}*`);

/** The `type`s of a script a browser runs (HTML's JavaScript MIME types, and module); any other is data. */
const RUN_TYPES =
  /^(|module|(application|text)\/(x-)?(java|ecma)script|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/;

/** The text of every inline script a browser runs (a <script> without src, of a script type), as the browser hashes
 *  it (line breaks normalised). */
export function inlineScripts(html: string): string[] {
  return elements(parseHtml(html))
    .filter((e) => e.tagName === "script" && attr(e, "src") === null)
    .filter((e) => RUN_TYPES.test((attr(e, "type") ?? "").trim().toLowerCase()))
    .map((e) => rawText(html, e).replace(/\r\n?/g, "\n"));
}

/** Inline event-handler attributes (onclick=…, onload=…): a hash in script-src does not allow them. */
export function inlineHandlers(html: string): string[] {
  return elements(parseHtml(html)).flatMap((e) =>
    e.attrs.filter((a) => /^on[a-z]+$/.test(a.name)).map((a) => `<${e.tagName} ${a.name}=…>`),
  );
}

/** The CSP source expression of one script text: 'sha256-<base64>'. */
export const scriptHash = (text: string) => `'${cspSha256(text)}'`;

/** The Content-Security-Policy of a page: its inline scripts' hashes in script-src; embeds may be framed anywhere. */
export function cspFor(html: string, opts: { embed?: boolean } = {}): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))].sort();
  if (opts.embed) {
    // Embed pages are plain HTML with one known script and one known style: the strict policy they are designed for
    // (default-src 'none'), provided every inline script of the page is one it allows.
    const allowed = cspDirective(EMBED_CSP, "script-src");
    const stray = hashes.filter((h) => !allowed.includes(h));
    if (stray.length) throw new Error(`embed page has inline scripts EMBED_CSP does not allow: ${stray.join(" ")}`);
    return EMBED_CSP;
  }
  return pagePolicy(hashes);
}

/** The policy of a site page whose inline scripts have these CSP hashes. */
function pagePolicy(hashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** The source list of one directive of a CSP string ([] when absent). */
export function cspDirective(csp: string, name: string): string[] {
  for (const d of csp.split(";")) {
    const [n, ...values] = d.trim().split(/\s+/);
    if (n?.toLowerCase() === name) return values;
  }
  return [];
}

/** A rule's headers setting a page's policy in place of the default one. */
const policy = (csp: string): Pick<HeaderRule, "headers" | "detach"> => ({
  detach: ["Content-Security-Policy"],
  headers: [["Content-Security-Policy", csp]],
});

/** Every *.html of the site (a folder or files in memory), relative to it with "/", sorted. */
export function htmlFiles(out: string | SiteFiles): string[] {
  return (typeof out === "string" ? diskFiles(out) : out).list().filter((f) => f.endsWith(".html"));
}

/** out/_headers: common headers for "/*", the CSV and briefing files' content types, and a CSP rule for each URL of each exported page. */
export function headerFiles(out: string | SiteFiles): Output[] {
  const site = typeof out === "string" ? diskFiles(out) : out;
  const rules: HeaderRule[] = [
    { pattern: "/*", headers: [...COMMON_HEADERS, ["Content-Security-Policy", DEFAULT_CSP]] },
    ...IMMUTABLE_PATTERNS.map((pattern) => ({
      pattern,
      headers: [["Cache-Control", IMMUTABLE_CACHE]] as [string, string][],
    })),
    { pattern: CSV_PATTERN, headers: CSV_HEADERS },
    ...LOCALES.flatMap((l) =>
      BRIEFING_EXTS.map((ext) => ({
        pattern: briefingPattern(ext, l),
        headers: [["Content-Type", BRIEFING_FORMATS[ext].type]] as [string, string][],
      })),
    ),
    ...embedPatterns().map((pattern) => ({ pattern, ...policy(EMBED_CSP) })),
  ];
  const unhashed = site.list().filter((f) => f.startsWith("scripts/") && !HASHED_SCRIPT.test(f));
  if (unhashed.length)
    throw new Error(
      `out/${unhashed[0]}: a file in scripts/ without a content hash in its name would be cached for a year (${IMMUTABLE_CACHE})`,
    );
  const seen = new Map<string, string>();
  for (const rel of htmlFiles(site)) {
    const html = site.read(rel).toString("utf8");
    const handlers = inlineHandlers(html);
    if (handlers.length) {
      throw new Error(
        `out/${rel}: inline event handlers ${[...new Set(handlers)].join(", ")} would be blocked by the Content-Security-Policy (script-src has hashes, not 'unsafe-hashes'); attach them from a script instead`,
      );
    }
    const url = urlPathOf(rel);
    if (isEmbedPath(url)) {
      cspFor(html, { embed: true }); // throws unless the page's scripts are the ones EMBED_CSP allows
      if (!embedPatterns().some((p) => url.startsWith(p.slice(0, -1))))
        throw new Error(`out/${rel}: an embed page outside ${embedPatterns().join(", ")}`);
      continue;
    }
    const csp = policy(cspFor(html));
    if (seen.has(url)) throw new Error(`out/${rel} and out/${seen.get(url)} are both served at ${url}`);
    seen.set(url, rel);
    rules.push({ pattern: url, ...csp });
  }
  const text = formatHeaders(rules, [
    "Written by lib/publish/headers.ts at build: do not edit. One Content-Security-Policy per page, with the sha256 of",
    "each of the page's inline scripts, replacing the default of /* (! detaches it first: Cloudflare Pages would join",
    "the two values, and a second policy is enforced too); no other header is set twice for one URL.",
  ]);
  if (rules.length > MAX_RULES)
    throw new Error(`out/_headers: ${rules.length} rules, more than Cloudflare Pages accepts (${MAX_RULES})`);
  const long = text.split("\n").findIndex((l) => l.length > MAX_LINE);
  if (long >= 0) {
    const pattern = [...text.split("\n").slice(0, long)].reverse().find((l) => /^\S/.test(l) && !l.startsWith("#"));
    throw new Error(
      `out/_headers: the rule for ${pattern} has a ${text.split("\n")[long].length}-character line, more than Cloudflare Pages accepts (${MAX_LINE}); the page has too many inline scripts`,
    );
  }
  return [{ path: HEADERS_FILE, content: text }];
}
