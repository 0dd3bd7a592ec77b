/**
 * Monthly series as lines on a time axis (the monthly trade page), with one dated mark (24 February 2022) drawn as a
 * labelled vertical line at its day within its month. The x axis is numeric: month i of the points spans [i, i + 1)
 * and its value is drawn at i + 0.5, so a mark on the 24th sits where the 24th falls. A month without a value is null
 * and breaks its line (never a zero). A series whose key is in no point is an error.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import { color } from "../theme";
import { formatNumber } from "../../format";
import type { ChartSpec } from "../types";
import type { Locale } from "../../i18n/locales";
import { markLabel } from "./labels";
import { niceScale } from "./GroupedBarChart";
import { markRecorder, type MarkSink } from "./marks";
import { chartSize, isNarrow, wrapLabel } from "./size";

export type MonthlyChartProps = Omit<Extract<ChartSpec, { kind: "monthly-lines" }>, "kind"> & {
  width: number;
  title?: string;
  /** the language of the ticks and of the mark's label (default English) */
  locale: Locale;
  /** receives where each month's point is drawn (./marks.tsx) */
  marks?: MarkSink;
};

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Position of a date (YYYY-MM-DD) on the axis of `periods` (consecutive months): month index + fraction of it. */
export function datePosition(periods: readonly string[], date: string): number {
  const i = periods.indexOf(date.slice(0, 7));
  if (i < 0) throw new Error(`monthly chart: the mark ${date} is outside the months drawn (${periods[0]}…)`);
  const [year, month, day] = date.split("-").map(Number);
  return i + (day - 1) / daysIn(year, month);
}

export function MonthlyChart({ points, series, mark, width, title, locale, marks }: MonthlyChartProps) {
  for (const s of series)
    if (!points.some((p) => typeof p.values[s.key] === "number"))
      throw new Error(`monthly chart: series "${s.key}" (${s.label}) has no value in any month`);
  const periods = points.map((p) => p.period);
  for (let i = 1; i < periods.length; i++)
    if (periods[i] <= periods[i - 1])
      throw new Error(`monthly chart: ${periods[i]} out of order after ${periods[i - 1]}`);
  const narrow = isNarrow(width);
  const { height } = chartSize({ kind: "monthly-lines", points, series, mark }, width);
  const data = points.map((p, i) => ({ x: i + 0.5, ...p.values }));
  const { domain, ticks } = niceScale(
    points.flatMap((p) => series.map((s) => p.values[s.key]).filter((v): v is number => typeof v === "number")),
  );
  // a tick at the start of each January, labelled with its year (every other year on a phone)
  const years = periods.map((p, i) => ({ i, p })).filter(({ p }) => p.endsWith("-01"));
  const xTicks = years.filter((_, k) => !narrow || k % 2 === 0).map(({ i }) => i);
  const tick = { fill: color("text"), fontSize: narrow ? 11 : 12 };
  const markX = datePosition(periods, mark.date);
  // the mark's label: after its line on a desktop; before it on a phone, where there is less room to its right, on as
  // many lines as the room left of the line needs (estimated at 0.66 em a character, as the slope's labels)
  const markFont = narrow ? 11 : 12;
  // wide enough for the longest tick (`2 000` in French and Russian) at 0.66 em a character, beside its mark and gap
  const yAxisWidth = Math.max(
    narrow ? 40 : 56,
    Math.ceil(Math.max(...ticks.map((t) => formatNumber(t, 0, locale).length)) * markFont * 0.66) + 8,
  );
  const leftOfMark = yAxisWidth + ((width - yAxisWidth - 8) * markX) / points.length - 4;
  const markLines = narrow
    ? wrapLabel(markLabel(mark, locale), Math.max(8, Math.floor(leftOfMark / (markFont * 0.66))))
    : [markLabel(mark, locale)];
  const markLineHeight = Math.round(markFont * 1.2);
  return (
    <LineChart
      width={width}
      height={height}
      data={data}
      title={title}
      margin={{
        top: 24 + (markLines.length - 1) * markLineHeight,
        right: narrow ? 8 : 16,
        bottom: 4,
        left: narrow ? 0 : 8,
      }}
    >
      <CartesianGrid stroke={color("grid")} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        domain={[0, points.length]}
        ticks={xTicks}
        tickFormatter={(v: number) => periods[v]?.slice(0, 4) ?? ""}
        tick={tick}
        stroke={color("grid")}
        allowDataOverflow
      />
      <YAxis
        domain={domain}
        ticks={ticks}
        tick={tick}
        stroke={color("grid")}
        width={yAxisWidth}
        tickFormatter={(v: number) => formatNumber(v, 0, locale)}
      />
      <ReferenceLine
        x={markX}
        stroke={color("text")}
        strokeDasharray="4 3"
        // the label's position from recharts' viewBox of the line (pixels, not data; 0 where recharts gives none)
        label={(p: { viewBox?: { x: number; y: number } }) => (
          <text
            x={(p.viewBox?.x ?? 0) + (narrow ? -4 : 4)}
            y={(p.viewBox?.y ?? 0) - 8 - (markLines.length - 1) * markLineHeight}
            textAnchor={narrow ? "end" : "start"}
            fontSize={markFont}
            fill={color("text")}
            data-mark={mark.date}
          >
            {markLines.length === 1
              ? markLines[0]
              : markLines.map((line, i) => (
                  <tspan key={i} x={(p.viewBox?.x ?? 0) + (narrow ? -4 : 4)} dy={i ? markLineHeight : 0}>
                    {line}
                  </tspan>
                ))}
          </text>
        )}
      />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={color(s.token)}
          strokeWidth={2}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        >
          {markRecorder(marks, s.key)}
        </Line>
      ))}
    </LineChart>
  );
}
