/** Addresses of a figure's export images and page (stable: /charts/img/<id>.svg|png). */
import type { Figure } from "../figures/types";
import { SITE } from "../site";

export const imagePath = (id: string, ext: "svg" | "png") => `charts/img/${id}.${ext}`;
/** Absolute URL of an export image. */
export const imageUrl = (id: string, ext: "svg" | "png") => `${SITE.url}/${imagePath(id, ext)}`;
/** The path of a chart page: the one place that spells it. */
export const chartPagePath = (slug: string) => `/charts/${slug}/`;
/** The chart page a figure lives on, and the figure on it. */
export const chartPageUrl = (fig: Figure) => `${SITE.url}${chartPagePath(fig.page)}`;
export const figureUrl = (fig: Figure) => `${chartPageUrl(fig)}#${fig.id}`;
