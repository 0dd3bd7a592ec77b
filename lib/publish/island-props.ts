/**
 * Each island's props out of its page, into a file fetched when the island mounts. A page renders an island's props
 * as JSON in a `<script type="application/json" data-island-props="<name>">` right after the island's element
 * (components/YearPairExplorer.tsx); the reader who never touches the island never needs them, yet they sat in the
 * page's first bytes (the year explorer's: about 1.1 KB of brotli, which pushed the French and Russian Russia pages
 * past the first round trip). This step, run by postbuild after the pages are made static, serves the JSON at
 * `/charts/islands/<name>-<sha256 of it>.json` (the same props on two pages are one file), takes the script out, and
 * names the file on the island's element (`data-island-props-src`), where its bundle fetches it
 * (components/year-explorer.island.tsx).
 * Pages are read through an HTML parser and edited at its offsets (./html-edit.ts). A props script that does not
 * follow its island's element, or holds no JSON, stops the build naming the page.
 */
import type { Output, SiteFiles } from "./files";
import { sha256Hex } from "./hash";
import { applyEdits, attr, elements, outerRange, parseHtml, rawText, type Edit } from "./html-edit";
import { ISLAND_ATTR, ISLAND_PROPS_ATTR, ISLAND_PROPS_SRC_ATTR } from "./page-script/attrs";
import { escapeAttr } from "../html";
import { nextPages } from "./site-pages";

/** Where an island's props are served. */
export const islandPropsPath = (name: string, json: string) =>
  `charts/islands/${name}-${sha256Hex(json).slice(0, 20)}.json`;

/** A page with its islands' props moved out (null if it has none), and the props' files. */
export function withoutIslandProps(page: string, html: string): { html: string; files: Output[] } | null {
  const all = elements(parseHtml(html));
  const edits: Edit[] = [];
  const files: Output[] = [];
  for (const script of all.filter((e) => e.tagName === "script" && attr(e, ISLAND_PROPS_ATTR) !== null)) {
    const name = attr(script, ISLAND_PROPS_ATTR)!;
    const json = rawText(html, script);
    try {
      JSON.parse(json);
    } catch {
      throw new Error(`${page}: the props of island "${name}" are not JSON`);
    }
    // the island's element: the element right before the script
    const siblings = (script.parentNode?.childNodes ?? []).filter((n) => "tagName" in n);
    const island = siblings[siblings.indexOf(script) - 1];
    if (!island || !("tagName" in island) || attr(island, ISLAND_ATTR) !== name)
      throw new Error(`${page}: the props of island "${name}" do not follow its element (${ISLAND_ATTR}="${name}")`);
    const startTag = island.sourceCodeLocation?.startTag;
    if (!startTag) throw new Error(`${page}: the element of island "${name}" has no source location`);
    const path = islandPropsPath(name, json);
    files.push({ path, content: json });
    // the attribute goes at the end of the start tag, before its ">"
    edits.push(
      {
        start: startTag.endOffset - 1,
        end: startTag.endOffset - 1,
        text: ` ${ISLAND_PROPS_SRC_ATTR}="/${escapeAttr(path)}"`,
      },
      { ...outerRange(script), text: "" },
    );
  }
  return edits.length ? { html: applyEdits(html, edits), files } : null;
}

/** Every page (not an embed) with its islands' props moved out, and the props' files, each once. */
export function islandPropsFiles(site: SiteFiles): Output[] {
  const pages: Output[] = [];
  const files = new Map<string, Output>();
  for (const p of nextPages(site)) {
    const done = withoutIslandProps(p, site.read(p).toString("utf8"));
    if (!done) continue;
    pages.push({ path: p, content: done.html });
    for (const f of done.files) files.set(f.path, f);
  }
  return [...pages, ...files.values()];
}
