/**
 * Table 3 of the article: Russia's top partners by total trade and its top suppliers (imports), 2010 and 2020,
 * with France highlighted; one view per basis that ranks Russia's partners (Belarus's 2010 gap filled, as reported,
 * Belarus left out, partner-declared, Russia's customs).
 */
import { FRANCE, RANK_YEARS, RUSSIA, RUSSIA_DEPTH } from "../model/constants";
import type { Derived } from "../derive";
import {
  basisCaption,
  basisNotes,
  basisRows,
  basisVariants,
  IMF_LINK,
  ROSSTAT_LINK,
  IMF_SOURCE_LINE,
  PAIR,
  RANK_NOTE,
  rankTable,
  slopeChart,
  slopeLegend,
} from "./shared";
import { rankingTakeaways } from "./takeaways";
import type { Figure } from "./types";

export const RUSSIA_TOP = 15;
const TOP = RUSSIA_TOP;
const HIGHLIGHT = FRANCE;
const LEGEND = slopeLegend("France");

/** The default view fills Russia's Belarus gap, as the article's 2010 ranking needs Belarus. */
const VARIANTS = basisVariants(RUSSIA, "belarus-filled");
const CUSTOMS_SOURCE =
  "Russia's customs view: Rosstat, Russia's foreign trade with its main partners (FCS data); the licence is on the data page.";

function russiaFigure(measure: "total" | "imports"): Figure {
  const rowsOf = (d: Derived, variant: string) =>
    basisRows(
      d.russiaRanks.filter((r) => r.measure === measure),
      `russia-top-partners-${measure}`,
      variant,
    );
  const what = measure === "total" ? "total trade (exports + imports)" : "imports (Russia's imports from each partner)";
  return {
    id: measure === "total" ? "russia-top-partners-total" : "russia-top-partners-imports",
    page: "russia-top-partners",
    title:
      measure === "total"
        ? `Russia's top ${TOP} trading partners, ${PAIR.a} and ${PAIR.b}`
        : `Russia's top ${TOP} suppliers (by imports), ${PAIR.a} and ${PAIR.b}`,
    units: `Rank by ${what}, USD basis`,
    source: `${IMF_SOURCE_LINE} Russia's customs view: Rosstat (FCS data).`,
    links: [IMF_LINK, ROSSTAT_LINK],
    notes: [RANK_NOTE, ...basisNotes(RUSSIA), CUSTOMS_SOURCE],
    csv: "russia-top-partners.csv",
    series: LEGEND,
    variants: VARIANTS,
    chart: (d, variant) => slopeChart(d, rowsOf(d, variant), TOP, HIGHLIGHT, LEGEND),
    table: (d, variant) =>
      rankTable(
        rowsOf(d, variant),
        TOP,
        `Russia's top ${TOP} partners by ${measure === "total" ? "total trade" : "imports"}, ${PAIR.a} and ${PAIR.b}, USD millions (${basisCaption(d, RUSSIA, variant)})`,
      ),
    statements: (d, variant) =>
      rankingTakeaways(rowsOf(d, variant), {
        view: variant,
        reporter: RUSSIA,
        highlight: HIGHLIGHT,
        kind: measure === "total" ? "partner" : "supplier",
        valueKey: measure === "total" ? "total_usd_m" : "imports_usd_m",
        top: TOP,
        depth: RUSSIA_DEPTH,
        years: PAIR,
      }),
    explorer:
      measure === "total"
        ? {
            years: RANK_YEARS,
            initial: PAIR,
            top: TOP,
            highlight: HIGHLIGHT,
            label: "Russia's top trading partners",
            bases: VARIANTS,
            filter: { measure },
          }
        : undefined,
  };
}

export const russiaTopPartnersTotal = russiaFigure("total");
export const russiaTopPartnersImports = russiaFigure("imports");
