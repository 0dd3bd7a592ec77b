/**
 * Addresses and embed code of a figure's embed (what the chart pages show in their Embed panel and what the
 * oEmbed JSON carries). Safe to import from app/: no react-dom/server, no resvg.
 */
import { WIDTHS } from "../chart-svg/paths";
import { staticChart } from "../chart-svg/read";
import { escapeAttr } from "../../html";
import type { Figure } from "../../figures/types";
import { SITE } from "../../site";

export const embedPath = (id: string) => `/embed/${id}/`;
export const embedUrl = (id: string) => `${SITE.url}${embedPath(id)}`;
export const oembedPath = (id: string) => `/embed/${id}/oembed.json`;
export const oembedUrl = (id: string) => `${SITE.url}${oembedPath(id)}`;
export const RESIZER_PATH = "/embed-resize.js";
export const resizerUrl = () => `${SITE.url}${RESIZER_PATH}`;

/** Width the embed is designed for (the wide chart plus the page padding), used as the oEmbed width. */
export const EMBED_WIDTH = WIDTHS.wide;

/**
 * A starting height for the iframe before the embed reports its own: the wide chart scaled to EMBED_WIDTH plus
 * room for title, units, legend and source (the resizer then sets the exact height).
 */
export function embedHeight(fig: Figure): number {
  const wide = staticChart(fig.id, fig.variants[0].key, WIDTHS.wide);
  return Math.round((wide.height * (EMBED_WIDTH - 24)) / wide.width + 175);
}

export function iframeHtml(fig: Figure): string {
  return `<iframe title="${escapeAttr(fig.title)}" src="${embedUrl(fig.id)}" width="100%" height="${embedHeight(fig)}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>`;
}

/** What a user pastes: the iframe and, once per page, the resizer script. */
export function embedCode(fig: Figure): string {
  return `${iframeHtml(fig)}\n<script src="${resizerUrl()}" async></script>`;
}
