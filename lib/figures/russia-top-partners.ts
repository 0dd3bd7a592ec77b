/**
 * Table 3 of the article: Russia's top partners by total trade and its top suppliers (imports), 2010 and 2020,
 * with France highlighted; two views for Russia's missing Belarus rows in 2010.
 */
import { FRANCE, RUSSIA_DEPTH } from "../model/constants";
import type { Derived } from "../derive";
import { IMF_LINK, IMF_SOURCE_LINE, PAIR, RANK_NOTE, rankTable, slopeChart, slopeLegend } from "./shared";
import { rankingTakeaways } from "./takeaways";
import type { Figure } from "./types";

export const RUSSIA_TOP = 15;
const TOP = RUSSIA_TOP;
const HIGHLIGHT = FRANCE;
const LEGEND = slopeLegend("France");

const GAP_VARIANTS = [
  { key: "belarus-filled", label: "Belarus 2010 filled from Belarus's declarations" },
  { key: "as-reported", label: "As Russia reported (no Belarus in 2010)" },
];
const GAP_NOTE =
  "Russia's own declarations to the IMF have no Belarus rows for 2009 and 2010. The default view fills Belarus's 2010 flows from Belarus's own declarations (Russia's exports to Belarus = Belarus's imports from Russia, and the reverse); “as reported” leaves Belarus out of 2010. 2020 is the same on both bases.";

function russiaFigure(measure: "total" | "imports"): Figure {
  const rowsOf = (d: Derived, variant: string) => {
    const rows = d.russiaRanks.filter((r) => r.measure === measure && r.basis === variant);
    if (rows.length === 0) throw new Error(`russia-top-partners-${measure}: no rows for view "${variant}"`);
    return rows;
  };
  const what = measure === "total" ? "total trade (exports + imports)" : "imports (Russia's imports from each partner)";
  return {
    id: measure === "total" ? "russia-top-partners-total" : "russia-top-partners-imports",
    page: "russia-top-partners",
    title:
      measure === "total"
        ? `Russia's top ${TOP} trading partners, ${PAIR.a} and ${PAIR.b}`
        : `Russia's top ${TOP} suppliers (by imports), ${PAIR.a} and ${PAIR.b}`,
    units: `Rank by ${what}, Russia-declared, USD basis`,
    source: IMF_SOURCE_LINE,
    links: [IMF_LINK],
    notes: [RANK_NOTE, GAP_NOTE],
    csv: "russia-top-partners.csv",
    series: LEGEND,
    variants: GAP_VARIANTS,
    chart: (d, variant) => slopeChart(d, rowsOf(d, variant), TOP, HIGHLIGHT, LEGEND),
    table: (d, variant) =>
      rankTable(
        rowsOf(d, variant),
        TOP,
        `Russia's top ${TOP} partners by ${measure === "total" ? "total trade" : "imports"}, ${PAIR.a} and ${PAIR.b}, USD millions (${variant})`,
      ),
    takeaways: (d, variant) =>
      rankingTakeaways(rowsOf(d, variant), {
        reporter: "Russia",
        highlight: HIGHLIGHT,
        highlightName: d.countryName(HIGHLIGHT),
        noun: measure === "total" ? "trading partner" : "supplier",
        measure: measure === "total" ? "of total trade" : "of Russia's imports",
        valueKey: measure === "total" ? "total_usd_m" : "imports_usd_m",
        top: TOP,
        depth: RUSSIA_DEPTH,
        years: PAIR,
      }),
  };
}

export const russiaTopPartnersTotal = russiaFigure("total");
export const russiaTopPartnersImports = russiaFigure("imports");
