/** Context for the investment claim: Bank of Russia net FDI flows into Russia by counterpart country, 2019–2020. */
import { FRANCE } from "../model/constants";
import { groupByYear, shownAndTotals, yearSeries, yearsOf } from "./fdi-shared";
import { YEAR_COLUMN } from "./shared";

import { groupedTakeaways } from "./takeaways";
import type { FigureDefinition } from "./types";

export const SOURCES = ["GBR", "FRA", "HKG", "USA", "ITA", "DEU"];
const SERIES = yearSeries([
  [2019, "muted"],
  [2020, "exports"],
]);

export const fdiFlows: FigureDefinition = {
  id: "fdi-flows",
  page: "fdi-in-russia",
  title: { id: "figure.fdi-flows.title", args: { years: yearsOf(SERIES) } },
  units: { id: "figure.fdi-flows.units" },
  source: { id: "figure.fdi-flows.source" },
  links: [
    {
      label: { id: "figure.fdi-flows.link.tresor" },
      url: "https://www.tresor.economie.gouv.fr/Articles/2021/06/18/les-nouvelles-economiques-de-l-eurasie-du-18-juin-2021",
    },
  ],
  notes: [{ id: "figure.fdi-flows.note.1" }, { id: "figure.fdi-flows.note.2" }, { id: "figure.fdi-flows.note.3" }],
  point: { words: () => ({ id: "chartExplore.unit.billions", args: { unit: "USD" } }), decimals: 1 },
  csv: "fdi-flows.csv",
  series: SERIES,
  variants: [{ key: "all", label: yearsOf(SERIES) }],
  chart: (d) => ({
    kind: "grouped-bars",
    data: groupByYear(
      d.ds.fdiFlows.map((r) => ({ year: r.year, source: r.source, value: r.net_flow_usd_bn })),
      SOURCES,
      SERIES,
    ),
    series: SERIES,
    highlight: FRANCE,
    decimals: 1,
  }),
  table: (d) => ({
    caption: { id: "figure.fdi-flows.caption" },
    columns: [
      YEAR_COLUMN,
      { key: "name", label: { id: "figure.fdi-flows.column.name" }, country: true },
      { key: "net_flow_usd_bn", label: { id: "figure.fdi-flows.column.net_flow_usd_bn" }, numeric: true, decimals: 1 },
    ],
    rows: d.ds.fdiFlows.map((r) => ({
      year: r.year,
      name: r.source,
      net_flow_usd_bn: r.net_flow_usd_bn,
    })),
  }),
  statements: (d) => {
    const rows = d.ds.fdiFlows.map((r) => ({ year: r.year, source: r.source, value: r.net_flow_usd_bn }));
    const { shown, totals } = shownAndTotals(d, rows, SOURCES);
    return groupedTakeaways(shown, totals, {
      what: "flows",
      amount: (v) => ({ id: "amount.usdBillions", args: { v } }),
      highlight: FRANCE,
    });
  },
};
