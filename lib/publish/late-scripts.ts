/**
 * Next's JavaScript fetched once the page has painted. Every page is complete as HTML (the charts are static SVG, the
 * tables HTML): the ~140 KB gzip of React and Next's router only make the view switch, the copy buttons and the year
 * explorer work. Next writes them as `<script src async>` in the head (with a low-priority preload), so on a slow
 * phone connection they take bandwidth from the HTML and the stylesheet, and their parsing can delay the first
 * paint. Postbuild replaces them with one inline script at the end of the body that appends the same scripts (async,
 * same order) after the `load` event and the next frame. The inline payload scripts (`self.__next_f`) stay where
 * they are: they only queue data until Next's scripts run. The loader is hashed into the page's CSP like every inline
 * script (headers.ts).
 */
import type { Output, SiteFiles } from "./files";

const ASYNC_SCRIPT = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="low")? href="(\/_next\/static\/[^"]+\.js)"\/>/g;

/** The loader for some script addresses (JSON-encoded, `<` escaped). */
export function loaderScript(srcs: string[]): string {
  const list = JSON.stringify(srcs).replace(/</g, "\\u003c");
  return (
    `<script>(function(s){function go(){s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `function later(){requestAnimationFrame(function(){setTimeout(go,0)})}` +
    `document.readyState==="complete"?later():addEventListener("load",later)})(${list})</script>`
  );
}

/** The page with Next's async scripts (and their preloads) replaced by the loader; unchanged if it has none. */
export function lateScripts(page: string, html: string): string {
  const srcs = [...new Set([...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1]))];
  if (!srcs.length) return html;
  const body = html.lastIndexOf("</body>");
  if (body < 0) throw new Error(`${page}: no </body> to put the script loader before`);
  const preloads = new Set([...html.matchAll(PRELOAD)].map((m) => m[1]));
  const stray = [...preloads].filter((p) => !srcs.includes(p));
  if (stray.length) throw new Error(`${page}: preloaded scripts that are not loaded: ${stray.join(" ")}`);
  const out = html.slice(0, body).replace(ASYNC_SCRIPT, "").replace(PRELOAD, "");
  return out + loaderScript(srcs) + html.slice(body);
}

/** Every page of the site with its scripts loaded after the first paint (only pages that change). */
export function lateScriptFiles(site: SiteFiles): Output[] {
  return site
    .list()
    .filter((p) => p.endsWith(".html"))
    .flatMap((p) => {
      const html = site.read(p).toString("utf8");
      const late = lateScripts(p, html);
      return late === html ? [] : [{ path: p, content: late }];
    });
}
