/** The article's investment claim: EY counts of FDI projects in Russia by source country, 2017–2019. */
import { FRANCE } from "../model/constants";
import { groupByYear, shownAndTotals, yearSeries, yearsOf } from "./fdi-shared";
import { YEAR_COLUMN } from "./shared";
import { groupedTakeaways } from "./takeaways";
import type { FigureDefinition } from "./types";

/** The source countries drawn (those the article and the sources name), and the years, one series each. */
export const SOURCES = ["DEU", "FRA", "CHN", "USA"];
const SERIES = yearSeries([
  [2017, "muted"],
  [2018, "imports"],
  [2019, "exports"],
]);

export const fdiProjects: FigureDefinition = {
  id: "fdi-projects",
  page: "fdi-in-russia",
  title: { id: "figure.fdi-projects.title", args: { years: yearsOf(SERIES) } },
  units: { id: "figure.fdi-projects.units" },
  source: { id: "figure.fdi-projects.source" },
  links: [
    {
      label: { id: "figure.fdi-projects.link.ey" },
      url: "https://www.ey.com/en_ru/news/2020/07/ey-european-attractiveness-survey-2019",
    },
    {
      label: { id: "figure.fdi-projects.link.globas" },
      url: "https://globasinternational.com/despite-covid-19-99-of-fdi-projects-in-russia-will-be-implemented",
    },
    {
      label: { id: "figure.fdi-projects.link.moscowTimes" },
      url: "https://themoscowtimes.com/2020/07/06/russia-secures-lowest-number-of-foreign-investment-projects-since-2014-a70794",
    },
    {
      label: { id: "figure.fdi-projects.link.owc" },
      url: "https://owc.de/2019/06/13/grafik-der-woche-nationen-mit-den-meisten-direktinvestitionen-in-russland/",
    },
  ],
  notes: [{ id: "figure.fdi-projects.note.1" }, { id: "figure.fdi-projects.note.2" }],
  point: { words: () => ({ id: "chartExplore.unit.projects" }), decimals: 0 },
  csv: "fdi-projects.csv",
  series: SERIES,
  variants: [{ key: "all", label: yearsOf(SERIES) }],
  chart: (d) => ({
    kind: "grouped-bars",
    data: groupByYear(
      d.ds.fdiProjects.map((r) => ({ year: r.year, source: r.source, value: r.projects })),
      SOURCES,
      SERIES,
    ),
    series: SERIES,
    highlight: FRANCE,
    decimals: 0,
  }),
  table: (d) => ({
    caption: { id: "figure.fdi-projects.caption" },
    columns: [
      YEAR_COLUMN,
      { key: "name", label: { id: "figure.fdi-projects.column.name" }, country: true },
      { key: "projects", label: { id: "figure.fdi-projects.column.projects" }, numeric: true },
    ],
    rows: d.ds.fdiProjects.map((r) => ({ year: r.year, name: r.source, projects: r.projects })),
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
