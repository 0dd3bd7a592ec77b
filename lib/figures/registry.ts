/**
 * The registry of figures, in page order. Each figure's whole definition (words, series, views, chart, table) is in
 * its own file beside this one; adding a figure means adding its file, its id in types.ts and one line here.
 */
import { bilateralTrade } from "./bilateral-trade";
import { fdiFlows } from "./fdi-flows";
import { fdiProjects } from "./fdi-projects";
import { franceTopPartners } from "./france-top-partners";
import { frRuMonthly } from "./fr-ru-monthly";
import { russiaTopPartnersImports, russiaTopPartnersTotal } from "./russia-top-partners";
import { FIGURE_IDS, type Figure, type FigureId, type PageSlug } from "./types";

export const FIGURES: readonly Figure[] = [
  bilateralTrade,
  franceTopPartners,
  russiaTopPartnersTotal,
  russiaTopPartnersImports,
  fdiProjects,
  fdiFlows,
  frRuMonthly,
];

const ids = FIGURES.map((f) => f.id);
if (ids.join() !== FIGURE_IDS.join())
  throw new Error(`figure registry: ${ids.join()} differs from FIGURE_IDS ${FIGURE_IDS.join()}`);

export function figure(id: FigureId): Figure {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}

export const figuresOfPage = (page: PageSlug) => FIGURES.filter((f) => f.page === page);
