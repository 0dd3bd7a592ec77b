/**
 * Export images, one SVG and one PNG per figure (default view), written at postbuild to the stable URLs
 * /charts/img/<id>.svg and /charts/img/<id>.png. The SVG is composed in ./image-svg.ts (text as glyph outlines);
 * the PNG is resvg's rendering of that same SVG at 2x, with system fonts off and only Inter loaded, so it is the
 * same on any machine.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Output } from "../files";
import { FIGURES } from "../../figures/registry";
import { fontFile } from "./font";
import { composeImage, IMAGE } from "./image-svg";
import { imagePath } from "../urls";

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

/** The charts are the static SVGs of generated/svg (prebuild), which are a function of the dataset. */
export function imageFiles(): Output[] {
  const out: Output[] = [];
  for (const fig of FIGURES) {
    const img = composeImage(fig);
    const { png, width, height } = render(img.svg);
    if (width !== img.width * IMAGE.scale || height !== img.height * IMAGE.scale || width < 1600) {
      throw new Error(
        `figure ${fig.id}: PNG is ${width}×${height}, expected ${img.width * IMAGE.scale}×${img.height * IMAGE.scale} (≥ 1600 wide)`,
      );
    }
    out.push({ path: imagePath(fig.id, "svg"), content: img.svg }, { path: imagePath(fig.id, "png"), content: png });
  }
  return out;
}
