/**
 * Ranks per year as lines (France's rank among Russia's partners on each basis): years on the x axis, rank 1 at the
 * top, one line per basis with a dot at each year it has. A year a basis lacks is null and breaks its line, never a
 * rank of zero; a series with no rank in any year is an error.
 */
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { color } from "../theme";
import type { ChartSpec } from "../types";
import type { Locale } from "../../i18n/locales";
import { formatNumber } from "../../format";
import { markRecorder, type MarkSink } from "./marks";
import { chartSize, isNarrow } from "./size";

export type RankLinesProps = Omit<Extract<ChartSpec, { kind: "rank-lines" }>, "kind"> & {
  width: number;
  title?: string;
  locale: Locale;
  /** receives where each year's dot is drawn (./marks.tsx) */
  marks?: MarkSink;
};

export function RankLinesChart({ points, series, width, title, locale, marks }: RankLinesProps) {
  for (const s of series)
    if (!points.some((p) => typeof p.values[s.key] === "number"))
      throw new Error(`rank chart: series "${s.key}" (${s.label}) has no rank in any year`);
  const narrow = isNarrow(width);
  const { height } = chartSize({ kind: "rank-lines", points, series }, width);
  const ranks = points.flatMap((p) =>
    series.map((s) => p.values[s.key]).filter((v): v is number => typeof v === "number"),
  );
  const worst = Math.max(5, Math.ceil(Math.max(...ranks) / 5) * 5);
  const yTicks = [1, ...Array.from({ length: worst / 5 }, (_, i) => (i + 1) * 5)];
  const years = points.map((p) => p.year);
  const xTicks = years.filter((y) => y % (narrow ? 4 : 2) === 0);
  const tick = { fill: color("text"), fontSize: narrow ? 11 : 12 };
  return (
    <LineChart
      width={width}
      height={height}
      data={points.map((p) => ({ year: p.year, ...p.values }))}
      title={title}
      // room right of the last year's tick for half its label (it is centred on the axis' end)
      margin={{ top: 16, right: 16, bottom: 4, left: narrow ? 0 : 8 }}
    >
      <CartesianGrid stroke={color("grid")} vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={[years[0], years[years.length - 1]]}
        ticks={xTicks}
        tickFormatter={(v: number) => String(v)}
        tick={tick}
        stroke={color("grid")}
      />
      <YAxis
        reversed
        domain={[1, worst]}
        ticks={yTicks}
        allowDecimals={false}
        tick={tick}
        stroke={color("grid")}
        width={narrow ? 32 : 40}
        tickFormatter={(v: number) => formatNumber(v, 0, locale)}
      />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={color(s.token)}
          strokeWidth={2}
          dot={{ r: narrow ? 2.5 : 3, fill: color(s.token), stroke: color(s.token) }}
          connectNulls={false}
          isAnimationActive={false}
        >
          {markRecorder(marks, s.key)}
        </Line>
      ))}
    </LineChart>
  );
}
