/**
 * Inter, read with opentype.js from the TTFs shipped in node_modules/@expo-google-fonts/inter, to lay out and draw
 * text identically on every machine: character → glyph (cmap), advance widths, pair kerning (the GPOS "kern"
 * lookups) and glyph outlines as SVG path data in font units. Used to wrap text to a width and to convert text to
 * paths (./text.ts).
 *
 * Layout is one glyph per character, without glyph substitution (opentype.js's stringToGlyphs stops on Inter's
 * ccmp lookups), and each kern lookup adds its adjustment to a pair, as HarfBuzz (resvg, browsers) does.
 *
 * opentype.js 2.0 does not read GPOS Extension lookups (type 9, "GPOS Lookup 9 not supported"; opentypejs/opentype.js
 * pull request 491), and Inter keeps most of its kerning in one. readExtensionKerning() has opentype.js's own table
 * parser read the pair-adjustment subtables those lookups wrap, in the form opentype.js gives the unwrapped ones, so
 * opentype.js's kerning lookup can use them. It can go once opentype.js reads Extension lookups itself.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as opentype from "opentype.js";

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

// ---- the parts of opentype.js 2 that @types/opentype.js (written for 1.3) does not describe ----------------------

interface GposLookup { lookupType: number; subtables: object[] }

/** Path.toPathData's options (opentype.js 2; 1.3 took only a number of decimal places). */
interface PathData { toPathData(options: { decimalPlaces: number; flipY: boolean; flipYBase: number }): string }

/** opentype.js's layout helper for GPOS (font.position). */
interface Position {
  getKerningTables(script: string): GposLookup[] | undefined;
  getKerningValue(lookups: GposLookup[], left: number, right: number): number;
}

/** opentype.js's OpenType table reader (exported as `_parse.Parser`): reads at `offset` + its own relative offset. */
interface TableReader {
  readonly data: DataView;
  readonly offset: number;
  parseUShort(): number;
  parseULong(): number;
  parseVersion(minorBase?: number): number;
  parseScriptList(): unknown;
  parseFeatureList(): unknown;
  parseLookupList(readers: Read<object>[]): GposLookup[];
  parseRecordList<T>(count: number, fields: { [K in keyof T]: Read<T[K]> }): T[];
  parsePointer<T>(read: Read<T>): T;
  parseList<T>(read: Read<T>): T[];
  parseList<T>(count: number, read: Read<T>): T[];
  parseValueRecord(format: number): { xAdvance?: number } | undefined;
  skip(type: "uShort", amount: number): void;
}
type Read<T> = (this: TableReader) => T;
interface TableReaderClass {
  new (data: DataView, offset: number): TableReader;
  tag: Read<string>;
  uLong: Read<number>;
  coverage: Read<object>;
  classDef: Read<object>;
  pointer<T>(read: Read<T>): Read<T>;
  list<T>(read: Read<T>): Read<T[]>;
  list<T>(count: number, read: Read<T>): Read<T[]>;
}

const { Parser } = (opentype as unknown as { _parse: { Parser: TableReaderClass } })._parse;

/** A PairPos subtable (lookup type 2) as opentype.js's GPOS parser returns it (src/tables/gpos.mjs). */
function readPairPos(this: TableReader): object {
  const posFormat = this.parseUShort();
  const coverage = this.parsePointer(Parser.coverage);
  const valueFormat1 = this.parseUShort();
  const valueFormat2 = this.parseUShort();
  const values: Read<object> = function () {
    return { value1: this.parseValueRecord(valueFormat1), value2: this.parseValueRecord(valueFormat2) };
  };
  if (posFormat === 1) {
    const pair: Read<object> = function () {
      return { secondGlyph: this.parseUShort(), ...values.call(this) };
    };
    return { posFormat, coverage, valueFormat1, valueFormat2, pairSets: this.parseList(Parser.pointer(Parser.list(pair))) };
  }
  const classDef1 = this.parsePointer(Parser.classDef);
  const classDef2 = this.parsePointer(Parser.classDef);
  const class1Count = this.parseUShort();
  const class2Count = this.parseUShort();
  return { posFormat, coverage, valueFormat1, valueFormat2, classDef1, classDef2, class1Count, class2Count, classRecords: this.parseList(class1Count, Parser.list(class2Count, values)) };
}

/** An Extension subtable (lookup type 9): the pair-adjustment subtable it points to, or null for any other type. */
function readExtension(this: TableReader): object | null {
  this.parseUShort(); // format, always 1
  const type = this.parseUShort();
  const offset = this.parseULong();
  return type === 2 ? readPairPos.call(new Parser(this.data, this.offset + offset)) : null;
}

/**
 * Replace, in the parsed font, each GPOS Extension lookup that wraps pair adjustments (which opentype.js leaves
 * unread) by the pair-adjustment lookup it stands for.
 */
function readExtensionKerning(font: opentype.Font, bytes: ArrayBuffer): void {
  const lookups: GposLookup[] | undefined = font.tables.gpos?.lookups;
  if (!lookups?.some((l) => l.lookupType === 9)) return;
  const data = new DataView(bytes);
  const directory = new Parser(data, 4);
  const numTables = directory.parseUShort();
  directory.skip("uShort", 3); // searchRange, entrySelector, rangeShift
  const tables = directory.parseRecordList<{ tag: string; checksum: number; offset: number; length: number }>(numTables, { tag: Parser.tag, checksum: Parser.uLong, offset: Parser.uLong, length: Parser.uLong });
  const gpos = new Parser(data, tables.find((t) => t.tag === "GPOS")!.offset);
  gpos.parseVersion(1);
  gpos.parseScriptList();
  gpos.parseFeatureList();
  const readers: Read<object | null>[] = Array.from({ length: 10 }, () => () => null);
  readers[9] = readExtension;
  gpos.parseLookupList(readers as Read<object>[]).forEach((read, i) => {
    if (read.lookupType === 9 && read.subtables.length > 0 && read.subtables.every((s) => s !== null)) {
      lookups[i] = { ...lookups[i], lookupType: 2, subtables: read.subtables };
    }
  });
}

// ---- the font --------------------------------------------------------------------------------------------------

export interface PlacedGlyph { glyph: number; x: number }

export class Font {
  readonly unitsPerEm: number;
  private readonly kernLookups: GposLookup[];
  private readonly position: Position;
  private readonly kerns = new Map<number, number>();
  private readonly outlines = new Map<number, string>();

  constructor(private readonly font: opentype.Font) {
    this.unitsPerEm = font.unitsPerEm;
    this.position = (font as unknown as { position: Position }).position;
    // the kern feature of the Latin script (the only script drawn); each lookup once
    this.kernLookups = [...new Set(this.position.getKerningTables("latn") ?? [])];
  }

  /** Glyph index of a character; throws on a character the font lacks. */
  glyph(ch: string, text: string): number {
    const g = this.font.charToGlyphIndex(ch);
    if (!g) {
      const cp = ch.codePointAt(0)!;
      throw new Error(`Inter has no glyph for U+${cp.toString(16).toUpperCase().padStart(4, "0")} (“${ch}”) in “${text}”`);
    }
    return g;
  }

  /** Kerning between two glyphs, in font units: the sum of the kern lookups' adjustments. */
  kerning(left: number, right: number): number {
    const key = left * 0x10000 + right;
    let k = this.kerns.get(key);
    if (k === undefined) {
      k = 0;
      for (const lookup of this.kernLookups) k += this.position.getKerningValue([lookup], left, right);
      this.kerns.set(key, k);
    }
    return k;
  }

  /** Glyphs of a string with their x positions, and its advance, in font units. */
  shape(text: string): { glyphs: PlacedGlyph[]; advance: number } {
    const glyphs: PlacedGlyph[] = [];
    let x = 0;
    let prev = -1;
    for (const ch of text) {
      const g = this.glyph(ch, text);
      if (prev >= 0) x += this.kerning(prev, g);
      glyphs.push({ glyph: g, x });
      x += this.font.glyphs.get(g).advanceWidth ?? 0;
      prev = g;
    }
    return { glyphs, advance: x };
  }

  /** Width of a string set at `size` px. */
  width(text: string, size: number): number {
    return (this.shape(text).advance * size) / this.unitsPerEm;
  }

  /** Outline of a glyph as SVG path data in font units, y pointing down (baseline at 0). "" for blank glyphs. */
  outline(glyph: number): string {
    let d = this.outlines.get(glyph);
    if (d === undefined) {
      // the glyph's own path (font units, y up, contours closed), flipped about the baseline, whole units
      d = (this.font.glyphs.get(glyph).path as unknown as PathData).toPathData({ decimalPlaces: 0, flipY: true, flipYBase: 0 });
      this.outlines.set(glyph, d);
    }
    return d;
  }
}

const cache = new Map<Weight, Font>();
export function font(weight: Weight): Font {
  let f = cache.get(weight);
  if (!f) {
    const bytes = new Uint8Array(readFileSync(fontFile(weight))).buffer;
    const parsed = opentype.parse(bytes);
    readExtensionKerning(parsed, bytes);
    cache.set(weight, (f = new Font(parsed)));
  }
  return f;
}
