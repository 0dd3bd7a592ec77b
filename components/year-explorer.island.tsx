/**
 * The year explorer's island bundle (built by lib/publish/island/bundle.ts, loaded by the page's loader on the reader's
 * first interaction with the explorer): hydrates each `[data-island="year-explorer"]` element with React, from the
 * JSON props the element names (`data-island-props-src`, served by lib/publish/island-props.ts), fetched now. The
 * selects' values are read when the props have come: a choice made before is kept.
 */
import { hydrateRoot } from "react-dom/client";
import { YearPairExplorerApp, type YearPairExplorerProps } from "./YearPairExplorerApp";
import { ISLAND_ATTR, ISLAND_PROPS_SRC_ATTR, YEAR_EXPLORER } from "../lib/publish/page-script/attrs";

for (const el of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}="${YEAR_EXPLORER}"]`)) {
  const src = el.getAttribute(ISLAND_PROPS_SRC_ATTR);
  if (!src) throw new Error(`the year explorer names no props (${ISLAND_PROPS_SRC_ATTR})`);
  void fetch(src)
    .then((r) => {
      if (!r.ok) throw new Error(`the year explorer's props (${src}): HTTP ${r.status}`);
      return r.json() as Promise<YearPairExplorerProps>;
    })
    .then((props) => {
      const early = Object.fromEntries([...el.querySelectorAll("select")].map((s) => [s.name, s.value]));
      hydrateRoot(el, <YearPairExplorerApp {...props} early={early} />);
    });
}
