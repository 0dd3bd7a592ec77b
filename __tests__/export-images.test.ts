/**
 * Export images on the real dataset (the static charts drawn in memory; some checks read the built out/): for every figure, the
 * PNG (decoded with pngjs, not with the code under test) has the size of the SVG at 2x, ≥ 1600 px wide, is not
 * blank, has the title's ink where the layout puts it and draws nothing in the margins (wrapped text fits); the SVG
 * parses (resvg's strict XML parser), carries title and source as text, needs no font (rendered with no font at all
 * it gives the PNG's exact pixels) and loads nothing. Also the font code: glyph outlines and kerning match resvg's
 * own text rendering of Inter, wrapping never exceeds the width.
 */
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { FIGURES } from "../lib/figures/registry";
import { imageFiles, imagePng } from "../lib/publish/images/images";
import { composeImage, IMAGE } from "../lib/publish/images/image-svg";
import { unitsLine } from "../lib/publish/view-words";
import { fontFile } from "../lib/publish/images/font";
import { GlyphSet, textWidth, wrap } from "../lib/publish/images/text";
import { escapeText } from "../lib/html";
import { figureIn } from "../lib/figures/localize";
import { LOCALES } from "../lib/i18n/locales";
import * as fontkit from "fontkit";
import { readFileSync } from "node:fs";
import path from "node:path";

/** A PNG's size and RGBA pixels, read by pngjs. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, rgba: data };
}

const files = new Map(imageFiles().map((f) => [f.path, f.content]));

const imageDir = (locale: string) => (locale === "en" ? "charts/img" : `${locale}/charts/img`);

test("one SVG and one PNG per view and language: the default view at the stable paths, another named for its view, the other languages under /<locale>/", () => {
  const stems = FIGURES.flatMap((f) => f.variants.map((v, i) => (i === 0 ? f.id : `${f.id}--${v.key}`)));
  expect(stems).toContain("russia-top-partners-total--partner-declared");
  expect([...files.keys()].sort()).toEqual(
    stems.flatMap((s) => LOCALES.flatMap((l) => [`${imageDir(l)}/${s}.png`, `${imageDir(l)}/${s}.svg`])).sort(),
  );
});

test("a view's image draws that view and says which: the mirror view of Russia's partners", () => {
  const fig = figureIn(
    FIGURES.find((f) => f.id === "russia-top-partners-total")!,
    "en",
  );
  const svg = String(files.get("charts/img/russia-top-partners-total--partner-declared.svg"));
  expect(svg).toContain('data-variant="partner-declared"');
  expect(/<desc>([\s\S]*?)<\/desc>/.exec(svg)![1]).toContain(`${fig.units} · Partner-declared (mirror)`);
  expect(String(files.get("charts/img/russia-top-partners-total.svg"))).toContain('data-variant="belarus-filled"');
});

describe.each(
  FIGURES.flatMap((f) => LOCALES.map((l) => [`${f.id} (${l})`, f.id, figureIn(f, l), imageDir(l)] as const)),
)("%s", (_name, id, fig, dir) => {
  const png = files.get(`${dir}/${id}.png`) as Buffer;
  const svg = String(files.get(`${dir}/${id}.svg`));
  const image = decodePng(png);
  const px = (x: number, y: number) => image.rgba.readUInt32BE((y * image.width + x) * 4);
  const WHITE = 0xffffffff;

  test("PNG: ≥ 1600 px wide, twice the SVG's size", () => {
    expect(image.width).toBeGreaterThanOrEqual(1600);
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect({ width: image.width, height: image.height }).toEqual({
      width: Number(w) * IMAGE.scale,
      height: Number(h) * IMAGE.scale,
    });
    expect(image.rgba.length).toBe(image.width * image.height * 4);
  });

  test("PNG: the title's first line is drawn where the layout puts it, as wide as it measures", () => {
    // dark pixels in the band of the title's first line (22 px bold, line height 31) start at the left padding and
    // span the line's measured width
    const pad = IMAGE.padding * IMAGE.scale;
    const top = pad;
    const bottom = (IMAGE.padding + Math.round(22 * 1.4)) * IMAGE.scale;
    let dark = 0;
    let left = image.width;
    let right = -1;
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        if (image.rgba[i] < 100 && image.rgba[i + 1] < 100 && image.rgba[i + 2] < 100) {
          dark++;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    expect(dark).toBeGreaterThan(2000);
    expect(left).toBeGreaterThanOrEqual(pad);
    expect(left).toBeLessThan(pad + 8);
    const advance = textWidth(wrap(fig.title, 22, 700, IMAGE.width - 2 * IMAGE.padding)[0], 22, 700) * IMAGE.scale;
    expect(right - left + 1).toBeGreaterThan(advance - 14); // ink spans the advance less the side bearings
    expect(right - left + 1).toBeLessThanOrEqual(advance);
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
        if (px(image.width - 1 - x, y) !== WHITE)
          throw new Error(`ink in the right margin at (${image.width - 1 - x}, ${y})`);
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
    for (const words of [unitsLine(fig, fig.variants[0].key), fig.source, ...fig.notes])
      expect(desc).toContain(escapeText(words));
    // no text left to a font, nothing loaded from elsewhere, no CSS variables left unresolved
    expect(svg).not.toMatch(/<text\b|<style|@font-face|<image\b|<foreignObject|<script|var\(--/);
    for (const m of svg.matchAll(/(?:xlink:)?href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  test("SVG needs no font: rendered with none, it gives the PNG's exact pixels", () => {
    const bare = new Resvg(svg, {
      fitTo: { mode: "zoom", value: IMAGE.scale },
      font: { loadSystemFonts: false, fontFiles: [] },
    })
      .render()
      .asPng();
    expect(decodePng(bare).rgba.equals(image.rgba)).toBe(true);
  });
});

test("PNG rendering is deterministic", () => {
  const svg = composeImage(figureIn(FIGURES[0], "en"), "en", FIGURES[0].variants[0].key).svg;
  expect(imagePng(svg).equals(imagePng(svg))).toBe(true);
});

describe("text as outlines", () => {
  const opts = {
    font: { loadSystemFonts: false, fontFiles: [fontFile(400), fontFile(700)], defaultFontFamily: "Inter" },
  };
  // the second sample kerns digits against "," and "." (pairs in more than one of Inter's kern lookups, which add up)
  // and has no letter (so no script of its own: kerned once, as HarfBuzz does, not once per time Inter's default
  // script lists a lookup); the third has glyphs Inter's contextual alternates substitute
  const samples = [
    "AVATAR To Wy. Russia's “France–Russia” 2010 −5k Tékéé ◆",
    "1,477.7 2,007 17,4 0.75 −0.1 70.9 8, 9.",
    "(FDI) H-1 -T 2017–2019 -> (a) x-y",
  ];
  test.each(samples.flatMap((s) => ([400, 700] as const).map((w) => [w, s] as const)))(
    "glyphs and kerning match resvg's own rendering of Inter (weight %i): %s",
    (weight, s) => {
      const glyphs = new GlyphSet();
      const line = glyphs.line(s, 10, 40, { size: 24, weight, fill: "#000" });
      const page = (body: string) =>
        `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="60"><defs>${glyphs.defs()}</defs><rect width="800" height="60" fill="#fff"/>${body}</svg>`;
      const ours = new Resvg(page(line), opts).render().pixels;
      const theirs = new Resvg(
        page(`<text x="10" y="40" font-family="Inter" font-weight="${weight}" font-size="24">${escapeText(s)}</text>`),
        opts,
      ).render().pixels;
      let diff = 0;
      for (let i = 0; i < ours.length; i++) diff += Math.abs(ours[i] - theirs[i]);
      // in practice no pixel differs; a glyph left unsubstituted (contextual alternates off) gives > 0.1, the line's
      // scale rounded to 6 places up to 0.08, a glyph off by 1 px > 2
      expect(diff / ours.length).toBeLessThan(0.05);
    },
  );

  test("kerning is applied, including the pairs Inter keeps in GPOS Extension lookups", () => {
    // A–V, T–o and L–T are kerned in Inter's GPOS Extension lookup (type 9, which wraps pair adjustments; the
    // opentype.js 2.0 formerly used here could not read it)
    for (const [a, b] of [
      ["A", "V"],
      ["T", "o"],
      ["L", "T"],
    ]) {
      for (const weight of [400, 700] as const) {
        expect(textWidth(a + b, 100, weight)).toBeLessThan(textWidth(a, 100, weight) + textWidth(b, 100, weight) - 2);
      }
    }
    // and pairs of the other lookups: "7," is kerned in one lookup and classed (value 0) in another
    expect(textWidth("7,", 100, 400)).toBeLessThan(textWidth("7", 100, 400) + textWidth(",", 100, 400) - 5);
  });

  test("contextual alternates are applied, each substituted glyph drawn with its own outline", () => {
    // Inter's calt sets "(", ")" and "-" higher next to capitals and figures, and turns "->" into an arrow, as
    // resvg and browsers draw them
    const style = { size: 24, weight: 400, fill: "#000" } as const;
    const drawn = (s: string) => {
      const glyphs = new GlyphSet();
      const ids = [...glyphs.line(s, 0, 0, style).matchAll(/href="#(\w+)"/g)].map((m) => m[1]);
      const outlines = new Map(
        [...glyphs.defs().matchAll(/<path id="(\w+)" d="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]),
      );
      return ids.map((id) => outlines.get(id));
    };
    const [parenBeforeCapital] = drawn("(F");
    const [parenBeforeLower] = drawn("(a");
    expect(parenBeforeCapital).toBeTruthy();
    expect(parenBeforeCapital).not.toBe(parenBeforeLower);
    expect(drawn("H-1")[1]).not.toBe(drawn("x-y")[1]);
    expect(drawn("->")).toHaveLength(1);
    expect(textWidth("->", 100, 400)).toBeLessThan(textWidth("-", 100, 400) + textWidth(">", 100, 400));
  });

  test("a character Inter lacks stops the build", () => {
    expect(() => new GlyphSet().line("Москва 中", 0, 0, { size: 12, weight: 400, fill: "#000" })).toThrow(
      /no glyph for U\+4E2D/,
    );
  });

  test("wrap: every line fits, no word is lost, an overlong word is cut", () => {
    const text = FIGURES.flatMap((f) => f.notes).join(" ");
    for (const width of [120, 300, 700]) {
      const lines = wrap(text, 12, 400, width);
      for (const l of lines) expect(textWidth(l, 12, 400)).toBeLessThanOrEqual(width);
      expect(lines.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
    }
    const url =
      "https://themoscowtimes.com/2020/07/06/russia-secures-lowest-number-of-foreign-investment-projects-since-2014-a70794";
    const lines = wrap(url, 12, 400, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(url);
    for (const l of lines) expect(textWidth(l, 12, 400)).toBeLessThanOrEqual(200);
  });
});

/**
 * What the French images draw, read back from the outlines: each glyph <use> is mapped to its character through
 * Inter's own cmap (fontkit reading the font file, not the layout code under test), and a gap between two glyphs
 * wider than kerning is the space it stands for (a narrow no-break space or a space, whichever advance it is
 * nearest). The PNG is resvg's rendering of this SVG (checked pixel for pixel above), so this is the PNG's text.
 * A glyph the layout substituted in context (Inter's minus or parenthesis raised to figure height) is in no cmap
 * entry and reads as "?": a value label reading "?0,1" is drawn with a minus sign.
 */
describe("French images: the text drawn is French (title, numbers, date mark)", () => {
  type Face = {
    characterSet: number[];
    glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
    layout(text: string, features: undefined, script: string): { glyphs: { id: number }[] };
  };
  const open = (w: 400 | 700) => fontkit.openSync(fontFile(w)) as unknown as Face;
  const faces = { r: open(400), b: open(700) };
  const reverse = (f: Face) => {
    const m = new Map<number, string>();
    for (const cp of [...f.characterSet].sort((a, b) => a - b))
      if (!(cp >= 0xe000 && cp <= 0xf8ff) && !m.has(f.glyphForCodePoint(cp).id))
        m.set(f.glyphForCodePoint(cp).id, String.fromCodePoint(cp));
    return m;
  };
  const chars = { r: reverse(faces.r), b: reverse(faces.b) };

  /** Every drawn line of an export SVG, as text. */
  function drawnLines(svg: string): string[] {
    const lines: string[] = [];
    for (const g of svg.matchAll(/<g transform="translate\([^)]*\) scale\([^)]*\)"[^>]*>((?:<use [^>]*\/>)+)<\/g>/g)) {
      const uses = [...g[1].matchAll(/href="#([rb])(\d+)" x="(-?[\d.]+)"/g)].map((u) => ({
        face: u[1] as "r" | "b",
        glyph: Number(u[2]),
        x: Number(u[3]),
      }));
      let text = "";
      uses.forEach((u, i) => {
        text += chars[u.face].get(u.glyph) ?? "?";
        const next = uses[i + 1];
        if (!next) return;
        const f = faces[u.face];
        const adv = (cp: number) => f.glyphForCodePoint(cp).advanceWidth;
        const gap = next.x - u.x - (f.glyphForCodePoint(text.codePointAt(text.length - 1)!).advanceWidth ?? 0);
        if (gap > 0.6 * adv(0x202f)) text += Math.abs(gap - adv(0x202f)) <= Math.abs(gap - adv(0x20)) ? "\u202f" : " ";
      });
      lines.push(text);
    }
    return lines;
  }
  // the minus sign before a figure is substituted in context (so "?"), and wider than its cmap glyph (so a gap)
  const image = (dir: string, id: string) =>
    drawnLines(String(files.get(`${dir}/${id}.svg`))).map((l) => l.replace(/^\?[ \u202f]/u, "?"));
  const frNumber = (s: string) =>
    Number(
      s
        .replace(/[\u202f\u00a0 ]/g, "")
        .replace(",", ".")
        .replace(/^\?/, "-"),
    );

  test("the decoder reads the English image as English (the check below can fail)", () => {
    const en = image("charts/img", "bilateral-trade");
    expect(en).toContain("France–Russia goods trade by year");
    expect(en).toEqual(expect.arrayContaining(["10k", "20k"]));
  });

  test("bilateral-trade: French title and units, ticks in French thousands, no English 'k' or decimal point", () => {
    const fr = image("fr/charts/img", "bilateral-trade");
    expect(fr).toContain("Échanges de biens France–Russie par année");
    expect(fr[1]).toMatch(/^En millions de dollars US/);
    const ticks = fr.filter((l) => /^[\d\u202f]+$/.test(l) && l.length > 1);
    expect(ticks).toEqual(expect.arrayContaining(["5\u202f000", "10\u202f000", "20\u202f000"]));
    expect(fr).toEqual(expect.arrayContaining(["?5\u202f000", "?10\u202f000"])); // negative ticks, minus drawn
    expect(fr.filter((l) => /^-?\d+k$/.test(l) || /^-?\d{1,3}(,\d{3})+$/.test(l))).toEqual([]);
  });

  test("fdi-flows: every value label is a French decimal (comma) equal to a value of fdi-flows.csv", () => {
    const csvText = readFileSync(path.join(__dirname, "..", "out", "data", "fdi-flows.csv"), "utf8");
    const values = csvText
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => Number(l.split(",")[2]));
    const fr = image("fr/charts/img", "fdi-flows");
    const labels = fr.filter((l) => /^\??\d+,\d$/.test(l));
    expect(labels.length).toBeGreaterThanOrEqual(12);
    for (const l of labels) expect(values).toContain(frNumber(l));
    expect(fr.filter((l) => /^\??\d+\.\d$/.test(l))).toEqual([]);
  });

  test("fr-ru-monthly: the date mark in French", () => {
    // U+2019 and U+02BC share Inter's glyph: the decoder reads the lower code point
    const read = (dir: string) => image(dir, "fr-ru-monthly").map((l) => l.replace(/\u02bc/g, "’"));
    expect(read("fr/charts/img")).toContain("24 févr. 2022 : invasion de l’Ukraine");
    expect(read("charts/img")).toContain("24 Feb 2022: invasion of Ukraine");
  });
});
