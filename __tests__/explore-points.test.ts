/**
 * The chart exploration layer's points files (lib/publish/explore/points.ts): where each point is said to be drawn
 * is where the static SVG (lib/publish/chart-svg/read.ts, read as text) draws its bar or dot; every point with a value has a place
 * and a tone, the tones order as the values do, and the sentences carry the value as the table writes it.
 */
import { staticChart } from "../lib/publish/chart-svg/read";
import { derived } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { explorePoints } from "../lib/publish/explore/points";
import { formatNumber } from "../lib/format";
import { LOCALES } from "../lib/i18n/locales";

const fig = (id: string, locale: "en" | "fr") =>
  figureIn(
    FIGURES.find((f) => f.id === id)!,
    locale,
  );

test("bars and dots are where the static SVG draws them", () => {
  const file = explorePoints(fig("bilateral-trade", "en"), derived(), "france-declared", "en");
  for (const width of [340, 760]) {
    const svg = staticChart("bilateral-trade", "france-declared", width, "en").svg;
    // the first bar series' rectangles, in data order: "M<x> <y>h<w>v<h>h-<w>Z"
    const firstBars = svg.slice(
      svg.indexOf("recharts-bar-rectangles"),
      svg.indexOf("recharts-bar-rectangles", svg.indexOf("recharts-bar-rectangles") + 1),
    );
    const rects = [...firstBars.matchAll(/d="M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+Z"/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const boxes = file.boxes[String(width)][0].filter((b) => b !== null);
    expect(rects.length).toBe(boxes.length);
    rects.forEach((r, i) => r.forEach((v, k) => expect(Math.abs(v - boxes[i]![k])).toBeLessThan(0.2)));
    const dots = [...svg.matchAll(/cx="([\d.]+)" cy="([\d.]+)" class="recharts-dot/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const line = file.boxes[String(width)][2].filter((b) => b !== null);
    expect(dots.length).toBe(line.length);
    dots.forEach(([x, y], i) => {
      expect(Math.abs(x - line[i]![0])).toBeLessThan(0.2);
      expect(Math.abs(y - line[i]![1])).toBeLessThan(0.2);
    });
  }
});

test("every point with a value has a place in each render and a tone; tones order as values; sentences hold the table's number", () => {
  const d = derived();
  for (const def of FIGURES)
    for (const locale of LOCALES) {
      const f = figureIn(def, locale);
      for (const v of f.variants) {
        const file = explorePoints(f, d, v.key, locale);
        for (const [s, series] of file.series.entries())
          for (const [i, p] of series.points.entries()) {
            const placed = Object.values(file.boxes).map((b) => b[s][i] !== null);
            expect({ at: `${f.id}/${v.key}/${locale} ${p.t}`, placed, tone: p.hz !== null }).toEqual({
              at: `${f.id}/${v.key}/${locale} ${p.t}`,
              // a series the chart does not draw has no place, only words and tones
              placed: placed.map(() => series.drawn !== false && p.hz !== null),
              tone: !/no figure|pas de chiffre|нет данных/.test(p.t),
            });
          }
      }
    }
  // France's rank and amount among Russia's partners in 2020, as the table writes them
  const ru = explorePoints(fig("russia-top-partners-total", "fr"), d, "belarus-filled", "fr");
  const france = ru.series.find((s) => s.label === "France")!;
  const row = fig("russia-top-partners-total", "fr")
    .table(d, "belarus-filled")
    .rows.find((r) => r.partner === "FRA" && r.year === 2020)!;
  expect(france.points[1].tip).toBe(
    `France, 2020 : ${row.rank}e, ${formatNumber(Number(row.total_usd_m), 1, "fr")} M$`,
  );
  // Table 1's total trade, not drawn, is explored after the drawn series: its peak is the table's
  const total = explorePoints(fig("bilateral-trade", "en"), d, "france-declared", "en").series[3];
  expect(total.drawn).toBe(false);
  const peak = [...fig("bilateral-trade", "en").table(d, "france-declared").rows].sort(
    (a, b) => (b.total_usd_m as number) - (a.total_usd_m as number),
  )[0];
  const loudest = total.points.reduce((a, b) => (b.hz! > a.hz! ? b : a));
  expect(loudest.t).toBe(
    `Total trade (exports + imports), ${peak.year}: USD ${formatNumber(peak.total_usd_m as number, 1, "en")} m`,
  );
  // the tones of Table 1's exports rise and fall with the values
  const t1 = explorePoints(fig("bilateral-trade", "en"), d, "france-declared", "en");
  const rows = fig("bilateral-trade", "en").table(d, "france-declared").rows;
  const values = rows.map((r) => r.fr_exports_usd_m as number);
  const tones = t1.series[0].points.map((p) => p.hz!);
  for (let a = 0; a < values.length; a++)
    for (let b = 0; b < values.length; b++) if (values[a] < values[b]) expect(tones[a]).toBeLessThan(tones[b]);
});
