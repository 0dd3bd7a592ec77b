/**
 * Just enough of a TrueType reader to lay out and draw text with the Inter TTFs shipped in
 * node_modules/@expo-google-fonts/inter, identically on every machine: character → glyph (cmap formats 4 and 12),
 * advance widths (hmtx), pair kerning (GPOS PairPos formats 1 and 2, through Extension lookups) and glyph outlines
 * (glyf, simple and composite) as SVG path data. Used to wrap text to a width and to convert text to paths.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type Weight = 400 | 700;

const FONT_FILES: Record<Weight, string> = {
  400: "400Regular/Inter_400Regular.ttf",
  700: "700Bold/Inter_700Bold.ttf",
};

/**
 * Absolute paths of the Inter TTFs (also handed to resvg, with system fonts off). Resolved from the working
 * directory (the repository root for the build scripts, `next build` and jest), not with require.resolve, which
 * bundlers rewrite.
 */
export function fontFile(weight: Weight): string {
  const file = path.join(process.cwd(), "node_modules/@expo-google-fonts/inter", FONT_FILES[weight]);
  if (!existsSync(file)) throw new Error(`${file} is missing: install the dev dependency @expo-google-fonts/inter`);
  return file;
}

interface Table { offset: number; length: number }

export class Font {
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  private readonly buf: Buffer;
  private readonly tables: Map<string, Table>;
  private readonly cmap = new Map<number, number>();
  private readonly advances: number[] = [];
  private readonly numGlyphs: number;
  private readonly longLoca: boolean;
  private readonly kern = new Map<number, Map<number, number>>();
  private readonly kernClasses: { coverage: Map<number, number>; class1: Map<number, number>; class2: Map<number, number>; values: number[][] }[] = [];
  private readonly outlines = new Map<number, string>();

  constructor(buf: Buffer) {
    this.buf = buf;
    this.tables = new Map();
    const n = buf.readUInt16BE(4);
    for (let i = 0; i < n; i++) {
      const o = 12 + 16 * i;
      this.tables.set(buf.toString("latin1", o, o + 4), { offset: buf.readUInt32BE(o + 8), length: buf.readUInt32BE(o + 12) });
    }
    const head = this.table("head");
    this.unitsPerEm = buf.readUInt16BE(head + 18);
    this.longLoca = buf.readInt16BE(head + 50) === 1;
    const hhea = this.table("hhea");
    this.ascender = buf.readInt16BE(hhea + 4);
    this.descender = buf.readInt16BE(hhea + 6);
    const numberOfHMetrics = buf.readUInt16BE(hhea + 34);
    this.numGlyphs = buf.readUInt16BE(this.table("maxp") + 4);
    const hmtx = this.table("hmtx");
    for (let g = 0; g < this.numGlyphs; g++) {
      this.advances.push(buf.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1)));
    }
    this.readCmap();
    if (this.tables.has("GPOS")) this.readKerning();
  }

  private table(tag: string): number {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  }

  private readCmap() {
    const b = this.buf;
    const cmap = this.table("cmap");
    const n = b.readUInt16BE(cmap + 2);
    let best = -1;
    let bestFormat = 0;
    for (let i = 0; i < n; i++) {
      const platform = b.readUInt16BE(cmap + 4 + 8 * i);
      const encoding = b.readUInt16BE(cmap + 6 + 8 * i);
      const offset = cmap + b.readUInt32BE(cmap + 8 + 8 * i);
      const format = b.readUInt16BE(offset);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (unicode && (format === 12 || (format === 4 && bestFormat !== 12))) {
        best = offset;
        bestFormat = format;
      }
    }
    if (best < 0) throw new Error("font has no Unicode cmap");
    if (bestFormat === 12) {
      const groups = b.readUInt32BE(best + 12);
      for (let i = 0; i < groups; i++) {
        const o = best + 16 + 12 * i;
        const start = b.readUInt32BE(o);
        const end = b.readUInt32BE(o + 4);
        const glyph = b.readUInt32BE(o + 8);
        for (let c = start; c <= end; c++) this.cmap.set(c, glyph + c - start);
      }
    } else {
      const segX2 = b.readUInt16BE(best + 6);
      const ends = best + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = b.readUInt16BE(ends + 2 * s);
        const start = b.readUInt16BE(starts + 2 * s);
        const delta = b.readInt16BE(deltas + 2 * s);
        const rangeOffset = b.readUInt16BE(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let g: number;
          if (rangeOffset === 0) g = (c + delta) & 0xffff;
          else {
            g = b.readUInt16BE(ranges + 2 * s + rangeOffset + 2 * (c - start));
            if (g !== 0) g = (g + delta) & 0xffff;
          }
          if (g !== 0) this.cmap.set(c, g);
        }
      }
    }
  }

  private coverage(offset: number): Map<number, number> {
    const b = this.buf;
    const format = b.readUInt16BE(offset);
    const map = new Map<number, number>();
    const count = b.readUInt16BE(offset + 2);
    if (format === 1) {
      for (let i = 0; i < count; i++) map.set(b.readUInt16BE(offset + 4 + 2 * i), i);
    } else {
      for (let i = 0; i < count; i++) {
        const o = offset + 4 + 6 * i;
        const start = b.readUInt16BE(o);
        const end = b.readUInt16BE(o + 2);
        const index = b.readUInt16BE(o + 4);
        for (let g = start; g <= end; g++) map.set(g, index + g - start);
      }
    }
    return map;
  }

  private classDef(offset: number): Map<number, number> {
    const b = this.buf;
    const map = new Map<number, number>();
    if (b.readUInt16BE(offset) === 1) {
      const first = b.readUInt16BE(offset + 2);
      const count = b.readUInt16BE(offset + 4);
      for (let i = 0; i < count; i++) map.set(first + i, b.readUInt16BE(offset + 6 + 2 * i));
    } else {
      const count = b.readUInt16BE(offset + 2);
      for (let i = 0; i < count; i++) {
        const o = offset + 4 + 6 * i;
        for (let g = b.readUInt16BE(o); g <= b.readUInt16BE(o + 2); g++) map.set(g, b.readUInt16BE(o + 4));
      }
    }
    return map;
  }

  /** Horizontal pair adjustments of the "kern" feature (the x advance of the first glyph only). */
  private readKerning() {
    const b = this.buf;
    const gpos = this.table("GPOS");
    const featureList = gpos + b.readUInt16BE(gpos + 6);
    const lookupList = gpos + b.readUInt16BE(gpos + 8);
    const lookups = new Set<number>();
    const nFeatures = b.readUInt16BE(featureList);
    for (let i = 0; i < nFeatures; i++) {
      const rec = featureList + 2 + 6 * i;
      if (b.toString("latin1", rec, rec + 4) !== "kern") continue;
      const feature = featureList + b.readUInt16BE(rec + 4);
      const n = b.readUInt16BE(feature + 2);
      for (let j = 0; j < n; j++) lookups.add(b.readUInt16BE(feature + 4 + 2 * j));
    }
    for (const index of [...lookups].sort((x, y) => x - y)) {
      const lookup = lookupList + b.readUInt16BE(lookupList + 2 + 2 * index);
      let type = b.readUInt16BE(lookup);
      const n = b.readUInt16BE(lookup + 4);
      for (let s = 0; s < n; s++) {
        let sub = lookup + b.readUInt16BE(lookup + 6 + 2 * s);
        if (type === 9) {
          type = b.readUInt16BE(sub + 2);
          sub = sub + b.readUInt32BE(sub + 4);
        }
        if (type === 2) this.readPairPos(sub);
        type = b.readUInt16BE(lookup);
      }
    }
  }

  /** Value record size in bytes, and the offset of XAdvance inside it (or -1). */
  private valueRecord(format: number): { size: number; xAdvance: number } {
    let size = 0;
    let xAdvance = -1;
    for (let bit = 0; bit < 8; bit++) {
      if (format & (1 << bit)) {
        if (bit === 2) xAdvance = size;
        size += 2;
      }
    }
    return { size, xAdvance };
  }

  private readPairPos(sub: number) {
    const b = this.buf;
    const format = b.readUInt16BE(sub);
    const coverage = this.coverage(sub + b.readUInt16BE(sub + 2));
    const v1 = this.valueRecord(b.readUInt16BE(sub + 4));
    const v2 = this.valueRecord(b.readUInt16BE(sub + 6));
    if (format === 1) {
      const setCount = b.readUInt16BE(sub + 8);
      const byIndex = new Map([...coverage].map(([g, i]) => [i, g]));
      for (let i = 0; i < setCount; i++) {
        const first = byIndex.get(i);
        if (first === undefined) continue;
        const set = sub + b.readUInt16BE(sub + 10 + 2 * i);
        const count = b.readUInt16BE(set);
        const rec = 2 + v1.size + v2.size;
        let pairs = this.kern.get(first);
        if (!pairs) this.kern.set(first, (pairs = new Map()));
        for (let j = 0; j < count; j++) {
          const o = set + 2 + rec * j;
          const second = b.readUInt16BE(o);
          if (v1.xAdvance >= 0 && !pairs.has(second)) pairs.set(second, b.readInt16BE(o + 2 + v1.xAdvance));
        }
      }
    } else if (format === 2) {
      const class1 = this.classDef(sub + b.readUInt16BE(sub + 8));
      const class2 = this.classDef(sub + b.readUInt16BE(sub + 10));
      const c1 = b.readUInt16BE(sub + 12);
      const c2 = b.readUInt16BE(sub + 14);
      const rec = v1.size + v2.size;
      const values: number[][] = [];
      for (let i = 0; i < c1; i++) {
        const row: number[] = [];
        for (let j = 0; j < c2; j++) {
          const o = sub + 16 + (i * c2 + j) * rec;
          row.push(v1.xAdvance >= 0 ? b.readInt16BE(o + v1.xAdvance) : 0);
        }
        values.push(row);
      }
      this.kernClasses.push({ coverage, class1, class2, values });
    }
  }

  glyph(cp: number): number | undefined {
    return this.cmap.get(cp);
  }

  /** Kerning between two glyphs, in font units (first matching subtable wins, as in OpenType). */
  kerning(left: number, right: number): number {
    const direct = this.kern.get(left)?.get(right);
    if (direct !== undefined) return direct;
    for (const k of this.kernClasses) {
      if (!k.coverage.has(left)) continue;
      return k.values[k.class1.get(left) ?? 0]?.[k.class2.get(right) ?? 0] ?? 0;
    }
    return 0;
  }

  /** Glyphs of a string with their x positions in font units; throws on a character the font lacks. */
  shape(text: string): { glyph: number; x: number }[] {
    const out: { glyph: number; x: number }[] = [];
    let x = 0;
    let prev = -1;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const g = this.glyph(cp);
      if (g === undefined) throw new Error(`Inter has no glyph for U+${cp.toString(16).toUpperCase().padStart(4, "0")} (“${ch}”) in “${text}”`);
      if (prev >= 0) x += this.kerning(prev, g);
      out.push({ glyph: g, x });
      x += this.advances[g];
      prev = g;
    }
    out.push({ glyph: -1, x });
    return out;
  }

  /** Width of a string set at `size` px. */
  width(text: string, size: number): number {
    const s = this.shape(text);
    return (s[s.length - 1].x * size) / this.unitsPerEm;
  }

  /** Outline of a glyph as SVG path data in font units, y pointing down (baseline at 0). "" for blank glyphs. */
  outline(glyph: number): string {
    let d = this.outlines.get(glyph);
    if (d === undefined) {
      d = this.contours(glyph, 1, 0, 0, 1, 0, 0, 0).map(contourPath).join("");
      this.outlines.set(glyph, d);
    }
    return d;
  }

  private contours(glyph: number, a: number, b2: number, c: number, d: number, dx: number, dy: number, depth: number): Pt[][] {
    if (depth > 8) throw new Error("composite glyph nesting too deep");
    const b = this.buf;
    const loca = this.table("loca");
    const glyf = this.table("glyf");
    const start = this.longLoca ? b.readUInt32BE(loca + 4 * glyph) : 2 * b.readUInt16BE(loca + 2 * glyph);
    const end = this.longLoca ? b.readUInt32BE(loca + 4 * glyph + 4) : 2 * b.readUInt16BE(loca + 2 * glyph + 2);
    if (end <= start) return [];
    const o = glyf + start;
    const nContours = b.readInt16BE(o);
    const tx = (x: number, y: number): [number, number] => [a * x + c * y + dx, b2 * x + d * y + dy];
    if (nContours >= 0) {
      const endPts: number[] = [];
      for (let i = 0; i < nContours; i++) endPts.push(b.readUInt16BE(o + 10 + 2 * i));
      const nPoints = nContours ? endPts[nContours - 1] + 1 : 0;
      const instrLen = b.readUInt16BE(o + 10 + 2 * nContours);
      let p = o + 12 + 2 * nContours + instrLen;
      const flags: number[] = [];
      while (flags.length < nPoints) {
        const f = b.readUInt8(p++);
        flags.push(f);
        if (f & 8) {
          const repeat = b.readUInt8(p++);
          for (let r = 0; r < repeat; r++) flags.push(f);
        }
      }
      const xs: number[] = [];
      let v = 0;
      for (const f of flags) {
        if (f & 2) v += (f & 16 ? 1 : -1) * b.readUInt8(p++);
        else if (!(f & 16)) { v += b.readInt16BE(p); p += 2; }
        xs.push(v);
      }
      const ys: number[] = [];
      v = 0;
      for (const f of flags) {
        if (f & 4) v += (f & 32 ? 1 : -1) * b.readUInt8(p++);
        else if (!(f & 32)) { v += b.readInt16BE(p); p += 2; }
        ys.push(v);
      }
      const result: Pt[][] = [];
      let first = 0;
      for (const last of endPts) {
        const pts: Pt[] = [];
        for (let i = first; i <= last; i++) {
          const [x, y] = tx(xs[i], ys[i]);
          pts.push({ x, y, on: (flags[i] & 1) === 1 });
        }
        result.push(pts);
        first = last + 1;
      }
      return result;
    }
    // composite glyph
    const result: Pt[][] = [];
    let p = o + 10;
    for (;;) {
      const flags = b.readUInt16BE(p);
      const component = b.readUInt16BE(p + 2);
      p += 4;
      let e: number, f: number;
      if (flags & 1) { e = b.readInt16BE(p); f = b.readInt16BE(p + 2); p += 4; }
      else { e = b.readInt8(p); f = b.readInt8(p + 1); p += 2; }
      if (!(flags & 2)) throw new Error(`glyph ${glyph}: point-matched composites are not supported`);
      let ca = 1, cb = 0, cc = 0, cd = 1;
      const f2dot14 = (q: number) => b.readInt16BE(q) / 16384;
      if (flags & 8) { ca = cd = f2dot14(p); p += 2; }
      else if (flags & 0x40) { ca = f2dot14(p); cd = f2dot14(p + 2); p += 4; }
      else if (flags & 0x80) { ca = f2dot14(p); cb = f2dot14(p + 2); cc = f2dot14(p + 4); cd = f2dot14(p + 6); p += 8; }
      // compose: parent ∘ (component transform)
      const [ox, oy] = tx(e, f);
      result.push(...this.contours(component, a * ca + c * cb, b2 * ca + d * cb, a * cc + c * cd, b2 * cc + d * cd, ox, oy, depth + 1));
      if (!(flags & 0x20)) break;
    }
    return result;
  }
}

interface Pt { x: number; y: number; on: boolean }

const num = (v: number) => String(Math.round(v));

/** A TrueType contour (quadratic, with implied on-curve midpoints) as path data; y flipped to point down. */
function contourPath(contour: Pt[]): string {
  if (contour.length === 0) return "";
  const n = contour.length;
  const first = contour.findIndex((q) => q.on);
  // start on an on-curve point; with none, on the implied midpoint of the first two
  const pts = first >= 0
    ? [...contour.slice(first), ...contour.slice(0, first)]
    : [{ x: (contour[0].x + contour[1 % n].x) / 2, y: (contour[0].y + contour[1 % n].y) / 2, on: true }, ...contour.slice(1), contour[0]];
  const start = pts[0];
  const P = (q: { x: number; y: number }) => `${num(q.x)} ${num(-q.y)}`;
  let d = `M${P(start)}`;
  let control: Pt | null = null;
  for (let i = 1; i <= pts.length; i++) {
    const q = i < pts.length ? pts[i] : start;
    if (q.on) {
      d += control ? `Q${P(control)} ${P(q)}` : `L${P(q)}`;
      control = null;
    } else {
      if (control) d += `Q${P(control)} ${P({ x: (control.x + q.x) / 2, y: (control.y + q.y) / 2 })}`;
      control = q;
    }
  }
  return d + "Z";
}

const cache = new Map<Weight, Font>();
export function font(weight: Weight): Font {
  let f = cache.get(weight);
  if (!f) cache.set(weight, (f = new Font(readFileSync(fontFile(weight)))));
  return f;
}
