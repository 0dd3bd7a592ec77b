/**
 * Inter, read with fontkit from the TTFs shipped in node_modules/@expo-google-fonts/inter, to lay out and draw
 * text identically on every machine: fontkit's OpenType layout gives the glyphs of a string (after glyph
 * substitution) and their positions (after kerning), and each glyph's outline as SVG path data. Used to wrap text
 * to a width and to convert text to paths (./text.ts).
 *
 * Layout applies fontkit's default features (ccmp, locl, calt, liga, kern, mark…), as HarfBuzz does in resvg and in
 * browsers: Inter's contextual alternates swap "-", "(" or "–" for forms set higher next to capitals and figures,
 * and with them the drawn text matches resvg's own rendering of Inter pixel for pixel, where kerning alone leaves
 * those glyphs off. The script is always Latin: for a string of figures and punctuation only fontkit would use
 * Inter's default script, whose kern feature lists each kern lookup twice (HarfBuzz merges the repeats, fontkit
 * applies them twice); the Latin script has the same lookups once.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

export type Weight = 400 | 700;

const FONT_FILES: Record<Weight, string> = {
  400: "400Regular/Inter_400Regular.ttf",
  700: "700Bold/Inter_700Bold.ttf",
};

/**
 * Absolute paths of the Inter TTFs (also handed to resvg, with system fonts off). Found as Node finds a package: in
 * node_modules of the working directory (the project's root for `next build` and jest) or of a folder above it, then
 * of this file's folder or one above it (the build of a scratch copy of the project runs in that copy, which has no
 * node_modules of its own); not with require.resolve, which bundlers rewrite.
 */
export function fontFile(weight: Weight): string {
  const wanted = path.join("node_modules/@expo-google-fonts/inter", FONT_FILES[weight]);
  const starts = [process.cwd(), __dirname];
  for (const start of starts)
    for (let dir = start; ; dir = path.dirname(dir)) {
      const file = path.join(dir, wanted);
      if (existsSync(file)) return file;
      if (path.dirname(dir) === dir) break;
    }
  throw new Error(
    `${wanted} is missing from ${starts.join(" and ")} and above: install the dependency @expo-google-fonts/inter`,
  );
}

/** A glyph of a laid-out string: its id in the font and where it is drawn, in font units (y pointing down). */
export interface PlacedGlyph {
  glyph: number;
  x: number;
  y: number;
}

export class Font {
  readonly unitsPerEm: number;
  private readonly outlines = new Map<number, string>();
  /** each string's shaping, once: wrapping measures a line's words again as it grows, and the drawn line again */
  private readonly shaped = new Map<string, { glyphs: readonly PlacedGlyph[]; advance: number }>();

  constructor(private readonly font: fontkit.Font) {
    this.unitsPerEm = font.unitsPerEm;
  }

  /** Whether Inter draws this code point. */
  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /**
   * Glyphs of a string with their positions, and its advance, in font units; throws on a character Inter lacks.
   * Always laid out as Latin, so the result depends on the string alone and is kept.
   */
  shape(text: string): { glyphs: readonly PlacedGlyph[]; advance: number } {
    const known = this.shaped.get(text);
    if (known) return known;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!this.font.hasGlyphForCodePoint(cp)) {
        throw new Error(
          `Inter has no glyph for U+${cp.toString(16).toUpperCase().padStart(4, "0")} (“${ch}”) in “${text}”`,
        );
      }
    }
    const run = this.font.layout(text, undefined, "latn");
    const glyphs: PlacedGlyph[] = [];
    let x = 0;
    run.glyphs.forEach((g, i) => {
      const p = run.positions[i];
      glyphs.push({ glyph: g.id, x: x + p.xOffset, y: -p.yOffset });
      x += p.xAdvance;
    });
    const result = { glyphs, advance: x };
    this.shaped.set(text, result);
    return result;
  }

  /** Width of a string set at `size` px. */
  width(text: string, size: number): number {
    return (this.shape(text).advance * size) / this.unitsPerEm;
  }

  /** Outline of a glyph as SVG path data in font units, y pointing down (baseline at 0). "" for blank glyphs. */
  outline(glyph: number): string {
    let d = this.outlines.get(glyph);
    if (d === undefined) {
      // the glyph's own path (font units, y up), flipped about the baseline
      d = this.font.getGlyph(glyph).path.scale(1, -1).toSVG();
      this.outlines.set(glyph, d);
    }
    return d;
  }
}

const cache = new Map<Weight, Font>();
export function font(weight: Weight): Font {
  let f = cache.get(weight);
  if (!f) {
    const file = fontFile(weight);
    const opened = fontkit.openSync(file);
    if ("fonts" in opened) throw new Error(`${file} is a font collection, not a single font`);
    cache.set(weight, (f = new Font(opened)));
  }
  return f;
}
