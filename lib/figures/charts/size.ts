/**
 * A chart's size at a width, from its spec alone (no recharts, no DOM): the chart components draw at this size, and
 * what is laid out around a chart without drawing it (the embed's declared height, on pages and embeds alike) reads
 * it here. lib/publish/chart-svg/render.ts stops the build if a drawing's viewBox ever differs from it.
 */
import type { ChartSpec, RankPoint } from "../types";

/** Below this width a chart is drawn in its narrow form (smaller ticks, fewer labels, taller aspect). */
export const isNarrow = (width: number) => width < 500;

/**
 * Words on lines of at most `chars` characters; a hyphenated word too long for a line breaks after its hyphen
 * (Royaume-/Uni), and a longer piece keeps a line of its own.
 */
export function wrapLabel(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > chars ? word.split(/(?<=-)/) : [word];
    pieces.forEach((piece, i) => {
      const last = lines[lines.length - 1];
      const sep = i > 0 ? "" : " ";
      if (last !== undefined && (i > 0 || lines.length > 0) && last.length + sep.length + piece.length <= chars)
        lines[lines.length - 1] = `${last}${sep}${piece}`;
      else lines.push(piece);
    });
  }
  return lines;
}

/**
 * The category axis of grouped bars: a name wider than its band (French CLDR names are longer: « R.A.S. chinoise de
 * Hong Kong ») is wrapped onto lines under its group rather than drawn over its neighbours, and the chart grows by a
 * line for each; the plot keeps its height.
 */
export function groupedBarAxis(names: readonly string[], width: number) {
  const narrow = isNarrow(width);
  const fontSize = narrow ? 11 : 12;
  const yAxisWidth = narrow ? 32 : 44;
  const band = (width - 8 - yAxisWidth) / Math.max(1, names.length);
  const lines = new Map(names.map((n) => [n, wrapLabel(n, Math.floor((band - 4) / (fontSize * 0.56)))]));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const lineHeight = Math.round(fontSize * 1.15);
  return {
    fontSize,
    yAxisWidth,
    lines,
    maxLines,
    lineHeight,
    height: Math.round(width * 0.5) + (maxLines - 1) * lineHeight,
  };
}

/** A grouped-bars datum's name as the axis shows it: the highlighted country marked ◆. */
export const barName = (d: { code: string; name: string }, highlight: string) =>
  d.code === highlight ? `${d.name} ◆` : d.name;

type Ranks = { year: number; ranks: readonly RankPoint[] };

/** The partners a slope draws (in either year's top), each with its two ranks, ordered by the later year's. */
export function slopeSeries(a: Ranks, b: Ranks, top: number) {
  const inTop = new Set([...a.ranks, ...b.ranks].filter((r) => r.rank <= top).map((r) => r.partner));
  const rankIn = (list: readonly RankPoint[], code: string) => list.find((r) => r.partner === code)?.rank;
  const names = new Map([...a.ranks, ...b.ranks].map((r) => [r.partner, r.name]));
  return [...inTop]
    .map((code) => ({ code, name: names.get(code)!, a: rankIn(a.ranks, code), b: rankIn(b.ranks, code) }))
    .sort((x, y) => (x.b ?? 999) - (y.b ?? 999));
}

/** The lowest rank a slope draws: a partner outside the top in a year (no rank) draws no point there. */
export const slopeMaxRank = (a: Ranks, b: Ranks, top: number) =>
  Math.max(top, ...slopeSeries(a, b, top).flatMap((s) => [s.a ?? 0, s.b ?? 0]));

/** A slope's height: a row per rank drawn, so a partner without a rank in a year adds no height. */
export const slopeHeight = (a: Ranks, b: Ranks, top: number, width: number): number =>
  Math.max(320, slopeMaxRank(a, b, top) * (isNarrow(width) ? 24 : 22) + 60);

/**
 * The room each side of a slope gives its labels ("Китай 1", "1 Китай"), and their font size: wide enough for the
 * longest label, estimated from its length (0.66 em a character, 0.72 em in bold: DejaVu Sans, the widest face a
 * reader's system-ui is likely to be, Chromium's on Linux, so the estimate errs on the side of room), between the chart's usual margin and what leaves the plot
 * its minimum width; a label too long even then is drawn smaller (down to 9 px) rather than cut at the chart's edge.
 */
export function slopeSides(labels: readonly { text: string; bold: boolean }[], width: number) {
  const narrow = isNarrow(width);
  const usual = narrow ? 122 : 170;
  const widest = (size: number) =>
    Math.max(0, ...labels.map((l) => Math.ceil(l.text.length * size * (l.bold ? 0.72 : 0.66))));
  const gap = 10; // from the dot to the label, and at the chart's edge
  const most = Math.floor((width - (narrow ? 60 : 200)) / 2);
  let fontSize = 12;
  if (widest(fontSize) + gap > most) fontSize = Math.max(9, Math.floor((fontSize * (most - gap)) / widest(fontSize)));
  return { side: Math.min(most, Math.max(usual, widest(fontSize) + gap)), fontSize };
}

/** The size a spec is drawn at, `width` wide. */
export function chartSize(spec: ChartSpec, width: number): { width: number; height: number } {
  const narrow = isNarrow(width);
  switch (spec.kind) {
    case "bars-and-line":
      return { width, height: Math.round(width * 0.55) };
    case "slope":
      return { width, height: slopeHeight(spec.a, spec.b, spec.top, width) };
    case "grouped-bars":
      return {
        width,
        height: groupedBarAxis(
          spec.data.map((d) => barName(d, spec.highlight)),
          width,
        ).height,
      };
    case "monthly-lines":
      return { width, height: Math.round(width * (narrow ? 0.75 : 0.5)) };
    case "rank-lines":
      return { width, height: Math.round(width * (narrow ? 0.8 : 0.5)) };
  }
}
