/**
 * The views of a figure other than its default one, out of the page: fetched when a reader chooses them. A figure
 * with views (components/VariantTabs.tsx) shows one panel at a time; the others are `hidden`, so no reader, screen
 * reader or printer meets them until the page script (page-script/behaviour.ts) shows one. Kept in the page, they
 * cost every reader their bytes (up to 3.5 KB of brotli on the Russia page, a fifth of it) before the first paint.
 *
 * The page renders each such panel's content inside `<div data-panel-content="">`, in a panel carrying
 * `data-panel-src="<served path>"`. Postbuild (panel-files.ts) moves that content out of the HTML into the JSON file the
 * path names, `{"html": "…"}`, and leaves the element empty; the page script puts it back when the view is chosen, then
 * fetches its chart. This module holds what the components, the page script and postbuild share (it has no
 * dependencies, so the page script can bundle it).
 * The Embed and Cite panels of a figure (closed `<details>`, components/OnOpen.tsx) are such panels too, named
 * `<figure>--embed` and `<figure>--cite`, filled when opened.
 */
import type { Locale } from "../i18n/locales";

export const PANEL_SRC_ATTR = "data-panel-src";
/** The element inside a panel that holds its content (emptied here, filled again by the page script). */
export const PANEL_CONTENT_ATTR = "data-panel-content";

/** Where the site serves a view's panel: `/charts/panels/<locale>/<figure>--<view>.json`. */
export const servedPanelPath = (figure: string, view: string, locale: Locale) =>
  `/charts/panels/${locale}/${figure}--${view}.json`;

/** What a panel file holds. */
export interface PanelFile {
  html: string;
}
