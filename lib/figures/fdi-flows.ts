/** Context for the investment claim: Bank of Russia net FDI flows into Russia by counterpart country, 2019–2020. */
import { FRANCE } from "../model/constants";
import { groupByYear, shownAndTotals, yearSeries } from "./fdi-shared";

import { groupedTakeaways } from "./takeaways";
import type { Figure } from "./types";

export const SOURCES = ["GBR", "FRA", "HKG", "USA", "ITA", "DEU"];
const SERIES = yearSeries([
  [2019, "muted"],
  [2020, "exports"],
]);

export const fdiFlows: Figure = {
  id: "fdi-flows",
  page: "fdi-in-russia",
  title: "Net FDI flows into Russia by counterpart country, 2019–2020",
  units: "USD billions, net flows, immediate counterpart country",
  source: "Source: Bank of Russia, as reported by DG Trésor (French Treasury), 18 June 2021.",
  links: [
    {
      label: "DG Trésor, Les nouvelles économiques de l'Eurasie, 18 June 2021",
      url: "https://www.tresor.economie.gouv.fr/Articles/2021/06/18/les-nouvelles-economiques-de-l-eurasie-du-18-juin-2021",
    },
  ],
  notes: [
    "Immediate counterpart country, not the ultimate investor: flows routed through holding centres (Cyprus, the Netherlands, etc.) are not attributed to the investor's home country.",
    "Negative values are net disinvestment. Total net inflows into Russia from all countries are in the table and the CSV (source WLD).",
    "DG Trésor ranks France 2nd by flows in 2019 and 2020 excluding tax-haven jurisdictions (it classes Hong Kong as one).",
  ],
  csv: "fdi-flows.csv",
  series: SERIES,
  variants: [{ key: "all", label: "2019–2020" }],
  chart: (d) => ({
    kind: "grouped-bars",
    data: groupByYear(
      d,
      d.ds.fdiFlows.map((r) => ({ year: r.year, source: r.source, value: r.net_flow_usd_bn })),
      SOURCES,
      SERIES,
    ),
    series: SERIES,
    highlight: FRANCE,
    decimals: 1,
  }),
  table: (d) => ({
    caption: "Net FDI flows into Russia by counterpart country (Bank of Russia via DG Trésor), USD billions",
    columns: [
      { key: "year", label: "Year" },
      { key: "name", label: "Counterpart" },
      { key: "net_flow_usd_bn", label: "Net flow (USD bn)", numeric: true, decimals: 1 },
    ],
    rows: d.ds.fdiFlows.map((r) => ({
      year: r.year,
      name: d.countryName(r.source),
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
