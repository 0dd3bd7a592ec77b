/**
 * Each chart's SVG markup once per page, from the renders drawn once per build (./chart-svg/read.ts). Components render an empty
 * placeholder, `<div data-chart-svg="<figure>/<variant>/<width>/<locale>"></div>` (components/ChartFigure.tsx,
 * `ChartSvg`), and this step, run by postbuild, puts the static SVG into it: every page that shows a chart carries the
 * same compacted render, and a chart's markup never passes through React.
 *
 * The views a reader has to choose (every view of a figure but its default one) are "on demand": their placeholder,
 * `<div data-chart-svg-on-demand="<figure>/<variant>/<width>/<locale>">`, stays empty in the page, and this step
 * serves the SVG as a file (chart-svg/paths.ts, servedSvgPath) that the view switch fetches and puts in when the view
 * is chosen (lib/publish/page-script/behaviour.ts), described by the same takeaways. The Russia page carried ~160 KB
 * of such SVGs that a reader who never switches never sees.
 *
 * Pages are read through an HTML parser and edited at its offsets (./html-edit.ts). A placeholder whose SVG cannot be
 * found (of either kind) stops the build, naming the page and the placeholder.
 */
import { staticChart } from "./chart-svg/read";
import { withoutInnerChartClasses } from "./chart-svg/compact-svg";
import type { Output, SiteFiles } from "./files";
import { servedSvgPath } from "./chart-svg/paths";
import { ON_DEMAND_ATTR, parseSlot, PLACEHOLDER_ATTR, slotName, type ChartSlot } from "./chart-slot";
import { applyEdits, attr, elements, innerRange, parseHtml, rawText, type Edit } from "./html-edit";

/** The static SVG for a slot: the render of that figure, view, width and language, drawn once per build, without
 *  recharts' class names but the root's, nor the groups they alone named (./chart-svg/compact-svg.ts). */
export function svgForSlot(slot: ChartSlot): string {
  const render = staticChart(slot.figure, slot.variant, slot.width, slot.locale);
  let svg = placed.get(render);
  if (svg === undefined) placed.set(render, (svg = withoutInnerChartClasses(render.svg)));
  return svg;
}
/** Each render as the pages carry it, once per render (a chart appears on several pages). */
const placed = new WeakMap<object, string>();

/** A chart's SVG made focusable, so that a keyboard reaches it and the exploration layer (explore/) can take it: the
 *  files of the views fetched when chosen (a page's own charts are made focusable by the page script). */
export function focusableSvg(svg: string, what: string): string {
  if (!svg.startsWith("<svg ")) throw new Error(`the static chart ${what} does not open with its <svg>`);
  return svg.replace(/^<svg /, '<svg tabindex="0" ');
}

/** The SVG as a page shows it: described by the element its placeholder names (the view's takeaways), if any. Not
 *  focusable in the HTML: the page script makes it so (explorable needs JavaScript), which keeps those bytes out of the
 *  page's first round trip. */
function placedSvg(slot: ChartSlot, describedBy: string | null, readSvg: (s: ChartSlot) => string): string {
  const svg = readSvg(slot);
  if (!describedBy) return svg;
  const described = svg.replace(/^<svg(\s+class="[^"]*")?/, `$& aria-describedby="${describedBy}"`);
  if (described === svg) throw new Error(`the static chart ${slotName(slot)} does not open with its <svg>`);
  return described;
}

/** Any placeholder's name in a page, to say which one failed. */
const where = (page: string, name: string) => `${page}: placeholder ${PLACEHOLDER_ATTR}="${name}"`;

/**
 * The page with each placeholder filled with its chart's SVG. A placeholder that already holds exactly its SVG is
 * left as it is (postbuild may run again over its own output). Stops (throws, naming the page and the placeholder) on
 * a placeholder holding anything else, with a malformed name, or whose SVG cannot be read.
 */
export function injectChartsInHtml(
  page: string,
  html: string,
  readSvg: (s: ChartSlot) => string = svgForSlot,
): { html: string; placed: number } {
  const edits: Edit[] = [];
  for (const el of elements(parseHtml(html))) {
    const name = attr(el, PLACEHOLDER_ATTR);
    if (name === null) continue;
    const slot = parseSlot(name);
    if (!slot) throw new Error(`${where(page, name)}: the name is not <figure>/<variant>/<width>/<locale>`);
    let svg: string;
    try {
      svg = placedSvg(slot, attr(el, "data-describedby"), readSvg);
    } catch (err) {
      throw new Error(`${where(page, name)} has no SVG: ${(err as Error).message}`);
    }
    const inner = innerRange(el);
    if (!inner) throw new Error(`${where(page, name)} is not closed`);
    if (inner.start === inner.end) edits.push({ ...inner, text: svg });
    else if (html.slice(inner.start, inner.end) !== svg)
      throw new Error(`${where(page, name)} is not empty and does not hold its SVG`);
  }
  return { html: edits.length ? applyEdits(html, edits) : html, placed: edits.length };
}

/**
 * The SVG file of each on-demand placeholder of a page, as the site serves it (servedSvgPath). Stops, naming the page
 * and the placeholder, on a malformed name, an SVG that cannot be read, or a placeholder that is not empty.
 */
export function onDemandSvgFiles(page: string, html: string, readSvg: (s: ChartSlot) => string = svgForSlot): Output[] {
  const out: Output[] = [];
  for (const el of elements(parseHtml(html))) {
    const name = attr(el, ON_DEMAND_ATTR);
    if (name === null) continue;
    const at = `${page}: placeholder ${ON_DEMAND_ATTR}="${name}"`;
    const slot = parseSlot(name);
    if (!slot) throw new Error(`${at}: the name is not <figure>/<variant>/<width>/<locale>`);
    if (el.childNodes.length) throw new Error(`${at} is not empty (its SVG is fetched when the view is chosen)`);
    let svg: string;
    try {
      svg = readSvg(slot);
    } catch (err) {
      throw new Error(`${at} has no SVG: ${(err as Error).message}`);
    }
    if (!svg.startsWith("<svg")) throw new Error(`${at}: the static chart does not open with its <svg>`);
    out.push({
      path: servedSvgPath(slot.figure, slot.variant, slot.width, slot.locale).slice(1),
      content: focusableSvg(svg, at),
    });
  }
  return out;
}

/**
 * Every page of the site with its charts' SVG put in (only pages that change), and the SVG file of every on-demand
 * view. Checks, for every page, that no placeholder is left empty, that every on-demand one names a chart that
 * exists, and that no script carries SVG markup.
 */
export function chartMarkupFiles(site: SiteFiles, readSvg: (s: ChartSlot) => string = svgForSlot): Output[] {
  const out: Output[] = [];
  const served = new Map<string, Output>();
  for (const p of site.list()) {
    if (!p.endsWith(".html")) continue;
    const html = site.read(p).toString("utf8");
    if (!html.includes(PLACEHOLDER_ATTR)) continue;
    for (const f of onDemandSvgFiles(p, html, readSvg)) served.set(f.path, f);
    const done = injectChartsInHtml(p, html, readSvg);
    for (const s of elements(parseHtml(done.html)))
      if (s.tagName === "script" && /<svg|\\u003csvg/i.test(rawText(done.html, s)))
        throw new Error(`${p}: a script holds SVG markup (a chart rendered without its placeholder?)`);
    if (done.placed) out.push({ path: p, content: done.html });
  }
  return [...out, ...served.values()];
}
