/**
 * Change of rank between two years as a slope chart: one line per partner from its rank in year A to its rank
 * in year B (rank 1 at the top). Partners in the top N of either year are drawn; the highlighted partner is
 * drawn last, thick and in the highlight colour.
 */
import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from "recharts";
import { color } from "../theme";
import type { ChartSpec } from "../types";
import type { Locale } from "../../i18n/locales";
import { formatNumber } from "../../format";
import { markRecorder, type MarkSink } from "./marks";
import { slopeHeight, slopeMaxRank, slopeSeries, slopeSides } from "./size";

export type RankSlopeChartProps = Omit<Extract<ChartSpec, { kind: "slope" }>, "kind"> & {
  width: number;
  title?: string;
  /** the language of the rank numbers (default English) */
  locale: Locale;
  /** receives where each partner's two points are drawn (./marks.tsx) */
  marks?: MarkSink;
  /** a year as the axis shows it, where it is more than the year (an IMF estimate) */
  yearLabel?: (year: number) => string;
};

export function RankSlopeChart({
  a,
  b,
  top,
  highlight,
  width,
  title,
  locale,
  marks,
  yearLabel = String,
}: RankSlopeChartProps) {
  const series = slopeSeries(a, b, top);
  const maxRank = slopeMaxRank(a, b, top);
  const h = slopeHeight(a, b, top, width);
  const data = [{ x: yearLabel(a.year) }, { x: yearLabel(b.year) }].map((d, i) => {
    const row: Record<string, string | number | null> = { ...d };
    for (const s of series) row[s.code] = (i === 0 ? s.a : s.b) ?? null;
    return row;
  });
  const ordered = [...series.filter((s) => s.code !== highlight), ...series.filter((s) => s.code === highlight)];
  const label = (name: string, rank: number, left: boolean) =>
    left ? `${name} ${formatNumber(rank, 0, locale)}` : `${formatNumber(rank, 0, locale)} ${name}`;
  // each side wide enough for its longest label (a long Russian or French name), or the labels drawn smaller
  const labels = series.flatMap((s) => {
    const bold = s.code === highlight;
    return [
      ...(s.a === undefined ? [] : [{ text: label(s.name, s.a, true), bold }]),
      ...(s.b === undefined ? [] : [{ text: label(s.name, s.b, false), bold }]),
    ];
  });
  const { side, fontSize } = slopeSides(labels, width);
  return (
    <LineChart
      width={width}
      height={h}
      data={data}
      title={title}
      margin={{ top: 24, right: side, bottom: 8, left: side }}
    >
      <CartesianGrid stroke={color("grid")} horizontal={false} />
      <XAxis
        dataKey="x"
        orientation="top"
        axisLine={false}
        tickLine={false}
        tick={{ fill: color("text"), fontSize: 13, fontWeight: 700 }}
        padding={{ left: 0, right: 0 }}
      />
      <YAxis reversed domain={[1, maxRank]} hide allowDecimals={false} />
      {ordered.map((s) => {
        const hi = s.code === highlight;
        const stroke = hi ? color("highlight") : color("muted");
        return (
          <Line
            key={s.code}
            dataKey={s.code}
            name={s.name}
            stroke={stroke}
            strokeWidth={hi ? 3.5 : 1.25}
            dot={{ r: hi ? 4 : 2.5, fill: stroke, stroke }}
            isAnimationActive={false}
            connectNulls={false}
          >
            <LabelList
              dataKey={s.code}
              content={(p) => {
                const { x, y, index, value } = p as { x: number; y: number; index: number; value: number | null };
                if (value === null || value === undefined) return null;
                const left = index === 0;
                return (
                  <text
                    x={left ? x - 8 : x + 8}
                    y={y}
                    dy="0.35em"
                    textAnchor={left ? "end" : "start"}
                    fontSize={fontSize}
                    fontWeight={hi ? 700 : 400}
                    fill={hi ? color("highlight") : color("text")}
                  >
                    {label(s.name, value, left)}
                  </text>
                );
              }}
            />
            {markRecorder(marks, s.code)}
          </Line>
        );
      })}
    </LineChart>
  );
}
