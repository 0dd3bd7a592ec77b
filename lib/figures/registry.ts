/**
 * The registry of figures, in page order. Each figure's whole definition (series, views, chart, table, the messages
 * its words are) is in its own file beside this one (the three ranking figures share ranking.ts); adding a figure
 * means adding its definition, its id in types.ts, its words in messages/<locale>.json and one line here.
 */
import { bilateralTrade } from "./bilateral-trade";
import { fdiFlows } from "./fdi-flows";
import { fdiProjects } from "./fdi-projects";
import { frRuMonthly } from "./fr-ru-monthly";
import { franceRankRussia } from "./france-rank-russia";
import { russiaRankFranceExports } from "./russia-rank-france-exports";
import { franceTopPartners, russiaTopPartnersImports, russiaTopPartnersTotal } from "./ranking";
import { FIGURE_IDS, type FigureDefinition, type FigureId, type PageSlug } from "./types";

export const FIGURES: readonly FigureDefinition[] = [
  bilateralTrade,
  franceTopPartners,
  russiaTopPartnersTotal,
  russiaTopPartnersImports,
  fdiProjects,
  fdiFlows,
  frRuMonthly,
  franceRankRussia,
  russiaRankFranceExports,
];

const ids = FIGURES.map((f) => f.id);
if (ids.join() !== FIGURE_IDS.join())
  throw new Error(`figure registry: ${ids.join()} differs from FIGURE_IDS ${FIGURE_IDS.join()}`);

export function figure(id: FigureId): FigureDefinition {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}

export const figuresOfPage = (page: PageSlug) => FIGURES.filter((f) => f.page === page);
