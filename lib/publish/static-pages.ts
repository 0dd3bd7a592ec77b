/**
 * The pages as static documents: no framework runtime. Next renders the pages at build, but every page is complete as
 * HTML (the charts are static SVG, the tables HTML), and what a reader may touch is done by the site's own scripts:
 * the page script (./page-script, plain DOM code: views, panels, copy buttons, the language link) and one island,
 * the year explorer (./island/bundle.ts, React hydrating that one element). Next's client runtime (~140 KB gzip),
 * its router and the page's RSC payload would serve nothing a reader asked for, so this step, run first by postbuild
 * over the pages next build wrote, takes them out:
 * - every `<script>` of a page that is not the site's own (the site marks its own with `data-site-script`: the
 *   explorer's JSON props, and the loader below), and every `<link>` to a script under /_next/static/;
 * - the files only those served: every `.js` under _next/, and the RSC payload files (`index.txt`,
 *   `__next.<segment>.txt`) that Next's client router fetches. Links between pages are plain links.
 * Each page then gets one small inline script at the end of its body (the loader), hashed into its CSP (headers.ts):
 * - it loads the page script (one file for the whole site, `/scripts/page-<sha256>.js`, cached from page to page)
 *   just after the first paint, so that no byte of it stands between a phone and that paint; at once when the query
 *   names a figure's view (`[data-variants="<param>"]`);
 * - on a page with an island (`[data-island="<name>"]`), it loads that island's module on the reader's first
 *   interaction inside the element (pointerdown, keydown, touchstart, focusin, input, change), or at once when the
 *   query holds what the island draws (`data-hydrate-for="<param>"`).
 * Pages are read and edited through an HTML parser (./html-edit.ts). The embed pages, which postbuild writes itself
 * with their own script (embed/embeds.ts), are not Next's and are left alone.
 */
import type { Output, SiteFiles } from "./files";
import { sha256Hex } from "./hash";
import { applyEdits, attr, bodyEnd, elements, outerRange, parseHtml, rawText, type Edit } from "./html-edit";
import { pageScript } from "./page-script/bundle";
import { HYDRATE_FOR_ATTR, ISLAND_ATTR, SITE_SCRIPT_ATTR } from "./page-script/attrs";
import { islandBundles } from "./island/bundle";
import { nextPages } from "./site-pages";

/** The events that load an island: any first interaction inside it (capture, so no handler can hide one). */
export const INTERACTIONS = ["pointerdown", "keydown", "touchstart", "focusin", "input", "change"] as const;

/** The loader's `data-site-script` value. */
export const LOADER = "loader";

/** Where the page script is served: named by the hash of its content. */
export const pageScriptPath = (js: string) => `/scripts/page-${sha256Hex(js).slice(0, 20)}.js`;

/** The page script's file. */
export function pageScriptFile(): Output {
  const js = pageScript();
  return { path: pageScriptPath(js).slice(1), content: `${js}\n` };
}

/** A script of Next's runtime served as a file: any JavaScript under /_next/. */
export const isNextScriptPath = (p: string) => /^\/?_next\/.+\.m?js$/.test(p.replace(/[?#].*$/, ""));

/** A file of Next's RSC payload, read by its client router only: `index.txt` beside a page, `__next.<…>.txt`. */
export const isPayloadPath = (p: string) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(p);

/**
 * The loader: the page script after the first paint (at once when the query names a view), and each island's module
 * (name → served path) on the first interaction inside its element (at once when the query asks for it). A page
 * without islands gets the first part only.
 */
export function loaderScript(pageSrc: string, islands: Record<string, string>): string {
  const asks = (sel: string, attr: string) =>
    `[].some.call(document.querySelectorAll(${JSON.stringify(`${sel}[${attr}]`)}),function(e){return q.has(e.getAttribute("${attr}"))})`;
  const none = Object.keys(islands).length === 0;
  const island = none
    ? ""
    : `Object.keys(m).forEach(function(n){var d=0,sel='[${ISLAND_ATTR}="'+n+'"]';` +
      `function go(){if(d)return;d=1;t.forEach(function(k){removeEventListener(k,h,true)});` +
      `var x=document.createElement("script");x.type="module";x.src=m[n];document.head.appendChild(x)}` +
      `function h(v){if(v.target instanceof Element&&v.target.closest(sel))go()}` +
      `t.forEach(function(k){addEventListener(k,h,{capture:true,passive:true})});` +
      `if([].some.call(document.querySelectorAll(sel+"[${HYDRATE_FOR_ATTR}]"),function(e){return q.has(e.getAttribute("${HYDRATE_FOR_ATTR}"))}))go()});`;
  return (
    `(function(${none ? "p" : "p,m,t"}){var q=new URLSearchParams(location.search),e=0;` +
    `function page(){if(e)return;e=1;var s=document.createElement("script");s.src=p;document.body.appendChild(s)}` +
    `if(${asks("", "data-variants")})page();` +
    `else if((PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")>=0)` +
    `new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(page)}})` +
    `.observe({type:"paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(page)});` +
    island +
    `})(${JSON.stringify(pageSrc)}${none ? "" : `,${JSON.stringify(islands).replace(/</g, "\\u003c")},${JSON.stringify(INTERACTIONS)}`})`
  );
}

/**
 * A page Next wrote, as a static document: without any script that is not the site's own or link to Next's scripts,
 * and, when `withLoader`, with the loader (for the islands the page holds) before `</body>`, or its loader brought up
 * to date. `removed`: how many elements were taken out.
 */
export function staticPage(
  page: string,
  html: string,
  opts: { withLoader: boolean; pageSrc: string; islands: Record<string, string> },
): { html: string; removed: number } {
  const doc = parseHtml(html);
  const edits: Edit[] = [];
  const present = new Set<string>();
  let loader: ReturnType<typeof elements>[number] | null = null;
  for (const el of elements(doc)) {
    if (el.tagName === "script") {
      const own = attr(el, SITE_SCRIPT_ATTR);
      if (own === null) edits.push({ ...outerRange(el), text: "" });
      else if (own === LOADER) loader = el;
    } else if (el.tagName === "link") {
      const href = attr(el, "href") ?? "";
      const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
      const asScript = rel.includes("modulepreload") || (rel.includes("preload") && attr(el, "as") === "script");
      if (asScript || isNextScriptPath(href.replace(/^https?:\/\/[^/]+/, "")))
        edits.push({ ...outerRange(el), text: "" });
    }
    const island = attr(el, ISLAND_ATTR);
    if (island !== null) present.add(island);
  }
  const removed = edits.length;
  if (opts.withLoader) {
    const islands: Record<string, string> = {};
    for (const name of [...present].sort()) {
      const src = opts.islands[name];
      if (!src) throw new Error(`${page}: an element data-island="${name}", and no island bundle of that name`);
      islands[name] = src;
    }
    const js = loaderScript(opts.pageSrc, islands);
    if (!loader)
      edits.push({
        start: bodyEnd(page, doc),
        end: bodyEnd(page, doc),
        text: `<script ${SITE_SCRIPT_ATTR}="${LOADER}">${js}</script>`,
      });
    else if (rawText(html, loader) !== js) {
      const { start, end } = outerRange(loader);
      edits.push({ start, end, text: `<script ${SITE_SCRIPT_ATTR}="${LOADER}">${js}</script>` });
    }
  }
  return { html: edits.length ? applyEdits(html, edits) : html, removed };
}

/** The files next build wrote that only Next's runtime reads: its scripts and the RSC payloads. */
export function nextRuntimeFiles(site: SiteFiles): string[] {
  return site.list().filter((p) => isNextScriptPath(p) || isPayloadPath(p));
}

/**
 * Every page next build wrote as a static document (only pages that change), the loader in each of `pages` (the
 * site's pages, sitemap order), the page script's file and the islands' files. Embed pages are not Next's.
 */
export function staticPageFiles(site: SiteFiles, pages: string[]): Output[] {
  const js = pageScript();
  const islands = islandBundles();
  const withLoader = new Set(pages);
  const out: Output[] = [];
  for (const p of nextPages(site)) {
    const html = site.read(p).toString("utf8");
    const done = staticPage(p, html, {
      withLoader: withLoader.has(p),
      pageSrc: pageScriptPath(js),
      islands: islands.entries,
    });
    if (done.html !== html) out.push({ path: p, content: done.html });
  }
  return [...out, pageScriptFile(), ...islands.files];
}
