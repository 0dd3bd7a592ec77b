/**
 * The charts of the French pages as built (out/fr/…, no browser), read with parse5: each French chart page inlines
 * each of its figures' first view twice (340 and 760 wide), named by the French title written here, drawing French
 * numbers only (no English "k" ticks, no decimal point, no comma grouping) and the French ticks and labels written
 * here (thousands grouped with a narrow no-break space, decimal commas, French country names); the slope charts name
 * each partner as countries.csv's `name_fr` does (and not by its English name where the two differ), the monthly
 * chart's date mark is French; the page's social card is the first figure's French PNG, which exists, with the French
 * title as its alt text; its downloads, embed code and oEmbed links are each figure's French files; legends are named
 * in the page's language and the home page's cards show the legends written here. Expected values come from the CSVs
 * as served (papaparse) and literals written here, checked by hand on the built SVGs. Needs a built site (`npm test`
 * builds first).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict as decode } from "entities";
import { PNG } from "pngjs";
import { FIGURES } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { PAGES } from "../lib/figures/pages";
import { countryNames, parseCsvText } from "../test-support/tables";
import { withPanels } from "../test-support/panels";
import { wrapLabel } from "../lib/figures/charts/size";
import { attrOf, byTag, elementsOf, textOf } from "../test-support/html-tree";

const NNBSP = "\u202f"; // French groups thousands with a narrow no-break space (CLDR)

/**
 * What each French chart page shows, written here and checked by hand on the built SVGs: its figures, each one's
 * French title (the charts' accessible name, the social card's alt text for the first), and texts both of its renders
 * draw: value-axis ticks in French thousands (10 000) and decimal commas (4,7), French country names.
 */
const FR_PAGES: Record<string, { figures: Record<string, { title: string; drawn: string[] }> }> = {
  "bilateral-trade": {
    figures: {
      "bilateral-trade": {
        title: "Échanges de biens France–Russie par année",
        drawn: ["−10 000", "−5 000", "0", "5 000", "10 000", "15 000", "20 000"].map((t) => t.replace(" ", NNBSP)),
      },
    },
  },
  "france-top-partners": {
    figures: {
      "france-top-partners": {
        title: "Les 20 premiers partenaires commerciaux de la France, 2010 et 2020",
        drawn: ["2010", "2020", "Allemagne 1", "1 Allemagne", "États-Unis 7", "6 États-Unis", "Russie 10", "17 Russie"],
      },
    },
  },
  "russia-top-partners": {
    figures: {
      "russia-top-partners-total": {
        title: "Les 15 premiers partenaires commerciaux de la Russie, 2010 et 2020",
        drawn: ["Chine 1", "1 Chine", "Biélorussie 5", "4 Biélorussie", "Corée du Sud 11", "France 12", "13 France"],
      },
      "russia-top-partners-imports": {
        title: "Les 15 premiers fournisseurs de la Russie (importations), 2010 et 2020",
        drawn: ["Chine 1", "1 Chine", "12 Viêt Nam", "Tchéquie 20", "France 8", "6 France"],
      },
    },
  },
  "fdi-in-russia": {
    figures: {
      "fdi-projects": {
        title: "Projets d’investissement direct étranger en Russie par pays d’origine, 2017–2019",
        drawn: ["Allemagne", "France ◆", "Chine", "États-Unis", "0", "10", "20", "30", "40"],
      },
      "fdi-flows": {
        title: "Flux nets d’IDE entrants en Russie par pays de contrepartie, 2019–2020",
        drawn: ["Italie", "Allemagne", "−5", "0", "5", "10", "4,7", "2,0", "2,7", "−0,1", "0,3", "9,1", "−1,5"],
      },
    },
  },
  "since-2021": {
    figures: {
      "fr-ru-monthly": {
        title: "Échanges de biens franco-russes mois par mois, depuis 2019",
        drawn: ["2019", "2021", "2023", "0", "500", `1${NNBSP}000`, `1${NNBSP}500`, `2${NNBSP}000`],
      },
      "france-rank-russia": {
        title: "Rang de la France parmi les partenaires de la Russie, 2000–2024, sur chaque base qui existe",
        // years on the x axis, ranks (1 at the top) on the y axis
        drawn: ["2000", "2008", "2016", "2024", "1", "5", "10", "15", "20"],
      },
      "russia-rank-france-exports": {
        title: "La Russie parmi les marchés d’exportation de la France, 2010–2022, selon les déclarations de la France",
        // years on the x axis, ranks down to 40 (Russia 37th in 2022) on the y axis
        drawn: ["2012", "2016", "2020", "1", "5", "10", "35", "40"],
      },
    },
  },
};

const OUT = path.join(__dirname, "..", "out");
const read = (p: string) => readFileSync(path.join(OUT, p), "utf8");

/** Each inline chart SVG of a page (parse5): its opening tag's attributes and every piece of text it draws. */
function charts(html: string): { figure?: string; variant?: string; width?: string; name?: string; texts: string[] }[] {
  return byTag(html, "svg", (e) => attrOf(e, "class") === "recharts-surface").map((svg) => ({
    figure: attrOf(svg, "data-figure"),
    variant: attrOf(svg, "data-variant"),
    width: attrOf(svg, "viewBox")?.split(" ")[2],
    name: attrOf(svg, "aria-label"),
    // the text a <text> or <tspan> starts with (a <text> holding <tspan>s draws theirs)
    texts: elementsOf(svg)
      .filter((e) => e.tagName === "text" || e.tagName === "tspan")
      .map((e) => e.childNodes[0])
      .filter((n) => n?.nodeName === "#text")
      .map((n) => textOf(n).trim())
      .filter(Boolean),
  }));
}
/** An English number format: 30k, 2.5, 12,004 */
const ENGLISH_NUMBER = /^[-−]?\d+k$|^[-−]?\d+\.\d+$|^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$/;

beforeAll(() => {
  if (!existsSync(path.join(OUT, "fr/index.html"))) throw new Error("out/fr is missing: run `npm run build` first");
});

describe.each(PAGES.map((p) => [p.slug] as const))("/fr/charts/%s/", (slug) => {
  const fr = () => read(`fr/charts/${slug}/index.html`);

  const expected = FR_PAGES[slug].figures;
  const firstFigure = Object.keys(expected)[0];

  test("every inline chart draws French numbers only; its French name and the French ticks and labels written here", () => {
    const all = charts(fr());
    // each figure's first view, drawn twice (phone and wide widths), named by its French title
    expect(all.map((c) => [c.figure, c.width, c.name])).toEqual(
      Object.entries(expected).flatMap(([id, { title }]) => [
        [id, "340", title],
        [id, "760", title],
      ]),
    );
    for (const { figure, variant, width, texts } of all) {
      const english = texts.filter((t) => ENGLISH_NUMBER.test(t));
      expect({ chart: [figure, variant, width], english }).toEqual({ chart: [figure, variant, width], english: [] });
      const missing = expected[figure!].drawn.filter((t) => !texts.includes(t));
      expect({ chart: [figure, variant, width], missing }).toEqual({ chart: [figure, variant, width], missing: [] });
    }
  });

  test("og:image and twitter:image are the French PNG, which exists and has the announced size; alt in French", () => {
    const html = fr();
    const meta = (prop: string) =>
      decode(new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`).exec(html)?.[1] ?? "");
    const url = meta("og:image");
    expect(new URL(url).pathname).toBe(`/fr/charts/img/${firstFigure}.png`);
    expect(meta("twitter:image")).toBe(url);
    const file = path.join(OUT, new URL(url).pathname);
    expect(existsSync(file)).toBe(true);
    const png = PNG.sync.read(readFileSync(file));
    expect([String(png.width), String(png.height)]).toEqual([meta("og:image:width"), meta("og:image:height")]);
    expect([meta("og:image:alt"), meta("twitter:image:alt")]).toEqual([
      expected[firstFigure].title,
      expected[firstFigure].title,
    ]);
    // oEmbed discovery points at each figure's French oEmbed JSON, which exists
    const oembeds = byTag(html, "link", (l) => attrOf(l, "type") === "application/json+oembed").map(
      (l) => new URL(attrOf(l, "href")!).pathname,
    );
    expect(oembeds).toEqual(Object.keys(expected).map((id) => `/fr/embed/${id}/oembed.json`));
    for (const o of oembeds) expect(existsSync(path.join(OUT, o))).toBe(true);
  });

  test("downloads, briefing files and the embed code point at the French files, which exist", () => {
    const html = fr();
    const hrefs = elementsOf(html) // links and anchors
      .map((e) => attrOf(e, "href") ?? "")
      .filter((h) => /^\/[^?]*\.(png|svg|pptx|docx|xlsx|pdf)$/.test(h));
    // each figure's image exports and briefing files, in French
    expect(hrefs).toEqual(
      Object.keys(expected).flatMap((id) => [
        `/fr/charts/img/${id}.png`,
        `/fr/charts/img/${id}.svg`,
        ...["pptx", "docx", "xlsx", "pdf"].map((ext) => `/fr/charts/files/${id}--fr.${ext}`),
      ]),
    );
    for (const h of hrefs) expect(existsSync(path.join(OUT, h))).toBe(true);
    // the embed panel (its content fetched when opened): the code to paste, the preview link and the oEmbed link are
    // each figure's French embed, titled in French
    const codes = byTag(withPanels(OUT, html), "textarea", (t) => /-embed-code$/.test(attrOf(t, "id") ?? "")).map(
      (t) => {
        const iframe = byTag(textOf(t), "iframe")[0];
        return [attrOf(iframe, "title"), new URL(attrOf(iframe, "src")!).pathname];
      },
    );
    // titled with the default view's French label where the figure has several views
    const viewLabel = (id: string) => {
      const fig = figureIn(
        FIGURES.find((f) => f.id === id)!,
        "fr",
      );
      return fig.variants.length > 1 ? ` · ${fig.variants[0].label}` : "";
    };
    expect(codes).toEqual(
      Object.entries(expected).map(([id, { title }]) => [`${title}${viewLabel(id)}`, `/fr/embed/${id}/`]),
    );
    expect(
      byTag(html, "a")
        .map((a) => attrOf(a, "href") ?? "")
        .filter((h) => /^\/(fr\/)?embed\//.test(h)),
    ).toEqual(Object.keys(expected).flatMap((id) => [`/fr/embed/${id}/`, `/fr/embed/${id}/oembed.json`]));
    expect(html).not.toMatch(/<a href="\/embed\//);
  });
});

test("slope charts name the partners as countries.csv's name_fr does", () => {
  const fr = countryNames(read("data/countries.csv"), "name_fr");
  const en = countryNames(read("data/countries.csv"), "name");
  const rows = parseCsvText(read("data/france-top-partners.csv")).rows.filter(
    (r) => r.basis === "as-reported" && ["2010", "2020"].includes(r.year) && Number(r.rank) <= 20,
  );
  const chart = charts(read("fr/charts/france-top-partners/index.html")).find(
    (c) => c.figure === "france-top-partners" && c.variant === "as-reported",
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

/** The home page cards' legends, in page order: each chart page's first figure's series, as written here. */
const HOME_LEGENDS = {
  en: [
    ["French exports to Russia", "French imports from Russia", "Balance (exports − imports)"],
    ["Russia", "Other partners"],
    ["France", "Other partners"],
    ["2017", "2018", "2019"],
    ["French exports to Russia", "French imports from Russia", "of which mineral fuels (HS 27)"],
  ],
  fr: [
    [
      "Exportations françaises vers la Russie",
      "Importations françaises en provenance de Russie",
      "Solde (exportations − importations)",
    ],
    ["Russie", "Autres partenaires"],
    ["France", "Autres partenaires"],
    ["2017", "2018", "2019"],
    [
      "Exportations françaises vers la Russie",
      "Importations françaises en provenance de Russie",
      "dont combustibles minéraux (SH 27)",
    ],
  ],
};

test.each(["en", "fr"] as const)(
  "%s: each chart's legend is named in the page's language; each home card shows its chart's legend",
  (lang) => {
    const name = lang === "fr" ? "Légende" : "Legend";
    for (const p of PAGES) {
      const html = read(`${lang}/charts/${p.slug}/index.html`);
      const legends = byTag(html, "ul", (u) => attrOf(u, "aria-label") !== undefined).map((u) =>
        attrOf(u, "aria-label"),
      );
      // one legend a figure (FR_PAGES lists each page's figures)
      expect({ page: p.slug, legends }).toEqual({
        page: p.slug,
        legends: Object.keys(FR_PAGES[p.slug].figures).map(() => name),
      });
    }
    // the home page: a card per chart page, each with a legend listing its first figure's series, in order
    const home = read(`${lang}/index.html`);
    const cards = [...home.matchAll(/<li class="rounded-lg[\s\S]*?<\/li><\/ul>/g)];
    expect(cards).toHaveLength(PAGES.length);
    for (const [card] of cards) expect(card).toContain(`aria-label="${name}"`);
    const legends = byTag(home, "ul", (u) => attrOf(u, "aria-label") === name).map((u) =>
      byTag(u, "li").map((li) => textOf(li).trim()),
    );
    expect(legends).toEqual(HOME_LEGENDS[lang]);
  },
);
