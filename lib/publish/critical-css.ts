/**
 * Each page's inline stylesheet cut to the rules its own markup uses. Next inlines the whole site's stylesheet in
 * every page (next.config.js, `experimental.inlineCss`: no render-blocking request), ~22 KB, 4.7 KB of brotli: a
 * third of what the smaller pages may send in their first round trip. The rules a page's HTML (and the panels of its
 * other views, panels.ts) can match are ~70 % of it; PurgeCSS keeps those, matching selectors against the words of
 * the markup (Tailwind's class names, `has-[:checked]:…` included).
 *
 * The whole stylesheet still arrives, after the first paint: the page script appends it as a `<link>` to the file
 * Next wrote (the `<style>`'s `data-href`, cached from page to page), for what a page draws later with React (the
 * year explorer, Next's client navigation, which reuses the page's `<style>` by its href). Its rules are the same, in
 * the same order, so the page looks the same before and after (e2e/critical-css.test.ts compares screenshots).
 *
 * Runs after postbuild (PurgeCSS is asynchronous). Stops, naming the page, on a page whose stylesheet is not the one
 * `<style data-href>` Next writes, or whose stylesheet file is missing.
 */
import postcss from "postcss";
import { PurgeCSS } from "purgecss";
import type { Output, SiteFiles } from "./files";
import { PANEL_SRC_ATTR, type PanelFile } from "./panels";

/** Next's inline stylesheet: `<style data-precedence="next" data-href="/_next/static/chunks/<name>.css">…</style>`. */
const STYLE = /<style data-precedence="next" data-href="(\/_next\/static\/[^"]+\.css)">([\s\S]*?)<\/style>/g;

/** The markup's words: Tailwind's class names (runs of anything but quotes, angle brackets and spaces, not ending in
 *  ":", its docs' pattern), and, split at "=", attribute names, which `[data-table] td` rules need. */
const words = (content: string) => content.match(/[^<>"'`\s=]*[^<>"'`\s:=]/g) ?? [];

/**
 * Tailwind's base styles for the parts of form fields (pseudo-elements, which PurgeCSS keeps: they name no class), and
 * the markup that has such a part. A page with none of these fields does not need them (0.1-0.2 KB of brotli).
 */
const FIELD_PARTS: { selector: RegExp; field: RegExp }[] = [
  {
    selector: /^::-webkit-(date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator)$/,
    field: /<input\b[^>]*\stype="(date|time|datetime-local|month|week)"/,
  },
  { selector: /^::-webkit-(inner|outer)-spin-button$/, field: /<input\b[^>]*\stype="number"/ },
  { selector: /^::-webkit-search-(decoration|cancel-button)$/, field: /<input\b[^>]*\stype="search"/ },
  { selector: /^::file-selector-button$/, field: /<input\b[^>]*\stype="file"/ },
  { selector: /^::placeholder$/, field: /\splaceholder="/ },
];

/** `css` without the selectors of FIELD_PARTS whose field `content` lacks (and without the rules and at-rules left
 *  empty). */
export function withoutAbsentFieldParts(content: string, css: string): string {
  const absent = FIELD_PARTS.filter((p) => !p.field.test(content)).map((p) => p.selector);
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
 * The rules of `css` that `content` (HTML) can match, in their order; custom properties only where used, by the
 * stylesheet or by the markup (`var(--chart-grid)` in a chart's attributes, which PurgeCSS does not read); the base
 * styles of form-field parts only where the page has such a field.
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
  return withoutAbsentFieldParts(content, result.css);
}

/** A page with its inline stylesheet cut to what it and its panels use; the same page if it has none. */
export async function pageWithCriticalCss(page: string, html: string, site: SiteFiles): Promise<string> {
  const styles = [...html.matchAll(STYLE)];
  if (!styles.length) {
    if (/<style\b[^>]*data-precedence/.test(html))
      throw new Error(`${page}: a Next stylesheet that is not <style data-precedence="next" data-href="…">`);
    return html;
  }
  if (styles.length > 1) throw new Error(`${page}: ${styles.length} Next stylesheets, expected one`);
  const [tag, href, css] = styles[0];
  if (!site.exists(href.slice(1))) throw new Error(`${page}: its stylesheet ${href} is not in the site`);
  const panels = [...html.matchAll(new RegExp(`\\s${PANEL_SRC_ATTR}="([^"]+)"`, "g"))].map(
    (m) => (JSON.parse(site.read(m[1].slice(1)).toString("utf8")) as PanelFile).html,
  );
  const content = [html.replace(tag, ""), ...panels].join("\n");
  const cut = await criticalCss(content, css);
  return html.replace(tag, () => tag.replace(css, () => cut));
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
