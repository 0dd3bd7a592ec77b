/** Table 2 of the article: France's top trading partners in 2010 and 2020, with Russia highlighted, on each basis
 *  that ranks France's partners (France-declared, partner-declared). */
import { FRANCE, FRANCE_DEPTH, RANK_YEARS, RUSSIA } from "../model/constants";
import {
  basisCaption,
  basisNotes,
  basisRows,
  basisVariants,
  IMF_LINK,
  IMF_SOURCE_LINE,
  PAIR,
  RANK_NOTE,
  rankTable,
  slopeChart,
  slopeLegend,
} from "./shared";
import { rankingTakeaways } from "./takeaways";
import type { Figure } from "./types";

/** How many partners the chart and table show, and whose line stands out. */
export const FRANCE_TOP = 20;
const TOP = FRANCE_TOP;
const HIGHLIGHT = RUSSIA;
const LEGEND = slopeLegend("Russia");

export const franceTopPartners: Figure = {
  id: "france-top-partners",
  page: "france-top-partners",
  title: `France's top ${TOP} trading partners, ${PAIR.a} and ${PAIR.b}`,
  units: "Rank by total goods trade (exports + imports), USD basis",
  source: IMF_SOURCE_LINE,
  links: [IMF_LINK],
  notes: [
    RANK_NOTE,
    ...basisNotes(FRANCE),
    `Partners in the top ${TOP} of either year are drawn; a partner outside the top ${FRANCE_DEPTH} in the other year has no point there.`,
  ],
  csv: "france-top-partners.csv",
  series: LEGEND,
  variants: basisVariants(FRANCE),
  chart: (d, variant) =>
    slopeChart(d, basisRows(d.franceRanks, "france-top-partners", variant), TOP, HIGHLIGHT, LEGEND),
  table: (d, variant) =>
    rankTable(
      basisRows(d.franceRanks, "france-top-partners", variant),
      TOP,
      `France's top ${TOP} partners by total goods trade, ${PAIR.a} and ${PAIR.b}, USD millions (${basisCaption(d, FRANCE, variant)})`,
    ),
  statements: (d, variant) =>
    rankingTakeaways(basisRows(d.franceRanks, "france-top-partners", variant), {
      view: variant,
      reporter: FRANCE,
      highlight: HIGHLIGHT,
      kind: "partner",
      valueKey: "total_usd_m",
      top: TOP,
      depth: FRANCE_DEPTH,
      years: PAIR,
    }),
  explorer: {
    years: RANK_YEARS,
    initial: PAIR,
    top: TOP,
    highlight: HIGHLIGHT,
    label: "France's top trading partners",
    bases: basisVariants(FRANCE),
  },
};
