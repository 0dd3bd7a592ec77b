/**
 * What several figure definitions share: the source links (their words are catalogue messages under
 * `figure.shared.*`), the IMF source line, the default pair of years of the ranking charts, the views and notes of a
 * ranking figure (the statistical bases, worded by `basis.*`), and the ranking table and slope-chart data.
 */
import type { RankRow } from "../derive/tables";
import type { Derived } from "../derive";
import type {
  ChartSpecDefinition,
  ColumnDefinition,
  RankPointDefinition,
  SeriesDefinition,
  SourceLinkDefinition,
  TableDefinition,
  VariantDefinition,
  Words,
} from "./types";
import { basesFor, RANK_BASES, type RankBasis, type Reporter } from "../model/constants";
import { declaringPartners } from "../derive/bases";
import { basisLabel, basisSentence } from "../i18n/bases";

export const IMF_LINK: SourceLinkDefinition = { label: { id: "figure.shared.link.imf" }, url: "https://data.imf.org/" };
export const COMTRADE_LINK: SourceLinkDefinition = {
  label: { id: "figure.shared.link.comtrade" },
  url: "https://comtradeplus.un.org/",
};
export const EUROSTAT_LINK: SourceLinkDefinition = {
  // the address the files were copied from (data/raw/eurostat-*/PROVENANCE.md); Eurostat's own extraction address is
  // not recorded there, so it is not given here
  label: { id: "figure.shared.link.eurostat" },
  url: "https://github.com/mary-lev/eu-export-sanctions",
};
export const ROSSTAT_LINK: SourceLinkDefinition = {
  // the address the file was copied from (data/raw/rosstat-fts-main-partners/PROVENANCE.md); Rosstat's own download
  // address is not recorded there
  label: { id: "figure.shared.link.rosstat" },
  url: "https://github.com/mary-lev/eu-export-sanctions",
};
export const ECB_LINK: SourceLinkDefinition = {
  label: { id: "figure.shared.link.ecb" },
  url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
};
/** The IMF source line, alone or as the `imf` argument of a longer source line. */
export const IMF_SOURCE: Words = { id: "figure.shared.source.imf" };
export const YEAR_COLUMN: ColumnDefinition = { key: "year", label: { id: "figure.shared.column.year" } };

/** The bases that rank `reporter`'s partners, as views of a ranking figure, the default first. */
export function basisVariants(reporter: Reporter, first: RankBasis = "as-reported"): VariantDefinition[] {
  const bases = basesFor(reporter);
  return [first, ...bases.filter((b) => b !== first)].map((b) => ({ key: b, label: basisLabel(b, reporter) }));
}

/** The one sentence of each basis a ranking figure offers, for its notes. */
export const basisNotes = (reporter: Reporter): Words[] => basesFor(reporter).map(basisSentence);

/** A ranking figure's rows of one view (basis), checked to exist. */
export function basisRows<R extends RankRow & { basis: string }>(rows: readonly R[], figure: string, variant: string) {
  if (!(RANK_BASES as readonly string[]).includes(variant)) throw new Error(`${figure}: no basis "${variant}"`);
  const kept = rows.filter((r) => r.basis === variant);
  if (kept.length === 0) throw new Error(`${figure}: no rows for view "${variant}"`);
  return kept;
}

/** The words of a view in a ranking table's caption: on partner-declared, how many partners declare in the two
 *  years. */
export function basisCaption(d: Derived, reporter: Reporter, basis: string): Words {
  const label = basisLabel(basis as RankBasis, reporter);
  if (basis !== "partner-declared") return label;
  const n = (year: number) => declaringPartners(d.ds, reporter, year);
  return {
    id: "figure.ranking.caption.declaring",
    args: {
      basis: label,
      reporter,
      countA: n(PAIR.a),
      yearA: String(PAIR.a),
      countB: n(PAIR.b),
      yearB: String(PAIR.b),
    },
  };
}

/** The two years the article compares, shown by default in the ranking charts. */
export const PAIR = { a: 2010, b: 2020 } as const;
/** The pair as message arguments. */
export const PAIR_ARGS = { yearA: String(PAIR.a), yearB: String(PAIR.b) } as const;

const rankColumns: ColumnDefinition[] = [
  YEAR_COLUMN,
  { key: "rank", label: { id: "figure.ranking.column.rank" }, numeric: true },
  { key: "name", label: { id: "figure.ranking.column.name" }, country: true },
  { key: "exports_usd_m", label: { id: "figure.ranking.column.exports_usd_m" }, numeric: true, decimals: 1 },
  { key: "imports_usd_m", label: { id: "figure.ranking.column.imports_usd_m" }, numeric: true, decimals: 1 },
  { key: "total_usd_m", label: { id: "figure.ranking.column.total_usd_m" }, numeric: true, decimals: 1 },
];

/** The top `top` partners of the two default years, as the data table under a slope chart (`name`: the ISO code). */
export function rankTable(rows: readonly RankRow[], top: number, caption: Words): TableDefinition {
  return {
    caption,
    columns: rankColumns,
    rows: rows
      .filter((r) => (r.year === PAIR.a || r.year === PAIR.b) && r.rank <= top)
      .map((r) => ({ ...r, name: r.partner })),
  };
}

/** The ranks of one year, each with the amount it ranks by (`valueKey`, the ranking's measure). */
export function pairRanks(
  rows: readonly RankRow[],
  year: number,
  valueKey: "total_usd_m" | "imports_usd_m",
): RankPointDefinition[] {
  return rows.filter((r) => r.year === year).map((r) => ({ partner: r.partner, rank: r.rank, value: r[valueKey] }));
}

/** Legend of a slope chart: the highlighted partner's line (named by its code), and the others'. */
export function slopeLegend(highlight: string): SeriesDefinition[] {
  return [
    {
      key: "highlight",
      label: { id: "figure.ranking.series.highlight", args: { partner: { country: highlight } } },
      token: "highlight",
      shape: "line",
    },
    { key: "others", label: { id: "figure.ranking.series.others" }, token: "muted", shape: "line" },
  ];
}

/** A slope chart of the default pair of years. */
export function slopeChart(
  rows: readonly RankRow[],
  top: number,
  highlight: string,
  valueKey: "total_usd_m" | "imports_usd_m",
): ChartSpecDefinition {
  return {
    kind: "slope",
    a: { year: PAIR.a, ranks: pairRanks(rows, PAIR.a, valueKey) },
    b: { year: PAIR.b, ranks: pairRanks(rows, PAIR.b, valueKey) },
    top,
    highlight,
  };
}
