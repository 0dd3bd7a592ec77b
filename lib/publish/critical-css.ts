/**
 * Each page's inline stylesheet cut to the rules its own markup uses. Next inlines the whole site's stylesheet in
 * every page (next.config.js, `experimental.inlineCss`: no render-blocking request), ~22 KB, 4.7 KB of brotli: a
 * third of what the smaller pages may send in their first round trip. The rules a page's HTML (and the panels it
 * shows at load: its long tables, panels.ts) can match are ~70 % of it; PurgeCSS keeps those, matching selectors against the words of
 * the markup (Tailwind's class names, `has-[:checked]:…` included).
 *
 * The whole stylesheet still arrives, after the first paint: the page script appends it as a `<link>` to the file
 * Next wrote (the `<style>`'s `data-href`, cached from page to page), for what a page draws later (the year
 * explorer's chart and table). Its rules are the same, in the same order, so the page looks the same before and after
 * (e2e/critical-css.test.ts compares screenshots).
 *
 * Runs after postbuild (PurgeCSS is asynchronous). Pages are read through an HTML parser (./html-edit.ts): the
 * stylesheet is the `<style data-href>` whose href is the site's stylesheet file; the form fields are `<input>`
 * elements. Stops, naming the page, on a page with more than one such stylesheet, or whose stylesheet file is missing.
 */
import postcss from "postcss";
import { PurgeCSS } from "purgecss";
import type { Output, SiteFiles } from "./files";
import { PANEL_SRC_ATTR, type PanelFile } from "./panels";
import { applyEdits, attr, elements, innerRange, outerRange, parseHtml, type Element } from "./html-edit";

/** The markup's words: Tailwind's class names (runs of anything but quotes, angle brackets and spaces, not ending in
 *  ":", its docs' pattern), and, split at "=", attribute names, which `[data-table] td` rules need. */
const words = (content: string) => content.match(/[^<>"'`\s=]*[^<>"'`\s:=]/g) ?? [];

/**
 * Tailwind's base styles for the parts of form fields (pseudo-elements, which PurgeCSS keeps: they name no class), and
 * the markup that has such a part. A page with none of these fields does not need them (0.1-0.2 KB of brotli).
 */
const inputOf =
  (...types: string[]) =>
  (e: Element) =>
    e.tagName === "input" && types.includes((attr(e, "type") ?? "").toLowerCase());
const FIELD_PARTS: { selector: RegExp; field: (e: Element) => boolean }[] = [
  {
    selector: /^::-webkit-(date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator)$/,
    field: inputOf("date", "time", "datetime-local", "month", "week"),
  },
  { selector: /^::-webkit-(inner|outer)-spin-button$/, field: inputOf("number") },
  { selector: /^::-webkit-search-(decoration|cancel-button)$/, field: inputOf("search") },
  { selector: /^::file-selector-button$/, field: inputOf("file") },
  { selector: /^::placeholder$/, field: (e) => attr(e, "placeholder") !== null },
];

/** `css` without the selectors of FIELD_PARTS whose field `content` (HTML) lacks (and without the rules and
 *  at-rules left empty). */
export function withoutAbsentFieldParts(content: string, css: string): string {
  const els = elements(parseHtml(content));
  const absent = FIELD_PARTS.filter((p) => !els.some(p.field)).map((p) => p.selector);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => !absent.some((a) => a.test(s.trim())));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // an at-rule emptied may leave its parent empty: again until none is
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) {
        at.remove();
        emptied = true;
      }
    });
  }
  return root.toString();
}

/**
 * `css` without the registrations (`@property --x {…}`) of custom properties that nothing reads: no `var(--x…)` in
 * `css` itself or in `alsoRead` (the markup's). Tailwind registers every property any of its utilities might use
 * (rings, shadows, filters: 36 of the 42 in a chart page's cut); a property a page sets but never reads needs no
 * registration, and the whole stylesheet brings them all when it arrives.
 */
export function withoutUnreadProperties(css: string, alsoRead: string[] = []): string {
  const root = postcss.parse(css);
  const read = new Set(alsoRead);
  root.walkDecls((d) => {
    for (const m of d.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(m[1]);
  });
  root.walkAtRules("property", (at) => {
    if (!read.has(at.params.trim())) at.remove();
  });
  return root.toString();
}

/**
 * The rules of `css` that `content` (HTML) can match, in their order; custom properties only where used, by the
 * stylesheet or by the markup (`var(--chart-grid)` in a chart's attributes, which PurgeCSS does not read); the base
 * styles of form-field parts only where the page has such a field; the registrations of the properties it reads.
 */
export async function criticalCss(content: string, css: string): Promise<string> {
  const inMarkup = [...new Set([...content.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]))];
  const [result] = await new PurgeCSS().purge({
    content: [{ raw: content, extension: "html" }],
    css: [{ raw: css }],
    defaultExtractor: words,
    variables: true,
    keyframes: true,
    fontFace: true,
    safelist: { variables: inMarkup },
  });
  return withoutUnreadProperties(withoutAbsentFieldParts(content, result.css), inMarkup);
}

const isOpenDetails = (node: unknown): boolean =>
  typeof node === "object" &&
  node !== null &&
  (node as Element).tagName === "details" &&
  attr(node as Element, "open") !== null;

/** A page with its inline stylesheet (`<style data-href="<the stylesheet's file>">`) cut to what it and the panels it
 *  shows at load use; the same page if it has none. */
export async function pageWithCriticalCss(page: string, html: string, site: SiteFiles): Promise<string> {
  const els = elements(parseHtml(html));
  const styles = els.filter((e) => e.tagName === "style" && /\.css$/.test(attr(e, "data-href") ?? ""));
  if (!styles.length) return html;
  if (styles.length > 1) throw new Error(`${page}: ${styles.length} inline stylesheets with a data-href, expected one`);
  const href = attr(styles[0], "data-href")!;
  if (!site.exists(href.replace(/^\//, ""))) throw new Error(`${page}: its stylesheet ${href} is not in the site`);
  const inner = innerRange(styles[0]);
  if (!inner) throw new Error(`${page}: its stylesheet ${href} is not closed`);
  const css = html.slice(inner.start, inner.end);
  // the panels a reader sees at load (a long table, in its open <details>); the others (a view not shown, a closed
  // Embed or Cite panel) arrive when a reader asks, after the whole stylesheet
  const panels = els
    .filter((e) => attr(e, PANEL_SRC_ATTR) !== null && isOpenDetails(e.parentNode))
    .map((e) => (JSON.parse(site.read(attr(e, PANEL_SRC_ATTR)!.slice(1)).toString("utf8")) as PanelFile).html);
  const tag = outerRange(styles[0]);
  const content = [html.slice(0, tag.start) + html.slice(tag.end), ...panels].join("\n");
  const cut = await criticalCss(content, css);
  return applyEdits(html, [{ ...inner, text: cut }]);
}

/** Every page of the site whose stylesheet gets shorter. */
export async function criticalCssFiles(site: SiteFiles): Promise<Output[]> {
  const out: Output[] = [];
  for (const p of site.list().filter((f) => f.endsWith(".html"))) {
    const html = site.read(p).toString("utf8");
    const done = await pageWithCriticalCss(p, html, site);
    if (done !== html) out.push({ path: p, content: done });
  }
  return out;
}
