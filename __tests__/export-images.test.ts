/**
 * Export images on the real dataset (needs generated/svg: `npx tsx scripts/prebuild.ts`): for every figure, the
 * PNG has the declared size (IHDR), ≥ 1600 px wide, is not blank and draws nothing in the right margin (wrapped
 * text fits); the SVG parses (resvg's strict XML parser), carries title and source as text, needs no font (rendered
 * with no font at all it gives the PNG's exact pixels) and loads nothing. Also the font code: glyph outlines and
 * kerning match resvg's own text rendering of Inter, wrapping never exceeds the width.
 */
import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { FIGURES } from "../lib/charts/figures";
import { loadDataset } from "../lib/data/load";
import { imageFiles, imagePng, pngSize } from "../lib/export/images";
import { composeImage, IMAGE, unitsLine } from "../lib/export/image-svg";
import { fontFile } from "../lib/export/font";
import { GlyphSet, textWidth, wrap } from "../lib/export/text";
import { escapeText } from "../lib/export/escape";

/** Minimal PNG decoder (8-bit RGB/RGBA, non-interlaced: what resvg writes) → RGBA pixels. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height } = pngSize(png);
  const depth = png[24];
  const colorType = png[25];
  if (depth !== 8 || (colorType !== 6 && colorType !== 2) || png[28] !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}`);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const len = png.readUInt32BE(o);
    const type = png.toString("latin1", o + 4, o + 8);
    if (type === "IDAT") idat.push(png.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = line[x * channels + k];
      out[(y * width + x) * 4 + 3] = channels === 4 ? line[x * channels + 3] : 255;
    }
    prev = line;
  }
  return { width, height, rgba: out };
}

const ds = loadDataset();
const files = new Map(imageFiles(ds).map((f) => [f.path, f.content]));

test("one SVG and one PNG per figure, at stable paths", () => {
  expect([...files.keys()].sort()).toEqual(FIGURES.flatMap((f) => [`charts/img/${f.id}.png`, `charts/img/${f.id}.svg`]).sort());
});

describe.each(FIGURES.map((f) => [f.id, f] as const))("%s", (id, fig) => {
  const png = files.get(`charts/img/${id}.png`) as Buffer;
  const svg = String(files.get(`charts/img/${id}.svg`));
  const image = decodePng(png);
  const px = (x: number, y: number) => image.rgba.readUInt32BE((y * image.width + x) * 4);
  const WHITE = 0xffffffff;

  test("PNG: declared size ≥ 1600 px wide, twice the SVG's", () => {
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1600);
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(size).toEqual({ width: Number(w) * IMAGE.scale, height: Number(h) * IMAGE.scale });
    expect(image.rgba.length).toBe(size.width * size.height * 4);
  });

  test("PNG: not blank, opaque white background, inked from top to bottom", () => {
    const colours = new Set<number>();
    let ink = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const v = image.rgba.readUInt32BE(i);
      colours.add(v);
      if (v !== WHITE) ink++;
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(ink / (image.width * image.height)).toBeGreaterThan(0.03);
    expect(px(0, 0)).toBe(WHITE);
    // something is drawn in the top and the bottom fifth (title; notes and footer): nothing was cut off
    const inkIn = (y0: number, y1: number) => {
      for (let y = y0; y < y1; y++) for (let x = 0; x < image.width; x++) if (px(x, y) !== WHITE) return true;
      return false;
    };
    expect(inkIn(0, Math.round(image.height / 5))).toBe(true);
    expect(inkIn(Math.round((image.height * 4) / 5), image.height)).toBe(true);
  });

  test("PNG: nothing drawn in the margins (long text is wrapped inside the width)", () => {
    const margin = (IMAGE.padding - 4) * IMAGE.scale;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < margin; x++) {
        if (px(image.width - 1 - x, y) !== WHITE) throw new Error(`ink in the right margin at (${image.width - 1 - x}, ${y})`);
        if (px(x, y) !== WHITE) throw new Error(`ink in the left margin at (${x}, ${y})`);
      }
    }
  });

  test("SVG: parses, self-contained, with title, units, source and notes as text", () => {
    expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title>${escapeText(fig.title)}</title>`);
    expect(svg).toContain(`aria-label="${escapeText(fig.title).replace(/"/g, "&quot;")}"`);
    const desc = /<desc>([\s\S]*)<\/desc>/.exec(svg)![1];
    for (const words of [unitsLine(fig), fig.source, ...fig.notes]) expect(desc).toContain(escapeText(words));
    // no text left to a font, nothing loaded from elsewhere, no CSS variables left unresolved
    expect(svg).not.toMatch(/<text\b|<style|@font-face|<image\b|<foreignObject|<script|var\(--/);
    for (const m of svg.matchAll(/(?:xlink:)?href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  test("SVG needs no font: rendered with none, it gives the PNG's exact pixels", () => {
    const bare = new Resvg(svg, { fitTo: { mode: "zoom", value: IMAGE.scale }, font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng();
    expect(decodePng(bare).rgba.equals(image.rgba)).toBe(true);
  });
});

test("PNG rendering is deterministic", () => {
  const svg = composeImage(FIGURES[0]).svg;
  expect(imagePng(svg).equals(imagePng(svg))).toBe(true);
});

describe("text as outlines", () => {
  const opts = { font: { loadSystemFonts: false, fontFiles: [fontFile(400), fontFile(700)], defaultFontFamily: "Inter" } };
  // the second sample kerns digits against "," and "." (pairs in more than one of Inter's kern lookups, which add up)
  const samples = ["AVATAR To Wy. Russia's “France–Russia” 2010 −5k Tékéé ◆", "1,477.7 2,007 17,4 0.75 −0.1 70.9 8, 9."];
  test.each(samples.flatMap((s) => ([400, 700] as const).map((w) => [w, s] as const)))("glyphs and kerning match resvg's own rendering of Inter (weight %i): %s", (weight, s) => {
    const glyphs = new GlyphSet();
    const line = glyphs.line(s, 10, 40, { size: 24, weight, fill: "#000" });
    const page = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="60"><defs>${glyphs.defs()}</defs><rect width="800" height="60" fill="#fff"/>${body}</svg>`;
    const ours = new Resvg(page(line), opts).render().pixels;
    const theirs = new Resvg(page(`<text x="10" y="40" font-family="Inter" font-weight="${weight}" font-size="24">${escapeText(s)}</text>`), opts).render().pixels;
    let diff = 0;
    for (let i = 0; i < ours.length; i++) diff += Math.abs(ours[i] - theirs[i]);
    expect(diff / ours.length).toBeLessThan(0.5); // anti-aliasing noise only; a glyph off by 1 px gives > 2
  });

  test("kerning is applied, including the pairs Inter keeps in GPOS Extension lookups", () => {
    // A–V, T–o and L–T are kerned in Inter's Extension-wrapped lookup, which opentype.js does not read by itself
    for (const [a, b] of [["A", "V"], ["T", "o"], ["L", "T"]]) {
      for (const weight of [400, 700] as const) {
        expect(textWidth(a + b, 100, weight)).toBeLessThan(textWidth(a, 100, weight) + textWidth(b, 100, weight) - 2);
      }
    }
    // and pairs of the other lookups: "7," is kerned in one lookup and classed (value 0) in another
    expect(textWidth("7,", 100, 400)).toBeLessThan(textWidth("7", 100, 400) + textWidth(",", 100, 400) - 5);
  });

  test("a character Inter lacks stops the build", () => {
    expect(() => new GlyphSet().line("Москва 中", 0, 0, { size: 12, weight: 400, fill: "#000" })).toThrow(/no glyph for U\+4E2D/);
  });

  test("wrap: every line fits, no word is lost, an overlong word is cut", () => {
    const text = FIGURES.flatMap((f) => f.notes).join(" ");
    for (const width of [120, 300, 700]) {
      const lines = wrap(text, 12, 400, width);
      for (const l of lines) expect(textWidth(l, 12, 400)).toBeLessThanOrEqual(width);
      expect(lines.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
    }
    const url = "https://themoscowtimes.com/2020/07/06/russia-secures-lowest-number-of-foreign-investment-projects-since-2014-a70794";
    const lines = wrap(url, 12, 400, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(url);
    for (const l of lines) expect(textWidth(l, 12, 400)).toBeLessThanOrEqual(200);
  });
});
