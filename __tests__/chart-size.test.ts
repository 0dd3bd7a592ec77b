/**
 * A chart's size from its spec alone (lib/figures/charts/size.ts), which the embed's declared height uses on pages
 * where no chart is drawn: for every view of every figure, in every language, at both widths, it is the size recharts
 * draws (the viewBox of the static SVG). The French and Russian names wrap onto more lines than the English ones in
 * the grouped bars, so the sizes differ by language there, and the spec follows.
 */
import { derived } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { chartSize } from "../lib/figures/charts/size";
import { staticChart } from "../lib/publish/chart-svg/read";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import { LOCALES } from "../lib/i18n/locales";

test("every view's size from its spec is the viewBox recharts draws", () => {
  const d = derived();
  const seen: string[] = [];
  for (const def of FIGURES)
    for (const locale of LOCALES) {
      const fig = figureIn(def, locale);
      for (const v of fig.variants)
        for (const width of Object.values(WIDTHS)) {
          const svg = staticChart(def.id, v.key, width, locale).svg;
          const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
          const size = chartSize(fig.chart(d, v.key), width);
          expect([def.id, v.key, locale, width, Number(box?.[1]), Number(box?.[2])]).toEqual([
            def.id,
            v.key,
            locale,
            width,
            size.width,
            size.height,
          ]);
          seen.push(`${size.width}x${size.height}`);
        }
    }
  // the sizes are not all one: the spec's height follows what is drawn
  expect(new Set(seen).size).toBeGreaterThan(5);
}, 120_000);
