/**
 * No sentence of one language on another language's page: every sentence of one language's words —
 * the message catalogue (lib/i18n/messages: its texts and what its templates say around their parameters), the
 * figures' and pages' words (titles, units, sources, notes, legends, views, table captions and columns, takeaways,
 * headlines), the monthly page's sections, the data catalogue's descriptions and its UTF-8 advice — is looked for in
 * the visible text of every built page of the other language (out/<lang>/**\/*.html: text nodes, and the aria-label,
 * alt and title attributes; not scripts, styles or other attributes). Only words that differ between the languages and
 * have at least three words are looked for (names, "PDF", "CSV" and numbers are the same in both), and a string the
 * other language's own words contain (an English proper name in a French sentence) is not a leak. Reads out/: run
 * `npm run build` first (npm test does).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import path from "node:path";
import { decodeHTMLStrict as decode } from "entities";
import { derived } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import { PAGES } from "../lib/figures/pages";
import { figureIn, pageIn } from "../lib/figures/localize";
import { since2021Sections } from "../lib/figures/since-2021";
import { message, CATALOGUES, type MessageId } from "../lib/i18n";
import { plainText } from "../lib/i18n/translate";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { catalogueIn, type CatalogueEntry } from "../lib/publish/catalogue";
import { encodingWords } from "../lib/publish/csv-encoding";
import { SERVED_CSVS } from "../lib/publish/served-csvs";
import { claimsSummary } from "../lib/publish/page-data";
import { BRIEFING_DIR } from "../lib/publish/briefing/formats";
import { filesPrefix } from "../lib/publish/urls";
import { zipParts } from "../test-support/zip-parts";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, "fr", "index.html"));

/** Every kind of space (no-break, narrow no-break, line breaks) as one space; curly apostrophes as straight ones. */
const norm = (s: string) =>
  s
    .replace(/[\s\u00a0\u202f]+/gu, " ")
    .replace(/’/g, "'")
    .trim();

/** The visible text of a page: text nodes and aria-label/alt/title values; scripts and styles out; the
 *  text drawn in the inline chart SVGs (<text>, <title>, <desc>) is in.
 *  Two readings, tags as spaces and tags as nothing, so that a sentence split by inline markup is still found. */
function visibleText(html: string): string[] {
  // an element marked with another language than the page's (`<span lang="en">` around an English title, a 404 page's
  // section in each language) is that language's own text, not a leak
  const pageLang = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  let h = html
    .replace(/<(section|span|p|div|li)\b[^>]*\slang="([^"]+)"[^>]*>[\s\S]*?<\/\1>/gi, (m, _tag, lang) =>
      pageLang && lang !== pageLang ? " " : m,
    )
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, "");
  const attrs: string[] = [];
  h = h.replace(/<[a-z][^>]*>/gi, (tag) => {
    for (const m of tag.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)) attrs.push(m[1]);
    return "<>";
  });
  h = h.replace(/<\/[^>]*>/g, "<>");
  const attrText = attrs.map((a) => norm(decode(a))).join(" | ");
  return [norm(decode(h.replace(/<>/g, " "))), norm(decode(h.replace(/<>/g, ""))), attrText];
}

const MARK = "\u0001";
/** A message's fixed words: a text as it is, a template's words around its parameters (called with markers; a
 *  template of lists is called with one-marker lists). */
function texts(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") {
    const call = (arg: unknown) => (x as (...a: unknown[]) => unknown)(...Array.from({ length: x.length }, () => arg));
    let out: unknown;
    try {
      out = call(MARK);
    } catch {
      out = call([MARK]);
    }
    return typeof out === "string" ? out.split(MARK) : [];
  }
  if (Array.isArray(x)) return x.flatMap(texts);
  if (x && typeof x === "object") return Object.values(x).flatMap(texts);
  return [];
}

const wordsCache = new Map<Locale, string[]>();
/** Every string one language's words hold, as the pages show them. */
function wordsOf(locale: Locale): string[] {
  let words = wordsCache.get(locale);
  if (!words) wordsCache.set(locale, (words = wordsIn(locale)));
  return words;
}
function wordsIn(locale: Locale): string[] {
  const d = derived();
  const out: string[] = [];
  // every message that takes no argument, as written (the language switch's own link, written in its language on
  // every page on purpose, left out)
  for (const [id, source] of Object.entries(CATALOGUES[locale]))
    if (!source.includes("{") && id !== "language.readThis") out.push(message(locale, id as MessageId));
  for (const english of FIGURES) {
    const f = figureIn(english, locale);
    out.push(f.title, f.units, f.source, ...f.notes, ...f.links.map((l) => l.label));
    out.push(...f.series.map((s) => s.label), ...f.variants.map((v) => v.label));
    if (f.explorer) out.push(f.explorer.label);
    for (const v of f.variants) {
      const t = f.table(d, v.key);
      out.push(t.caption, ...t.columns.map((c) => c.label), ...t.columns.flatMap((c) => Object.values(c.labels ?? {})));
      out.push(...f.takeaways(d, v.key));
    }
  }
  for (const english of PAGES) {
    const p = pageIn(english, locale);
    out.push(p.table, p.title, p.summary, p.article, p.headline(d));
  }
  for (const s of since2021Sections(d, locale)) {
    out.push(s.heading, ...s.paragraphs, ...(s.list ?? []), ...(s.after ?? []));
    if (s.table) out.push(s.table.caption, ...s.table.columns.map((c) => c.label));
  }
  const entries: CatalogueEntry[] = SERVED_CSVS.map(({ file, schema, kind }) => ({
    ...schema,
    file,
    kind,
    rows: 0,
    bytes: 0,
  }));
  for (const e of catalogueIn(entries, locale)) {
    out.push(e.title, e.description, plainText(e.licence), e.kindLabel, ...e.sources.map((s) => plainText(s.title)));
    for (const f of e.fields) out.push(f.description, ...(f.unit ? [f.unit] : []));
  }
  // the claims: statements, our values, explanations, sentences, the matrix and its summary, as the pages show them
  out.push(...texts(claimsSummary(locale)));
  const enc = encodingWords(locale);
  out.push(enc.csvEncoding, enc.mojibake, enc.xlsxDownloads, ...enc.openInSpreadsheet.map((o) => o.steps));
  return [...new Set(out.map(norm))];
}

/** The strings of `from` worth looking for on `to`'s pages: three words or more, not said the same way in `to`. */
function lookFor(from: Locale, to: Locale): string[] {
  const own = wordsOf(to);
  const ownText = own.join("\n");
  return wordsOf(from).filter(
    (s) =>
      s.split(" ").filter((w) => /\p{L}/u.test(w)).length >= 3 &&
      !own.includes(s) &&
      // an English name or title quoted in a French sentence (and the reverse) is the other language's own text
      !ownText.includes(s),
  );
}

function pagesOf(locale: Locale): string[] {
  const dir = path.join(OUT, locale);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

function leaks(from: Locale, to: Locale): string[] {
  const strings = lookFor(from, to);
  const found: string[] = [];
  for (const page of pagesOf(to)) {
    const text = visibleText(readFileSync(path.join(OUT, to, page), "utf8"));
    for (const s of strings) if (text.some((t) => t.includes(s))) found.push(`/${to}/${page}: “${s}”`);
  }
  return found;
}

(built ? describe : describe.skip)("language scan of the built pages (out/<locale>/)", () => {
  test("the scan has something to find: hundreds of sentences each way, and it finds one put on a page", () => {
    const en = lookFor("en", "fr");
    const fr = lookFor("fr", "en");
    expect(en.length).toBeGreaterThan(300);
    expect(fr.length).toBeGreaterThan(300);
    // sentences the scan must look for (one from each source of words), in each direction
    expect(en).toEqual(
      expect.arrayContaining([
        norm(message("en", "home.intro")),
        norm(message("en", "frame.skip")),
        "Annual totals by year and source",
        norm(encodingWords("en").mojibake),
      ]),
    );
    expect(fr).toEqual(expect.arrayContaining([norm(message("fr", "home.intro")), "Où s'arrêtent les données"]));
    // an English sentence slipped into a French page's text, or into a chart's SVG text, is found; in a script it is not
    const page = readFileSync(path.join(OUT, "fr", "charts", "since-2021", "index.html"), "utf8");
    const slipped = page.replace("</main>", `<p>Where the&nbsp;data <em>stop</em></p></main>`);
    expect(visibleText(slipped).some((t) => t.includes("Where the data stop"))).toBe(true);
    const inSvg = page.replace("</main>", `<svg><text>Where the data stop</text></svg></main>`);
    expect(visibleText(inSvg).some((t) => t.includes("Where the data stop"))).toBe(true);
    const inScript = page.replace("</main>", `<script>"Where the data stop"</script></main>`);
    expect(visibleText(inScript).some((t) => t.includes("Where the data stop"))).toBe(false);
    expect(visibleText(`<button aria-label="Copy takeaways">x</button>`)[2]).toBe("Copy takeaways");
    // unless it is marked as English
    const marked = page.replace("</main>", `<p>Voir <span lang="en">Where the data stop</span></p></main>`);
    expect(visibleText(marked).some((t) => t.includes("Where the data stop"))).toBe(false);
  });

  test("pages scanned: every page of each language, the claims page and the embeds included", () => {
    for (const l of LOCALES) {
      const pages = pagesOf(l);
      expect(pages).toEqual(
        expect.arrayContaining(["index.html", "data/index.html", "charts/since-2021/index.html", "claims/index.html"]),
      );
      expect(pages).toContain("claims/index.html");
    }
  });

  test("a Russian page's sentences are looked for on the other languages' pages, and theirs on its pages", () => {
    expect(lookFor("ru", "en").length).toBeGreaterThan(300);
    expect(lookFor("en", "ru")).toEqual(expect.arrayContaining([norm(message("en", "home.intro"))]));
    expect(lookFor("fr", "ru")).toEqual(expect.arrayContaining([norm(message("fr", "home.intro"))]));
  });

  test.each(LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => [from, to] as const)))(
    "no sentence of /%s/ on a page of /%s/",
    (from, to) => {
      expect(leaks(from, to)).toEqual([]);
    },
  );
});

/** Every text node of an XML part, read by an XML parser (fast-xml-parser), not by the writers' libraries. */
function xmlTexts(xml: string): string[] {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object")
      for (const [k, v] of Object.entries(x)) {
        if (k === "#text") out.push(String(v));
        else walk(v);
      }
  };
  walk(new XMLParser({ ignoreAttributes: true, preserveOrder: true, trimValues: false }).parse(xml));
  return out;
}

/** A briefing file's text as a reader gets it: the text nodes of an Office file's XML parts (unzipped by yauzl), or
 *  a PDF's text by poppler's pdftotext; each part's text nodes joined with spaces and without, as for pages. */
async function fileText(file: string): Promise<string[]> {
  if (file.endsWith(".pdf")) return [norm(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }))];
  const parts = await zipParts(readFileSync(file));
  const texts = [...parts].filter(([n]) => n.endsWith(".xml")).map(([, b]) => xmlTexts(b.toString("utf8")));
  return [norm(texts.map((t) => t.join(" ")).join(" ")), norm(texts.map((t) => t.join("")).join(" "))];
}

const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(built && (hasPdftotext || !process.env.CI) ? describe : describe.skip)(
  "language scan of the briefing files (out/<locale>/charts/files/)",
  () => {
    const filesOf = (l: Locale) => {
      const dir = path.join(OUT, filesPrefix(l), BRIEFING_DIR);
      return readdirSync(dir)
        .filter((f) => f.includes(`--${l}.`) && (hasPdftotext || !f.endsWith(".pdf")))
        .map((f) => path.join(dir, f));
    };

    test("every language has its slide, Word, Excel and PDF files, and the reader finds the Russian title in its Word file", async () => {
      // every view of every figure (23 views of 9 figures): slide, Word, Excel and (read by pdftotext) PDF
      const views = FIGURES.flatMap((f) => f.variants).length;
      expect(views).toBe(23);
      for (const l of LOCALES) expect(filesOf(l).length).toBe(views * (hasPdftotext ? 4 : 3));
      const [ru] = await fileText(filesOf("ru").find((f) => f.endsWith(".docx"))!);
      expect(ru).toContain(norm(figureIn(FIGURES[0], "ru").title));
    });

    test.each(LOCALES.flatMap((from) => LOCALES.filter((to) => to !== from).map((to) => [from, to] as const)))(
      "no sentence of %s in the %s files",
      async (from, to) => {
        const strings = lookFor(from, to);
        const found: string[] = [];
        for (const file of filesOf(to)) {
          const text = await fileText(file);
          for (const s of strings) if (text.some((t) => t.includes(s))) found.push(`${path.basename(file)}: “${s}”`);
        }
        expect(found).toEqual([]);
      },
    );
  },
);

if (!built)
  test("out/ is built", () => {
    throw new Error("out/fr/index.html is missing: run `npm run build` first");
  });
