/**
 * Export images, one SVG and one PNG per view of a figure and language: English at the stable URLs
 * /charts/img/<id>.svg and /charts/img/<id>.png for the default view and /charts/img/<id>--<view>.svg|png for another,
 * French at /fr/charts/img/… (text drawn in French). The SVG is composed in ./image-svg.ts (text as glyph outlines)
 * once per build and kept in memory (composedImage): the embeds' oEmbed thumbnails and the pages' social cards read
 * its PNG size from there, and the build rasterises it while next build runs (imageFiles);
 * the PNG is resvg's rendering of that same SVG at 2x, with system fonts off and only Inter loaded, so it is the
 * same on any machine.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Output } from "../files";
import { figure, FIGURES } from "../../figures/registry";
import type { FigureId } from "../../figures/types";
import { fontFile } from "./font";
import { composeImage, IMAGE } from "./image-svg";
import { fileStem, imagePath } from "../urls";
import { LOCALES, type Locale } from "../../i18n/locales";
import { figureIn } from "../../figures/localize";

/** resvg's rendering of an export SVG at IMAGE.scale: the PNG and its size in pixels. */
function render(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: IMAGE.scale },
    font: { loadSystemFonts: false, fontFiles: [fontFile(400), fontFile(700)], defaultFontFamily: "Inter" },
    shapeRendering: 2,
    logLevel: "off",
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** The PNG of an export SVG at IMAGE.scale. */
export function imagePng(svg: string): Buffer {
  return render(svg).png;
}

interface Composed {
  svg: string;
  /** the PNG's size in pixels: layout size × IMAGE.scale */
  width: number;
  height: number;
}
const composed = new Map<string, Composed>();

/** A view's export SVG in a language and its PNG's size, composed on first use (from the charts drawn from the
 *  process's one derivation: ../chart-svg/read.ts). */
export function composedImage(figureId: string, view: string, locale: Locale): Composed {
  const def = figure(figureId as FigureId);
  const key = `${locale}/${fileStem(def, view)}`;
  let c = composed.get(key);
  if (!c) {
    const img = composeImage(figureIn(def, locale), locale, view);
    c = { svg: img.svg, width: img.width * IMAGE.scale, height: img.height * IMAGE.scale };
    composed.set(key, c);
  }
  return c;
}

/** Pixel size of a view's PNG in a language. */
export const pngSizeOf = (figureId: string, view: string, locale: Locale) => {
  const { width, height } = composedImage(figureId, view, locale);
  return { width, height };
};

/** Each composed SVG as served, and resvg's PNG of it, which must have the size the pages and oEmbed announce. */
export function imageFiles(): Output[] {
  const out: Output[] = [];
  for (const fig of FIGURES)
    for (const locale of LOCALES)
      for (const v of fig.variants) {
        const stem = fileStem(fig, v.key);
        const { svg, ...expected } = composedImage(fig.id, v.key, locale);
        const { png, width, height } = render(svg);
        if (width !== expected.width || height !== expected.height || width < 1600) {
          throw new Error(
            `figure ${fig.id}, view ${v.key} (${locale}): PNG is ${width}×${height}, expected ${expected.width}×${expected.height} (≥ 1600 wide)`,
          );
        }
        out.push(
          { path: imagePath(stem, "svg", locale), content: svg },
          { path: imagePath(stem, "png", locale), content: png },
        );
      }
  return out;
}
