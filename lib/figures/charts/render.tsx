/**
 * A chart spec (what a figure draws, as data) to its recharts element, at a given width. Used by the build (static
 * SVG) only: recharts cannot run in server components, so pages never import this file.
 */
import type { ReactElement } from "react";
import type { ChartSpec } from "../types";
import { BilateralChart } from "./BilateralChart";
import { GroupedBarChart } from "./GroupedBarChart";
import { MonthlyChart } from "./MonthlyChart";
import { RankSlopeChart } from "./RankSlopeChart";

export function chartElement(spec: ChartSpec, width: number, title: string): ReactElement {
  switch (spec.kind) {
    case "bars-and-line":
      return <BilateralChart {...spec} width={width} title={title} />;
    case "slope":
      return <RankSlopeChart {...spec} width={width} title={title} />;
    case "grouped-bars":
      return <GroupedBarChart {...spec} width={width} title={title} />;
    case "monthly-lines":
      return <MonthlyChart {...spec} width={width} title={title} />;
  }
}
