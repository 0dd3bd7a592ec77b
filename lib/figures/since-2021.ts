/**
 * The "since the article" page beyond its chart: the headline, the facts, the annual totals and where the data stop, as
 * sentence plans over values computed once in lib/derive/monthly.ts (monthlyFacts), worded by the catalogues
 * (page.since-2021.*), so a change of data changes the sentence in every language, and a sentence can never state a
 * figure the data do not hold. The tables' text cells are the CSVs' values (flow, product, source, compared_with):
 * a page shows them in its language through the columns' `labels`, its cells keep the CSV value.
 */
import type { Derived } from "../derive";
import { SOURCE_EXTRACTED, sourceTexts, type MonthlyFacts } from "../derive/monthly";
import { rankAfter } from "../derive/after-2021";
import { AFTER_YEARS } from "../model/after-2021";
import { BASE_YEAR, FRANCE } from "../model/constants";
import type { Locale } from "../i18n/locales";
import { message, missingMessage, type MessageId, type Plan } from "../i18n/translate";
import type { CellWords, Column, TableModel } from "./types";

/** A part of a chart page below its figures: a heading, paragraphs, a list, and a table with its CSV if any. */
export interface PageSection {
  id: string;
  heading: string;
  paragraphs: string[];
  list?: string[];
  table?: TableModel;
  /** file under /data/ holding the table's rows */
  csv?: string;
  /** paragraphs after the table */
  after?: string[];
  /** shown above the page's figures instead of below them */
  beforeFigures?: boolean;
}

/** A text cell worded by the catalogue, `figure.monthly.cell.<column>.<value>`; a value without a message stops the
 *  build, naming the column, the value and the catalogue. */
const catalogueCells =
  (column: "flow" | "product" | "unit"): CellWords =>
  (value, locale) => {
    const id = `figure.monthly.cell.${column}.${value}` as MessageId;
    if (missingMessage(locale, { id }))
      throw new Error(
        `${locale}: monthly column ${column} has no words for "${value}" (messages/${locale}.json ${id})`,
      );
    return message(locale, id);
  };
/** The source column, by what each text of it is made of (lib/derive/monthly.ts sourceTexts): the extraction's day
 *  and the ECB average a USD row is converted at. */
const sourceCells: CellWords = (value, locale) => {
  const made = sourceTexts().find((t) => t.text === value);
  if (!made) throw new Error(`${locale}: monthly column source has no words for "${value}" (lib/derive/monthly.ts)`);
  return message(locale, "figure.monthly.cell.source", {
    day: { day: SOURCE_EXTRACTED[made.source] },
    conversion: made.conversion ?? "none",
  });
};
/** compared_with: a year ("2021") or a span of months ("2021-01 to 2021-08"), the months named in the language. */
const comparedWithCells: CellWords = (value, locale) => {
  if (/^\d{4}$/.test(value)) return message(locale, "figure.monthly.cell.compared_with", { kind: "year", year: value });
  const m = /^(\d{4}-\d{2}) to (\d{4}-\d{2})$/.exec(value);
  if (!m) throw new Error(`${locale}: compared_with "${value}" is neither a year nor a span of months`);
  return message(locale, "figure.monthly.cell.compared_with", {
    kind: "months",
    from: { month: m[1] },
    to: { month: m[2] },
  });
};

/** The words of the monthly CSVs' text cells (flow, product, unit, source, compared_with), by column. */
export const MONTHLY_CELLS: Record<"flow" | "product" | "unit" | "source" | "compared_with", CellWords> = {
  flow: catalogueCells("flow"),
  product: catalogueCells("product"),
  unit: catalogueCells("unit"),
  source: sourceCells,
  compared_with: comparedWithCells,
};

/** The labels of a column's text cells in a language, for the values its rows hold; none where every label is the
 *  value itself. */
export function cellLabels(
  cells: CellWords,
  column: string,
  rows: readonly Record<string, unknown>[],
  locale: Locale,
): { labels?: Record<string, string> } {
  const values = [...new Set(rows.map((r) => String(r[column])))];
  const labels = Object.fromEntries(values.map((v) => [v, cells(v, locale)]));
  return values.some((v) => labels[v] !== v) ? { labels } : {};
}

/** Columns in a language: labels from the catalogue, and words for the text cells. */
function localColumns(
  columns: readonly (Omit<Column, "label"> & { label: MessageId; args?: Plan["args"] })[],
  rows: readonly Record<string, unknown>[],
  locale: Locale,
): Column[] {
  return columns.map(({ label, args, ...c }) => ({
    ...c,
    label: message(locale, label, args),
    ...(c.key in MONTHLY_CELLS
      ? cellLabels(MONTHLY_CELLS[c.key as keyof typeof MONTHLY_CELLS], c.key, rows, locale)
      : {}),
  }));
}

/** A change in percent as a phrase ("fell by 68.1%", « ont baissé de 68,1 % »). */
const change = (pct: number): Plan => ({
  id: "page.since-2021.change",
  args: { direction: pct < 0 ? "fall" : pct > 0 ? "rise" : "none", pct: Math.abs(pct) },
});
/** One figure against another, in percent ("3.2% below", « inférieur de 3,2 % à celui »). */
const versus = (id: "page.since-2021.versus" | "page.since-2021.versusAgain", pct: number): Plan => ({
  id,
  args: { direction: pct < 0 ? "below" : pct > 0 ? "above" : "equal", pct: Math.abs(pct) },
});
const eurMillions = (eur: number): Plan => ({ id: "page.since-2021.eurMillions", args: { v: eur / 1e6 } });

/** The page's sentences as plans, from the facts (nothing here computes a number). */
function facts(f: MonthlyFacts): Plan[] {
  const c = f.exportsChange;
  return [
    {
      id: "page.since-2021.facts.exports",
      args: {
        change: change(c.pct),
        from: String(c.from),
        fromEur: eurMillions(c.fromEur),
        to: String(c.to),
        toEur: eurMillions(c.toEur),
        usdChange: change(f.exportsChangeUsdPct),
      },
    },
    {
      id: "page.since-2021.facts.lastExports",
      args: { month: { month: f.lastMonth.exports }, value: eurMillions(f.lastValue.exports) },
    },
    {
      id: "page.since-2021.facts.hs27",
      args: { pct: f.hs27ShareOfImports.pct, year: String(f.hs27ShareOfImports.year) },
    },
    {
      id: "page.since-2021.facts.lastImports",
      args: { month: { month: f.lastMonth.imports }, value: eurMillions(f.lastValue.imports) },
    },
  ];
}
function dataEnd(f: MonthlyFacts): Plan[] {
  return [
    {
      id: "page.since-2021.dataEnd.imports",
      args: {
        lastImports: { month: f.lastMonth.imports },
        firstImports: { month: f.firstMonth.imports },
        lastExports: { month: f.lastMonth.exports },
      },
    },
    {
      id: "page.since-2021.dataEnd.russia",
      args: { year: f.customsEnd.slice(0, 4), customsEnd: { month: f.customsEnd } },
    },
    { id: "page.since-2021.dataEnd.sources", args: { year: String(f.imfVsEurostat.year) } },
  ];
}

/** The overview card's headline: the change of French exports since the base year, and where imports end. */
export function since2021Headline(d: Derived): Plan {
  const f = d.monthlyFacts;
  const c = f.exportsChange;
  // France's rank among Russia's partners by total trade: Russia's last own figure, then each IMF estimate
  const rankIn = (basis: "russia-declared" | "imf-estimate") =>
    Array.from({ length: AFTER_YEARS.to - AFTER_YEARS.from + 1 }, (_, i) => AFTER_YEARS.from + i).flatMap((year) => {
      const r = rankAfter(d.ds, basis, year, "total").find((x) => x.partner === FRANCE);
      return r ? [{ rank: r.rank, year }] : [];
    });
  const declared = rankIn("russia-declared").at(-1);
  const estimates = rankIn("imf-estimate");
  return {
    id: "headline.since-2021",
    args: {
      direction: c.pct < 0 ? "fall" : c.pct > 0 ? "rise" : "none",
      change: Math.abs(c.pct),
      from: String(c.from),
      to: String(c.to),
      importsEnd: { month: f.lastMonth.imports },
      ranks: declared && estimates.length ? "yes" : "no",
      rankD: declared?.rank ?? 0,
      yearD: String(declared?.year ?? ""),
      estimates: {
        list: estimates.map((r) => ({
          id: "figure.france-rank-russia.inYear",
          args: { rank: r.rank, year: String(r.year) },
        })),
      },
    },
  };
}

export function since2021Sections(d: Derived, locale: Locale): PageSection[] {
  const f = d.monthlyFacts;
  const imf = f.imfVsEurostat;
  const base = { base: String(BASE_YEAR) };
  const all = (plans: Plan[]) => plans.map((p) => message(locale, p.id, p.args));
  return [
    {
      id: "facts",
      heading: message(locale, "page.since-2021.facts.heading"),
      beforeFigures: true,
      paragraphs: [],
      list: all(facts(f)),
    },
    {
      id: "annual",
      heading: message(locale, "page.since-2021.annual.heading"),
      paragraphs: [message(locale, "page.since-2021.annual.intro", base)],
      table: {
        caption: message(locale, "page.since-2021.annual.caption", base),
        columns: localColumns(
          [
            { key: "year", label: "page.since-2021.annual.column.year" },
            { key: "flow", label: "page.since-2021.annual.column.flow" },
            { key: "product", label: "page.since-2021.annual.column.product" },
            { key: "unit", label: "page.since-2021.annual.column.unit" },
            { key: "months", label: "page.since-2021.annual.column.months", numeric: true },
            { key: "value_m", label: "page.since-2021.annual.column.value_m", numeric: true, decimals: 1 },
            { key: "usd_per_eur", label: "page.since-2021.annual.column.usd_per_eur", numeric: true, decimals: 4 },
            {
              key: "change_from_2021_pct",
              label: "page.since-2021.annual.column.change_from_base_pct",
              args: { base: String(BASE_YEAR) },
              numeric: true,
              decimals: 1,
            },
            { key: "compared_with", label: "page.since-2021.annual.column.compared_with" },
            { key: "source", label: "page.since-2021.annual.column.source" },
          ],
          d.annual,
          locale,
        ),
        rows: d.annual,
      },
      csv: "fr-ru-annual-trade.csv",
    },
    {
      id: "data-end",
      heading: message(locale, "page.since-2021.dataEnd.heading"),
      paragraphs: all(dataEnd(f)),
      table: {
        caption: message(locale, "page.since-2021.imf.caption", { year: String(imf.year) }),
        columns: localColumns(
          [
            { key: "flow", label: "page.since-2021.imf.column.flow" },
            { key: "imf_usd_m", label: "page.since-2021.imf.column.imf_usd_m", numeric: true, decimals: 1 },
            { key: "eurostat_eur_m", label: "page.since-2021.imf.column.eurostat_eur_m", numeric: true, decimals: 1 },
            {
              key: "usd_per_eur",
              label: "page.since-2021.imf.column.usd_per_eur",
              args: { year: String(imf.year) },
              numeric: true,
              decimals: 4,
            },
            { key: "eurostat_usd_m", label: "page.since-2021.imf.column.eurostat_usd_m", numeric: true, decimals: 1 },
            { key: "difference_pct", label: "page.since-2021.imf.column.difference_pct", numeric: true, decimals: 1 },
          ],
          imf.rows,
          locale,
        ),
        rows: imf.rows,
      },
      after: [
        message(locale, "page.since-2021.imf.after", {
          exports: versus("page.since-2021.versus", f.imfDifferencePct.exports),
          imports: versus("page.since-2021.versusAgain", f.imfDifferencePct.imports),
        }),
      ],
    },
  ];
}
