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
 * `<figure>--embed` and `<figure>--cite` (`<figure>--<view>--embed`, `--cite` for a view but the default), filled
 * when opened; so is the block of files of each view but the default (`<figure>--<view>--files`), which holds its
 * view's Embed and Cite panels: a panel inside a panel gets its own file (panel-files.ts).
 */
import type { Locale } from "../i18n/locales";

export const PANEL_SRC_ATTR = "data-panel-src";
/** The element inside a panel that holds its content (emptied here, filled again by the page script). */
export const PANEL_CONTENT_ATTR = "data-panel-content";

/** The element holding a figure's per-view blocks of files (components/ChartFigure.tsx): its value is the figure's
 *  id, and the page script shows the block of the view chosen in that figure's view switch. */
export const VIEW_FILES_ATTR = "data-view-files";
/** One view's block of files in it: its value is the view's key. */
export const VIEW_FILES_PANEL_ATTR = "data-view-files-panel";

/** Where the site serves a view's panel: `/charts/panels/<locale>/<figure>--<view>.json`. */
export const servedPanelPath = (figure: string, view: string, locale: Locale) =>
  `/charts/panels/${locale}/${figure}--${view}.json`;

/** What a panel file holds. */
export interface PanelFile {
  html: string;
}
