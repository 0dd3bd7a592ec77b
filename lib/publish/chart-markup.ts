/**
 * Each chart's SVG markup once per page. A server component's output is written twice by Next: as HTML, and again
 * inside the page's RSC payload (the inline `self.__next_f.push(…)` script that hydration reads), so an SVG inlined by
 * a component was sent twice (351 KB of the Russia page's 601 KB). Instead, components render an empty placeholder,
 * `<div data-chart-svg="<figure>/<variant>/<width>/<locale>"></div>` with `dangerouslySetInnerHTML={{ __html: "" }}`
 * (components/ChartFigure.tsx, `ChartSvg`), and this step, run by postbuild, puts the static SVG into the HTML only.
 * React does not compare an element's inner HTML when it hydrates one rendered with dangerouslySetInnerHTML (it
 * neither descends into it nor patches it in production), so the chart stays after hydration and after re-renders.
 *
 * The RSC payload files (`*.txt`) are what the client router renders from on a client-side navigation (e.g. the
 * claims page's links): the SVG is put into them too, as the placeholder's inner HTML, so a chart reached that way
 * is drawn; only the HTML's inline payload, which hydrates markup that already holds the SVG, goes without.
 *
 * The views a reader has to choose (every view of a figure but its default one) are "on demand": their placeholder,
 * `<div data-chart-svg-on-demand="<figure>/<variant>/<width>/<locale>">`, stays empty in the page and its payloads,
 * and this step serves the SVG as a file (chart-svg/paths.ts, servedSvgPath) that the view switch fetches and puts in
 * when the view is chosen (lib/publish/page-script/behaviour.ts), described by the same takeaways. The Russia page carried
 * ~160 KB of such SVGs that a reader who never switches never sees.
 *
 * A placeholder whose SVG cannot be found (of either kind) stops the build, naming the page and the placeholder.
 */
import { isLocale, type Locale } from "../i18n/locales";
import { staticChart } from "./chart-svg/read";
import type { Output, SiteFiles } from "./files";
import { ON_DEMAND_ATTR, servedSvgPath } from "./chart-svg/paths";

export const PLACEHOLDER_ATTR = "data-chart-svg";
/** A view's chart fetched when the view is chosen (never filled by the build). */
export { ON_DEMAND_ATTR };

export interface ChartSlot {
  figure: string;
  variant: string;
  width: number;
  locale: Locale;
}

/** The placeholder's attribute value for a slot: `<figure>/<variant>/<width>/<locale>`. */
export const slotName = (s: ChartSlot) => `${s.figure}/${s.variant}/${s.width}/${s.locale}`;

export function parseSlot(value: string): ChartSlot | null {
  const m = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)\/(\d+)\/([a-z]{2})$/.exec(value);
  if (!m || !isLocale(m[4])) return null;
  return { figure: m[1], variant: m[2], width: Number(m[3]), locale: m[4] };
}

/** The static SVG for a slot: the render of that figure, view, width and language written by prebuild. */
export function svgForSlot(slot: ChartSlot): string {
  return staticChart(slot.figure, slot.variant, slot.width, slot.locale).svg;
}

/** The SVG as a page shows it: described by the element its placeholder names (the view's takeaways), if any. */
function placedSvg(slot: ChartSlot, describedBy: string | null, readSvg: (s: ChartSlot) => string): string {
  const svg = readSvg(slot);
  if (!describedBy) return svg;
  const described = svg.replace(/^<svg(\s+class="[^"]*")?/, `$& aria-describedby="${describedBy}"`);
  if (described === svg) throw new Error(`the static chart ${slotName(slot)} does not open with its <svg>`);
  return described;
}

// An empty placeholder as React writes it: <div …data-chart-svg="…"…></div> (never inside a script: there its
// quotes are escaped). Attribute order is React's, so both attributes are searched within the tag.
const PLACEHOLDER = /<div\b([^>]*?)\sdata-chart-svg="([^"]*)"([^>]*)>(<\/div>)?/g;
const DESCRIBED_BY = /\sdata-describedby="([^"]*)"/;

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
  let placed = 0;
  const out = html.replace(
    PLACEHOLDER,
    (tag, before: string, name: string, after: string, close: string | undefined, at: number, all: string) => {
      const slot = parseSlot(name);
      if (!slot) throw new Error(`${where(page, name)}: the name is not <figure>/<variant>/<width>/<locale>`);
      let svg: string;
      try {
        svg = placedSvg(slot, DESCRIBED_BY.exec(before + after)?.[1] ?? null, readSvg);
      } catch (err) {
        throw new Error(`${where(page, name)} has no SVG: ${(err as Error).message}`);
      }
      if (!close) {
        if (all.startsWith(`${svg}</div>`, at + tag.length)) return tag;
        throw new Error(`${where(page, name)} is not empty and does not hold its SVG`);
      }
      placed++;
      return `<div${before} ${PLACEHOLDER_ATTR}="${name}"${after}>${svg}</div>`;
    },
  );
  return { html: out, placed };
}

// The placeholder's props in an RSC payload row: {"…","data-chart-svg":"<name>",…,"dangerouslySetInnerHTML":{"__html":…}}
const PAYLOAD_PLACEHOLDER =
  /"data-chart-svg":"([^"\\]*)"((?:,"[a-zA-Z-]+":"[^"\\]*")*),"dangerouslySetInnerHTML":\{"__html":("(?:[^"\\]|\\.)*")\}/g;

/**
 * An RSC payload (`.txt`) with each placeholder's inner HTML set to its SVG, for client-side navigations (one that
 * already holds exactly its SVG is left as it is).
 */
export function injectChartsInPayload(
  file: string,
  text: string,
  readSvg: (s: ChartSlot) => string = svgForSlot,
): { text: string; placed: number } {
  let placed = 0;
  let seen = 0;
  const out = text.replace(PAYLOAD_PLACEHOLDER, (m, name: string, more: string, inner: string) => {
    seen++;
    const slot = parseSlot(name);
    if (!slot) throw new Error(`${where(file, name)}: the name is not <figure>/<variant>/<width>/<locale>`);
    let svg: string;
    try {
      svg = placedSvg(slot, /"data-describedby":"([^"\\]*)"/.exec(more)?.[1] ?? null, readSvg);
    } catch (err) {
      throw new Error(`${where(file, name)} has no SVG: ${(err as Error).message}`);
    }
    if (inner === JSON.stringify(svg)) return m;
    if (inner !== '""') throw new Error(`${where(file, name)} is not empty and does not hold its SVG`);
    placed++;
    return `"data-chart-svg":"${name}"${more},"dangerouslySetInnerHTML":{"__html":${JSON.stringify(svg)}}`;
  });
  // Any other mention of a placeholder (another prop order, an escaped form) would be a chart drawn empty.
  const left = (out.match(/"data-chart-svg":/g) ?? []).length;
  if (left !== seen)
    throw new Error(`${file}: ${left - seen} chart placeholder(s) in the RSC payload could not be filled`);
  return { text: out, placed };
}

const ON_DEMAND = /<div\b[^>]*\sdata-chart-svg-on-demand="([^"]*)"[^>]*>(<\/div>)?/g;

/**
 * The SVG file of each on-demand placeholder of a page, as the site serves it (servedSvgPath). Stops, naming the page
 * and the placeholder, on a malformed name, an SVG that cannot be read, or a placeholder that is not empty.
 */
export function onDemandSvgFiles(page: string, html: string, readSvg: (s: ChartSlot) => string = svgForSlot): Output[] {
  const out: Output[] = [];
  for (const [, name, close] of html.matchAll(ON_DEMAND)) {
    const at = `${page}: placeholder ${ON_DEMAND_ATTR}="${name}"`;
    const slot = parseSlot(name);
    if (!slot) throw new Error(`${at}: the name is not <figure>/<variant>/<width>/<locale>`);
    if (!close) throw new Error(`${at} is not empty (its SVG is fetched when the view is chosen)`);
    let svg: string;
    try {
      svg = readSvg(slot);
    } catch (err) {
      throw new Error(`${at} has no SVG: ${(err as Error).message}`);
    }
    if (!svg.startsWith("<svg")) throw new Error(`${at}: the static chart does not open with its <svg>`);
    out.push({ path: servedSvgPath(slot.figure, slot.variant, slot.width, slot.locale).slice(1), content: svg });
  }
  return out;
}

/**
 * Every page (HTML) and RSC payload (.txt) of the site with its charts' SVG put in (only files that change), and the
 * SVG file of every on-demand view. Checks, for every page, that no placeholder is left empty, that every on-demand
 * one names a chart that exists, and that no inline script carries SVG markup.
 */
export function chartMarkupFiles(site: SiteFiles, readSvg: (s: ChartSlot) => string = svgForSlot): Output[] {
  const out: Output[] = [];
  const served = new Map<string, Output>();
  for (const p of site.list()) {
    if (p.endsWith(".html")) {
      const html = site.read(p).toString("utf8");
      if (!html.includes(PLACEHOLDER_ATTR)) continue;
      for (const f of onDemandSvgFiles(p, html, readSvg)) served.set(f.path, f);
      const done = injectChartsInHtml(p, html, readSvg);
      for (const s of done.html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
        if (/<svg|\\u003csvg/i.test(s[1]))
          throw new Error(`${p}: an inline script holds SVG markup (a chart rendered without its placeholder?)`);
      if (done.placed) out.push({ path: p, content: done.html });
    } else if (p.endsWith(".txt")) {
      const text = site.read(p).toString("utf8");
      if (!text.includes(`"${PLACEHOLDER_ATTR}"`)) continue;
      const done = injectChartsInPayload(p, text, readSvg);
      if (done.placed) out.push({ path: p, content: done.text });
    }
  }
  return [...out, ...served.values()];
}
