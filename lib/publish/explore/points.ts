/**
 * Each chart's points as the exploration layer reads them (./client.ts), written at postbuild, one file per figure,
 * view and language (./shared.ts, pointsPath): the series in reading order, each point's sentence (series, category
 * or year, value in the chart's units, and the rank on a slope chart), worded from the catalogues with the site's
 * number formats; the tooltip's text; the tone of each point; and where each point is drawn in each render, learnt
 * from recharts by rendering the chart again with a recorder (lib/figures/charts/marks.tsx). Every value is the one
 * the chart draws, from the same derived rows as its table and CSV; nothing is computed in the browser.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { derived, type Derived } from "../../derive";
import { FIGURES } from "../../figures/registry";
import { figureIn } from "../../figures/localize";
import { chartElement } from "../../figures/charts/render";
import { slopeSeries } from "../../figures/charts/size";
import type { MarkBox } from "../../figures/charts/marks";
import type { ChartSpec, LocalizedFigure } from "../../figures/types";
import { formatMonth, numberCell } from "../../format";
import { LOCALES, type Locale } from "../../i18n/locales";
import { message, ordinalIn, type MessageId } from "../../i18n/translate";
import { WIDTHS } from "../chart-svg/paths";
import type { Output } from "../files";
import { pointsPath, type ExploreBox, type ExploreFile } from "./shared";

/** The tones' range: two octaves, A3 to A5, the lowest value of a view at the bottom and its highest at the top. */
export const LOW_HZ = 220;
export const OCTAVES = 2;

/** A point before it is worded: its category (a year, a country, a month), its value, its rank on a slope chart. */
interface RawPoint {
  category: string;
  value: number | null;
  rank?: number;
  /** a dated mark within this point's month (the monthly chart's) */
  mark?: string;
}
/** A series as the reader moves along it; `key` is the data key its marks are recorded under. */
interface RawSeries {
  key: string;
  label: string;
  points: RawPoint[];
  /** the announcement names the category first ("France, 2019"), for series that are years */
  categoryFirst?: boolean;
  /** a series of the rows the chart does not draw (PointValue.more) */
  undrawn?: boolean;
}

/** The series of a chart as a reader moves through them, from its spec (the rows its table shows), and the series
 *  of its rows it does not draw (`more`, named). */
export function rawSeries(
  spec: ChartSpec,
  locale: Locale,
  more: readonly { key: string; label: string }[] = [],
): RawSeries[] {
  if (more.length && spec.kind !== "bars-and-line")
    throw new Error(
      `a ${spec.kind} chart has no rows for series it does not draw (${more.map((m) => m.key).join(", ")})`,
    );
  switch (spec.kind) {
    case "bars-and-line":
      return [
        ...[...spec.bars, spec.line].map((s) => ({ ...s, undrawn: false })),
        ...more.map((m) => ({ ...m, undrawn: true })),
      ].map((s) => ({
        key: s.key,
        label: s.label,
        ...(s.undrawn ? { undrawn: true } : {}),
        points: spec.rows.map((r) => ({ category: String(r.year), value: numberOrNull(r[s.key]) })),
      }));
    case "slope": {
      const valueIn = (ranks: typeof spec.a.ranks, code: string) =>
        ranks.find((r) => r.partner === code)?.value ?? null;
      return slopeSeries(spec.a, spec.b, spec.top).map((s) => ({
        key: s.code,
        label: s.name,
        points: [
          { category: String(spec.a.year), value: valueIn(spec.a.ranks, s.code), rank: s.a },
          { category: String(spec.b.year), value: valueIn(spec.b.ranks, s.code), rank: s.b },
        ],
      }));
    }
    case "grouped-bars":
      return spec.series.map((s) => ({
        key: s.key,
        label: s.label,
        categoryFirst: true,
        points: spec.data.map((g) => ({ category: g.name, value: g.values[s.key] ?? null })),
      }));
    case "monthly-lines":
      return spec.series.map((s) => ({
        key: s.key,
        label: s.label,
        points: spec.points.map((p) => ({
          category: formatMonth(p.period, locale),
          value: p.values[s.key] ?? null,
          ...(spec.mark.date.startsWith(`${p.period}-`) ? { mark: spec.mark.label } : {}),
        })),
      }));
    case "rank-lines":
      return spec.series.map((s) => ({
        key: s.key,
        label: s.label,
        points: spec.points.map((p) => ({ category: String(p.year), value: p.values[s.key] ?? null })),
      }));
  }
}

function numberOrNull(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`a chart value is not a number: ${String(v)}`);
  return v;
}

/** Where each point of `spec` is drawn at `width`: series data key → point index → box. */
export function markBoxes(
  spec: ChartSpec,
  width: number,
  title: string,
  locale: Locale,
): Map<string, Map<number, MarkBox | null>> {
  const boxes = new Map<string, Map<number, MarkBox | null>>();
  renderToStaticMarkup(
    chartElement(spec, width, title, locale, (series, index, box) => {
      if (!boxes.has(series)) boxes.set(series, new Map());
      boxes.get(series)!.set(index, box);
    }),
  );
  return boxes;
}

const tenth = (x: number) => Math.round(x * 10) / 10;

/** A view's points file in a language. */
export function explorePoints(fig: LocalizedFigure, d: Derived, variant: string, locale: Locale): ExploreFile {
  const spec = fig.chart(d, variant);
  const more = (fig.point.more ?? []).map((m) => ({ key: m.key, label: message(locale, m.label.id, m.label.args) }));
  const series = rawSeries(spec, locale, more);
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const hz = (v: number | null) =>
    v === null ? null : tenth(LOW_HZ * 2 ** (hi > lo ? (OCTAVES * (v - lo)) / (hi - lo) : OCTAVES / 2));
  const words = fig.point.words(variant);
  const amount = (v: number, spoken: boolean) =>
    message(locale, words.id, {
      ...words.args,
      // as the table writes it; spoken, as its cells' labels are, without the group spaces a screen reader splits on
      v: ((c) => (spoken ? (c.label ?? c.text) : c.text))(numberCell(v, fig.point.decimals, locale)),
      n: v,
    });
  const sentence = (s: RawSeries, p: RawPoint, spoken: boolean) => {
    const names = s.categoryFirst
      ? { series: p.category, category: s.label }
      : { series: s.label, category: p.category };
    const id: MessageId =
      p.value === null ? "chartExplore.noValue" : p.rank ? "chartExplore.rankPoint" : "chartExplore.point";
    const point = message(locale, id, {
      ...names,
      ...(p.value === null ? {} : { value: amount(p.value, spoken) }),
      ...(p.rank ? { rank: ordinalIn(locale, p.rank) } : {}),
    });
    return p.mark ? message(locale, "chartExplore.mark", { point, mark: p.mark }) : point;
  };
  const boxes: ExploreFile["boxes"] = {};
  for (const width of Object.values(WIDTHS)) {
    const drawn = markBoxes(spec, width, fig.title, locale);
    boxes[String(width)] = series.map((s) =>
      s.points.map((p, i) => {
        const b = drawn.get(s.key)?.get(i);
        if (s.undrawn) return null;
        if (b === undefined && p.value !== null)
          throw new Error(`${fig.id}/${variant} (${locale}, ${width}): point ${i} of ${s.key} is not drawn`);
        return p.value === null || !b ? null : ([tenth(b.x), tenth(b.y), tenth(b.w), tenth(b.h)] as ExploreBox);
      }),
    );
  }
  return {
    series: series.map((s) => ({
      label: s.label,
      ...(s.undrawn ? { drawn: false } : {}),
      points: s.points.map((p) => {
        const t = sentence(s, p, true);
        const tip = sentence(s, p, false);
        return { t, ...(tip === t ? {} : { tip }), hz: hz(p.value) };
      }),
    })),
    boxes,
    words: {
      enter: message(locale, "chartExplore.enter", { title: fig.title, series: series.length }),
      role: message(locale, "chartExplore.role"),
      soundOn: message(locale, "chartExplore.soundOn"),
      soundOff: message(locale, "chartExplore.soundOff"),
      playing: series.map((s) => message(locale, "chartExplore.playing", { series: s.label })),
    },
  };
}

/** Every view's points file in every language. */
export function explorePointFiles(d: Derived = derived()): Output[] {
  const out: Output[] = [];
  for (const english of FIGURES)
    for (const locale of LOCALES) {
      const fig = figureIn(english, locale);
      for (const v of fig.variants)
        out.push({
          path: pointsPath(fig.id, v.key, locale).slice(1),
          content: JSON.stringify(explorePoints(fig, d, v.key, locale)) + "\n",
        });
    }
  return out;
}
