/**
 * recharts names almost every element it draws with a class ("recharts-cartesian-axis-tick-value", …), styled by
 * nothing, and wraps most of them in groups that carry nothing but that class: together about a tenth of a render's
 * brotli. The renders come compacted already (./render.ts: coordinates rounded, attributes that
 * draw nothing left out); these leave out the class names too, then the groups left bare (SVGO's collapseGroups and
 * removeEmptyContainers: their children in their place, the empty ones gone). The chart pages keep the root's class,
 * `recharts-surface`, which their stylesheet styles (`svg.recharts-surface text`); an embed, whose stylesheet names
 * no class of a chart, keeps none.
 */
import { optimize } from "svgo";

const CHART_CLASS = /\sclass="recharts-[^"]*"/g;

function rootEnd(svg: string, what: string): number {
  if (!svg.startsWith("<svg")) throw new Error(`${what}: not an SVG`);
  return svg.indexOf(">") + 1;
}

/** The groups without any attribute unwrapped, the empty ones gone. */
function withoutBareGroups(svg: string): string {
  return optimize(svg, {
    multipass: false,
    js2svg: { pretty: false },
    plugins: ["collapseGroups", "removeEmptyContainers"],
  }).data;
}

/** The SVG without any of recharts' class names, nor the groups they alone named (an embed's renders). */
export function withoutChartClasses(svg: string): string {
  rootEnd(svg, "withoutChartClasses");
  return withoutBareGroups(svg.replace(CHART_CLASS, ""));
}

/** The SVG without recharts' class names but the root's, nor the groups they alone named (the chart pages'
 *  renders). */
export function withoutInnerChartClasses(svg: string): string {
  const end = rootEnd(svg, "withoutInnerChartClasses");
  return withoutBareGroups(svg.slice(0, end) + svg.slice(end).replace(CHART_CLASS, ""));
}
