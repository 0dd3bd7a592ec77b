/**
 * A chart spec (what a figure draws, as data) to its recharts element, at a given width. Used by the build (static
 * SVG) only: recharts cannot run in server components, so pages never import this file.
 */
import type { ReactElement } from "react";
import type { ChartSpec } from "../types";
import type { Locale } from "../../i18n/locales";
import { BilateralChart } from "./BilateralChart";
import { GroupedBarChart } from "./GroupedBarChart";
import { MonthlyChart } from "./MonthlyChart";
import { RankSlopeChart } from "./RankSlopeChart";
import { RankLinesChart } from "./RankLinesChart";
import type { MarkSink } from "./marks";

/** `locale`: the language of the numbers and dates the chart draws (its words come in the spec already); `marks`, when
 *  given, receives where each point is drawn (./marks.tsx). */
export function chartElement(
  spec: ChartSpec,
  width: number,
  title: string,
  locale: Locale,
  marks?: MarkSink,
): ReactElement {
  switch (spec.kind) {
    case "bars-and-line":
      return <BilateralChart {...spec} width={width} title={title} locale={locale} marks={marks} />;
    case "slope":
      return <RankSlopeChart {...spec} width={width} title={title} locale={locale} marks={marks} />;
    case "grouped-bars":
      return <GroupedBarChart {...spec} width={width} title={title} locale={locale} marks={marks} />;
    case "monthly-lines":
      return <MonthlyChart {...spec} width={width} title={title} locale={locale} marks={marks} />;
    case "rank-lines":
      return <RankLinesChart {...spec} width={width} title={title} locale={locale} marks={marks} />;
  }
}
