/**
 * Switch between pre-rendered views of a figure (e.g. France-declared / Russia-declared): radios and one panel per
 * view, the default view shown. The other views' panels are in the page empty, with the path of their content
 * (`data-panel-src`, moved out of the HTML by lib/publish/panels.ts). No React runs for it: the page script
 * (lib/publish/page-script/behaviour.ts, inlined in every page) shows the chosen view's panel, fetches its content and
 * its chart when the page does not carry them (every view but the default one), and keeps the view in the page's query
 * (`?<figure id>=<view>`, absent for the default), so a reload, a shared link or the language switch shows the same
 * view. Without JavaScript the default panel is shown.
 */
import type { ReactNode } from "react";
import { PANEL_SRC_ATTR } from "../lib/publish/panels";

export function VariantTabs({
  label,
  param,
  variants,
  loadError,
  children,
}: {
  label: string;
  /** the query parameter that holds the chosen view (the figure's id) */
  param: string;
  /** `src`: where the panel's content is served, for every view but the first (lib/publish/panels.ts) */
  variants: { key: string; label: string; src?: string }[];
  /** what a panel says when its content or chart could not be fetched */
  loadError: string;
  children: ReactNode[];
}) {
  return (
    <div data-variants={param} data-load-error={loadError}>
      <fieldset className="no-print mb-3 flex flex-wrap gap-2 text-sm">
        <legend className="mb-1 font-medium">{label}</legend>
        {variants.map((v, i) => (
          <label
            key={v.key}
            className="flex cursor-pointer items-center gap-1.5 rounded border border-gray-300 px-2 py-1 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:border-gray-600 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-950"
          >
            <input type="radio" name={`view-${param}`} value={v.key} defaultChecked={i === 0} />
            {v.label}
          </label>
        ))}
      </fieldset>
      {variants.map((v, i) => (
        <div key={v.key} hidden={i !== 0} data-variant-panel={v.key} {...(v.src ? { [PANEL_SRC_ATTR]: v.src } : {})}>
          {children[i]}
        </div>
      ))}
    </div>
  );
}
