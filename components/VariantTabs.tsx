"use client";
/**
 * Switch between pre-rendered views of a figure (e.g. France-declared / Russia-declared). The panels are
 * server-rendered; this only shows one. Without JavaScript the default panel is shown.
 */
import { useId, useState, type ReactNode } from "react";

export function VariantTabs({
  label,
  variants,
  children,
}: {
  label: string;
  variants: { key: string; label: string }[];
  children: ReactNode[];
}) {
  const [current, setCurrent] = useState(variants[0].key);
  const name = useId();
  return (
    <div>
      <fieldset className="no-print mb-3 flex flex-wrap gap-2 text-sm">
        <legend className="mb-1 font-medium">{label}</legend>
        {variants.map((v) => (
          <label
            key={v.key}
            className="flex cursor-pointer items-center gap-1.5 rounded border border-gray-300 px-2 py-1 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-gray-600 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input
              type="radio"
              name={name}
              value={v.key}
              checked={current === v.key}
              onChange={() => setCurrent(v.key)}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      {variants.map((v, i) => (
        <div key={v.key} hidden={current !== v.key} data-variant-panel={v.key}>
          {children[i]}
        </div>
      ))}
    </div>
  );
}
