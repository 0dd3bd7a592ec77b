/**
 * An embed carries two renders of its chart (a phone's and a desktop's, one shown by a CSS media query on the
 * iframe's width), where a bare page would carry one: ~2.1× the bytes of such a page. Most of a render's bytes are
 * markup the embed does not use: recharts' class names (no embed style refers to them), the props recharts copies
 * onto every line, bar, dot and label as attributes that do nothing there (orientation, name, radius; x/y/width/height
 * of a <line>, <path> or <circle>; width/height of a <text>), and coordinates written to 14 decimals. This
 * writes the same drawing without them, coordinates to 0.1 of a unit (a tenth of a CSS pixel at the render's own
 * width); text, accessible name and colours (the theme's CSS variables) are untouched.
 */

/** The attributes holding coordinates only (never text). */
const GEOMETRY = /\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|points|transform)="([^"]*)"/g;

const round = (v: string) => v.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));

export function compactSvg(svg: string): string {
  if (!svg.startsWith("<svg")) throw new Error("compactSvg: not an SVG");
  return (
    svg
      .replace(/\sclass="recharts-[^"]*"/g, "")
      // recharts' props written out as attributes that SVG does not have, or that do nothing on these elements
      .replace(/\s(?:orientation|name|radius)="[^"]*"/g, "")
      .replace(/<(line|path|circle|text)\b[^>]*>/g, (tag, el: string) =>
        tag.replace(el === "text" ? /\s(?:width|height)="[^"]*"/g : /\s(?:x|y|width|height)="[^"]*"/g, ""),
      )
      .replace(/<[a-zA-Z][^>]*>/g, (tag) =>
        tag.replace(GEOMETRY, (_m, name: string, v: string) => ` ${name}="${round(v)}"`),
      )
  );
}
