/**
 * The charts of the French pages as built (out/fr/…, no browser): every static chart a French page inlines is the
 * French render (French title as its accessible name, numbers in French: no English "k" ticks, no decimal point,
 * no comma grouping), the slope charts name each partner as countries.csv's `name_fr` does (and not by its English
 * name where the two differ), the monthly chart's date mark is French, and the French page's social card is the
 * French PNG, which exists. Expected values come from the CSVs as served (papaparse) and literals written here.
 * Needs a built site (`npm test` builds first).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict as decode } from "entities";
import { PNG } from "pngjs";
import { FIGURES } from "../lib/figures/registry";
import { PAGES } from "../lib/figures/pages";
import { countryNames, parseCsvText } from "../test-support/tables";
import { withPanels } from "../test-support/panels";
import { wrapLabel } from "../lib/figures/charts/GroupedBarChart";

const OUT = path.join(__dirname, "..", "out");
const read = (p: string) => readFileSync(path.join(OUT, p), "utf8");

/** Each inline chart SVG of a page: its opening tag and every piece of text it draws. */
function charts(html: string): { tag: string; texts: string[] }[] {
  return [...html.matchAll(/(<svg class="recharts-surface"[^>]*>)([\s\S]*?)<\/svg>/g)].map((m) => ({
    tag: m[1],
    texts: [...m[2].matchAll(/<(?:tspan|text)\b[^>]*>([^<]+)</g)].map((t) => decode(t[1]).trim()).filter(Boolean),
  }));
}
/** An English number format: 30k, 2.5, 12,004 */
const ENGLISH_NUMBER = /^[-−]?\d+k$|^[-−]?\d+\.\d+$|^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$/;

beforeAll(() => {
  if (!existsSync(path.join(OUT, "fr/index.html"))) throw new Error("out/fr is missing: run `npm run build` first");
});

describe.each(PAGES.map((p) => [p.slug] as const))("/fr/charts/%s/", (slug) => {
  const fr = () => read(`fr/charts/${slug}/index.html`);
  const en = () => read(`en/charts/${slug}/index.html`);

  test("every inline chart draws French numbers only; the English page's charts differ (the check can fail)", () => {
    const all = charts(fr());
    expect(all.length).toBeGreaterThan(0);
    for (const { tag, texts } of all) {
      const english = texts.filter((t) => ENGLISH_NUMBER.test(t));
      expect({ chart: /data-figure="([^"]*)" data-variant="([^"]*)"/.exec(tag)?.slice(1), english }).toEqual({
        chart: /data-figure="([^"]*)" data-variant="([^"]*)"/.exec(tag)?.slice(1),
        english: [],
      });
      expect(tag).toMatch(/aria-label="[^"]+"/);
    }
    expect(charts(en()).map((c) => c.tag)).not.toEqual(all.map((c) => c.tag)); // English accessible names
  });

  test("og:image and twitter:image are the French PNG, which exists and has the announced size; alt in French", () => {
    const html = fr();
    const meta = (prop: string) =>
      decode(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`).exec(html)?.[1] ?? "");
    const url = meta("og:image");
    expect(url).toMatch(new RegExp(`/fr/charts/img/[a-z0-9-]+\\.png$`));
    expect(meta("twitter:image")).toBe(url);
    const file = path.join(OUT, new URL(url).pathname);
    expect(existsSync(file)).toBe(true);
    const png = PNG.sync.read(readFileSync(file));
    expect([String(png.width), String(png.height)]).toEqual([meta("og:image:width"), meta("og:image:height")]);
    const alt = meta("og:image:alt");
    expect(alt.length).toBeGreaterThan(5);
    expect(alt).not.toBe(decode(/<meta property="og:image:alt" content="([^"]*)"/.exec(en())?.[1] ?? ""));
    // oEmbed discovery points at the French oEmbed JSON, which exists
    const oembeds = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/g)].map(
      (m) => decode(m[1]),
    );
    expect(oembeds.length).toBeGreaterThan(0);
    for (const o of oembeds) {
      expect(new URL(o).pathname).toMatch(/^\/fr\/embed\/[a-z0-9-]+\/oembed\.json$/);
      expect(existsSync(path.join(OUT, new URL(o).pathname))).toBe(true);
    }
  });

  test("downloads, briefing files and the embed code point at the French files, which exist", () => {
    const html = fr();
    const hrefs = [...html.matchAll(/href="(\/[^"?]*\.(?:png|svg|pptx|docx|xlsx|pdf))"/g)]
      .map((m) => m[1])
      .filter((h) => h !== "/icon.svg");
    expect(hrefs.length).toBeGreaterThanOrEqual(6);
    for (const h of hrefs) {
      expect(h).toMatch(/^\/fr\/charts\/(img|files)\//);
      expect(existsSync(path.join(OUT, h))).toBe(true);
    }
    // the embed panel (its content fetched when opened): the code to paste and the preview link are the French embed's
    const code = decode(
      /<textarea[^>]*id="[^"]*-embed-code"[^>]*>([^<]*)<\/textarea>/.exec(withPanels(OUT, html))?.[1] ?? "",
    );
    expect(code).toMatch(/<iframe title="[^"]+" src="http:\/\/[^"]+\/fr\/embed\/[a-z0-9-]+\/"/);
    expect(html).toMatch(/<a href="\/fr\/embed\/[a-z0-9-]+\/"/);
    expect(html).not.toMatch(/<a href="\/embed\//);
  });
});

test("slope charts name the partners as countries.csv's name_fr does", () => {
  const fr = countryNames(read("data/countries.csv"), "name_fr");
  const en = countryNames(read("data/countries.csv"), "name");
  const rows = parseCsvText(read("data/france-top-partners.csv")).rows.filter(
    (r) => r.basis === "as-reported" && ["2010", "2020"].includes(r.year) && Number(r.rank) <= 20,
  );
  const chart = charts(read("fr/charts/france-top-partners/index.html")).find((c) =>
    /data-figure="france-top-partners" data-variant="as-reported"/.test(c.tag),
  )!;
  const drawn = chart.texts.join("\n");
  const codes = [...new Set(rows.map((r) => r.partner))];
  expect(codes.length).toBeGreaterThanOrEqual(20);
  for (const code of codes) {
    expect({ code, drawn: drawn.includes(fr.get(code)!) }).toEqual({ code, drawn: true });
    if (fr.get(code) !== en.get(code) && !fr.get(code)!.includes(en.get(code)!))
      expect({ code, english: drawn.includes(en.get(code)!) }).toEqual({ code, english: false });
  }
  for (const name of ["Allemagne", "Chine", "Russie", "Tchéquie"]) expect(drawn).toContain(name);
});

test("the monthly chart's date mark in French, the bilateral chart's ticks in French thousands", () => {
  const monthly = charts(read("fr/charts/since-2021/index.html"));
  expect(monthly.flatMap((c) => c.texts)).toContain("24 févr. 2022 : invasion de l’Ukraine");
  const bilateral = charts(read("fr/charts/bilateral-trade/index.html")).flatMap((c) => c.texts);
  expect(bilateral).toEqual(expect.arrayContaining(["10\u202f000", "20\u202f000"]));
  expect(charts(read("en/charts/bilateral-trade/index.html")).flatMap((c) => c.texts)).toContain("20k");
});

test("every figure has a French PNG and SVG export (the social cards' files)", () => {
  for (const f of FIGURES)
    for (const ext of ["png", "svg"]) expect(existsSync(path.join(OUT, `fr/charts/img/${f.id}.${ext}`))).toBe(true);
});

test("a category name wider than its band is wrapped under its group (French CLDR names are long)", () => {
  expect(wrapLabel("R.A.S. chinoise de Hong Kong", 16)).toEqual(["R.A.S. chinoise", "de Hong Kong"]);
  expect(wrapLabel("Royaume-Uni", 7)).toEqual(["Royaume-", "Uni"]);
  expect(wrapLabel("Allemagne", 7)).toEqual(["Allemagne"]);
  expect(wrapLabel("France ◆", 20)).toEqual(["France ◆"]);
  // in the French FDI chart as built, Hong Kong's name is drawn on lines under its bars, not on one line
  const svg = read("fr/embed/fdi-flows/index.html");
  expect(svg).not.toMatch(/>R\.A\.S\. chinoise de Hong Kong</);
  expect(svg).toMatch(/<tspan[^>]*>R\.A\.S\.( chinoise)?<\/tspan>/);
});

test.each(["en", "fr"] as const)(
  "%s: each chart's legend is named in the page's language; each home card shows its chart's legend",
  (lang) => {
    const name = lang === "fr" ? "Légende" : "Legend";
    for (const p of PAGES) {
      const html = read(`${lang}/charts/${p.slug}/index.html`);
      const legends = [...html.matchAll(/<ul class="[^"]*" aria-label="([^"]*)">/g)].map((m) => m[1]);
      expect({ page: p.slug, legends: legends.length > 0 && legends.every((l) => l === name) }).toEqual({
        page: p.slug,
        legends: true,
      });
    }
    // the home page: a card per chart page, each with a legend listing its first figure's series, in order
    const home = read(`${lang}/index.html`);
    const cards = [...home.matchAll(/<li class="rounded-lg[\s\S]*?<\/li><\/ul>/g)];
    expect(cards).toHaveLength(PAGES.length);
    for (const [card] of cards) {
      const labels = [...card.matchAll(/<span aria-hidden="true"[^>]*><\/span>([^<]+)<\/li>/g)].map((m) =>
        decode(m[1]),
      );
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(card).toContain(`aria-label="${name}"`);
    }
  },
);
