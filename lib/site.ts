/** The public base URL (used in citations, embeds, oEmbed, sitemap) and the article the site checks; the site's name
 *  and description are the catalogues' (site.name, site.description). */

/** The address when SITE_URL is not set (a local preview; the build warns: lib/publish/build-env.ts). */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export const SITE = {
  url: process.env.SITE_URL ?? DEFAULT_SITE_URL,
  article: {
    title: "Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture",
    author: "J. Faure",
    publisher: "Russia Matters",
    date: "2021-05-12",
    url: "https://www.russiamatters.org/analysis/macrons-dialogue-russia-french-attempt-fix-european-security-architecture",
  },
};
