/**
 * Names shared by the components, the page's loader (../static-pages.ts) and the island bundles, in a module with no
 * imports, so browser code can read them without pulling the build's code into a bundle.
 */

/** Marks the site's own `<script>`s: post-build removes every other script of a page (../static-pages.ts). */
export const SITE_SCRIPT_ATTR = "data-site-script";
/** An element that an island bundle mounts on: `data-island="<name>"` (../island/bundle.ts). */
export const ISLAND_ATTR = "data-island";
/** An island's props: `<script type="application/json" data-island-props="<name>">`, right after its element. */
export const ISLAND_PROPS_ATTR = "data-island-props";
/** An island whose `data-hydrate-for` names a query parameter that, when present, loads the island on load. */
export const HYDRATE_FOR_ATTR = "data-hydrate-for";
/** The year explorer's island. */
export const YEAR_EXPLORER = "year-explorer";
/** The query parameter that keeps the explorer's pair: `<csv name>-years`. */
export const yearsParam = (csv: string) => `${csv.replace(/\.csv$/, "")}-years`;
