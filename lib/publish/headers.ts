/**
 * out/_headers for static hosts that read one (Cloudflare Pages, Netlify; scripts/serve.mjs locally): a path pattern
 * line, then indented `Name: value` lines.
 *
 * Content-Security-Policy: Next's static export puts inline <script>s in every page (the RSC payload,
 * `self.__next_f.push(...)`). Each page's rule lists the sha256 of every inline script of that page in script-src,
 * so script-src never needs 'unsafe-inline'. The policy is written per page (one exact-path rule per HTML file)
 * rather than once for "/*" because:
 *  - Cloudflare Pages joins the values of a header set by several matching rules with a comma, which for CSP means
 *    two policies, both enforced: a "/*" policy with frame-ancestors 'self' would then block embedding of /embed/*
 *    whatever the /embed/* rule says. Exact-path rules never overlap, so every page gets exactly one policy.
 *  - Cloudflare limits a _headers line to 2,000 characters: the hashes of all pages together exceed it, those of one
 *    page do not. The build fails if a line or the number of rules (100) goes over Cloudflare's limits.
 * Headers that are the same everywhere (Referrer-Policy, nosniff, Permissions-Policy) are set once for "/*".
 * Not covered: the 404 page as served at an unknown URL gets the "/*" headers but no CSP.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Output } from "./prebuild";

export const HEADERS_FILE = "_headers";
export const MAX_RULES = 100;
export const MAX_LINE = 2000;

export const COMMON_HEADERS: [string, string][] = [
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Content-Type-Options", "nosniff"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
];
export const CSV_PATTERN = "/data/*.csv";
// CSVs may be fetched by analysts' browser tools (Observable, notebooks) from other origins.
export const CSV_HEADERS: [string, string][] = [
  ["Content-Type", "text/csv; charset=utf-8"],
  ["Access-Control-Allow-Origin", "*"],
];

export const isEmbedPath = (urlPath: string) => urlPath.startsWith("/embed/");

/** HTML tokens that matter here: comments, script elements (attributes, raw text) and other start tags. */
const TOKENS =
  /<!--[\s\S]*?-->|<script(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script(?=[\s/>])[^>]*>|<(style|textarea|title)(?=[\s/>])[^>]*>[\s\S]*?<\/\3\s*>|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTES = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const attributeNames = (attrs: string) => [...attrs.matchAll(ATTRIBUTES)].map((m) => m[1].toLowerCase());

/** The text of every inline script (a <script> without src), as the browser hashes it (line breaks normalised). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(TOKENS)) {
    if (m[2] === undefined || attributeNames(m[1]).includes("src")) continue;
    scripts.push(m[2].replace(/\r\n?/g, "\n"));
  }
  return scripts;
}

/** Inline event-handler attributes (onclick=…, onload=…): a hash in script-src does not allow them. */
export function inlineHandlers(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(TOKENS)) {
    const attrs = m[1] ?? m[5];
    if (attrs === undefined) continue;
    for (const name of attributeNames(attrs)) if (/^on[a-z]+$/.test(name)) found.push(`<${m[4] ?? "script"} ${name}=…>`);
  }
  return found;
}

/** The CSP source expression of one script text: 'sha256-<base64>'. */
export const scriptHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The Content-Security-Policy of a page: its inline scripts' hashes in script-src; embeds may be framed anywhere. */
export function cspFor(html: string, opts: { embed?: boolean } = {}): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHash))].sort();
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...hashes].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${opts.embed ? "*" : "'self'"}`,
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

/** The URL path a static host serves an exported HTML file at: x/index.html → /x/, 404.html → /404.html. */
export function pageUrl(relHtml: string): string {
  const p = relHtml.split(path.sep).join("/");
  if (p === "index.html") return "/";
  return p.endsWith("/index.html") ? `/${p.slice(0, -"index.html".length)}` : `/${p}`;
}

/** Every *.html under `dir`, relative to it, sorted. */
export function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? path.join(prefix, e.name) : e.name;
      if (e.isDirectory()) return htmlFiles(dir, rel);
      return e.name.endsWith(".html") ? [rel] : [];
    })
    .sort();
}

export interface HeaderRule { pattern: string; headers: [string, string][] }

export function formatHeaders(rules: HeaderRule[], comment: string[] = []): string {
  const blocks = rules.map((r) => [r.pattern, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join("\n"));
  return [...comment.map((c) => `# ${c}`), "", blocks.join("\n\n"), ""].join("\n");
}

/** Parses a _headers file as scripts/serve.mjs does. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a _headers pattern ("*" = any characters) matches a URL path, as scripts/serve.mjs matches it. */
export const patternMatches = (pattern: string, urlPath: string) =>
  new RegExp("^" + pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$").test(urlPath);

/** The rules whose pattern matches a URL path, in file order. */
export const rulesFor = (rules: HeaderRule[], urlPath: string) => rules.filter((r) => patternMatches(r.pattern, urlPath));

/** out/_headers: common headers for "/*", the CSV content type, and one CSP rule per exported HTML page. */
export function headerFiles(outDir: string): Output[] {
  const rules: HeaderRule[] = [
    { pattern: "/*", headers: COMMON_HEADERS },
    { pattern: CSV_PATTERN, headers: CSV_HEADERS },
  ];
  const seen = new Map<string, string>();
  for (const rel of htmlFiles(outDir)) {
    const html = readFileSync(path.join(outDir, rel), "utf8");
    const handlers = inlineHandlers(html);
    if (handlers.length) {
      throw new Error(`out/${rel}: inline event handlers ${[...new Set(handlers)].join(", ")} would be blocked by the Content-Security-Policy (script-src has hashes, not 'unsafe-hashes'); attach them from a script instead`);
    }
    const url = pageUrl(rel);
    if (seen.has(url)) throw new Error(`out/${rel} and out/${seen.get(url)} are both served at ${url}`);
    seen.set(url, rel);
    rules.push({ pattern: url, headers: [["Content-Security-Policy", cspFor(html, { embed: isEmbedPath(url) })]] });
  }
  const text = formatHeaders(rules, [
    "Written by lib/build/headers.ts at build: do not edit. One Content-Security-Policy per page, with the sha256 of",
    "each of the page's inline scripts; rules never set the same header twice for one URL (hosts join such values).",
  ]);
  if (rules.length > MAX_RULES) throw new Error(`out/_headers: ${rules.length} rules, more than Cloudflare Pages accepts (${MAX_RULES})`);
  const long = text.split("\n").findIndex((l) => l.length > MAX_LINE);
  if (long >= 0) {
    const pattern = [...text.split("\n").slice(0, long)].reverse().find((l) => /^\S/.test(l) && !l.startsWith("#"));
    throw new Error(`out/_headers: the rule for ${pattern} has a ${text.split("\n")[long].length}-character line, more than Cloudflare Pages accepts (${MAX_LINE}); the page has too many inline scripts`);
  }
  return [{ path: HEADERS_FILE, content: text }];
}
