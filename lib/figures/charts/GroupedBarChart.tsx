/**
 * Grouped vertical bars, one group per country and one bar per series (the FDI figures: a year per series).
 * A value the source does not state is null and has no bar (not a zero). A series whose key is in no datum is an
 * error, so relabelling a series can never make its bars vanish silently.
 */
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { color } from "../theme";
import type { ChartSpec } from "../types";
import type { Locale } from "../../i18n/locales";
import { tickNumber, valueLabel } from "./labels";
import { markRecorder, type MarkSink } from "./marks";
import { barName, groupedBarAxis, isNarrow } from "./size";

export type GroupedBarsProps = Omit<Extract<ChartSpec, { kind: "grouped-bars" }>, "kind"> & {
  width: number;
  title?: string;
  /** the language of the ticks and value labels (default English) */
  locale: Locale;
  /** receives where each bar is drawn (./marks.tsx) */
  marks?: MarkSink;
};

export function GroupedBarChart({ data, series, highlight, width, title, decimals, locale, marks }: GroupedBarsProps) {
  for (const s of series) {
    if (!data.some((d) => s.key in d.values))
      throw new Error(`grouped-bars chart: series "${s.key}" (${s.label}) is in no datum`);
  }
  const narrow = isNarrow(width);
  const rows = data.map((d) => ({ name: barName(d, highlight), ...d.values }));
  // names too wide for their band wrap onto lines, and the chart grows by a line for each (./size.ts)
  const { fontSize, yAxisWidth, lines, maxLines, lineHeight, height } = groupedBarAxis(
    rows.map((r) => r.name),
    width,
  );
  const tick = { fill: color("text"), fontSize };
  const { domain, ticks } = niceScale(
    data.flatMap((d) => Object.values(d.values).filter((v): v is number => v !== null)),
  );
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      title={title}
      margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
      barGap={2}
    >
      <CartesianGrid stroke={color("grid")} vertical={false} />
      <XAxis
        dataKey="name"
        tick={
          maxLines === 1
            ? tick
            : (p: { x: number; y: number; payload: { value: string } }) => (
                <text x={p.x} y={p.y} textAnchor="middle" fill={tick.fill} fontSize={tick.fontSize}>
                  {(lines.get(p.payload.value) ?? [p.payload.value]).map((line, i) => (
                    <tspan key={i} x={p.x} dy={i === 0 ? "0.71em" : lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              )
        }
        height={30 + (maxLines - 1) * lineHeight}
        stroke={color("grid")}
        interval={0}
      />
      <YAxis
        domain={domain}
        ticks={ticks}
        tick={tick}
        stroke={color("grid")}
        width={yAxisWidth}
        tickFormatter={(v: number) => tickNumber(v, locale)}
      />
      <ReferenceLine y={0} stroke={color("text")} />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={color(s.token)} isAnimationActive={false}>
          <LabelList
            dataKey={s.key}
            position="top"
            fontSize={narrow ? 9 : 11}
            fill={color("text")}
            formatter={(v: number) => (v === null || v === undefined ? "" : valueLabel(v, decimals, locale))}
          />
          {markRecorder(marks, s.key)}
        </Bar>
      ))}
    </BarChart>
  );
}

/** Round axis ends and 4–6 ticks at 1, 2 or 5 × 10^k, always including 0. */
export function niceScale(values: number[]): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const raw = (hi - lo) / 5 || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t / mag) * mag);
  return { domain: [min, max], ticks };
}
