/**
 * Every figure and chart page in each language (lib/figures/localize.ts): literal words of a few figures and pages,
 * checked by hand; country names are countries.csv's `name` / `name_fr` (read here with papaparse, not through the
 * model) for the ISO codes the chart specs and tables carry; a message missing from a catalogue stops figureIn with
 * the figure's id, the key and the catalogue; and a pseudo-catalogue shows every word comes from the catalogue.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { derived } from "../lib/derive";
import { figureIn, pageIn } from "../lib/figures/localize";
import { PAGES } from "../lib/figures/pages";
import { FIGURES } from "../lib/figures/registry";
import type { FigureDefinition } from "../lib/figures/types";
import type { ChartPage } from "../lib/figures/pages";
import { bilateralTakeaways } from "../lib/figures/takeaways";
import { translate, type MessageId } from "../lib/i18n/translate";
import { bilateralRow } from "../test-support/bilateral-rows";

const countries = Papa.parse<Record<string, string>>(
  readFileSync(path.join(__dirname, "..", "data", "countries.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data;
const NAMES = { en: new Set(countries.map((c) => c.name)), fr: new Set(countries.map((c) => c.name_fr)) };
const WORLD = { en: "All countries (total)", fr: "Ensemble des pays (total)" };
const byId = (id: string) => FIGURES.find((f) => f.id === id)!;

// literal words, checked by hand against the pages as they were before the words moved into the catalogues
test("Table 1's words in each language", () => {
  const d = derived();
  const en = figureIn(byId("bilateral-trade"), "en");
  const fr = figureIn(byId("bilateral-trade"), "fr");
  expect([en.title, fr.title]).toEqual([
    "France–Russia goods trade by year",
    "Échanges de biens France–Russie par année",
  ]);
  expect(en.source).toBe(
    "Source: IMF Direction of Trade Statistics (reporter-declared), via SamLeBlanc/Direction-of-Trade-Map; calculations by this site. Russia's customs view: Rosstat (FCS data). Eurostat view: Eurostat Comext (DS-045409) and ECB euro reference rates.",
  );
  expect(fr.notes[2]).toBe(
    "Vue douanes russes : les statistiques douanières de la Russie elle-même (données du Service fédéral des douanes, publiées par Rosstat), 2006–2021, lues en miroir comme les déclarations de la Russie ; une compilation distincte des déclarations de la Russie au FMI.",
  );
  expect(en.table(d, "russia-customs").caption).toBe(
    "France–Russia goods trade by year, USD millions (Russia's customs (FCS))",
  );
  expect(fr.table(d, "france-declared").caption).toBe(
    "Échanges de biens France–Russie par année, en millions de dollars US (Déclarations de la France)",
  );
  expect(fr.table(d, "france-declared").columns.map((c) => c.label)).toEqual([
    "Année",
    "Exportations françaises vers la Russie",
    "Importations françaises en provenance de Russie",
    "Total",
    "Solde",
  ]);
  expect(en.links.map((l) => l.label)).toEqual([
    "IMF Direction of Trade Statistics",
    "Rosstat, Russia's foreign trade with its main partners (FCS data), via mary-lev/eu-export-sanctions",
    "Eurostat Comext (DS-045409), via mary-lev/eu-export-sanctions",
    "ECB euro reference rates",
  ]);
});

test("the ranking figures' words in each language, constants as arguments", () => {
  const d = derived();
  const fr = figureIn(byId("france-top-partners"), "fr");
  const ru = figureIn(byId("russia-top-partners-imports"), "en");
  expect(fr.title).toBe("Les 20 premiers partenaires commerciaux de la France, 2010 et 2020");
  expect(fr.notes.at(-1)).toBe(
    "Sont tracés les partenaires figurant parmi les 20 premiers de l’une ou l’autre année ; un partenaire au-delà du 30e rang l’autre année n’y a pas de point.",
  );
  expect(fr.series.map((s) => s.label)).toEqual(["Russie", "Autres partenaires"]);
  expect(fr.explorer?.label).toBe("Premiers partenaires commerciaux de la France");
  expect(fr.table(d, "partner-declared").caption).toMatch(
    /^Les 20 premiers partenaires de la France selon le total des échanges de biens, 2010 et 2020, en millions de dollars US \(Déclarations des partenaires \(miroir\) : \d+ pays déclarent leurs échanges avec la France en 2010, \d+ en 2020 ; les partenaires qui ne déclarent pas manquent\)$/,
  );
  expect(ru.title).toBe("Russia's top 15 suppliers (by imports), 2010 and 2020");
  expect(ru.series.map((s) => s.label)).toEqual(["France", "Other partners"]);
  expect(ru.variants[0]).toEqual({ key: "belarus-filled", label: "Russia-declared, Belarus gap filled" });
  expect(ru.table(d, "partner-declared").caption).toMatch(
    /^Russia's top 15 partners by imports, 2010 and 2020, USD millions \(Partner-declared \(mirror\): \d+ countries declare their trade with Russia in 2010, \d+ in 2020; partners that do not report are missing\)$/,
  );
});

describe.each(FIGURES.map((f) => [f.id, f] as const))("%s", (_id, fig) => {
  const d = derived();
  test.each(fig.variants.map((v) => [v.key]))(
    "view %s: chart and table name countries by code, in each language",
    (v) => {
      for (const locale of ["en", "fr"] as const) {
        const f = figureIn(fig, locale);
        const spec = f.chart(d, v);
        const named =
          spec.kind === "slope"
            ? [...spec.a.ranks, ...spec.b.ranks].map((r) => [r.partner, r.name])
            : spec.kind === "grouped-bars"
              ? spec.data.map((x) => [x.code, x.name])
              : [];
        for (const [code, name] of named)
          expect([code, name]).toEqual([
            code,
            countries.find((c) => c.code === code)?.[locale === "en" ? "name" : "name_fr"],
          ]);
        const t = f.table(d, v);
        if (t.columns.some((c) => c.key === "name"))
          expect(t.rows.map((r) => String(r.name)).filter((n) => !NAMES[locale].has(n) && n !== WORLD[locale])).toEqual(
            [],
          );
      }
    },
  );
});

test("a message missing from a catalogue stops figureIn, naming the figure, the key and the catalogue", () => {
  const fig = byId("bilateral-trade");
  const extra: FigureDefinition = {
    ...fig,
    variants: [
      ...fig.variants,
      { key: "new-basis", label: { id: "figure.bilateral-trade.view.new-basis" as MessageId } },
    ],
  };
  for (const locale of ["en", "fr"] as const)
    expect(() => figureIn(extra, locale)).toThrow(
      `${locale}: figure bilateral-trade has no message "figure.bilateral-trade.view.new-basis" (messages/${locale}.json)`,
    );
  const page: ChartPage = { ...PAGES[0], title: { id: "page.bilateral-trade.nope" as MessageId } };
  expect(() => pageIn(page, "fr")).toThrow('fr: chart page bilateral-trade has no message "page.bilateral-trade.nope"');
});

test("every word comes from the catalogue: a pseudo-catalogue changes every word of every figure and page", () => {
  const d = derived();
  const plain = (o: object) => JSON.stringify(o);
  const before = FIGURES.map((f) => figureIn(f, "fr"));
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry is reached only by require */
    // a fresh copy of the modules, whose French catalogue has every figure, page and basis message wrapped in ⟦ ⟧
    // (arguments and selects kept)
    const fr = require("../messages/fr.json") as Record<string, string>;
    for (const id of Object.keys(fr)) if (/^(figure|page|basis)\./.test(id)) fr[id] = `⟦${fr[id]}⟧`;
    const pseudo = require("../lib/figures/localize") as typeof import("../lib/figures/localize");
    const { FIGURES: figures } = require("../lib/figures/registry") as typeof import("../lib/figures/registry");
    const { PAGES: pages } = require("../lib/figures/pages") as typeof import("../lib/figures/pages");
    for (const [i, fig] of figures.entries()) {
      const f = pseudo.figureIn(fig, "fr");
      const words = [
        f.title,
        f.units,
        f.source,
        ...f.notes,
        ...f.links.map((l) => l.label),
        ...f.variants.map((v) => v.label),
        ...f.series.map((s) => s.label),
      ];
      for (const w of words) expect(w).toMatch(/⟦/);
      const t = f.table(d, f.variants[0].key);
      for (const c of [t.caption, ...t.columns.map((c) => c.label)]) expect(c).toMatch(/⟦/);
      expect(plain(t.rows)).toBe(plain(before[i].table(d, f.variants[0].key).rows));
    }
    for (const p of pages) {
      const w = pseudo.pageIn(p, "fr");
      for (const x of [w.title, w.table, w.summary, w.article]) expect(x).toMatch(/^⟦.*⟧$/s);
    }
  });
});

test("every chart page's words in each language", () => {
  const fr = pageIn(
    PAGES.find((p) => p.slug === "bilateral-trade")!,
    "fr",
  );
  const en = pageIn(
    PAGES.find((p) => p.slug === "russia-top-partners")!,
    "en",
  );
  expect(fr.summary).toBe(
    "Exportations françaises vers la Russie et importations en provenance de Russie, total et solde, 2000–2020, telles que chaque pays les déclare au FMI ; et, dans une vue distincte, les années complètes depuis 2019 d’après les déclarations de la France à Eurostat.",
  );
  expect([en.table, en.title]).toEqual(["Table 3 of the article", "Russia's top trading partners"]);
  expect(en.summary).toBe(
    "Russia's top 15 partners by total trade and by imports in 2010 and 2020, with France highlighted.",
  );
});

/** Every number in a sentence, read as French (`23 884,1`, `10e`) or English (`23,884.1`, `10th`). */
const numbersIn = (text: string, lang: "en" | "fr") =>
  (lang === "fr"
    ? [...text.matchAll(/-?\d{1,3}(?:[\u202f\u00a0]\d{3})*(?:,\d+)?/gu)].map((m) =>
        Number(m[0].replace(/[\u202f\u00a0]/gu, "").replace(",", ".")),
      )
    : [...text.matchAll(/-?\d{1,3}(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")))
  ).sort((a, b) => a - b);

describe.each(
  [
    "bilateral-trade",
    "france-top-partners",
    "russia-top-partners-total",
    "russia-top-partners-imports",
    "fr-ru-monthly",
    "france-rank-russia",
    "fdi-projects",
    "fdi-flows",
  ].map((id) => [id]),
)("%s: French takeaways", (id) => {
  const fig = FIGURES.find((f) => f.id === id)!;
  test.each(fig.variants.map((v) => [v.key]))("view %s states the same numbers as the English ones", (v) => {
    const d = derived();
    const en = figureIn(fig, "en").takeaways(d, v);
    const fr = figureIn(fig, "fr").takeaways(d, v);
    expect(fr).toHaveLength(en.length);
    // the English ones are checked against the served CSVs (__tests__/takeaways.test.ts); the French ones must
    // state exactly the same numbers, written the French way
    expect(numbersIn(fr.join(" "), "fr")).toEqual(numbersIn(en.join(" "), "en"));
    if (id === "fr-ru-monthly")
      expect(fr.join(" ")).toMatch(
        /en (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
      );
    expect(fr.join(" ")).not.toMatch(/\b(the|was|and|in|of)\b/);
  });
});

test.each(PAGES.map((p) => [p.slug, p] as const))(
  "%s: the French headline states the English one's numbers",
  (_s, p) => {
    const d = derived();
    const en = pageIn(p, "en").headline(d);
    const fr = pageIn(p, "fr").headline(d);
    expect(fr).not.toBe(en);
    expect(numbersIn(fr, "fr")).toEqual(numbersIn(en, "en"));
    expect(fr).not.toMatch(/\b(the|was|and|in|of|partner)\b/);
  },
);

test("Table 1 in French: a peak in the last year is said once", () => {
  const row = bilateralRow;
  const plan = bilateralTakeaways([row(2001, 1, 2), row(2002, 2, 3), row(2003, 4, 5)], "X")[1];
  const peak = translate("fr", plan, { country: (c) => c });
  expect(peak).toBe("Le total des échanges a culminé en 2003, dernière année présentée, à 9,0 millions de dollars.");
});

test.each(FIGURES.map((f) => [f.id, f] as const))("%s: one French label per source link, each its own", (_id, fig) => {
  const fr = figureIn(fig, "fr").links;
  expect(fr.map((l) => l.url)).toEqual(fig.links.map((l) => l.url));
  // two links may share an address (two files of one repository): each keeps its own label
  expect(new Set(fr.map((l) => l.label)).size).toBe(fr.length);
});
