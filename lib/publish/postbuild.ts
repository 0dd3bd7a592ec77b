/**
 * Files added to out/ after `next build`, in order: sitemap.xml and robots.txt, export images, embed pages and
 * oEmbed JSON, the data package (hashes of the CSVs as served), and _headers.
 */
import path from "node:path";
import type { Output } from "./prebuild";
import { PAGES } from "../figures/pages";
import { loadDataset } from "../model/load";
import { SITE } from "../site";
import { imageFiles } from "./images/images";
import { embedFiles } from "./embed/embeds";
import { dataPackageFiles } from "./datapackage";
import { headerFiles } from "./headers";

export function sitePaths(): string[] {
  return ["/", ...PAGES.map((p) => `/charts/${p.slug}/`), "/claims/", "/data/"];
}

function sitemapFiles(): Output[] {
  const urls = sitePaths().map((p) => `  <url><loc>${SITE.url}${p}</loc></url>`).join("\n");
  return [
    { path: "sitemap.xml", content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n` },
    { path: "robots.txt", content: `User-agent: *\nAllow: /\nSitemap: ${SITE.url}/sitemap.xml\n` },
  ];
}

/** Each group is computed only after the previous one is written, so later groups can read earlier files. */
export function siteFileGroups(root: string): (() => Output[])[] {
  const ds = loadDataset(path.join(root, "data"));
  const out = path.join(root, "out");
  return [sitemapFiles, () => imageFiles(ds), () => embedFiles(ds), () => dataPackageFiles(out), () => headerFiles(out)];
}
