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
} from "./shared";
import { rankingTakeaways } from "./takeaways";
import type { FigureDefinition, FigureId, Words } from "./types";

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
  /** the explorer's CSV filter, when the figure has an explorer */
  explorer?: Record<string, string>;
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
    explorer: r.explorer && {
      years: RANK_YEARS,
      initial: PAIR,
      top: r.top,
      highlight: r.highlight,
      label: { id: message(r.id, "explorer") },
      bases: variants,
      ...(Object.keys(r.explorer).length > 0 ? { filter: r.explorer } : {}),
    },
  };
}

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
  explorer: {},
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
    explorer: measure === "total" ? { measure } : undefined,
  });
export const russiaTopPartnersTotal = russia("total");
export const russiaTopPartnersImports = russia("imports");
