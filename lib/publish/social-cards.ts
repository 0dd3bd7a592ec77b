/**
 * The size of each page's social card, from the export image composed in memory (./images/images.ts): a chart page
 * names its first figure's export PNG as its card (og:image, twitter:image, set by the page's metadata), and this
 * step, run by postbuild, adds the PNG's width and height after each (og:image:width and :height, twitter:image:width
 * and :height), so a consumer lays the card out before fetching it. The page renderers run in next build's own
 * process, where the composed images are not; the size is known once the build has composed them.
 * Pages are read through an HTML parser and edited at its offsets (./html-edit.ts). A card that names an export PNG
 * the build did not compose stops the build, naming the page.
 */
import type { Output, SiteFiles } from "./files";
import { FIGURES } from "../figures/registry";
import { LOCALES } from "../i18n/locales";
import { fileStem, imageUrl } from "./urls";
import { pngSizeOf } from "./images/images";
import { applyEdits, attr, elements, outerRange, parseHtml, type Edit } from "./html-edit";
import { nextPages } from "./site-pages";

/** Every export PNG's URL and its size in pixels. */
function pngSizes(): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const fig of FIGURES)
    for (const locale of LOCALES)
      for (const v of fig.variants)
        sizes.set(imageUrl(fileStem(fig, v.key), "png", locale), pngSizeOf(fig.id, v.key, locale));
  return sizes;
}

const CARDS = [
  { key: "property", name: "og:image" },
  { key: "name", name: "twitter:image" },
] as const;

/** A page with its cards' sizes after them, or null if it names no card (or already gives their sizes). */
export function withCardSizes(
  page: string,
  html: string,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): string | null {
  const metas = elements(parseHtml(html)).filter((e) => e.tagName === "meta");
  const named = (key: string, name: string) => metas.find((m) => attr(m, key) === name);
  const edits: Edit[] = [];
  for (const { key, name } of CARDS) {
    const card = named(key, name);
    if (!card || named(key, `${name}:width`)) continue;
    const url = attr(card, "content") ?? "";
    const size = sizes.get(url);
    if (!size) throw new Error(`${page}: ${name} ${url} is not an export image the build composed`);
    const { end } = outerRange(card);
    edits.push({
      start: end,
      end,
      text: `<meta ${key}="${name}:width" content="${size.width}"/><meta ${key}="${name}:height" content="${size.height}"/>`,
    });
  }
  return edits.length ? applyEdits(html, edits) : null;
}

/** Every page (not an embed) that names a social card, with the card's size. */
export function socialCardFiles(site: SiteFiles): Output[] {
  const sizes = pngSizes();
  const out: Output[] = [];
  for (const p of nextPages(site)) {
    const html = withCardSizes(p, site.read(p).toString("utf8"), sizes);
    if (html !== null) out.push({ path: p, content: html });
  }
  return out;
}
