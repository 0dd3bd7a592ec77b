/** WCAG 2 contrast of sRGB colours, with colours as [r, g, b, a] (0–255, alpha 0–1). */
export type Rgba = [number, number, number, number];

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (0 black – 1 white). */
export const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** `top` composited over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => Math.round(top[i] * a + bottom[i] * (1 - a))).concat(1) as Rgba;
}

/** Contrast ratio (1–21) of a foreground, possibly translucent, on an opaque background. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const [l1, l2] = [luminance(over(fg, bg)), luminance(bg)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Browser-side: any CSS colour (oklch(), color-mix(), rgb()…, as getComputedStyle returns them) to [r, g, b, a]
 * through a canvas. Use inside a page.evaluate string expression, e.g. `(${CSS_TO_RGBA_SOURCE})("oklch(0.5 0.1 250)")`.
 */
export const CSS_TO_RGBA_SOURCE = `function cssToRgba(css) {
  const c = document.createElement("canvas"); c.width = c.height = 1;
  const ctx = c.getContext("2d", { willReadFrequently: true });
  ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = "#000"; ctx.fillStyle = css; ctx.fillRect(0, 0, 1, 1);
  const d = ctx.getImageData(0, 0, 1, 1).data;
  return [d[0], d[1], d[2], d[3] / 255];
}`;
