/**
 * The registry of figures: for each, its words (title, units, source, notes), its CSV, and its data table as a pure
 * function of the dataset. The chart drawings are in ./renderers.tsx (recharts cannot load in server components).
 * Pages, static SVGs, images and embeds all read from here, so the words and numbers are the same everywhere.
 */
import { bilateral } from "../derive/bilateral";
import { franceTopPartners, russiaTopPartners, type RankRow } from "../derive/tables";
import type { Dataset } from "../model/load";
import type { Column, Figure, TableModel } from "./types";

const IMF_LINK = { label: "IMF Direction of Trade Statistics", url: "https://data.imf.org/" };
const IMF_SOURCE = "Source: IMF Direction of Trade Statistics (reporter-declared), via SamLeBlanc/Direction-of-Trade-Map; calculations by this site.";
const RANK_NOTE = "Ranks count countries only: World, the EU, the euro area, regions and “not specified” rows are excluded. China means mainland China; Hong Kong and Macao are separate partners.";

const rankColumns: Column[] = [
  { key: "year", label: "Year" },
  { key: "rank", label: "Rank", numeric: true },
  { key: "name", label: "Partner" },
  { key: "exports_usd_m", label: "Exports (USD m)", numeric: true, decimals: 1 },
  { key: "imports_usd_m", label: "Imports (USD m)", numeric: true, decimals: 1 },
  { key: "total_usd_m", label: "Total (USD m)", numeric: true, decimals: 1 },
];

export const PAIR = { a: 2010, b: 2020 } as const;

export function pairRanks(rows: readonly RankRow[], year: number) {
  return rows.filter((r) => r.year === year).map((r) => ({ partner: r.partner, name: r.name, rank: r.rank }));
}
function rankTable(rows: readonly RankRow[], top: number, caption: string): TableModel {
  return { caption, columns: rankColumns, rows: rows.filter((r) => (r.year === PAIR.a || r.year === PAIR.b) && r.rank <= top) };
}

const GAP_VARIANTS = [
  { key: "belarus-filled", label: "Belarus 2010 filled from Belarus's declarations" },
  { key: "as-reported", label: "As Russia reported (no Belarus in 2010)" },
];
const GAP_NOTE = "Russia's own declarations to the IMF have no Belarus rows for 2009 and 2010. The default view fills Belarus's 2010 flows from Belarus's own declarations (Russia's exports to Belarus = Belarus's imports from Russia, and the reverse); “as reported” leaves Belarus out of 2010. 2020 is the same on both bases.";

function russiaFigure(measure: "total" | "imports"): Figure {
  const top = 15;
  const what = measure === "total" ? "total trade (exports + imports)" : "imports (Russia's imports from each partner)";
  return {
    id: `russia-top-partners-${measure}`,
    page: "russia-top-partners",
    title: measure === "total" ? "Russia's top 15 trading partners, 2010 and 2020" : "Russia's top 15 suppliers (by imports), 2010 and 2020",
    units: `Rank by ${what}, Russia-declared, USD basis`,
    source: IMF_SOURCE,
    links: [IMF_LINK],
    notes: [RANK_NOTE, GAP_NOTE],
    csv: "russia-top-partners.csv",
    legend: [
      { label: "France", token: "highlight", shape: "line" },
      { label: "Other partners", token: "muted", shape: "line" },
    ],
    variants: GAP_VARIANTS,
    table(ds, variant) {
      const rows = russiaTopPartners(ds).filter((r) => r.measure === measure && r.basis === variant);
      return rankTable(rows, top, `Russia's top ${top} partners by ${measure === "total" ? "total trade" : "imports"}, ${PAIR.a} and ${PAIR.b}, USD millions (${variant})`);
    },
  };
}

const FDI_PROJECT_SOURCES = ["DEU", "FRA", "CHN", "USA"];
const FDI_FLOW_SOURCES = ["GBR", "FRA", "HKG", "USA", "ITA", "DEU"];

export const FIGURES: Figure[] = [
  {
    id: "bilateral-trade",
    page: "bilateral-trade",
    title: "France–Russia goods trade, 2000–2020",
    units: "USD millions, current prices",
    source: IMF_SOURCE,
    links: [IMF_LINK],
    notes: [
      "France-declared and Russia-declared figures differ (FOB/CIF valuation, timing, partner attribution, transit): the switch shows each side's declarations.",
      "Russia-declared: French exports are Russia's declared imports from France, French imports are Russia's declared exports to France.",
      "Balance = French exports − French imports; below zero is a French deficit.",
    ],
    csv: "bilateral-trade.csv",
    legend: [
      { label: "French exports to Russia", token: "exports", shape: "bar" },
      { label: "French imports from Russia", token: "imports", shape: "bar" },
      { label: "Balance (exports − imports)", token: "balance", shape: "line" },
    ],
    variants: [
      { key: "france-declared", label: "France-declared" },
      { key: "russia-declared", label: "Russia-declared" },
    ],
    table(ds, variant) {
      return {
        caption: `France–Russia goods trade by year, USD millions (${variant})`,
        columns: [
          { key: "year", label: "Year" },
          { key: "fr_exports_usd_m", label: "French exports to Russia", numeric: true, decimals: 1 },
          { key: "fr_imports_usd_m", label: "French imports from Russia", numeric: true, decimals: 1 },
          { key: "total_usd_m", label: "Total", numeric: true, decimals: 1 },
          { key: "balance_usd_m", label: "Balance", numeric: true, decimals: 1 },
        ],
        rows: bilateral(ds).filter((r) => r.basis === variant),
      };
    },
  },
  {
    id: "france-top-partners",
    page: "france-top-partners",
    title: "France's top 20 trading partners, 2010 and 2020",
    units: "Rank by total goods trade (exports + imports), France-declared, USD basis",
    source: IMF_SOURCE,
    links: [IMF_LINK],
    notes: [RANK_NOTE, "Partners in the top 20 of either year are drawn; a partner outside the top 30 in the other year has no point there."],
    csv: "france-top-partners.csv",
    legend: [
      { label: "Russia", token: "highlight", shape: "line" },
      { label: "Other partners", token: "muted", shape: "line" },
    ],
    variants: [{ key: "2010-2020", label: "2010 and 2020" }],
    table(ds) {
      return rankTable(franceTopPartners(ds), 20, `France's top 20 partners by total goods trade, ${PAIR.a} and ${PAIR.b}, USD millions`);
    },
  },
  russiaFigure("total"),
  russiaFigure("imports"),
  {
    id: "fdi-projects",
    page: "fdi-in-russia",
    title: "Foreign direct investment projects in Russia by source country, 2017–2019",
    units: "Number of projects (a count, not money)",
    source: "Source: EY European Attractiveness Survey / European Investment Monitor, as reported by EY and the press (links below).",
    links: [
      { label: "EY press release, 20 July 2020", url: "https://www.ey.com/en_ru/news/2020/07/ey-european-attractiveness-survey-2019" },
      { label: "Globas International (China and France, 2019)", url: "https://globasinternational.com/despite-covid-19-99-of-fdi-projects-in-russia-will-be-implemented" },
      { label: "The Moscow Times (US, 2019)", url: "https://themoscowtimes.com/2020/07/06/russia-secures-lowest-number-of-foreign-investment-projects-since-2014-a70794" },
      { label: "OWC chart of EY data (2017–2018)", url: "https://owc.de/2019/06/13/grafik-der-woche-nationen-mit-den-meisten-direktinvestitionen-in-russland/" },
    ],
    notes: [
      "EY counts announced greenfield and expansion projects; a project count says nothing about the money invested.",
      "Only the counts the sources state are shown: France's counts for 2017 and 2018, and the US count for 2017, were not found. A missing bar is not a zero.",
    ],
    csv: "fdi-projects.csv",
    legend: [
      { label: "2017", token: "muted", shape: "bar" },
      { label: "2018", token: "imports", shape: "bar" },
      { label: "2019", token: "exports", shape: "bar" },
    ],
    variants: [{ key: "all", label: "2017–2019" }],
    table(ds) {
      return {
        caption: "FDI projects in Russia by source country (EY), number of projects",
        columns: [{ key: "year", label: "Year" }, { key: "name", label: "Source country" }, { key: "projects", label: "Projects", numeric: true }],
        rows: ds.fdiProjects.map((r) => ({ year: r.year, name: countryName(ds, r.source), projects: r.projects })),
      };
    },
  },
  {
    id: "fdi-flows",
    page: "fdi-in-russia",
    title: "Net FDI flows into Russia by counterpart country, 2019–2020",
    units: "USD billions, net flows, immediate counterpart country",
    source: "Source: Bank of Russia, as reported by DG Trésor (French Treasury), 18 June 2021.",
    links: [{ label: "DG Trésor, Les nouvelles économiques de l'Eurasie, 18 June 2021", url: "https://www.tresor.economie.gouv.fr/Articles/2021/06/18/les-nouvelles-economiques-de-l-eurasie-du-18-juin-2021" }],
    notes: [
      "Immediate counterpart country, not the ultimate investor: flows routed through holding centres (Cyprus, the Netherlands, etc.) are not attributed to the investor's home country.",
      "Negative values are net disinvestment. Total net inflows into Russia were USD 32 bn in 2019 and USD 8.7 bn in 2020.",
      "DG Trésor ranks France 2nd by flows in 2019 and 2020 excluding tax-haven jurisdictions (it classes Hong Kong as one).",
    ],
    csv: "fdi-flows.csv",
    legend: [
      { label: "2019", token: "muted", shape: "bar" },
      { label: "2020", token: "exports", shape: "bar" },
    ],
    variants: [{ key: "all", label: "2019–2020" }],
    table(ds) {
      return {
        caption: "Net FDI flows into Russia by counterpart country (Bank of Russia via DG Trésor), USD billions",
        columns: [{ key: "year", label: "Year" }, { key: "name", label: "Counterpart" }, { key: "net_flow_usd_bn", label: "Net flow (USD bn)", numeric: true, decimals: 1 }],
        rows: ds.fdiFlows.map((r) => ({ year: r.year, name: countryName(ds, r.source), net_flow_usd_bn: r.net_flow_usd_bn })),
      };
    },
  },
];

function countryName(ds: Dataset, code: string) {
  return code === "WLD" ? "All countries (total)" : ds.countries.get(code)?.name ?? code;
}

export function fdiGroups(ds: Dataset, kind: "projects" | "flows") {
  const codes = kind === "projects" ? FDI_PROJECT_SOURCES : FDI_FLOW_SOURCES;
  return codes.map((code) => {
    const values: Record<string, number | null> = {};
    const rows = kind === "projects" ? ds.fdiProjects.map((r) => ({ year: r.year, source: r.source, v: r.projects })) : ds.fdiFlows.map((r) => ({ year: r.year, source: r.source, v: r.net_flow_usd_bn }));
    const years = kind === "projects" ? [2017, 2018, 2019] : [2019, 2020];
    for (const y of years) values[String(y)] = rows.find((r) => r.source === code && r.year === y)?.v ?? null;
    return { code, name: countryName(ds, code), values };
  });
}

export function figure(id: string): Figure {
  const f = FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}
export const figuresOfPage = (page: string) => FIGURES.filter((f) => f.page === page);
