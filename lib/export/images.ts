/** Export images (SVG and PNG per figure) written to out/charts/img/. Stub: implemented by the images work. */
import type { Dataset } from "../data/load";
import type { Output } from "../build/outputs";

export function imageFiles(_ds: Dataset): Output[] {
  return [];
}
