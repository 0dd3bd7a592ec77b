/**
 * Names shared by the components, the page's loader (../static-pages.ts) and the island bundles, in a module with no
 * imports, so browser code can read them without pulling the build's code into a bundle.
 */

/** Marks the site's own `<script>`s: post-build removes every other script of a page (../static-pages.ts). */
export const SITE_SCRIPT_ATTR = "data-site-script";
/** An element that an island bundle mounts on: `data-island="<name>"` (../island/bundle.ts). */
export const ISLAND_ATTR = "data-island";
/** An island's props as a page renders them: `<script type="application/json" data-island-props="<name>">`, right
 *  after its element; postbuild moves them into a file (../island-props.ts) */
export const ISLAND_PROPS_ATTR = "data-island-props";
/** Where an island's props are served, on its element: `data-island-props-src="/charts/islands/<name>-<hash>.json"`,
 *  fetched by its bundle when it mounts */
export const ISLAND_PROPS_SRC_ATTR = "data-island-props-src";
/** An island whose `data-hydrate-for` names a query parameter that, when present, loads the island on load. */
export const HYDRATE_FOR_ATTR = "data-hydrate-for";
/** The year explorer's island. */
export const YEAR_EXPLORER = "year-explorer";
/** The query parameter that keeps the explorer's pair: `<csv name>-years`. */
export const yearsParam = (csv: string) => `${csv.replace(/\.csv$/, "")}-years`;

/** In a citation's template (`data-accessed-template` on its field, lib/publish/cite.ts), where the page script puts
 *  the day the reader consults it: in the page's language, and as YYYY-MM-DD (BibTeX's urldate). Letters only, so
 *  that neither the message formatter nor BibTeX escaping changes them. */
export const ACCESSED_DAY = "ACCESSEDDAY";
export const ACCESSED_ISO = "ACCESSEDISO";
export const ACCESSED_TEMPLATE_ATTR = "data-accessed-template";
/** The BCP 47 tag the page script dates a citation in (the page's language as the site formats it: en-GB, not en). */
export const ACCESSED_TAG_ATTR = "data-accessed-tag";
