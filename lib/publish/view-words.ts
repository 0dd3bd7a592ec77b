/**
 * How a view of a figure is named wherever it travels alone (export images, embeds, oEmbed, briefing files,
 * citations): the figure's words plus the view's label when the figure has several views, so that a file or a pasted
 * chart says which view it holds.
 */
import type { Figure } from "../figures/types";

function viewLabel(fig: Figure, view: string): string {
  const v = fig.variants.find((x) => x.key === view);
  if (!v) throw new Error(`figure ${fig.id} has no view "${view}"`);
  return v.label;
}

/** The units line as printed on images, embeds and briefing files: the units, and the view's label when the figure
 *  has several. */
export function unitsLine(fig: Figure, view: string): string {
  const label = viewLabel(fig, view);
  return fig.variants.length > 1 ? `${fig.units} · ${label}` : fig.units;
}

/** A view's title: the figure's, and the view's label when the figure has several (an embed's iframe and oEmbed
 *  title, a citation's title). */
export function viewTitle(fig: Figure, view: string): string {
  const label = viewLabel(fig, view);
  return fig.variants.length > 1 ? `${fig.title} · ${label}` : fig.title;
}
