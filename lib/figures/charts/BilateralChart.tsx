/**
 * Bars for two flows and a line for their balance, by year (Table 1). The series (data key, label, colour) come from
 * the figure definition; the y axis has round ticks every `tickStep` and always shows 0.
 */
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import { color } from "../theme";
import type { Locale } from "../../i18n/locales";
import { thousandsTick } from "./labels";
import type { ChartSpec } from "../types";
import { markRecorder, type MarkSink } from "./marks";
import { chartSize, isNarrow } from "./size";

export type BarsAndLineProps = Omit<Extract<ChartSpec, { kind: "bars-and-line" }>, "kind"> & {
  width: number;
  title?: string;
  /** the language of the ticks (default English) */
  locale: Locale;
  /** receives where each point is drawn (./marks.tsx) */
  marks?: MarkSink;
};

export function BilateralChart({ rows, bars, line, tickStep, width, title, locale, marks }: BarsAndLineProps) {
  const { height } = chartSize({ kind: "bars-and-line", rows, bars, line, tickStep }, width);
  const narrow = isNarrow(width);
  const data = rows.map((r) => ({ ...r, label: narrow ? `’${String(r.year).slice(2)}` : String(r.year) }));
  const tick = { fill: color("text"), fontSize: narrow ? 11 : 12 };
  // a null value (a flow the basis has no full year for) draws no bar and breaks the line; anything else not a number
  // means a series key that is not a numeric field of the rows
  const cells = rows.flatMap((r) => [...bars, line].map((s) => r[s.key]));
  if (cells.some((v) => v !== null && !Number.isFinite(v)))
    throw new Error(
      `bars-and-line chart: a series key is not a numeric field of the rows (${[...bars, line].map((s) => s.key).join(", ")})`,
    );
  const values = cells.filter((v): v is number => v !== null);
  const lo = Math.min(0, Math.floor(Math.min(...values) / tickStep) * tickStep);
  const hi = Math.ceil(Math.max(...values) / tickStep) * tickStep;
  const ticks = Array.from({ length: (hi - lo) / tickStep + 1 }, (_, i) => lo + i * tickStep);
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      title={title}
      margin={{ top: 8, right: 8, bottom: 4, left: narrow ? 0 : 8 }}
      barGap={1}
    >
      <CartesianGrid stroke={color("grid")} vertical={false} />
      <XAxis dataKey="label" tick={tick} stroke={color("grid")} interval={narrow ? 1 : 0} />
      <YAxis
        domain={[lo, hi]}
        ticks={ticks}
        tick={tick}
        stroke={color("grid")}
        // wide enough for the longest tick (`−10 000` where the language writes thousands in full, not `−10k`) at
        // 0.66 em a character, beside the tick mark and its gap (8)
        width={Math.max(
          narrow ? 44 : 60,
          Math.ceil(Math.max(...ticks.map((t) => thousandsTick(t, locale).length)) * tick.fontSize * 0.66) + 8,
        )}
        tickFormatter={(v: number) => thousandsTick(v, locale)}
      />
      <ReferenceLine y={0} stroke={color("text")} />
      {bars.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={color(s.token)} isAnimationActive={false}>
          {markRecorder(marks, s.key)}
        </Bar>
      ))}
      <Line
        dataKey={line.key}
        name={line.label}
        stroke={color(line.token)}
        strokeWidth={2}
        dot={{ r: narrow ? 2 : 3, fill: color(line.token) }}
        isAnimationActive={false}
      >
        {markRecorder(marks, line.key)}
      </Line>
    </ComposedChart>
  );
}
