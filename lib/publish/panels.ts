/**
 * The views of a figure other than its default one, out of the page: fetched when a reader chooses them. A figure
 * with views (components/VariantTabs.tsx) shows one panel at a time; the others are `hidden`, so no reader, screen
 * reader or printer meets them until the page script (page-script/behaviour.ts) shows one. Kept in the page, they
 * cost every reader their bytes (up to 3.5 KB of brotli on the Russia page, a fifth of it) before the first paint.
 *
 * The page renders each such panel's content inside `<div data-panel-content="">`, in a panel carrying
 * `data-panel-src="<served path>"`. This step, run by postbuild, moves that content out of the HTML into the JSON file the path names,
 * `{"html": "…"}`, and leaves the element empty; the page script puts it back when the view is chosen, then fetches
 * its chart. Run again over its own output, it finds the panels empty and their files in place, and changes nothing.
 * The Embed and Cite panels of a figure (closed `<details>`, components/OnOpen.tsx) are such panels too, named
 * `<figure>--embed` and `<figure>--cite`, filled when opened.
 */
import type { Output, SiteFiles } from "./files";
import type { Locale } from "../i18n/locales";

export const PANEL_SRC_ATTR = "data-panel-src";
/** The element inside a panel that holds its content (emptied here, filled again by the page script). */
export const PANEL_CONTENT_ATTR = "data-panel-content";

/** Where the site serves a view's panel: `/charts/panels/<locale>/<figure>--<view>.json`. */
export const servedPanelPath = (figure: string, view: string, locale: Locale) =>
  `/charts/panels/${locale}/${figure}--${view}.json`;

/** What a panel file holds. */
export interface PanelFile {
  html: string;
}

/** A panel whose content is elsewhere, opening its content element (a function: the page script bundles this module) */
const panelTags = () =>
  new RegExp(`<div\\b[^>]*\\s${PANEL_SRC_ATTR}="([^"]+)"[^>]*><div ${PANEL_CONTENT_ATTR}="">`, "g");
const DIV = /<div\b|<\/div>/g;

/**
 * A page's HTML with its panels emptied, and their files. The content ends at the `</div>` that closes the
 * `data-panel-content` element: React escapes `<` in text and attributes, so every `<div` and `</div>` in its HTML is a
 * tag. Stops, naming the page and the panel, on a panel that does not close or whose path is not a panel path.
 */
export function extractPanels(page: string, html: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  let out = "";
  let from = 0;
  for (const m of html.matchAll(panelTags())) {
    const src = m[1];
    const at = `${page}: panel ${PANEL_SRC_ATTR}="${src}"`;
    if (!/^\/charts\/panels\/[a-z]{2}\/[a-z0-9-]+--[A-Za-z0-9_-]+\.json$/.test(src))
      throw new Error(`${at}: not a panel path (/charts/panels/<locale>/<figure>--<view>.json)`);
    const start = m.index + m[0].length;
    DIV.lastIndex = start;
    let depth = 1;
    let end = -1;
    for (let t = DIV.exec(html); t; t = DIV.exec(html)) {
      depth += t[0] === "</div>" ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    if (end < 0) throw new Error(`${at} does not close`);
    if (end > start) files.set(src, html.slice(start, end));
    out += html.slice(from, start);
    from = end;
  }
  return { html: out + html.slice(from), files };
}

/**
 * Every page with its hidden views' panels emptied (only pages that change), and one file per panel. Stops when two
 * pages hold the same panel path with different content, or when an empty panel has no file.
 */
export function panelFiles(site: SiteFiles): Output[] {
  const out: Output[] = [];
  const panels = new Map<string, { page: string; html: string }>();
  for (const p of site.list()) {
    if (!p.endsWith(".html")) continue;
    const html = site.read(p).toString("utf8");
    if (!html.includes(PANEL_SRC_ATTR)) continue;
    const done = extractPanels(p, html);
    for (const [src, content] of done.files) {
      const seen = panels.get(src);
      if (seen && seen.html !== content)
        throw new Error(`${p}: panel ${src} differs from the one of ${seen.page} (one path, two contents)`);
      panels.set(src, { page: p, html: content });
    }
    for (const m of done.html.matchAll(panelTags()))
      if (!done.files.has(m[1]) && !site.exists(m[1].slice(1)))
        throw new Error(`${p}: panel ${m[1]} is empty and has no file`);
    if (done.html !== html) out.push({ path: p, content: done.html });
  }
  for (const [src, { html }] of panels)
    out.push({ path: src.slice(1), content: `${JSON.stringify({ html } satisfies PanelFile)}\n` });
  return out;
}
