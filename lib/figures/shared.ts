/**
 * Words and helpers that several figure definitions share: the IMF source line and link, the note on what ranks
 * count, the default pair of years of the ranking charts, and the ranking table and slope-chart data.
 */
import type { RankRow } from "../derive/tables";
import type { Derived } from "../derive";
import type { ChartSpec, Column, RankPoint, Series, SourceLink, TableModel, Variant } from "./types";
import { BASIS_INFO, basesFor, RANK_BASES, type RankBasis, type Reporter } from "../model/constants";
import { declaringPartners } from "../derive/bases";

export const IMF_LINK: SourceLink = { label: "IMF Direction of Trade Statistics", url: "https://data.imf.org/" };
export const EUROSTAT_LINK: SourceLink = {
  // the address the files were copied from (data/raw/eurostat-*/PROVENANCE.md); Eurostat's own extraction address is
  // not recorded there, so it is not given here
  label: "Eurostat Comext (DS-045409), via mary-lev/eu-export-sanctions",
  url: "https://github.com/mary-lev/eu-export-sanctions",
};
export const ROSSTAT_LINK: SourceLink = {
  // the address the file was copied from (data/raw/rosstat-fts-main-partners/PROVENANCE.md); Rosstat's own download
  // address is not recorded there
  label: "Rosstat, Russia's foreign trade with its main partners (FCS data), via mary-lev/eu-export-sanctions",
  url: "https://github.com/mary-lev/eu-export-sanctions",
};
export const ECB_LINK: SourceLink = {
  label: "ECB euro reference rates",
  url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
};
export const IMF_SOURCE_LINE =
  "Source: IMF Direction of Trade Statistics (reporter-declared), via SamLeBlanc/Direction-of-Trade-Map; calculations by this site.";
export const RANK_NOTE =
  "Ranks count countries only: World, the EU, the euro area, regions and “not specified” rows are excluded. China means mainland China; Hong Kong and Macao are separate partners.";

/** The bases that rank `reporter`'s partners, as views of a ranking figure, the default first. */
export function basisVariants(reporter: Reporter, first: RankBasis = "as-reported"): Variant[] {
  const bases = basesFor(reporter);
  return [first, ...bases.filter((b) => b !== first)].map((b) => ({ key: b, label: BASIS_INFO[b].label[reporter] }));
}

/** The one sentence of each basis a ranking figure offers, for its notes. */
export const basisNotes = (reporter: Reporter): string[] => basesFor(reporter).map((b) => BASIS_INFO[b].sentence);

/** A ranking figure's rows of one view (basis), checked to exist. */
export function basisRows<R extends RankRow & { basis: string }>(rows: readonly R[], figure: string, variant: string) {
  if (!(RANK_BASES as readonly string[]).includes(variant)) throw new Error(`${figure}: no basis "${variant}"`);
  const kept = rows.filter((r) => r.basis === variant);
  if (kept.length === 0) throw new Error(`${figure}: no rows for view "${variant}"`);
  return kept;
}

/** Words for the table caption of a view: on partner-declared, how many partners declare in the two years. */
export function basisCaption(d: Derived, reporter: Reporter, basis: string): string {
  const label = BASIS_INFO[basis as RankBasis].label[reporter];
  if (basis !== "partner-declared") return label;
  const n = (year: number) => declaringPartners(d.ds, reporter, year);
  return `${label}: ${n(PAIR.a)} countries declare their trade with ${reporter === "FRA" ? "France" : "Russia"} in ${PAIR.a}, ${n(PAIR.b)} in ${PAIR.b}; partners that do not report are missing`;
}

/** The two years the article compares, shown by default in the ranking charts. */
export const PAIR = { a: 2010, b: 2020 } as const;

const rankColumns: Column[] = [
  { key: "year", label: "Year" },
  { key: "rank", label: "Rank", numeric: true },
  { key: "name", label: "Partner" },
  { key: "exports_usd_m", label: "Exports (USD m)", numeric: true, decimals: 1 },
  { key: "imports_usd_m", label: "Imports (USD m)", numeric: true, decimals: 1 },
  { key: "total_usd_m", label: "Total (USD m)", numeric: true, decimals: 1 },
];

/** The top `top` partners of the two default years, as the data table under a slope chart. */
export function rankTable(rows: readonly RankRow[], top: number, caption: string): TableModel {
  return {
    caption,
    columns: rankColumns,
    rows: rows.filter((r) => (r.year === PAIR.a || r.year === PAIR.b) && r.rank <= top),
  };
}

export function pairRanks(rows: readonly RankRow[], year: number): RankPoint[] {
  return rows.filter((r) => r.year === year).map((r) => ({ partner: r.partner, name: r.name, rank: r.rank }));
}

/** Legend of a slope chart: the highlighted partner's line, and the others'. */
export function slopeLegend(highlightName: string): Series[] {
  return [
    { key: "highlight", label: highlightName, token: "highlight", shape: "line" },
    { key: "others", label: "Other partners", token: "muted", shape: "line" },
  ];
}

/**
 * A slope chart of the default pair of years, after checking that the legend names the highlighted partner as the
 * data do (so changing the highlight without its legend stops the build).
 */
export function slopeChart(
  d: Derived,
  rows: readonly RankRow[],
  top: number,
  highlight: string,
  legend: readonly Series[],
): ChartSpec {
  const label = legend.find((s) => s.key === "highlight")?.label;
  if (label !== d.countryName(highlight)) {
    throw new Error(
      `slope chart: the legend says "${label}" but the highlighted partner ${highlight} is "${d.countryName(highlight)}"`,
    );
  }
  return {
    kind: "slope",
    a: { year: PAIR.a, ranks: pairRanks(rows, PAIR.a) },
    b: { year: PAIR.b, ranks: pairRanks(rows, PAIR.b) },
    top,
    highlight,
  };
}
