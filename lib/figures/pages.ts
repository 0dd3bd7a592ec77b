/** The four chart pages: slug, words and the headline figure shown on the overview card. */
import { FRANCE, RUSSIA } from "../model/constants";
import type { Dataset } from "../model/load";
import { bilateral } from "../derive/bilateral";
import { rankOf } from "../derive/rankings";
import { ordinal, usdM } from "../format";

export interface ChartPage {
  slug: string;
  table: string;
  title: string;
  summary: string;
  /** what the article says, paraphrased */
  article: string;
  headline(ds: Dataset): string;
}

export const PAGES: ChartPage[] = [
  {
    slug: "bilateral-trade",
    table: "Table 1 of the article",
    title: "France–Russia trade by year",
    summary: "French exports to and imports from Russia, total and balance, 2000–2020, as each side declares them.",
    article: "The article reports that Russian exports to France grew by more than a quarter between 2017 and 2018, and that bilateral trade fell by roughly a third between 2013 and 2017.",
    headline(ds) {
      const rows = bilateral(ds).filter((r) => r.basis === "france-declared");
      const y13 = rows.find((r) => r.year === 2013)!;
      const y20 = rows.find((r) => r.year === 2020)!;
      return `Total trade: USD ${usdM(y13.total_usd_m)} m in 2013, USD ${usdM(y20.total_usd_m)} m in 2020 (France-declared)`;
    },
  },
  {
    slug: "france-top-partners",
    table: "Table 2 of the article",
    title: "France's top trading partners",
    summary: "France's top 20 partners by total goods trade in 2010 and 2020, and how Russia's rank changed.",
    article: "The article places Russia 10th among France's trading partners in 2010 and 17th in 2020.",
    headline(ds) {
      const a = rankOf(ds, FRANCE, RUSSIA, 2010, "total")!.rank;
      const b = rankOf(ds, FRANCE, RUSSIA, 2020, "total")!.rank;
      return `Russia: ${ordinal(a)} partner of France in 2010, ${ordinal(b)} in 2020`;
    },
  },
  {
    slug: "russia-top-partners",
    table: "Table 3 of the article",
    title: "Russia's top trading partners",
    summary: "Russia's top 15 partners by total trade and by imports in 2010 and 2020, with France highlighted.",
    article: "The article places France 12th among Russia's partners in 2010 and 13th in 2020, and 5th among Russia's suppliers in 2020, two places higher than in 2010.",
    headline(ds) {
      const a = rankOf(ds, RUSSIA, FRANCE, 2010, "total", "belarus-filled")!.rank;
      const asReported = rankOf(ds, RUSSIA, FRANCE, 2010, "total", "as-reported")!.rank;
      const b = rankOf(ds, RUSSIA, FRANCE, 2020, "total", "belarus-filled")!.rank;
      return `France: ${ordinal(a)} partner of Russia in 2010 (${ordinal(asReported)} as Russia reported), ${ordinal(b)} in 2020`;
    },
  },
  {
    slug: "fdi-in-russia",
    table: "The article's investment claim",
    title: "Foreign direct investment in Russia",
    summary: "EY counts of FDI projects in Russia by source country, and Bank of Russia net FDI flows by counterpart country.",
    article: "The article names France as the second source of foreign direct investment projects in Russia, level with China and behind Germany.",
    headline(ds) {
      const p = (c: string) => ds.fdiProjects.find((r) => r.year === 2019 && r.source === c)?.projects;
      return `2019 FDI projects: Germany ${p("DEU")}, France ${p("FRA")}, China ${p("CHN")} (EY)`;
    },
  },
];

export function chartPage(slug: string): ChartPage {
  const p = PAGES.find((x) => x.slug === slug);
  if (!p) throw new Error(`unknown chart page ${slug}`);
  return p;
}
