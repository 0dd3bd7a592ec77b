/**
 * The year explorer's island bundle (built by lib/publish/island/bundle.ts, loaded by the page's loader on the reader's
 * first interaction with the explorer): hydrates each `[data-island="year-explorer"]` element with React, from the
 * JSON props that follow it. The selects' values are read first: a choice made before the bundle arrived is kept.
 */
import { hydrateRoot } from "react-dom/client";
import { YearPairExplorerApp, type YearPairExplorerProps } from "./YearPairExplorerApp";
import { ISLAND_ATTR, ISLAND_PROPS_ATTR, YEAR_EXPLORER } from "../lib/publish/page-script/attrs";

for (const el of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}="${YEAR_EXPLORER}"]`)) {
  const json = el.nextElementSibling;
  if (!(json instanceof HTMLScriptElement) || json.getAttribute(ISLAND_PROPS_ATTR) !== YEAR_EXPLORER)
    throw new Error(`the year explorer has no props (<script ${ISLAND_PROPS_ATTR}="${YEAR_EXPLORER}"> after it)`);
  const props = JSON.parse(json.textContent ?? "") as YearPairExplorerProps;
  const early = Object.fromEntries([...el.querySelectorAll("select")].map((s) => [s.name, s.value]));
  hydrateRoot(el, <YearPairExplorerApp {...props} early={early} />);
}
