/**
 * Reads a chart's static SVG and its size, written by the prebuild step (lib/publish/prebuild.ts), for inlining in
 * pages, embeds and export images.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sizeKey, SIZES_PATH, svgPath } from "./paths";
import type { StaticChart } from "./render";
import type { Locale } from "../../i18n/locales";

let sizes: Record<string, { width: number; height: number }> | undefined;

function read(file: string): string {
  try {
    return readFileSync(path.join(process.cwd(), file), "utf8");
  } catch {
    throw new Error(`${file} is missing: run the prebuild step (npm run build runs it)`);
  }
}

/** A view's render in a language (its ticks, labels and accessible name drawn in it). */
export function staticChart(figure: string, variant: string, width: number, locale: Locale): StaticChart {
  sizes ??= JSON.parse(read(SIZES_PATH)) as Record<string, { width: number; height: number }>;
  const key = sizeKey(figure, variant, width, locale);
  const size = sizes[key];
  if (!size) throw new Error(`${SIZES_PATH} has no size for ${key}: run the prebuild step`);
  return { svg: read(svgPath(figure, variant, width, locale)), ...size };
}

export const readStaticSvg = (figure: string, variant: string, width: number, locale: Locale) =>
  staticChart(figure, variant, width, locale).svg;
