/**
 * The `_headers` file of Cloudflare Pages and Netlify, in one place: lib/publish/headers.ts writes out/_headers with
 * formatHeaders, scripts/serve.ts applies it with parseHeaders + headersFor, and the tests read it the same way, so
 * what the tests check is what the preview server does.
 *
 * Format: a URL pattern on a line of its own (starting with "/", or "https://host/" for one host), then its header
 * lines, indented: `Name: value` sets a header, `! Name` removes one set by an earlier rule. Blank lines and lines
 * starting with "#" are ignored.
 *
 * Matching follows Cloudflare Pages (whose limits lib/publish/headers.ts checks): the pattern must match the whole URL
 * path, case-sensitively; a splat `*` (at most one a pattern) matches any characters, "/" included, greedily, and
 * `:splat` in a value is replaced by what it matched; a placeholder `:name` matches one path segment (no "/"; in the
 * host, no ".") and `:name` in a value is replaced likewise; everything else is literal. Every matching rule applies,
 * in file order, and a header set by several of them gets their values joined with ", " (for a CSP that means two
 * policies, both enforced). Netlify differs: it also ignores case and a trailing "/". URL paths here are as a
 * browser sends them (percent-encoded where it must be), which is how Cloudflare matches them.
 */

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  /** header names removed (`! Name`) when the rule matches */
  detach?: string[];
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses a `_headers` file; throws, naming the line, on anything a host would reject or ignore. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const where = `_headers line ${i + 1}`;
    if (!line || line.startsWith("#")) return;
    if (line.startsWith("/") || line.startsWith("https://")) {
      compilePattern(line, where);
      rules.push({ pattern: line, headers: [] });
      return;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`${where}: "${line}" comes before any URL pattern`);
    if (line.startsWith("!")) {
      const name = line.slice(1).trim();
      if (!TOKEN.test(name)) throw new Error(`${where}: "${name}" is not a header name`);
      (rule.detach ??= []).push(name);
      return;
    }
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon).trim();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (colon < 0 || !TOKEN.test(name))
      throw new Error(`${where}: "${line}" is neither a URL pattern nor "Name: value"`);
    if (!value) throw new Error(`${where}: ${name} has no value`);
    rule.headers.push([name, value]);
  });
  return rules;
}

/** Writes rules in the `_headers` format (parseHeaders reads it back to the same rules). */
export function formatHeaders(rules: HeaderRule[], comment: string[] = []): string {
  const blocks = rules.map((r) =>
    // detaches first: hosts apply them before the rule's values whatever the order, and it reads that way
    [r.pattern, ...(r.detach ?? []).map((k) => `  ! ${k}`), ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join("\n"),
  );
  return [...comment.map((c) => `# ${c}`), "", blocks.join("\n\n"), ""].join("\n");
}

const compiled = new Map<string, RegExp>();

/** Pattern text → RegExp source: `*` → the splat group, `:name` → a group of `segment` characters, the rest literal. */
function patternSource(text: string, segment: string): string {
  const escape = (s: string) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
  const part = (s: string) => escape(s).replace(/:([A-Za-z]\w*)/g, (_, name: string) => `(?<${name}>${segment})`);
  return text.split("*").map(part).join("(?<splat>.*)");
}

/** The RegExp of a pattern, with a named group for the splat and for each placeholder. */
function compilePattern(pattern: string, where = "_headers"): RegExp {
  let re = compiled.get(pattern);
  if (re) return re;
  if (pattern.split("*").length > 2) throw new Error(`${where}: "${pattern}" has more than one splat (*)`);
  // in "https://:sub.example.org/…" a placeholder stops at "." in the host, at "/" in the path
  const hostEnd = pattern.startsWith("https://") ? pattern.indexOf("/", "https://".length) : 0;
  const split = hostEnd < 0 ? pattern.length : hostEnd;
  try {
    re = new RegExp(
      `^${patternSource(pattern.slice(0, split), "[^/.]+")}${patternSource(pattern.slice(split), "[^/]+")}$`,
    );
  } catch (err) {
    throw new Error(`${where}: "${pattern}" is not a valid pattern (${(err as Error).message})`);
  }
  compiled.set(pattern, re);
  return re;
}

/**
 * What a pattern captures from a URL path ({} when it has no splat or placeholder), or null when it does not match.
 * A pattern for one host ("https://host/…") matches only when `host` is given and is that host.
 */
export function matchPattern(pattern: string, urlPath: string, host?: string): Record<string, string> | null {
  const absolute = pattern.startsWith("https://");
  if (absolute && host === undefined) return null;
  const m = compilePattern(pattern).exec(absolute ? `https://${host}${urlPath}` : urlPath);
  return m ? { ...m.groups } : null;
}

/** The rules whose pattern matches a URL path, in file order. */
export const rulesFor = (rules: HeaderRule[], urlPath: string, host?: string): HeaderRule[] =>
  rules.filter((r) => matchPattern(r.pattern, urlPath, host) !== null);

/**
 * The headers a host sends for a URL path: every matching rule in file order, placeholders replaced, a header set
 * twice joined with ", ". `removed` lists the names detached (`! Name`) and not set again afterwards: the host's own
 * value for them is dropped too.
 */
export function headersFor(
  rules: HeaderRule[],
  urlPath: string,
  host?: string,
): { headers: [string, string][]; removed: string[] } {
  const set = new Map<string, [string, string]>();
  const removed = new Set<string>();
  for (const rule of rules) {
    const captures = matchPattern(rule.pattern, urlPath, host);
    if (!captures) continue;
    for (const name of rule.detach ?? []) {
      set.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    }
    for (const [name, raw] of rule.headers) {
      let value = raw;
      for (const [k, v] of Object.entries(captures)) value = value.replaceAll(`:${k}`, v);
      const key = name.toLowerCase();
      const prev = set.get(key);
      set.set(key, prev ? [prev[0], `${prev[1]}, ${value}`] : [name, value]);
      removed.delete(key);
    }
  }
  return { headers: [...set.values()], removed: [...removed] };
}

/**
 * The URL path a static host serves a file of the export at (path relative to out/, either separator):
 * index.html → /, x/index.html → /x/, 404.html → /404.html, data/a b.csv → /data/a%20b.csv.
 */
export function urlPathOf(relFile: string): string {
  const p = relFile.split(/[\\/]/).filter(Boolean).join("/");
  const dir = p === "index.html" ? "" : p.endsWith("/index.html") ? p.slice(0, -"index.html".length) : null;
  const encode = (s: string) => encodeURI(s).replace(/[?#]/g, encodeURIComponent);
  return dir === null ? `/${encode(p)}` : `/${encode(dir)}`;
}
