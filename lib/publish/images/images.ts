/**
 * Export images, one SVG and one PNG per figure (default view) and language: English at the stable URLs
 * /charts/img/<id>.svg and /charts/img/<id>.png, French at /fr/charts/img/<id>.svg|png (text drawn in French). The SVG is composed in ./image-svg.ts (text as glyph outlines) once, before `next build`
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
import { imagePath } from "../urls";
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
 * Every figure's export SVG in every language, composed once from the static charts of generated/svg, and the PNG
 * size of each (layout size × scale): written to generated/img/ by the build between prebuild and `next build`.
 */
export function composedImageFiles(): Output[] {
  const sizes: PngSizes = {};
  const out: Output[] = [];
  for (const fig of FIGURES)
    for (const locale of LOCALES) {
      const img = composeImage(figureIn(fig, locale), locale);
      sizes[composedKey(fig.id, locale)] = { width: img.width * IMAGE.scale, height: img.height * IMAGE.scale };
      out.push({ path: composedSvgPath(fig.id, locale), content: img.svg });
    }
  out.push({ path: COMPOSED_SIZES_PATH, content: JSON.stringify(sizes, null, 1) + "\n" });
  return out;
}

/** Postbuild: each composed SVG as served, and resvg's PNG of it, which must have the size the pages announced. */
export function imageFiles(): Output[] {
  const sizes = JSON.parse(readComposed(COMPOSED_SIZES_PATH)) as PngSizes;
  const out: Output[] = [];
  for (const fig of FIGURES)
    for (const locale of LOCALES) {
      const svg = readComposed(composedSvgPath(fig.id, locale));
      const { png, width, height } = render(svg);
      const expected = sizes[composedKey(fig.id, locale)];
      if (!expected || width !== expected.width || height !== expected.height || width < 1600) {
        throw new Error(
          `figure ${fig.id} (${locale}): PNG is ${width}×${height}, expected ${expected?.width}×${expected?.height} (≥ 1600 wide)`,
        );
      }
      out.push(
        { path: imagePath(fig.id, "svg", locale), content: svg },
        { path: imagePath(fig.id, "png", locale), content: png },
      );
    }
  return out;
}
