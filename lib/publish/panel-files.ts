/**
 * Postbuild's step that takes the hidden panels out of the pages (see panels.ts for why): each element carrying
 * `data-panel-src` is found in the parsed page (parse5, ./html-edit.ts), the content of its `data-panel-content` child
 * is cut from the page's own text at the parser's offsets and written to the JSON file the path names; a panel inside
 * that content is cut from it the same way, into its own file. Run again over its own output, it finds the panels
 * empty and their files in place, and changes nothing.
 */
import type { Output, SiteFiles } from "./files";
import { applyEdits, attr, elements, innerRange, parseHtml, type Edit } from "./html-edit";
import { PANEL_CONTENT_ATTR, PANEL_SRC_ATTR, type PanelFile } from "./panels";

const PANEL_PATH = /^\/charts\/panels\/[a-z]{2}\/[a-z0-9-]+--[A-Za-z0-9_-]+\.json$/;

/** The outermost panels of a page (a panel inside another one travels in that one's file, and is taken out of it in
 *  turn): each panel's path and the source range of its content element's content. */
function panelsOf(page: string, html: string): { src: string; range: { start: number; end: number } }[] {
  const all = elements(parseHtml(html))
    .filter((el) => attr(el, PANEL_SRC_ATTR) !== null)
    .map((panel) => {
      const src = attr(panel, PANEL_SRC_ATTR)!;
      const at = `${page}: panel ${PANEL_SRC_ATTR}="${src}"`;
      if (!PANEL_PATH.test(src))
        throw new Error(`${at}: not a panel path (/charts/panels/<locale>/<figure>--<view>.json)`);
      const content = elements(panel).find((el) => el !== panel && attr(el, PANEL_CONTENT_ATTR) !== null);
      if (!content) throw new Error(`${at} has no ${PANEL_CONTENT_ATTR} element`);
      const range = innerRange(content);
      if (!range || !panel.sourceCodeLocation?.endTag) throw new Error(`${at} does not close`);
      return { src, range };
    });
  return all.filter((p) => !all.some((q) => q !== p && q.range.start <= p.range.start && p.range.end <= q.range.end));
}

/**
 * A page's HTML with its panels emptied, and their files, each file's own panels emptied into files of their own.
 * Stops, naming the page and the panel, on a panel that does not close or whose path is not a panel path.
 */
export function extractPanels(
  page: string,
  html: string,
  files = new Map<string, string>(),
): { html: string; files: Map<string, string> } {
  const edits: Edit[] = [];
  for (const { src, range } of panelsOf(page, html))
    if (range.end > range.start) {
      files.set(src, extractPanels(page, html.slice(range.start, range.end), files).html);
      edits.push({ ...range, text: "" });
    }
  return { html: applyEdits(html, edits), files };
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
    for (const { src } of panelsOf(p, done.html))
      if (!done.files.has(src) && !site.exists(src.slice(1)))
        throw new Error(`${p}: panel ${src} is empty and has no file`);
    if (done.html !== html) out.push({ path: p, content: done.html });
  }
  for (const [src, { html }] of panels)
    out.push({ path: src.slice(1), content: `${JSON.stringify({ html } satisfies PanelFile)}\n` });
  return out;
}
