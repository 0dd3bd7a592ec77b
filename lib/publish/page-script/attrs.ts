/**
 * Names shared by the components and the page's loader (../late-scripts.ts), in a module with no imports, so a client
 * component can read them without pulling the build's code into the browser bundle.
 */

/** An element whose `data-hydrate-for` names a query parameter that, when present, needs React on load. */
export const HYDRATE_FOR_ATTR = "data-hydrate-for";
