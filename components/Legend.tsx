/**
 * The legend of a figure: one swatch (bar, line or dot, in the series' colour token) and label per series. The
 * swatches are drawn as SVG, not as CSS backgrounds, so that they print with the browser's default settings
 * (background graphics off) and the series can still be told apart on paper.
 */
import type { Series } from "../lib/figures/types";

const SWATCH = { line: [20, 2], dot: [10, 10], bar: [12, 12] } as const;

export function Legend({ items, label }: { items: readonly Series[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={label}>
      {items.map((i) => {
        const [w, h] = SWATCH[i.shape === "line" || i.shape === "dot" ? i.shape : "bar"];
        return (
          <li key={i.label} className="flex items-center gap-1.5">
            <svg aria-hidden="true" width={w} height={h} data-swatch={i.token}>
              <rect
                width={w}
                height={h}
                rx={i.shape === "dot" ? w / 2 : undefined}
                style={{ fill: `var(--chart-${i.token})` }}
              />
            </svg>
            {i.label}
          </li>
        );
      })}
    </ul>
  );
}
