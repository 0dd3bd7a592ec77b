/**
 * A figure or a chart page in a language, the same way for every language: each word of its definition (title,
 * units, source, notes, link labels, legend, views, table caption and columns, explorer label, the dated mark) is a
 * catalogue message (messages/<locale>.json) with its arguments, and each country, carried by ISO code in the chart
 * specs and tables, is named by lib/figures/localize-names.ts. Numbers and logic are the definition's own; a message
 * missing from a catalogue stops the build, naming the figure (or page), the key and the catalogue file.
 */
import { derived, type Derived } from "../derive";
import type { Locale } from "../i18n/locales";
import { missingMessage, translate, translateRuns, type Run } from "../i18n/translate";
import type {
  ChartSpec,
  ChartSpecDefinition,
  FigureDefinition,
  LocalizedFigure,
  Series,
  SeriesDefinition,
  TableModel,
  VariantDefinition,
  Words,
} from "./types";
import type { ChartPage, LocalizedPage } from "./pages";
import { contextOf, countryIn, sentences } from "./localize-names";
import { cellLabels } from "./since-2021";

/** A word of `owner` (a figure or a page) in a language; a message missing from the catalogue stops the build. */
function wordIn(owner: string, locale: Locale, words: Words, d?: Derived, view?: (key: string) => string): string {
  const id = missingMessage(locale, words);
  if (id) throw new Error(`${locale}: ${owner} has no message "${id}" (messages/${locale}.json)`);
  return translate(locale, words, contextOf(d ?? derived(), view));
}

/** A word of a figure as runs (lib/i18n/translate.ts translateRuns): a title kept in another language is its own run,
 *  which a page marks with its lang. Checked as wordIn checks it. */
export function figureWordRuns(fig: FigureDefinition, locale: Locale, words: Words): Run[] {
  wordIn(`figure ${fig.id}`, locale, words);
  return translateRuns(locale, words, contextOf(derived()));
}

export function figureIn(fig: FigureDefinition, locale: Locale): LocalizedFigure {
  const owner = `figure ${fig.id}`;
  const variants = fig.variants.map((v: VariantDefinition) => ({ key: v.key, label: wordIn(owner, locale, v.label) }));
  const variantLabel = (key: string) => {
    const v = variants.find((x) => x.key === key);
    if (!v) throw new Error(`${owner}: no view "${key}"`);
    return v.label;
  };
  const word = (w: Words, d?: Derived) => wordIn(owner, locale, w, d, variantLabel);
  const series = (s: SeriesDefinition, d?: Derived): Series => ({ ...s, label: word(s.label, d) });
  const name = (d: Derived, code: string) => countryIn(d, code, locale);
  const chart = (d: Derived, variant: string): ChartSpec => {
    const spec: ChartSpecDefinition = fig.chart(d, variant);
    switch (spec.kind) {
      case "bars-and-line":
        return { ...spec, bars: spec.bars.map((s) => series(s, d)), line: series(spec.line, d) };
      case "grouped-bars":
        return {
          ...spec,
          series: spec.series.map((s) => series(s, d)),
          data: spec.data.map((x) => ({ code: x.code, name: name(d, x.code), values: x.values })),
        };
      case "monthly-lines":
        return {
          ...spec,
          series: spec.series.map((s) => series(s, d)),
          mark: { date: spec.mark.date, label: word(spec.mark.label, d) },
        };
      case "rank-lines":
        return { ...spec, series: spec.series.map((s) => series(s, d)) };
      case "slope": {
        const named = (r: { partner: string; rank: number; value?: number | null }) => ({
          partner: r.partner,
          name: name(d, r.partner),
          rank: r.rank,
          value: r.value,
        });
        return {
          ...spec,
          a: { ...spec.a, ranks: spec.a.ranks.map(named) },
          b: { ...spec.b, ranks: spec.b.ranks.map(named) },
        };
      }
    }
  };
  const table = (d: Derived, variant: string): TableModel => {
    const t = fig.table(d, variant);
    const countries = t.columns.filter((c) => c.country).map((c) => c.key);
    return {
      caption: word(t.caption, d),
      columns: t.columns.map(({ label, country: _country, cells, ...c }) => ({
        ...c,
        label: word(label, d),
        ...(cells ? cellLabels(cells, c.key, t.rows, locale) : {}),
      })),
      rows: countries.length
        ? t.rows.map((r) => ({
            ...r,
            ...Object.fromEntries(countries.map((k) => [k, name(d, String(r[k]))])),
          }))
        : t.rows,
    };
  };
  return {
    id: fig.id,
    page: fig.page,
    title: word(fig.title),
    units: word(fig.units),
    source: word(fig.source),
    links: fig.links.map((l) => ({ label: word(l.label), url: l.url })),
    notes: fig.notes.map((n) => word(n)),
    csv: fig.csv,
    series: fig.series.map((s) => series(s)),
    variants,
    chart,
    table,
    statements: fig.statements,
    viewRows: fig.viewRows,
    takeaways: (d, variant) => sentences(d, locale, fig.statements(d, variant), variantLabel),
    point: fig.point,
    legend: (variant) => {
      variantLabel(variant);
      return (fig.legend?.(variant) ?? fig.series).map((s) => series(s));
    },
    explorer: fig.explorer && {
      ...fig.explorer,
      views: undefined,
      csv: fig.explorer.csv ?? fig.csv,
      label: word(fig.explorer.label),
      bases: fig.explorer.bases.map((b) => ({ ...b, label: word(b.label), note: word(b.note) })),
      ...(fig.explorer.views
        ? {
            views: fig.explorer.views.map((v) => ({
              key: v.key,
              label: word(v.label),
              columns: v.columns.map(({ label, country: _country, cells: _cells, ...c }) => ({
                ...c,
                label: word(label),
              })),
            })),
          }
        : {}),
    },
  };
}

/** A chart page's words and overview headline in a language (its sections take the language: `sections(d, locale)`). */
export function pageIn(page: ChartPage, locale: Locale): LocalizedPage {
  const owner = `chart page ${page.slug}`;
  const word = (w: Words) => wordIn(owner, locale, w);
  return {
    slug: page.slug,
    table: word(page.table),
    title: word(page.title),
    summary: word(page.summary),
    article: word(page.article),
    headline: (d) => sentences(d, locale, [page.headline(d)])[0],
    ...(page.sections ? { sections: page.sections } : {}),
  };
}
