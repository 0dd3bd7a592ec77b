/** Site-wide words and the public base URL (used in citations, embeds, oEmbed, sitemap). */
export const SITE = {
  name: "France–Russia trade, checked",
  description:
    "French–Russian trade and investment, 2000–2020: the tables of a 2021 Russia Matters analysis reproduced from IMF and sourced FDI figures, with every claim checked.",
  url: process.env.SITE_URL ?? "http://localhost:3000",
  article: {
    title: "Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture",
    author: "J. Faure",
    publisher: "Russia Matters",
    date: "2021-05-12",
    url: "https://www.russiamatters.org/analysis/macrons-dialogue-russia-french-attempt-fix-european-security-architecture",
  },
};
