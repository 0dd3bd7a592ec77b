/**
 * Files added to out/ after `next build`: sitemap.xml and robots.txt.
 * (Images, embeds, oEmbed JSON, datapackage.json and _headers join this list.)
 */
import type { Output } from "./outputs";
import { PAGES } from "../charts/pages";
import { SITE } from "../site";

export function sitePaths(): string[] {
  return ["/", ...PAGES.map((p) => `/charts/${p.slug}/`), "/claims/", "/data/"];
}

export function siteFiles(_root: string): Output[] {
  const urls = sitePaths().map((p) => `  <url><loc>${SITE.url}${p}</loc></url>`).join("\n");
  return [
    { path: "sitemap.xml", content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n` },
    { path: "robots.txt", content: `User-agent: *\nAllow: /\nSitemap: ${SITE.url}/sitemap.xml\n` },
  ];
}
