/** Site-wide words and the public base URL (used in citations, embeds, oEmbed, sitemap). */

/** The address when SITE_URL is not set (a local preview; the build warns: lib/publish/build-env.ts). */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export const SITE = {
  name: "France–Russia trade, checked",
  description:
    "French–Russian trade and investment, 2000–2020: the tables of a 2021 Russia Matters analysis reproduced from IMF and sourced FDI figures, with every claim checked.",
  url: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  article: {
    title: "Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture",
    author: "J. Faure",
    publisher: "Russia Matters",
    date: "2021-05-12",
    url: "https://www.russiamatters.org/analysis/macrons-dialogue-russia-french-attempt-fix-european-security-architecture",
  },
};
