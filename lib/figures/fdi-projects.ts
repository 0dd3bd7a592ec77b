/** The article's investment claim: EY counts of FDI projects in Russia by source country, 2017–2019. */
import { FRANCE } from "../model/constants";
import { groupByYear, shownAndTotals, yearSeries } from "./fdi-shared";
import { groupedTakeaways } from "./takeaways";
import type { Figure } from "./types";

/** The source countries drawn (those the article and the sources name), and the years, one series each. */
export const SOURCES = ["DEU", "FRA", "CHN", "USA"];
const SERIES = yearSeries([
  [2017, "muted"],
  [2018, "imports"],
  [2019, "exports"],
]);

export const fdiProjects: Figure = {
  id: "fdi-projects",
  page: "fdi-in-russia",
  title: "Foreign direct investment projects in Russia by source country, 2017–2019",
  units: "Number of projects (a count, not money)",
  source:
    "Source: EY European Attractiveness Survey / European Investment Monitor, as reported by EY and the press (links below).",
  links: [
    {
      label: "EY press release, 20 July 2020",
      url: "https://www.ey.com/en_ru/news/2020/07/ey-european-attractiveness-survey-2019",
    },
    {
      label: "Globas International (China and France, 2019)",
      url: "https://globasinternational.com/despite-covid-19-99-of-fdi-projects-in-russia-will-be-implemented",
    },
    {
      label: "The Moscow Times (US, 2019)",
      url: "https://themoscowtimes.com/2020/07/06/russia-secures-lowest-number-of-foreign-investment-projects-since-2014-a70794",
    },
    {
      label: "OWC chart of EY data (2017–2018)",
      url: "https://owc.de/2019/06/13/grafik-der-woche-nationen-mit-den-meisten-direktinvestitionen-in-russland/",
    },
  ],
  notes: [
    "EY counts announced greenfield and expansion projects; a project count says nothing about the money invested.",
    "Only the counts the sources state are shown: France's counts for 2017 and 2018, and the US count for 2017, were not found. A missing bar is not a zero.",
  ],
  csv: "fdi-projects.csv",
  series: SERIES,
  variants: [{ key: "all", label: "2017–2019" }],
  chart: (d) => ({
    kind: "grouped-bars",
    data: groupByYear(
      d,
      d.ds.fdiProjects.map((r) => ({ year: r.year, source: r.source, value: r.projects })),
      SOURCES,
      SERIES,
    ),
    series: SERIES,
    highlight: FRANCE,
    decimals: 0,
  }),
  table: (d) => ({
    caption: "FDI projects in Russia by source country (EY), number of projects",
    columns: [
      { key: "year", label: "Year" },
      { key: "name", label: "Source country" },
      { key: "projects", label: "Projects", numeric: true },
    ],
    rows: d.ds.fdiProjects.map((r) => ({ year: r.year, name: d.countryName(r.source), projects: r.projects })),
  }),
  statements: (d) => {
    const rows = d.ds.fdiProjects.map((r) => ({ year: r.year, source: r.source, value: r.projects }));
    const { shown, totals } = shownAndTotals(d, rows, SOURCES);
    return groupedTakeaways(shown, totals, {
      what: "projects",
      amount: (v) => ({ id: "amount.projects", args: { v } }),
      highlight: FRANCE,
    });
  },
};
