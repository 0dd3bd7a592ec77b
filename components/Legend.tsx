/** The legend of a figure: one swatch (bar, line or dot, in the series' colour token) and label per series. */
import type { Series } from "../lib/figures/types";

export function Legend({ items, label }: { items: readonly Series[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={label}>
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={
              i.shape === "line"
                ? "inline-block h-0.5 w-5"
                : i.shape === "dot"
                  ? "inline-block h-2.5 w-2.5 rounded-full"
                  : "inline-block h-3 w-3"
            }
            style={{ background: `var(--chart-${i.token})` }}
          />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
