"use client";
/**
 * Switch between pre-rendered views of a figure (e.g. France-declared / Russia-declared). The panels are
 * server-rendered; this only shows one. Without JavaScript the default panel is shown. The chosen view is kept in the
 * page's query (`?<figure id>=<view>`, absent for the default), so a reload, a shared link or the language switch
 * shows the same view. The charts of the views other than the default one are not in the page: they are fetched when
 * their view is shown (./on-demand-chart.ts), also when the query asks for one on load.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { drawOnDemand } from "./on-demand-chart";

export function VariantTabs({
  label,
  param,
  variants,
  children,
}: {
  label: string;
  /** the query parameter that holds the chosen view (the figure's id) */
  param: string;
  variants: { key: string; label: string }[];
  children: ReactNode[];
}) {
  const [current, setCurrent] = useState(variants[0].key);
  const name = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const panel = [...(root.current?.children ?? [])].find((el) => el.getAttribute("data-variant-panel") === current);
    if (panel) void drawOnDemand(panel);
  }, [current]);
  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get(param);
    if (asked && variants.some((v) => v.key === asked)) setCurrent(asked);
  }, [param, variants]);
  const choose = (key: string) => {
    setCurrent(key);
    const url = new URL(window.location.href);
    if (key === variants[0].key) url.searchParams.delete(param);
    else url.searchParams.set(param, key);
    window.history.replaceState(window.history.state, "", url);
  };
  return (
    <div ref={root}>
      <fieldset className="no-print mb-3 flex flex-wrap gap-2 text-sm">
        <legend className="mb-1 font-medium">{label}</legend>
        {variants.map((v) => (
          <label
            key={v.key}
            className="flex cursor-pointer items-center gap-1.5 rounded border border-gray-300 px-2 py-1 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-gray-600 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input type="radio" name={name} value={v.key} checked={current === v.key} onChange={() => choose(v.key)} />
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
