/**
 * Every figure in French (lib/figures/localize.ts): its words are French for every view, series, column and source
 * link, country names are countries.csv's `name_fr` (read here with papaparse, not through the model), and a view
 * added in English without French words stops with the figure's id and the key.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { derived } from "../lib/derive";
import { figureIn, pageIn } from "../lib/figures/localize";
import { PAGES } from "../lib/figures/pages";
import { FIGURES } from "../lib/figures/registry";
import type { Figure } from "../lib/figures/types";
import { bilateralTakeaways } from "../lib/figures/takeaways";
import { translate } from "../lib/i18n/translate";
import { bilateralRow } from "../test-support/bilateral-rows";

const countries = Papa.parse<Record<string, string>>(
  readFileSync(path.join(__dirname, "..", "data", "countries.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data;
const FRENCH_NAMES = new Set(countries.map((c) => c.name_fr));
// words that are the same in both languages: years, numbers, and a few words shared by English and French
// (and a source named as it names itself)
const SAME_IN_BOTH = /^(\d{4}([–-]\d{4})?|\d{4} and \d{4}|Total|Source|France|Eurostat Comext \(DS-045409\), via \S+)$/;

describe.each(FIGURES.map((f) => [f.id, f] as const))("%s in French", (_id, fig) => {
  const fr = figureIn(fig, "fr");
  const d = derived();

  test("title, units, source, notes, links, legend and views are French", () => {
    const pairs: [string, string][] = [
      [fig.title, fr.title],
      [fig.units, fr.units],
      [fig.source, fr.source],
      ...fig.notes.map((n, i): [string, string] => [n, fr.notes[i]]),
      ...fig.links.map((l, i): [string, string] => [l.label, fr.links[i].label]),
      ...fig.series.map((s, i): [string, string] => [s.label, fr.series[i].label]),
      ...fig.variants.map((v, i): [string, string] => [v.label, fr.variants[i].label]),
    ];
    expect(fr.notes).toHaveLength(fig.notes.length);
    const untranslated = pairs.filter(([en, f]) => en === f && !SAME_IN_BOTH.test(en) && !FRENCH_NAMES.has(f));
    expect(untranslated).toEqual([]);
  });

  test.each(fig.variants.map((v) => [v.key]))("view %s: table caption and columns French, names from name_fr", (v) => {
    const en = fig.table(d, v);
    const t = fr.table(d, v);
    expect(t.rows).toHaveLength(en.rows.length);
    expect(t.caption).not.toBe(en.caption);
    const same = t.columns.filter((c, i) => c.label === en.columns[i].label && !SAME_IN_BOTH.test(c.label));
    expect(same.map((c) => c.key)).toEqual([]);
    if (t.columns.some((c) => c.key === "name")) {
      const names = t.rows.map((r) => String(r.name));
      expect(names.filter((n) => !FRENCH_NAMES.has(n) && n !== "Ensemble des pays (total)")).toEqual([]);
      // numbers untouched
      for (const c of t.columns.filter((c) => c.numeric))
        expect(t.rows.map((r) => r[c.key])).toEqual(en.rows.map((r) => r[c.key]));
    }
  });
});

test("Allemagne, Chine, Russie and Tchéquie are in France's top partners' French table", () => {
  const fig = FIGURES.find((f) => f.id === "france-top-partners")!;
  const t = figureIn(fig, "fr").table(derived(), fig.variants[0].key);
  const names = new Set(t.rows.map((r) => r.name));
  for (const n of ["Allemagne", "Chine", "Russie", "Tchéquie"]) expect(names).toContain(n);
});

test("a view without French words stops with the figure's id and the view's key", () => {
  const fig = FIGURES.find((f) => f.id === "bilateral-trade")!;
  const extra: Figure = { ...fig, variants: [...fig.variants, { key: "new-basis", label: "A new basis" }] };
  expect(() => figureIn(extra, "fr")).toThrow(
    'fr: figure bilateral-trade has no French label for variants key "new-basis" (lib/figures/words-fr.ts)',
  );
});

test("every chart page has French words", () => {
  for (const p of PAGES) {
    const fr = pageIn(p, "fr");
    expect(
      [fr.title, fr.table, fr.summary, fr.article].filter((w, i) => w === [p.title, p.table, p.summary, p.article][i]),
    ).toEqual([]);
  }
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
  for (const l of fr) expect(l.label).not.toMatch(/\b(via the same|the|and) /);
});
