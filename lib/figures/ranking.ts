/**
 * Tables 2 and 3 of the article, one definition for the three ranking figures: France's top trading partners, and
 * Russia's top partners by total trade and its top suppliers (imports), in 2010 and 2020, the other country
 * highlighted, one view per statistical basis that ranks the reporter's partners (for Russia, Belarus's 2010 gap
 * filled by default, as the article's 2010 ranking needs Belarus). What differs is data: the reporter, the measure,
 * how many partners are shown and how deep the ranking goes, and which messages word the figure.
 */
import { FRANCE, FRANCE_DEPTH, RANK_YEARS, RUSSIA, RUSSIA_DEPTH, type Reporter } from "../model/constants";
import type { Derived } from "../derive";
import type { RankRow } from "../derive/tables";
import type { MessageId } from "../i18n/translate";
import {
  basisCaption,
  basisNotes,
  basisRows,
  basisVariants,
  IMF_LINK,
  IMF_SOURCE,
  PAIR,
  PAIR_ARGS,
  rankTable,
  ROSSTAT_LINK,
  slopeChart,
  slopeLegend,
  YEAR_COLUMN,
} from "./shared";
import { AFTER_BASES, basisMeasures, BASIS_YEARS, type AfterBasis } from "../model/after-2021";
import { rankingTakeaways } from "./takeaways";
import type { ExplorerDefinition, FigureDefinition, FigureId, Words } from "./types";

/** How many partners France's and Russia's charts and tables show. */
export const FRANCE_TOP = 20;
export const RUSSIA_TOP = 15;

interface Ranking {
  id: FigureId & `${string}-top-partners${string}`;
  reporter: Reporter;
  /** whose line stands out */
  highlight: string;
  measure: "total" | "imports";
  top: number;
  /** how deep the reporter's ranking goes (a partner beyond it has no rank) */
  depth: number;
  rows(d: Derived): readonly (RankRow & { basis: string })[];
  /** the view shown first */
  first?: "as-reported" | "belarus-filled";
  csv: string;
  /** the columns that pick the ranking's rows out of its CSV, beside `basis` (Russia's `measure`) */
  csvRows: Record<string, string>;
  /** the year explorer, when the figure has one */
  explorer?: ExplorerDefinition;
}

/** The amount a ranking ranks by. */
const valueKey = (r: Ranking) => (r.measure === "total" ? "total_usd_m" : "imports_usd_m");

const message = (id: FigureId, part: string) => `figure.${id}.${part}` as MessageId;

/** The words a reporter's ranking adds to the shared ones: source line, links, and its last note. */
const BY_REPORTER: Record<Reporter, { source: Words; links: FigureDefinition["links"]; note(r: Ranking): Words }> = {
  [FRANCE]: {
    source: IMF_SOURCE,
    links: [IMF_LINK],
    note: (r) => ({ id: "figure.ranking.note.depth", args: { top: r.top, depth: r.depth } }),
  },
  [RUSSIA]: {
    source: { id: "figure.ranking.source.RUS", args: { imf: IMF_SOURCE } },
    links: [IMF_LINK, ROSSTAT_LINK],
    note: () => ({ id: "figure.ranking.note.customs" }),
  },
};

export function rankingFigure(r: Ranking): FigureDefinition {
  const rowsOf = (d: Derived, variant: string) => basisRows(r.rows(d), r.id, variant);
  const variants = basisVariants(r.reporter, r.first);
  const words = BY_REPORTER[r.reporter];
  const titleArgs = { top: r.top, ...PAIR_ARGS };
  return {
    id: r.id,
    page: r.reporter === FRANCE ? "france-top-partners" : "russia-top-partners",
    title: { id: message(r.id, "title"), args: titleArgs },
    units: { id: message(r.id, "units") },
    source: words.source,
    links: words.links,
    notes: [{ id: "figure.ranking.note.countries" }, ...basisNotes(r.reporter), words.note(r)],
    csv: r.csv,
    series: slopeLegend(r.highlight),
    variants,
    chart: (d, variant) => slopeChart(rowsOf(d, variant), r.top, r.highlight, valueKey(r)),
    table: (d, variant) =>
      rankTable(rowsOf(d, variant), r.top, {
        id: message(r.id, "caption"),
        args: { ...titleArgs, basis: basisCaption(d, r.reporter, variant) },
      }),
    statements: (d, variant) =>
      rankingTakeaways(rowsOf(d, variant), {
        view: variant,
        reporter: r.reporter,
        highlight: r.highlight,
        kind: r.measure === "total" ? "partner" : "supplier",
        valueKey: valueKey(r),
        top: r.top,
        depth: r.depth,
        years: PAIR,
      }),
    viewRows: (variant) => ({ ...r.csvRows, basis: variant }),
    point: { words: () => ({ id: "chartExplore.unit.millions", args: { unit: "USD" } }), decimals: 1 },
    explorer: r.explorer,
  };
}

/** What the explorer says of a basis: its name and years, and which of them are the IMF's estimates. */
const basisNote = (label: Words, years: readonly number[], estimated: readonly number[]): Words => ({
  id: "explorer.basisNote",
  args: {
    basis: label,
    from: String(years[0]),
    to: String(years[years.length - 1]),
    estimated: estimated.length ? "yes" : "no",
    estFrom: String(estimated[0] ?? ""),
    estTo: String(estimated[estimated.length - 1] ?? ""),
  },
});

/** France's explorer: the figure's own CSV and views (its bases), every year of Table 2's span. */
const franceExplorer: ExplorerDefinition = {
  initial: PAIR,
  top: FRANCE_TOP,
  highlight: RUSSIA,
  label: { id: "figure.france-top-partners.explorer" },
  bases: basisVariants(FRANCE).map((v) => ({ ...v, years: RANK_YEARS, note: basisNote(v.label, RANK_YEARS, []) })),
};

/** Camel-case message key of a basis of russia-partner-ranks.csv (imf-estimate-checked → imfEstimateChecked). */
type AfterKey = "russiaDeclared" | "imfEstimate" | "imfEstimateChecked" | "partnerDeclared" | "comtradeDeclared";
const camel = (b: AfterBasis) => b.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as AfterKey;
/** The bases whose figures are the IMF's estimates, every year (lib/derive/after-2021.ts). */
const ESTIMATE_BASES: readonly AfterBasis[] = ["imf-estimate", "imf-estimate-checked"];

/**
 * Russia's explorer compares any two years from Table 3's first, 2010, to the last each basis has, on the bases of
 * russia-partner-ranks.csv (lib/derive/after-2021.ts), not on Table 3's five views. Those views are the article's
 * reporting choices for its two years and stop in 2020; the explorer's purpose is to follow the ranking past them, and
 * only russia-partner-ranks.csv's bases go on: Russia's own declarations to 2021, the IMF's estimates 2022–2024 (as
 * published, and without the estimates that fail the checks), partners' DOTS declarations to 2020 and their Comtrade
 * exports (Russia's imports only) 2014–2022. Where a basis is one of Table 3's, its 2010–2020 ranks are Table 3's:
 * russia-declared is Table 3's as-reported (Russia's DOTS declarations) and partner-declared is Table 3's
 * partner-declared, rank for rank and value for value (__tests__/explorer-years.test.ts checks this against the raw
 * DOTS rows). Table 3's belarus-filled, belarus-excluded and customs views stay on the charts above, for 2010 and
 * 2020. Each basis offers only its own years, and the reader picks the measure (total trade or Russia's imports):
 * Comtrade's basis exists for imports only.
 */
const russiaExplorer: ExplorerDefinition = {
  csv: "russia-partner-ranks.csv",
  initial: PAIR,
  top: RUSSIA_TOP,
  highlight: FRANCE,
  label: { id: "figure.russia-top-partners-total.explorer" },
  viewColumn: "measure",
  views: (["total", "imports"] as const).map((m) => ({
    key: m,
    label: { id: `figure.france-rank-russia.view.${m}` },
    columns: [
      YEAR_COLUMN,
      { key: "rank", label: { id: "figure.ranking.column.rank" }, numeric: true },
      { key: "name", label: { id: "figure.ranking.column.name" }, country: true },
      { key: "value_usd_m", label: { id: `figure.ranking.column.${m}_usd_m` }, numeric: true, decimals: 1 },
    ],
  })),
  bases: AFTER_BASES.map((basis) => {
    const { from, to } = BASIS_YEARS[basis];
    const years = Array.from({ length: to - Math.max(from, PAIR.a) + 1 }, (_, i) => Math.max(from, PAIR.a) + i);
    const estimated = ESTIMATE_BASES.includes(basis) ? years : [];
    const label: Words = { id: `figure.france-rank-russia.series.${camel(basis)}` };
    return {
      key: basis,
      label,
      years,
      views: basisMeasures(basis),
      ...(estimated.length ? { estimated } : {}),
      note: basisNote(label, years, estimated),
    };
  }),
};

/** Table 2: France's top partners, on each basis that ranks them (France-declared, partner-declared). */
export const franceTopPartners = rankingFigure({
  id: "france-top-partners",
  reporter: FRANCE,
  highlight: RUSSIA,
  measure: "total",
  top: FRANCE_TOP,
  depth: FRANCE_DEPTH,
  rows: (d) => d.franceRanks,
  csv: "france-top-partners.csv",
  csvRows: {},
  explorer: franceExplorer,
});

/** Table 3: Russia's top partners by total trade and its top suppliers, on each basis that ranks them. */
const russia = (measure: "total" | "imports") =>
  rankingFigure({
    id: measure === "total" ? "russia-top-partners-total" : "russia-top-partners-imports",
    reporter: RUSSIA,
    highlight: FRANCE,
    measure,
    top: RUSSIA_TOP,
    depth: RUSSIA_DEPTH,
    rows: (d) => d.russiaRanks.filter((x) => x.measure === measure),
    first: "belarus-filled",
    csv: "russia-top-partners.csv",
    csvRows: { measure },
    explorer: measure === "total" ? russiaExplorer : undefined,
  });
export const russiaTopPartnersTotal = russia("total");
export const russiaTopPartnersImports = russia("imports");
