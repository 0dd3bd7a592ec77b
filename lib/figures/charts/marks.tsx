/**
 * Where each data point is drawn, as recharts lays it out: the build renders a chart a second time with a sink
 * (lib/publish/explore/points.ts) to learn the box of every bar and the position of every line point, so that the
 * exploration layer can put a tooltip on the static SVG without measuring it in the browser. The recorder is a
 * LabelList that draws nothing; charts add it only when a sink is given, so the static SVG is never changed by it.
 */
import { LabelList } from "recharts";

/** A point's box in the SVG's user units: a bar's rectangle, or a line point (width and height 0). */
export interface MarkBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** Receives the box of point `index` of the series drawn from data key `series` (null when it has no value). */
export type MarkSink = (series: string, index: number, box: MarkBox | null) => void;

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
  value?: unknown;
}

/** A LabelList child for the Bar or Line of data key `series` that reports each point's box to `sink`. */
export function markRecorder(sink: MarkSink | undefined, series: string) {
  if (!sink) return null;
  return (
    <LabelList
      dataKey={series}
      content={(p: LabelProps) => {
        const index = Number(p.index);
        const x = Number(p.x);
        const y = Number(p.y);
        if (p.value === null || p.value === undefined || !Number.isFinite(x) || !Number.isFinite(y))
          sink(series, index, null);
        else {
          const w = Number(p.width ?? 0) || 0;
          const h = Number(p.height ?? 0) || 0;
          // a negative bar is drawn from its value down to the axis: keep the box's height positive
          sink(series, index, { x, y: h < 0 ? y + h : y, w, h: Math.abs(h) });
        }
        return null;
      }}
    />
  );
}
