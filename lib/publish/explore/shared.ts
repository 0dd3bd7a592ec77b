/**
 * What the build and the chart exploration layer (./client.ts) share, in a module with no imports so that browser
 * bundles can read it: where the layer's script and each chart's points are served, and the points file's shape.
 */

/** The exploration layer's script, one file for every page and embed. Named without a hash, so outside /scripts/
 *  (whose files are hashed and cached for a year), beside /embed-resize.js: the embeds' inline loader, allowed by its
 *  one hash in their Content-Security-Policy, names it (lib/publish/embed/script.ts). */
export const EXPLORE_SCRIPT_PATH = "/chart-explore.js";

/** A chart that can be explored: the static SVG of a figure's view, made focusable (by the page script on a page, in
 *  the markup of an embed or of a view fetched when chosen). */
export const EXPLORABLE = "svg[data-figure][tabindex]";

/** The events over a chart that load the exploration layer: focus (keyboard) and pointer entry (mouse, pen, touch). */
export const EXPLORE_EVENTS = ["focusin", "pointerover"] as const;

/** The window property where the page script leaves the position of the pointer event that loaded the layer (a
 *  tap that loads it shows its point's tooltip without a second tap). */
export const EXPLORE_AT = "frtExploreAt";

/** Where a view's points are served, in one language: `/charts/points/<locale>/<figure>--<view>.json`. */
export const pointsPath = (figure: string, variant: string, locale: string) =>
  `/charts/points/${locale}/${figure}--${variant}.json`;

/** One point: `t` what is announced (numbers as a screen reader reads them), `tip` what the tooltip shows when it
 *  differs (numbers as the table writes them), `hz` its tone (null when the point has no value). */
export interface ExplorePoint {
  t: string;
  tip?: string;
  hz: number | null;
}

/** A point's box in the SVG's user units, [x, y, width, height] (a line point has width and height 0). */
export type ExploreBox = [number, number, number, number];

/** A view's points file, in one language: its series in reading order (`drawn: false`: a series of the chart's rows
 *  it does not draw, after the drawn ones), each point's box in each render (by the render's width), and the words
 *  the layer says. */
export interface ExploreFile {
  series: { label: string; drawn?: false; points: ExplorePoint[] }[];
  boxes: Record<string, (ExploreBox | null)[][]>;
  words: { enter: string; role: string; soundOn: string; soundOff: string; playing: string[] };
}
