/**
 * A figure in a language: the English definition (the figure's own file) with its words replaced by those of the
 * language (lib/figures/words-fr.ts for French): title, units, source, notes, link labels, legend, views, table caption
 * and columns, country names in tables (countries.csv's `name_fr`, from CLDR). Numbers and logic are the figure's own;
 * a key without a French word stops the build with the figure's id and the key.
 */
import type { Derived } from "../derive";
import type { Locale } from "../i18n/locales";
import type { ChartSpec, Figure, LocalizedFigure, Series } from "./types";
import { frenchWord, frenchWordsOf, PAGE_WORDS_FR } from "./words-fr";
import type { ChartPage, LocalizedPage } from "./pages";
import { frenchNameOf, sentences } from "./localize-names";
import { cellLabelsFr } from "./since-2021";

export { frenchNameOf };

export function figureIn(fig: Figure, locale: Locale): LocalizedFigure {
  if (locale === "en") {
    const label = (key: string) => fig.variants.find((v) => v.key === key)?.label ?? key;
    return { ...fig, takeaways: (d, variant) => sentences(d, locale, fig.statements(d, variant), label) };
  }
  const w = frenchWordsOf(fig.id);
  const label = (s: Series): Series => ({ ...s, label: frenchWord(fig.id, "series", s.key) });
  const variants = fig.variants.map((v) => ({ ...v, label: frenchWord(fig.id, "variants", v.key) }));
  const variantLabel = (key: string) => variants.find((v) => v.key === key)?.label ?? key;
  const chart = (d: Derived, variant: string): ChartSpec => {
    const spec = fig.chart(d, variant);
    switch (spec.kind) {
      case "bars-and-line":
        return { ...spec, bars: spec.bars.map(label), line: label(spec.line) };
      case "grouped-bars":
        return {
          ...spec,
          series: spec.series.map(label),
          data: spec.data.map((x) => ({ ...x, name: frenchNameOf(d, x.name) })),
        };
      case "monthly-lines":
        return { ...spec, series: spec.series.map(label) };
      case "slope":
        return {
          ...spec,
          a: { ...spec.a, ranks: spec.a.ranks.map((r) => ({ ...r, name: frenchNameOf(d, r.name) })) },
          b: { ...spec.b, ranks: spec.b.ranks.map((r) => ({ ...r, name: frenchNameOf(d, r.name) })) },
        };
    }
  };
  return {
    ...fig,
    title: w.title,
    units: w.units,
    source: w.source,
    notes: w.notes,
    links: fig.links.map((l) => ({ ...l, label: frenchWord(fig.id, "links", l.label) })),
    series: fig.series.map(label),
    variants,
    chart,
    table: (d, variant) => {
      const t = fig.table(d, variant);
      return {
        caption: w.caption(variant, variantLabel(variant), d),
        columns: t.columns.map((c) => ({
          ...c,
          label: frenchWord(fig.id, "columns", c.key),
          ...cellLabelsFr(fig.id, c.key, t.rows),
        })),
        rows: t.rows.map((r) =>
          typeof r.name === "string" && t.columns.some((c) => c.key === "name")
            ? { ...r, name: frenchNameOf(d, r.name) }
            : r,
        ),
      };
    },
    takeaways: (d, variant) => sentences(d, locale, fig.statements(d, variant), variantLabel),
    explorer: fig.explorer && {
      ...fig.explorer,
      label: w.explorer ?? fig.explorer.label,
      bases: fig.explorer.bases?.map((v) => ({ ...v, label: variantLabel(v.key) })),
    },
  };
}

/** A chart page's words and overview headline in a language (its sections take the language: `sections(d, locale)`). */
export function pageIn(page: ChartPage, locale: Locale): LocalizedPage {
  const headline = (d: Derived) => sentences(d, locale, [page.headline(d)])[0];
  if (locale === "en") return { ...page, headline };
  const w = PAGE_WORDS_FR[page.slug];
  for (const [k, v] of Object.entries(w))
    if (!v.trim()) throw new Error(`fr: chart page ${page.slug} has no French ${k} (lib/figures/words-fr.ts)`);
  return { ...page, ...w, headline };
}
