/** Table 1 chart: French exports to and imports from Russia (bars) and the balance (line), USD millions. */
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import type { BilateralRow } from "../../derive/bilateral";
import { color } from "../theme";
import { formatNumber } from "../../format";

export interface BilateralChartProps {
  rows: readonly BilateralRow[];
  width: number;
  height?: number;
  title?: string;
}

export function BilateralChart({ rows, width, height = Math.round(width * 0.55), title }: BilateralChartProps) {
  const narrow = width < 500;
  const data = rows.map((r) => ({ ...r, label: narrow ? `’${String(r.year).slice(2)}` : String(r.year) }));
  const tick = { fill: color("text"), fontSize: narrow ? 11 : 12 };
  const values = rows.flatMap((r) => [r.fr_exports_usd_m, r.fr_imports_usd_m, r.balance_usd_m]);
  const step = 5000;
  const lo = Math.min(0, Math.floor(Math.min(...values) / step) * step);
  const hi = Math.ceil(Math.max(...values) / step) * step;
  const ticks = Array.from({ length: (hi - lo) / step + 1 }, (_, i) => lo + i * step);
  return (
    <ComposedChart width={width} height={height} data={data} title={title} margin={{ top: 8, right: 8, bottom: 4, left: narrow ? 0 : 8 }} barGap={1}>
      <CartesianGrid stroke={color("grid")} vertical={false} />
      <XAxis dataKey="label" tick={tick} stroke={color("grid")} interval={narrow ? 1 : 0} />
      <YAxis domain={[lo, hi]} ticks={ticks} tick={tick} stroke={color("grid")} width={narrow ? 44 : 60} tickFormatter={(v: number) => (v === 0 ? "0" : formatNumber(v / 1000, 0) + "k")} />
      <ReferenceLine y={0} stroke={color("text")} />
      <Bar dataKey="fr_exports_usd_m" name="French exports to Russia" fill={color("exports")} isAnimationActive={false} />
      <Bar dataKey="fr_imports_usd_m" name="French imports from Russia" fill={color("imports")} isAnimationActive={false} />
      <Line dataKey="balance_usd_m" name="Balance (exports − imports)" stroke={color("balance")} strokeWidth={2} dot={{ r: narrow ? 2 : 3, fill: color("balance") }} isAnimationActive={false} />
    </ComposedChart>
  );
}
