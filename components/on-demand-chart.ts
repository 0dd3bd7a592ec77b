/**
 * Draws the charts of a view that the page does not carry (every view but a figure's default one: their placeholders
 * are `<div data-chart-svg-on-demand="<figure>/<variant>/<width>/<locale>">`, lib/publish/chart-markup.ts) by
 * fetching each one's SVG file, served by the site (servedSvgPath), into its placeholder, described by the element its
 * placeholder names (the view's takeaways), as the build does for the charts it inlines. Called by VariantTabs when a
 * view is shown. A placeholder already drawn, or being fetched, is left alone; a failed fetch is reported on the
 * console and tried again the next time the view is shown.
 */
import { ON_DEMAND_ATTR, servedSvgPath } from "../lib/publish/chart-svg/paths";

const pending = new WeakSet<Element>();

/** The served URL of an on-demand placeholder's SVG, or null if its name is not `<figure>/<variant>/<width>/<locale>`. */
export function onDemandUrl(name: string): string | null {
  const m = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)\/(\d+)\/([a-z]{2})$/.exec(name);
  return m ? servedSvgPath(m[1], m[2], Number(m[3]), m[4] as Parameters<typeof servedSvgPath>[3]) : null;
}

async function draw(el: Element): Promise<void> {
  const name = el.getAttribute(ON_DEMAND_ATTR) ?? "";
  const url = onDemandUrl(name);
  if (!url) throw new Error(`chart placeholder ${ON_DEMAND_ATTR}="${name}" does not name a chart`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  const svg = await res.text();
  if (!svg.startsWith("<svg")) throw new Error(`${url} is not an SVG`);
  el.innerHTML = svg;
  const describedBy = el.getAttribute("data-describedby");
  if (describedBy) el.firstElementChild?.setAttribute("aria-describedby", describedBy);
}

/** Fetches and draws every chart of `panel` that is not drawn yet. */
export function drawOnDemand(panel: Element): Promise<void> {
  const todo = [...panel.querySelectorAll(`[${ON_DEMAND_ATTR}]`)].filter(
    (el) => !el.firstElementChild && !pending.has(el),
  );
  return Promise.all(
    todo.map(async (el) => {
      pending.add(el);
      try {
        await draw(el);
      } catch (err) {
        console.error(`could not draw the chart: ${(err as Error).message}`);
      } finally {
        pending.delete(el);
      }
    }),
  ).then(() => undefined);
}
