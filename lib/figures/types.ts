import type { Dataset } from "../model/load";
import type { ChartToken } from "./theme";

export interface LegendItem { label: string; token: ChartToken; shape: "bar" | "line" | "dot" }
export interface Column { key: string; label: string; numeric?: boolean; decimals?: number }
export interface TableModel { caption: string; columns: Column[]; rows: Record<string, string | number | null>[] }
export interface SourceLink { label: string; url: string }

export interface Figure {
  /** stable id: images at /charts/img/<id>.svg|png, embed at /embed/<id>/ */
  id: string;
  /** page slug under /charts/ */
  page: string;
  title: string;
  /** units line, printed under the title everywhere the chart goes */
  units: string;
  /** one-line source, printed under the chart everywhere it goes */
  source: string;
  links: SourceLink[];
  notes: string[];
  /** CSV file under /data/ holding the chart's numbers */
  csv: string;
  legend: LegendItem[];
  /** alternative views; the first is the default (used for images and embeds) */
  variants: { key: string; label: string }[];
  table(ds: Dataset, variant: string): TableModel;
}
