/** Reads a chart's static SVG written by the prebuild step (scripts/prebuild.ts) for inlining in a page. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { svgPath } from "./paths";

export function readStaticSvg(figure: string, variant: string, width: number): string {
  const file = path.join(process.cwd(), svgPath(figure, variant, width));
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new Error(`${svgPath(figure, variant, width)} is missing: run the prebuild step (npm run build runs it)`);
  }
}
