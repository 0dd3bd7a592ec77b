import type { LegendItem } from "../lib/figures/types";

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={i.shape === "line" ? "inline-block h-0.5 w-5" : "inline-block h-3 w-3"}
            style={{ background: `var(--chart-${i.token})` }}
          />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
