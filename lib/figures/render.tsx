/**
 * The chart drawing of each figure: a pure function of (dataset, variant, width) returning a recharts element.
 * Used by the build scripts (static SVG, images, embeds); recharts never loads in server components.
 */
import type { ReactElement } from "react";
import { BilateralChart } from "./charts/BilateralChart";
import { RankSlopeChart } from "./charts/RankSlopeChart";
import { GroupedBarChart } from "./charts/GroupedBarChart";
import { bilateral } from "../derive/bilateral";
import { franceTopPartners, russiaTopPartners } from "../derive/tables";
import type { Dataset } from "../model/load";
import { fdiGroups, figure, pairRanks, PAIR } from "./registry";
import type { Figure } from "./types";

type Render = (ds: Dataset, variant: string, width: number, fig: Figure) => ReactElement;

const slope = (rows: Parameters<typeof pairRanks>[0], top: number, highlight: string, width: number, title: string) => (
  <RankSlopeChart a={{ year: PAIR.a, ranks: pairRanks(rows, PAIR.a) }} b={{ year: PAIR.b, ranks: pairRanks(rows, PAIR.b) }} top={top} highlight={highlight} width={width} title={title} />
);
const russia = (measure: "total" | "imports"): Render => (ds, variant, width, fig) =>
  slope(russiaTopPartners(ds).filter((r) => r.measure === measure && r.basis === variant), 15, "FRA", width, fig.title);
const bars = (kind: "projects" | "flows", decimals: number): Render => (ds, _v, width, fig) => (
  <GroupedBarChart data={fdiGroups(ds, kind)} series={fig.legend.map((l) => ({ key: l.label, label: l.label, token: l.token }))} highlight="FRA" width={width} title={fig.title} decimals={decimals} />
);

export const RENDERERS: Record<string, Render> = {
  "bilateral-trade": (ds, variant, width, fig) => <BilateralChart rows={bilateral(ds).filter((r) => r.basis === variant)} width={width} title={fig.title} />,
  "france-top-partners": (ds, _v, width, fig) => slope(franceTopPartners(ds), 20, "RUS", width, fig.title),
  "russia-top-partners-total": russia("total"),
  "russia-top-partners-imports": russia("imports"),
  "fdi-projects": bars("projects", 0),
  "fdi-flows": bars("flows", 1),
};

export function renderFigure(id: string, ds: Dataset, variant: string, width: number): ReactElement {
  const render = RENDERERS[id];
  if (!render) throw new Error(`no renderer for figure ${id}`);
  return render(ds, variant, width, figure(id));
}
