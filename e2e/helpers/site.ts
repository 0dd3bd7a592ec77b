/** The pages of the built site, as listed in out/sitemap.xml. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { OUT_DIR, requireOut } from "./server";
import { LOCALES } from "../../lib/i18n/locales";

function locs(dir: string): URL[] {
  requireOut(dir);
  const xml = readFileSync(path.join(dir, "sitemap.xml"), "utf8");
  const urls = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1]));
  if (urls.length === 0) throw new Error(`${dir}/sitemap.xml lists no <loc>`);
  return urls;
}

/** Paths ("/", "/charts/x/", …) of every <loc> in out/sitemap.xml, whatever its host (SITE_URL). */
export const sitemapPaths = (dir = OUT_DIR): string[] => locs(dir).map((u) => u.pathname);

/** Origin of the public URL the site was built for (SITE_URL, e.g. http://localhost:3000), from the sitemap. */
export const siteOrigin = (dir = OUT_DIR): string => locs(dir)[0].origin;

/** A chart page of any language: /<locale>/charts/<slug>/. */
export const isChartPage = (p: string) => new RegExp(`^/(${LOCALES.join("|")})/charts/[^/]+/$`).test(p);
