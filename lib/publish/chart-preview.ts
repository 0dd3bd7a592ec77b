/** The attribute of a chart shown as a preview, in a module with no imports so that the page script can read it. */
export const PREVIEW_ATTR = "data-chart-preview";
