/**
 * The static chart SVGs (lib/publish/chart-svg/render.ts) are recharts' render compacted by SVGO. Checked against
 * recharts' own markup, rendered here from the same chart element: the same elements, text and colours in the same
 * order; coordinates to a tenth of a unit (path data to a hundredth); the same drawing pixel for pixel within anti-aliasing (resvg, both at 2×);
 * and the attributes the pages, embeds and exports read (ids, data-, aria-, role, title, desc, width) kept.
 */
import { Resvg } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import { derived } from "../lib/derive";
import { chartElement } from "../lib/figures/charts/render";
import { figureIn } from "../lib/figures/localize";
import { FIGURES } from "../lib/figures/registry";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import { compactSvg, renderChartSvg } from "../lib/publish/chart-svg/render";

const d = derived();
const tags = (s: string) => [...s.matchAll(/<([a-zA-Z]+)\b/g)].map((m) => m[1]);
const texts = (s: string) =>
  [...s.replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, "").matchAll(/>([^<]+)</g)].map((m) => m[1]);
const colours = (s: string) => [...s.matchAll(/\s(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
const inner = (s: string) => s.replace(/^<svg\b[^>]*>/, "").replace(/<\/svg>$/, "");

/** The drawing alone at 2×, colours fixed (resvg knows no CSS variables), no text (no fonts loaded). */
function pixels(svg: string, w: number, h: number): Uint8Array {
  const body = inner(svg)
    .replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, "")
    .replace(/var\(--[a-z-]+\)/g, "#000");
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
  return new Resvg(doc, { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: false } }).render().pixels;
}

// one figure of each kind of chart, each width
const kinds = new Map(FIGURES.map((f) => [f.chart(d, f.variants[0].key).kind, f]));
const cases = [...kinds.values()].flatMap((f) => Object.values(WIDTHS).map((w) => [f.id, w] as const));

describe.each(cases)("%s at %i units", (id, width) => {
  const fig = figureIn(
    FIGURES.find((f) => f.id === id)!,
    "en",
  );
  const variant = fig.variants[0].key;
  const raw = /<svg[\s\S]*<\/svg>/.exec(
    renderToStaticMarkup(chartElement(fig.chart(d, variant), width, fig.title, "en")),
  )![0];
  const ours = renderChartSvg(fig, d, variant, width, "en");

  test("same elements, text and colours, in the same order", () => {
    expect(tags(ours.svg)).toEqual(tags(raw));
    expect(texts(ours.svg)).toEqual(texts(raw));
    expect(colours(ours.svg)).toEqual(colours(raw));
  });

  test("coordinates to a tenth of a unit, path data to a hundredth; smaller", () => {
    expect(raw).toMatch(/="[^"]*\d\.\d{3,}/);
    expect(/\s(?:x|y|x1|y1|x2|y2|cx|cy|r|width|height)="-?\d*\.\d\d[^"]*"/.exec(ours.svg)?.[0]).toBeUndefined();
    expect(/\sd="[^"]*\d\.\d\d\d[^"]*"/.exec(ours.svg)?.[0]).toBeUndefined();
    expect(ours.svg.length).toBeLessThan(raw.length * 0.9);
  });

  test("the same drawing: at 2×, no pixel differs by more than an edge's anti-aliasing", () => {
    const a = pixels(raw, ours.width, ours.height);
    const b = pixels(ours.svg, ours.width, ours.height);
    expect(b.length).toBe(a.length);
    let sum = 0;
    let max = 0;
    let drawn = 0;
    for (let i = 3; i < a.length; i += 4) {
      const diff = Math.abs(a[i] - b[i]);

      sum += diff;
      max = Math.max(max, diff);
      if (a[i] > 0) drawn++;
    }
    expect(drawn).toBeGreaterThan(1000); // the drawing is there to compare
    // an edge moved by under a tenth of a unit changes a pixel's coverage by at most ~a third; nothing appears or
    // disappears (that would be a difference of 255)
    expect(max).toBeLessThanOrEqual(96);
    expect(sum / (a.length / 4)).toBeLessThan(1.5);
  });

  test("what the pages, embeds and exports read is kept", () => {
    expect(ours.svg).toMatch(
      new RegExp(
        `^<svg class="recharts-surface" width="100%" style="height:auto;max-width:100%" role="img" aria-label="[^"]+" data-figure="${id}" data-variant="${variant}" viewBox="0 0 ${ours.width} ${ours.height}">`,
      ),
    );
    expect(ours.svg).toContain(`<title>`);
    expect(ours.svg).toContain(`<desc>`);
    for (const m of ours.svg.matchAll(/\sid="([^"]*)"/g))
      expect(m[1].startsWith(`${id}-${variant}-${width}-`)).toBe(true);
    expect(ours.svg.match(/\sclass="recharts-[^"]*"/g)?.length).toBe(raw.match(/\sclass="recharts-[^"]*"/g)?.length);
  });
});

test("compactSvg: a value in a text is left as written; coordinates rounded; an unreadable SVG names its chart", () => {
  expect(compactSvg('<svg><text x="1.25" y="2.04">1.25</text></svg>', "t")).toBe(
    '<svg><text x="1.3" y="2">1.25</text></svg>',
  );
  expect(compactSvg('<svg><line x1="0" y1="0.04" x2="5" y2="5" orientation="left" x="3"/></svg>', "t")).toBe(
    '<svg><line x1="0" y1="0" x2="5" y2="5"/></svg>',
  );
  expect(() => compactSvg("<svg><g></svg>", "figure x/y/340/en")).toThrow(/figure x\/y\/340\/en: SVGO/);
});
