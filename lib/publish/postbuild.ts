/**
 * Publish, part 2 (runs after `next build` has written out/): first the pages made static documents, without Next's
 * runtime, RSC payloads or any script but the site's own, plus the page script's loader and the island bundles
 * (static-pages.ts), their social cards' sizes (social-cards.ts) and their islands' props moved to files
 * (island-props.ts); then the files a static host serves beside the pages, in order: sitemap.xml and robots.txt,
 * the CSVs, export images, the briefing files (PowerPoint, Word, Excel, PDF), embed pages and oEmbed JSON, the data package
 * (hashes of the CSVs as served), the chart SVGs put into the pages' placeholders (chart-markup.ts), the hidden views'
 * panels moved out of the pages into files fetched when chosen (panels.ts), the charts' exploration layer and each
 * view's points (explore/), and _headers (hashes of each page's
 * inline scripts). Everything is read from and written to `site`: out/ on disk for the build, or files in memory over
 * it for a test.
 */
import type { Output } from "./files";
import { PAGES } from "../figures/pages";
import { SITE } from "../site";
import type { SiteFiles } from "./files";
import { DEFAULT_LOCALE, LOCALES, message, type Locale } from "../i18n";
import { escapeAttr, escapeText } from "../html";
import { alternates, chartPagePath, claimsPath, dataPagePath, homePath } from "./urls";
import { imageFiles } from "./images/images";
import { embedFiles } from "./embed/embeds";
import { dataPackageFiles } from "./datapackage";
import { headerFiles } from "./headers";
import { chartMarkupFiles } from "./chart-markup";
import { panelFiles } from "./panel-files";
import { explorePointFiles } from "./explore/points";
import { exploreScriptFile } from "./explore/bundle";
import { nextRuntimeFiles, staticPageFiles } from "./static-pages";
import { socialCardFiles } from "./social-cards";
import { islandPropsFiles } from "./island-props";
import { attr, elements, outerRange, parseHtml } from "./html-edit";

/** Every page in English: its path in each language is the same with the language swapped (urls.ts). */
const englishPaths = () => [
  homePath(DEFAULT_LOCALE),
  ...PAGES.map((p) => chartPagePath(p.slug, DEFAULT_LOCALE)),
  claimsPath(DEFAULT_LOCALE),
  dataPagePath(DEFAULT_LOCALE),
];

/** The file of a page's path: `/en/` → `en/index.html`. */
export const pageFile = (p: string) => `${p.slice(1)}index.html`;

/** Every page of the sitemap: the site root, then each page in each language. */
export function sitePaths(): string[] {
  return [
    "/",
    ...LOCALES.flatMap((l) =>
      englishPaths().map((p) => (l === DEFAULT_LOCALE ? p : p.replace(new RegExp(`^/${DEFAULT_LOCALE}/`), `/${l}/`))),
    ),
  ];
}

/**
 * The addresses the site had before it had languages (/charts/<slug>/, /claims/, /data/), each kept as a small static
 * page that sends the reader to the English page (meta refresh, no script), names it as canonical, and links both
 * languages. (The embeds at /embed/<id>/ stay as they were: pasted iframes keep working, in English.)
 */
export function legacyRedirects(): { from: string; to: string }[] {
  return [...PAGES.map((p) => `/charts/${p.slug}/`), "/claims/", "/data/"].map((from) => ({ from, to: `/en${from}` }));
}

function redirectPage(from: string, to: string): string {
  const url = `${SITE.url}${to}`;
  const d = DEFAULT_LOCALE;
  // the same page in each other language, introduced in that language
  const others = LOCALES.filter((l) => l !== d).map((l) => {
    const there = to.replace(new RegExp(`^/${d}/`), `/${l}/`);
    return `<p lang="${l}">${escapeText(message(l, "redirect.inThisLanguage"))} <a href="${escapeAttr(there)}" hreflang="${l}">${escapeText(`${SITE.url}${there}`)}</a>.</p>`;
  });
  return (
    `<!doctype html><html lang="${d}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeText(message(d, "site.name"))}</title><meta name="robots" content="noindex">` +
    `<link rel="canonical" href="${escapeAttr(url)}"><meta http-equiv="refresh" content="0; url=${escapeAttr(to)}"></head>` +
    `<body><main><p>${escapeText(message(d, "redirect.movedTo"))} <a href="${escapeAttr(to)}">${escapeText(url)}</a>.</p>` +
    `${others.join("")}</main></body></html>\n`
  );
}

function redirectFiles(): Output[] {
  return legacyRedirects().map(({ from, to }) => ({
    path: `${from.slice(1)}index.html`,
    content: redirectPage(from, to),
  }));
}

/**
 * The 404 pages (Next's own would be English only, without the site's frame): plain HTML with the site's stylesheet
 * (inline or linked, as the pages have it), read from the English home page that next build wrote. Hosts serve the
 * nearest 404.html to an unknown address, walking up its path (Cloudflare Pages; scripts/serve.ts likewise): under a
 * language's folder that is its own 404 page (`fr/404.html`, `<html lang="fr">`, its words first and a link to its
 * home page), elsewhere the default language's (`404.html`). Each page then says the same in the other languages,
 * each section marked with its language, for a reader who followed a link in another language.
 */
function notFoundFiles(site: SiteFiles): Output[] {
  const home = site.read("en/index.html").toString("utf8");
  // the stylesheet as the pages have it: inline (next.config.js, inlineCss), or a link
  const head = elements(parseHtml(home));
  const css = head
    .filter((e) => e.tagName === "link" && attr(e, "rel") === "stylesheet")
    .map((e) => attr(e, "href"))
    .find((h) => h?.startsWith("/_next/static/"));
  const inline = head
    .filter((e) => e.tagName === "style")
    .map((e) => home.slice(outerRange(e).start, outerRange(e).end))
    .join("");
  if (!css && !inline) throw new Error("out/en/index.html: no stylesheet to give the 404 page");
  const style = css ? `<link rel="stylesheet" href="${escapeAttr(css)}">` : inline;
  const page = (lead: Locale) => {
    const order = [lead, ...LOCALES.filter((l) => l !== lead)];
    const part = (l: Locale) => {
      const h = l === lead ? 1 : 2;
      return (
        `<section${l === lead ? "" : ` lang="${l}"`} class="mt-6"><h${h} class="text-2xl font-bold">${escapeText(message(l, "notFound.title"))}</h${h}>` +
        `<p class="mt-2">${escapeText(message(l, "notFound.text"))}</p><p class="mt-2"><a class="underline" href="${homePath(l)}" hreflang="${l}">${escapeText(message(l, "notFound.home"))} · ${escapeText(message(l, "site.name"))}</a></p></section>`
      );
    };
    return (
      `<!doctype html><html lang="${lead}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeText(message(lead, "notFound.title"))} · ${escapeText(message(lead, "site.name"))}</title>` +
      `${style}</head><body class="min-h-screen antialiased"><main id="main" class="mx-auto max-w-3xl px-4 py-10">` +
      `${order.map(part).join("")}</main></body></html>\n`
    );
  };
  const english = page(DEFAULT_LOCALE);
  return [
    { path: "404.html", content: english },
    { path: "404/index.html", content: english },
    ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => ({ path: `${l}/404.html`, content: page(l) })),
  ];
}

function sitemapFiles(): Output[] {
  const xhtml = (href: Record<string, string>) =>
    Object.entries(href)
      .map(([l, u]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeAttr(u)}"/>`)
      .join("");
  const urls = sitePaths()
    .map((p) => {
      const langs =
        p === "/"
          ? alternates(homePath(DEFAULT_LOCALE))
          : alternates(p.replace(/^\/[a-z]{2}\//, `/${DEFAULT_LOCALE}/`));
      return `  <url><loc>${SITE.url}${p}</loc>${xhtml({ ...langs, "x-default": p === "/" ? `${SITE.url}/` : langs.en })}</url>`;
    })
    .join("\n");
  return [
    {
      path: "sitemap.xml",
      content: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    },
    { path: "robots.txt", content: `User-agent: *\nAllow: /\nSitemap: ${SITE.url}/sitemap.xml\n` },
  ];
}

/** The charts' exploration layer: its script and each view's points (they do not depend on the pages). */
export const exploreFiles = (): Output[] => [exploreScriptFile(), ...explorePointFiles()];

/**
 * Deletes what only Next's runtime reads, then writes every group into `site` in order; each group is computed only
 * after the previous one is written, so the data package sees the served CSVs and _headers sees every page. Returns
 * the paths written. `ready`: what the build computed in memory before (the served CSVs: ./csv-files.ts; the briefing
 * files: ./briefing/files.ts) or while next build ran (the export images as imageFiles() gives them, the exploration
 * layer as exploreFiles() does).
 */
export function postbuild(
  site: SiteFiles,
  ready: { csvs: Output[]; briefing: Output[]; images?: Output[]; explore?: Output[] },
): string[] {
  for (const p of nextRuntimeFiles(site)) site.remove(p);
  const groups: (() => Output[])[] = [
    () => staticPageFiles(site, sitePaths().map(pageFile)),
    () => socialCardFiles(site),
    () => islandPropsFiles(site),
    sitemapFiles,
    redirectFiles,
    () => notFoundFiles(site),
    () => ready.csvs,
    () => ready.images ?? imageFiles(),
    () => ready.briefing,
    embedFiles,
    () => dataPackageFiles(site),
    () => chartMarkupFiles(site),
    () => panelFiles(site),
    () => ready.explore ?? exploreFiles(),
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
