/**
 * Publish, part 2 (runs after `next build` has written out/): the files a static host serves beside the pages, in
 * order: sitemap.xml and robots.txt, export images, the briefing files (PowerPoint, Word, Excel, PDF), embed pages and oEmbed JSON, the data package (hashes of the CSVs
 * as served), and _headers (hashes of each page's inline scripts). Everything is read from and written to `site`:
 * out/ on disk for the build, or files in memory over it for a test.
 */
import type { Output } from "./files";
import { PAGES } from "../figures/pages";
import { SITE } from "../site";
import type { SiteFiles } from "./files";
import { chartPagePath } from "./urls";
import { imageFiles } from "./images/images";
import { embedFiles } from "./embed/embeds";
import { briefingServedFiles } from "./briefing/files";
import { dataPackageFiles } from "./datapackage";
import { headerFiles } from "./headers";

export function sitePaths(): string[] {
  return ["/", ...PAGES.map((p) => chartPagePath(p.slug)), "/claims/", "/data/"];
}

function sitemapFiles(): Output[] {
  const urls = sitePaths()
    .map((p) => `  <url><loc>${SITE.url}${p}</loc></url>`)
    .join("\n");
  return [
    {
      path: "sitemap.xml",
      content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    },
    { path: "robots.txt", content: `User-agent: *\nAllow: /\nSitemap: ${SITE.url}/sitemap.xml\n` },
  ];
}

/**
 * Writes every group into `site` in order; each group is computed only after the previous one is written, so the
 * data package sees the served CSVs and _headers sees every page. Returns the paths written.
 */
export function postbuild(site: SiteFiles): string[] {
  const groups: (() => Output[])[] = [
    sitemapFiles,
    imageFiles,
    briefingServedFiles,
    embedFiles,
    () => dataPackageFiles(site),
    () => headerFiles(site),
  ];
  const written: string[] = [];
  for (const group of groups) {
    for (const f of group()) {
      site.write(f.path, f.content);
      written.push(f.path);
    }
  }
  return written;
}
