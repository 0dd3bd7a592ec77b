/**
 * recharts names almost every element it draws with a class ("recharts-cartesian-axis-tick-value", …): about a tenth of
 * a render's brotli, styled by nothing. The renders come compacted already (lib/publish/chart-svg/render.ts:
 * coordinates rounded, attributes that draw nothing left out); these leave out the class names too. The chart pages
 * keep the root's, `recharts-surface`, which their stylesheet styles (`svg.recharts-surface text`); an embed, whose
 * stylesheet names no class of a chart, keeps none.
 */
const CHART_CLASS = /\sclass="recharts-[^"]*"/g;

function rootEnd(svg: string, what: string): number {
  if (!svg.startsWith("<svg")) throw new Error(`${what}: not an SVG`);
  return svg.indexOf(">") + 1;
}

/** The SVG without any of recharts' class names (an embed's renders). */
export function withoutChartClasses(svg: string): string {
  rootEnd(svg, "withoutChartClasses");
  return svg.replace(CHART_CLASS, "");
}

/** The SVG without recharts' class names but the root's (the chart pages' renders). */
export function withoutInnerChartClasses(svg: string): string {
  const end = rootEnd(svg, "withoutInnerChartClasses");
  return svg.slice(0, end) + svg.slice(end).replace(CHART_CLASS, "");
}
