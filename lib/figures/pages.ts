/**
 * The chart pages: slug, words, and the headline shown on the overview card, computed from the derived data
 * (never typed), and any sections below the figures. Each page shows the figures whose `page` is its slug
 * (lib/figures/registry.ts).
 */
import type { Derived } from "../derive";
import { FRANCE, RUSSIA, YEAR_MAX, YEAR_MIN } from "../model/constants";
import { RATE_YEAR_MIN } from "../model/schemas";
import { FRANCE_TOP, RUSSIA_TOP } from "./ranking";
import { PAGE_SLUGS } from "./types";
import { PAIR, PAIR_ARGS } from "./shared";
import type { PageSlug, Words } from "./types";
import type { Locale } from "../i18n/locales";
import type { Plan } from "../i18n/translate";
import { since2021Headline, since2021Sections, type PageSection } from "./since-2021";

/** A chart page as defined: its slug, the messages its words are (`page.<slug>.*`), its headline and sections. */
export interface ChartPage {
  slug: PageSlug;
  table: Words;
  title: Words;
  summary: Words;
  /** what the article says, paraphrased */
  article: Words;
  /** the overview card's one-line finding, as a sentence plan */
  headline(d: Derived): Plan;
  /** parts of the page below its figures (words, facts and tables computed from the data), in a language */
  sections?(d: Derived, locale: Locale): PageSection[];
}

/** A chart page in one language: its words and headline worded (lib/figures/localize.ts). */
export interface LocalizedPage extends Omit<ChartPage, "headline" | "table" | "title" | "summary" | "article"> {
  table: string;
  title: string;
  summary: string;
  article: string;
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
    table: { id: "page.bilateral-trade.table" },
    title: { id: "page.bilateral-trade.title" },
    summary: {
      id: "page.bilateral-trade.summary",
      args: { from: String(YEAR_MIN), to: String(YEAR_MAX), eurostatFrom: String(RATE_YEAR_MIN) },
    },
    article: { id: "page.bilateral-trade.article" },
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
    table: { id: "page.france-top-partners.table" },
    title: { id: "page.france-top-partners.title" },
    summary: { id: "page.france-top-partners.summary", args: { top: FRANCE_TOP, ...PAIR_ARGS } },
    article: { id: "page.france-top-partners.article" },
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
    table: { id: "page.russia-top-partners.table" },
    title: { id: "page.russia-top-partners.title" },
    summary: { id: "page.russia-top-partners.summary", args: { top: RUSSIA_TOP, ...PAIR_ARGS } },
    article: { id: "page.russia-top-partners.article" },
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
    table: { id: "page.fdi-in-russia.table" },
    title: { id: "page.fdi-in-russia.title" },
    summary: { id: "page.fdi-in-russia.summary" },
    article: { id: "page.fdi-in-russia.article" },
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
    table: { id: "page.since-2021.table" },
    title: { id: "page.since-2021.title" },
    summary: { id: "page.since-2021.summary", args: { from: String(RATE_YEAR_MIN) } },
    article: { id: "page.since-2021.article" },
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
