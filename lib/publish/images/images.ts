/**
 * Export images, one SVG and one PNG per view of a figure and language: English at the stable URLs
 * /charts/img/<id>.svg and /charts/img/<id>.png for the default view and /charts/img/<id>--<view>.svg|png for another,
 * French at /fr/charts/img/… (text drawn in French). The SVG is composed in ./image-svg.ts (text as glyph outlines) once, before `next build`
 * (composedImageFiles, into generated/img/ with the PNG sizes the pages need); the build rasterises it while next build
 * runs and postbuild serves both (imageFiles);
 * the PNG is resvg's rendering of that same SVG at 2x, with system fonts off and only Inter loaded, so it is the
 * same on any machine.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Output } from "../files";
import { FIGURES } from "../../figures/registry";
import { fontFile } from "./font";
import { composeImage, IMAGE } from "./image-svg";
import { fileStem, imagePath } from "../urls";
import { COMPOSED_SIZES_PATH, composedKey, composedSvgPath, readComposed, type PngSizes } from "./composed";
import { LOCALES } from "../../i18n/locales";
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

/**
 * Every view's export SVG in every language, composed once from the static charts of generated/svg, and the PNG
 * size of each (layout size × scale): written to generated/img/ by the build between prebuild and `next build`.
 */
export function composedImageFiles(): Output[] {
  const sizes: PngSizes = {};
  const out: Output[] = [];
  for (const fig of FIGURES)
    for (const locale of LOCALES)
      for (const v of fig.variants) {
        const img = composeImage(figureIn(fig, locale), locale, v.key);
        const stem = fileStem(fig, v.key);
        sizes[composedKey(stem, locale)] = { width: img.width * IMAGE.scale, height: img.height * IMAGE.scale };
        out.push({ path: composedSvgPath(stem, locale), content: img.svg });
      }
  out.push({ path: COMPOSED_SIZES_PATH, content: JSON.stringify(sizes, null, 1) + "\n" });
  return out;
}

/** Postbuild: each composed SVG as served, and resvg's PNG of it, which must have the size the pages announced. */
export function imageFiles(): Output[] {
  const sizes = JSON.parse(readComposed(COMPOSED_SIZES_PATH)) as PngSizes;
  const out: Output[] = [];
  for (const fig of FIGURES)
    for (const locale of LOCALES)
      for (const v of fig.variants) {
        const stem = fileStem(fig, v.key);
        const svg = readComposed(composedSvgPath(stem, locale));
        const { png, width, height } = render(svg);
        const expected = sizes[composedKey(stem, locale)];
        if (!expected || width !== expected.width || height !== expected.height || width < 1600) {
          throw new Error(
            `figure ${fig.id}, view ${v.key} (${locale}): PNG is ${width}×${height}, expected ${expected?.width}×${expected?.height} (≥ 1600 wide)`,
          );
        }
        out.push(
          { path: imagePath(stem, "svg", locale), content: svg },
          { path: imagePath(stem, "png", locale), content: png },
        );
      }
  return out;
}
