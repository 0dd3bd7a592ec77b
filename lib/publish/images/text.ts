/**
 * Text as glyph outlines, so an exported image looks the same in every browser, editor and rasteriser, whatever
 * fonts it has: each glyph used is defined once (<path id> in font units, keyed by weight and glyph id, so a glyph
 * that layout substituted has its own outline) and placed with <use> where the layout (./font.ts) puts it. Also
 * line wrapping measured with the same layout, and a converter for the <text> elements recharts writes.
 */
import { decodeHTMLStrict } from "entities";
import { font, type Weight } from "./font";

export type Anchor = "start" | "middle" | "end";
export interface TextStyle {
  size: number;
  weight: Weight;
  fill: string;
  anchor?: Anchor;
}

const round = (v: number) => {
  const s = v.toFixed(2).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
};

/** The glyphs an image uses; defs() is the <defs> content to write once. */
export class GlyphSet {
  private readonly used = new Map<string, string>();

  id(weight: Weight, glyph: number): string | null {
    const key = `${weight === 700 ? "b" : "r"}${glyph}`;
    if (!this.used.has(key)) this.used.set(key, font(weight).outline(glyph));
    return this.used.get(key) ? key : null; // blank glyphs (space) are not drawn
  }

  defs(): string {
    return [...this.used]
      .filter(([, d]) => d)
      .map(([id, d]) => `<path id="${id}" d="${d}"/>`)
      .join("");
  }

  /**
   * One line of text at (x, baseline y) as a group of glyph <use>s; aria-hidden, the words being in the
   * image's <title>/<desc>.
   */
  line(text: string, x: number, y: number, style: TextStyle): string {
    const f = font(style.weight);
    const shaped = f.shape(text);
    const scale = style.size / f.unitsPerEm;
    const advance = shaped.advance * scale;
    const left = style.anchor === "middle" ? x - advance / 2 : style.anchor === "end" ? x - advance : x;
    const uses = shaped.glyphs
      .map((g) => {
        const id = this.id(style.weight, g.glyph);
        return id ? `<use xlink:href="#${id}" x="${g.x}"${g.y ? ` y="${g.y}"` : ""}/>` : "";
      })
      .join("");
    if (!uses) return "";
    // the scale written in full (size / 2048 has a short exact decimal form): rounded to 6 places it moved the end
    // of a long line by a few hundredths of a pixel against resvg's own rendering of the same text
    return `<g transform="translate(${round(left)} ${round(y)}) scale(${scale})" fill="${style.fill}">${uses}</g>`;
  }
}

/** Width in px of `text` in Inter at `size` px, kerned as drawn. */
export function textWidth(text: string, size: number, weight: Weight): number {
  return font(weight).width(text, size);
}

/**
 * Greedy line breaking at spaces (and after hyphens/slashes inside long words) to fit `maxWidth` px, measured with
 * the font itself. A single word wider than the line is cut by characters, so nothing ever overflows.
 */
export function wrap(text: string, size: number, weight: Weight, maxWidth: number): string[] {
  const fits = (s: string) => textWidth(s, size, weight) <= maxWidth;
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  const pushWord = (word: string) => {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      return;
    }
    if (current) lines.push(current);
    current = "";
    if (fits(word)) {
      current = word;
      return;
    }
    // a word wider than the line: break after / or - if possible, else by characters
    const parts = word.split(/(?<=[/\-–])/);
    if (parts.length > 1) {
      let piece = "";
      for (const part of parts) {
        if (piece && !fits(piece + part)) {
          lines.push(piece);
          piece = "";
        }
        piece += part;
      }
      word = piece;
      if (fits(word)) {
        current = word;
        return;
      }
    }
    let piece = "";
    for (const ch of word) {
      if (piece && !fits(piece + ch)) {
        lines.push(piece);
        piece = "";
      }
      piece += ch;
    }
    current = piece;
  };
  for (const w of words) pushWord(w);
  if (current) lines.push(current);
  return lines;
}

function attrs(s: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of s.matchAll(/([a-zA-Z_:][-\w:.]*)="([^"]*)"/g)) m.set(a[1], decodeHTMLStrict(a[2]));
  return m;
}

/** Attributes that would change how text is laid out and that this converter does not implement. */
const UNSUPPORTED = [
  "transform",
  "rotate",
  "textLength",
  "lengthAdjust",
  "letter-spacing",
  "word-spacing",
  "dominant-baseline",
  "alignment-baseline",
  "baseline-shift",
  "writing-mode",
  "font-style",
  "font-family",
  "style",
  "dx",
];

function length(v: string | undefined, size: number): number {
  if (v === undefined || v === "") return 0;
  const m = /^(-?[\d.]+(?:e-?\d+)?)(em|px)?$/.exec(v.trim());
  if (!m) throw new Error(`unsupported length “${v}” in chart text`);
  return m[2] === "em" ? Number(m[1]) * size : Number(m[1]);
}

/**
 * Replace every <text> of a rendered chart (recharts output, colours already resolved) by glyph outlines.
 * Handles x/y/dy, tspans with x/dy, text-anchor, font-size, font-weight and fill; anything else that would move
 * text stops the build rather than draw it wrong.
 */
export function chartTextToPaths(svg: string, glyphs: GlyphSet, defaults: { size: number; fill: string }): string {
  return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (_m, attrText: string, body: string) => {
    const a = attrs(attrText);
    for (const u of UNSUPPORTED)
      if (a.has(u)) throw new Error(`chart text with unsupported attribute ${u}: <text${attrText}>`);
    const size = a.has("font-size") ? length(a.get("font-size"), 16) : defaults.size;
    const weightValue = a.get("font-weight") ?? "400";
    const weight: Weight = weightValue === "bold" || Number(weightValue) >= 600 ? 700 : 400;
    const fill = a.get("fill") ?? defaults.fill;
    const anchor = (a.get("text-anchor") ?? "start") as Anchor;
    if (!["start", "middle", "end"].includes(anchor)) throw new Error(`chart text with text-anchor ${anchor}`);
    if (fill === "none") return "";
    // SVG's own default for an absent x or y is 0 (a position, not data)
    let x = Number(a.get("x") ?? 0);
    let y = Number(a.get("y") ?? 0) + length(a.get("dy"), size);
    const spans: { x: number; y: number; text: string }[] = [];
    if (/<tspan\b/.test(body)) {
      const rest = body.replace(/<tspan\b([^>]*)>([^<]*)<\/tspan>/g, (_t, spanAttrText: string, content: string) => {
        const s = attrs(spanAttrText);
        for (const u of UNSUPPORTED) if (s.has(u)) throw new Error(`chart tspan with unsupported attribute ${u}`);
        if (s.has("x")) x = Number(s.get("x"));
        if (s.has("y")) y = Number(s.get("y"));
        y += length(s.get("dy"), size);
        spans.push({ x, y, text: decodeHTMLStrict(content) });
        return "";
      });
      if (rest.trim()) throw new Error(`chart text with unsupported content: ${body}`);
    } else {
      if (/</.test(body)) throw new Error(`chart text with unsupported content: ${body}`);
      spans.push({ x, y, text: decodeHTMLStrict(body) });
    }
    return spans.map((s) => glyphs.line(s.text, s.x, s.y, { size, weight, fill, anchor })).join("");
  });
}
