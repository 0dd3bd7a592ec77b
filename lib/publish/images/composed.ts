/**
 * Where the composed export SVGs and their PNG sizes live between build stages. Each figure's export image is composed
 * once, after the static charts are written and before `next build` (scripts/build.ts): the chart pages read the PNG
 * sizes for their social-card metadata, and postbuild rasterises the same SVGs. One image per view of a figure and
 * language (generated/img/<locale>/<stem>.svg, the stem the figure's id for its default view and `<id>--<view>` for
 * another: ../urls.ts fileStem; sizes keyed `<locale>/<stem>`). This module reads files only (no fontkit, no
 * resvg), so pages can import it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "../../i18n/locales";

export const COMPOSED_DIR = "generated/img";
export const composedSvgPath = (stem: string, locale: Locale) => `${COMPOSED_DIR}/${locale}/${stem}.svg`;
export const composedKey = (stem: string, locale: Locale) => `${locale}/${stem}`;
export const COMPOSED_SIZES_PATH = `${COMPOSED_DIR}/sizes.json`;

export type PngSizes = Record<string, { width: number; height: number }>;

export function readComposed(file: string): string {
  try {
    return readFileSync(path.join(process.cwd(), file), "utf8");
  } catch {
    throw new Error(`${file} is missing: the build composes the export images before next build (npm run build)`);
  }
}

let sizes: PngSizes | undefined;
/** Pixel size of a view's PNG in a language (layout size × scale), as recorded when its export SVG was composed;
 *  `stem`: the figure's id for its default view (../urls.ts fileStem). */
export function pngSizeOf(stem: string, locale: Locale): { width: number; height: number } {
  sizes ??= JSON.parse(readComposed(COMPOSED_SIZES_PATH)) as PngSizes;
  const size = sizes[composedKey(stem, locale)];
  if (!size) throw new Error(`${COMPOSED_SIZES_PATH} has no size for ${composedKey(stem, locale)}: run the build`);
  return size;
}
