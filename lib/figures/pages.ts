/**
 * The chart pages: slug, words, and the headline shown on the overview card, computed from the derived data
 * (never typed), and any sections below the figures. Each page shows the figures whose `page` is its slug
 * (lib/figures/registry.ts).
 */
import type { Derived } from "../derive";
import { FRANCE, RUSSIA, YEAR_MAX, YEAR_MIN } from "../model/constants";
import { RATE_YEAR_MIN } from "../model/schemas";
import { FRANCE_TOP } from "./france-top-partners";
import { RUSSIA_TOP } from "./russia-top-partners";
import { PAGE_SLUGS } from "./types";
import { PAIR } from "./shared";
import type { PageSlug } from "./types";
import type { Locale } from "../i18n/locales";
import type { Plan } from "../i18n/translate";
import { since2021Headline, since2021Sections, type PageSection } from "./since-2021";

export interface ChartPage {
  slug: PageSlug;
  table: string;
  title: string;
  summary: string;
  /** what the article says, paraphrased */
  article: string;
  /** the overview card's one-line finding, as a sentence plan */
  headline(d: Derived): Plan;
  /** parts of the page below its figures (words, facts and tables computed from the data), in a language */
  sections?(d: Derived, locale?: Locale): PageSection[];
}

/** A chart page in one language: its headline worded (lib/figures/localize.ts). */
export interface LocalizedPage extends Omit<ChartPage, "headline"> {
  headline(d: Derived): string;
}

function rankIn(d: Derived, ...args: Parameters<Derived["rank"]>): number {
  const r = d.rank(...args);
  if (!r) throw new Error(`headline: ${args[1]} is not ranked among ${args[0]}'s partners in ${args[2]}`);
  return r.rank;
}

export const PAGES: readonly ChartPage[] = [
  {
    slug: "bilateral-trade",
    table: "Table 1 of the article",
    title: "France–Russia trade by year",
    summary: `French exports to and imports from Russia, total and balance, ${YEAR_MIN}–${YEAR_MAX}, as each side declares them to the IMF; and, as a view of its own, full years from ${RATE_YEAR_MIN} on France's declarations to Eurostat.`,
    article:
      "The article reports that Russian exports to France grew by more than a quarter between 2017 and 2018, and that bilateral trade fell by roughly a third between 2013 and 2017.",
    headline(d) {
      const total = (year: number) => {
        const row = d.bilateral.find((r) => r.basis === "france-declared" && r.year === year);
        if (!row || row.total_usd_m === null) throw new Error(`headline: no France-declared trade for ${year}`);
        return row.total_usd_m;
      };
      return {
        id: "headline.bilateral-trade",
        args: { totalA: total(2013), yearA: "2013", totalB: total(2020), yearB: "2020" },
      };
    },
  },
  {
    slug: "france-top-partners",
    table: "Table 2 of the article",
    title: "France's top trading partners",
    summary: `France's top ${FRANCE_TOP} partners by total goods trade in ${PAIR.a} and ${PAIR.b}, and how Russia's rank changed.`,
    article: "The article places Russia 10th among France's trading partners in 2010 and 17th in 2020.",
    headline(d) {
      const a = rankIn(d, FRANCE, RUSSIA, PAIR.a, "total");
      const b = rankIn(d, FRANCE, RUSSIA, PAIR.b, "total");
      return {
        id: "headline.france-top-partners",
        args: { partner: { country: RUSSIA }, rankA: a, yearA: String(PAIR.a), rankB: b, yearB: String(PAIR.b) },
      };
    },
  },
  {
    slug: "russia-top-partners",
    table: "Table 3 of the article",
    title: "Russia's top trading partners",
    summary: `Russia's top ${RUSSIA_TOP} partners by total trade and by imports in ${PAIR.a} and ${PAIR.b}, with France highlighted.`,
    article:
      "The article places France 12th among Russia's partners in 2010 and 13th in 2020, and 5th among Russia's suppliers in 2020, two places higher than in 2010.",
    headline(d) {
      const a = rankIn(d, RUSSIA, FRANCE, PAIR.a, "total", "belarus-filled");
      const asReported = rankIn(d, RUSSIA, FRANCE, PAIR.a, "total", "as-reported");
      const b = rankIn(d, RUSSIA, FRANCE, PAIR.b, "total", "belarus-filled");
      // the rank as Russia reported it differs only by Belarus, whose trade Russia left out of that year's report
      return {
        id: "headline.russia-top-partners",
        args: {
          partner: { country: FRANCE },
          rankA: a,
          yearA: String(PAIR.a),
          differs: asReported === a ? "no" : "yes",
          reportedA: asReported,
          rankB: b,
          yearB: String(PAIR.b),
        },
      };
    },
  },
  {
    slug: "fdi-in-russia",
    table: "The article's investment claim",
    title: "Foreign direct investment in Russia",
    summary:
      "EY counts of FDI projects in Russia by source country, and Bank of Russia net FDI flows by counterpart country.",
    article:
      "The article names France as the second source of foreign direct investment projects in Russia, level with China and behind Germany.",
    headline(d) {
      const p = (c: string) => {
        const row = d.ds.fdiProjects.find((r) => r.year === 2019 && r.source === c);
        if (!row) throw new Error(`headline: no 2019 FDI project count for ${c}`);
        return row.projects;
      };
      return {
        id: "headline.fdi-in-russia",
        args: {
          year: "2019",
          first: { country: "DEU" },
          firstCount: p("DEU"),
          second: { country: "FRA" },
          secondCount: p("FRA"),
          third: { country: "CHN" },
          thirdCount: p("CHN"),
        },
      };
    },
  },
  {
    slug: "since-2021",
    table: "Since the article",
    title: "French–Russian trade month by month",
    summary:
      "France's monthly goods exports to and imports from Russia since 2019, with the part of imports that is mineral fuels, in euros or US dollars; annual totals; and where the data stop.",
    article:
      "The article's figures stop in 2020. This page follows France's trade with Russia through Russia's invasion of Ukraine as far as public data go, on France's declarations to Eurostat.",
    headline: since2021Headline,
    sections: since2021Sections,
  },
];

if (PAGES.map((p) => p.slug).join() !== PAGE_SLUGS.join()) {
  throw new Error(`chart pages: ${PAGES.map((p) => p.slug).join()} differ from PAGE_SLUGS ${PAGE_SLUGS.join()}`);
}

export function chartPage(slug: string): ChartPage {
  const p = PAGES.find((x) => x.slug === slug);
  if (!p) throw new Error(`unknown chart page ${slug}`);
  return p;
}
