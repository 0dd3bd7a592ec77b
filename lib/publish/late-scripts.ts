/**
 * Next's JavaScript, and the page's RSC payload, fetched on the reader's first interaction. Every page is complete as
 * HTML (the charts are static SVG, the tables HTML), and what every reader may touch before that (a figure's view
 * switch, the copy buttons, the language link) is done by a few lines of plain DOM code (./page-script). The ~140 KB
 * gzip of React and Next's router then only serve the year explorer and Next's client navigation: hydrating the page
 * on a slow phone cost 100–150 ms of blocked main thread (Lighthouse's TBT) for nothing a reader had asked for.
 *
 * Postbuild rewrites each page Next wrote:
 * - its `<script src async>` tags and their preloads leave the page;
 * - its inline payload (`self.__next_f.push(…)`, one script after inline-flight.ts, less what html-only.ts took out)
 *   moves to a file named by its hash, `/_next/static/flight/<sha256>.js`, so the HTML a phone must download before
 *   its first paint no longer carries it;
 * - one small inline script at the end of the body (the loader):
 *   - loads the page script (./page-script, one file for the whole site, `/scripts/page-<sha256>.js`, cached from
 *     page to page) just after the first paint, so that no byte of it stands between a phone and that paint: in the
 *     page it cost ~1.8 KB of brotli, and the HTML of most pages fits the first ~14 KB round trip only without it. A
 *     page whose query names a figure's view (`[data-variants="<param>"]`) loads it at once, to show that view;
 *   - waits for the first pointerdown, keydown, touchstart, focusin, input or change, and appends the payload file
 *     then Next's scripts, in order (`async=false`: the payload must be queued before Next's client reads it), once
 *     the page script has run (a view it shows, and the query it sets, are then what React starts from). A page
 *     whose query asks for something only React draws (`[data-hydrate-for="<param>"]`, the explorer's year pair)
 *     loads them at once.
 * The loader is hashed into the page's CSP like every inline script (headers.ts); the files it loads are 'self'.
 */
import type { Output, SiteFiles } from "./files";
import { sha256Hex } from "./hash";
import { FLIGHT } from "./inline-flight";
import { pageScript } from "./page-script/bundle";
import { HYDRATE_FOR_ATTR } from "./page-script/attrs";

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="low")? href="(\/_next\/static\/[^"]+\.js)"\/>/g;

/** The events that load React: any first interaction with the page (capture, so no handler can hide one). */
export const INTERACTIONS = ["pointerdown", "keydown", "touchstart", "focusin", "input", "change"] as const;

/** Where a page's payload is served: named by the hash of its content. */
export const flightPath = (payload: string) => `/_next/static/flight/${sha256Hex(payload).slice(0, 20)}.js`;

/** Where the page script is served: named by the hash of its content. */
export const pageScriptPath = (js: string) => `/scripts/page-${sha256Hex(js).slice(0, 20)}.js`;

/** The page script's file. */
export function pageScriptFile(): Output {
  const js = pageScript();
  return { path: pageScriptPath(js).slice(1), content: `${js}\n` };
}

/**
 * The loader: the page script after the first paint (at once when the query names a view), and some script
 * addresses (JSON-encoded, `<` escaped) on the first interaction.
 */
export function loaderScript(srcs: string[], pageSrc: string): string {
  const list = JSON.stringify(srcs).replace(/</g, "\\u003c");
  const events = JSON.stringify(INTERACTIONS);
  const asks = (attr: string) =>
    `[].some.call(document.querySelectorAll("[${attr}]"),function(e){return q.has(e.getAttribute("${attr}"))})`;
  return (
    `(function(s,t,p){var q=new URLSearchParams(location.search),d=0,e=null,r=0,w=null;` +
    // the page script, once; `w`: Next's scripts waiting for it to have run, so that React starts from what it did
    `function page(){if(e)return;e=document.createElement("script");e.src=p;` +
    `e.onload=e.onerror=function(){r=1;if(w)w()};document.body.appendChild(e)}` +
    // after the first paint: once the browser reports it (its "paint" entry), else after the next frame
    `if(${asks("data-variants")})page();` +
    `else if((PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")>=0)` +
    `new PerformanceObserver(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(page)}})` +
    `.observe({type:"paint",buffered:true});` +
    `else requestAnimationFrame(function(){setTimeout(page)});` +
    `function next(){s.forEach(function(u){var x=document.createElement("script");x.src=u;x.async=false;document.head.appendChild(x)})}` +
    `function go(){if(d)return;d=1;t.forEach(function(n){removeEventListener(n,go,true)});if(r)next();else{w=next;page()}}` +
    `t.forEach(function(n){addEventListener(n,go,{capture:true,passive:true})});` +
    `if(${asks(HYDRATE_FOR_ATTR)})go()})(${list},${events},${JSON.stringify(pageSrc)})`
  );
}

/**
 * The page with Next's async scripts, their preloads and its inline payload replaced by the loader (the page script
 * after the first paint, the rest on the first interaction), and the payload file; unchanged (and no file) if it has
 * no Next scripts.
 */
export function lateScripts(page: string, html: string): { html: string; flight: Output | null } {
  const srcs = [...new Set([...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1]))];
  if (!srcs.length) return { html, flight: null };
  const preloads = new Set([...html.matchAll(PRELOAD)].map((m) => m[1]));
  const stray = [...preloads].filter((p) => !srcs.includes(p));
  if (stray.length) throw new Error(`${page}: preloaded scripts that are not loaded: ${stray.join(" ")}`);
  const payload = [...html.matchAll(FLIGHT)].map((m) => m[1]).join(";");
  const flight = payload ? { path: flightPath(payload).slice(1), content: `${payload};` } : null;
  const rest = html.replace(ASYNC_SCRIPT, "").replace(PRELOAD, "").replace(FLIGHT, "");
  const body = rest.lastIndexOf("</body>");
  if (body < 0) throw new Error(`${page}: no </body> to put the script loader before`);
  const loader = loaderScript(flight ? [`/${flight.path}`, ...srcs] : srcs, pageScriptPath(pageScript()));
  return { html: `${rest.slice(0, body)}<script>${loader}</script>${rest.slice(body)}`, flight };
}

/**
 * Every page of the site with its scripts loaded late (only pages that change), the payload files, and the page
 * script's file.
 */
export function lateScriptFiles(site: SiteFiles): Output[] {
  const out = site
    .list()
    .filter((p) => p.endsWith(".html"))
    .flatMap((p) => {
      const html = site.read(p).toString("utf8");
      const late = lateScripts(p, html);
      if (late.html === html) return [];
      return [{ path: p, content: late.html }, ...(late.flight ? [late.flight] : [])];
    });
  return [...out, pageScriptFile()];
}
