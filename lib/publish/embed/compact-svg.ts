/**
 * An embed carries two renders of its chart (a phone's and a desktop's, one shown by a CSS media query on the
 * iframe's width), where a bare page would carry one. The renders come compacted already (lib/publish/chart-svg/render.ts:
 * coordinates rounded, attributes that draw nothing left out); what an embed also leaves out is recharts' class names,
 * which no embed style refers to. The chart pages keep them: their stylesheet styles `svg.recharts-surface text`.
 */
export function withoutChartClasses(svg: string): string {
  if (!svg.startsWith("<svg")) throw new Error("withoutChartClasses: not an SVG");
  return svg.replace(/\sclass="recharts-[^"]*"/g, "");
}
