/**
 * The claims in French: every claim of data/claims.csv (read here with papaparse, not through the model) has a French
 * statement and article value; every generated French sentence (explanations, values, basis labels, the matrix's
 * sentences and summary) states exactly the numbers, ranks and years of its English twin, read back from each
 * language's format by a reader written here (French: groups by U+202F/U+00A0, decimal comma, `10e`/`1er`); fixture
 * claims with known answers give the expected French sentence; and the built pages (out/, from npm run build) show
 * the claims in their own language only.
 */
import { claimWordsFr } from "../lib/derive/claims/words-fr";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict } from "entities";
import Papa from "papaparse";
import { derived } from "../lib/derive";
import { checkChange, checkGrowth, checkRank, checkRankChange, checkTie } from "../lib/derive/claims/checks";
import { claimsMatrix, matrixSummary } from "../lib/derive/claims/matrix";
import { CsvError } from "../lib/model/csv-parse";
import { parseClaims, CLAIMS_SCHEMA } from "../lib/model/claims-spec";
import { messages } from "../lib/i18n";
import { claimsUi, claimViews, spokenSentence } from "../lib/publish/page-data";

const ROOT = path.join(__dirname, "..");
const read = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(ROOT, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
const claimsCsv = read("data/claims.csv");
const CLAIMS = claimsCsv.data;
const countries = read("data/countries.csv").data;
const d = derived();

// ---- an independent reader of numbers in each language's format ------------------------------------------------

/** Every number in an English sentence, in order: `23,884` → 23884, `−42.3%` → -42.3, `10th` → 10. */
function numbersEn(text: string): number[] {
  const plain = text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, "");
  return [...plain.matchAll(/(−)?(\d+(?:\.\d+)?)(?:st|nd|rd|th)?/g)].map((m) => Number(m[2]) * (m[1] ? -1 : 1));
}
/** Every number in a French sentence: `23 884` (U+202F or U+00A0) → 23884, `−42,3 %` → -42.3, `10e`, `1er` → 10, 1. */
function numbersFr(text: string): number[] {
  const plain = text.replace(/(?<=\d)[\u202f\u00a0](?=\d{3}(?!\d))/g, "").replace(/(?<=\d),(?=\d)/g, ".");
  return [...plain.matchAll(/(−)?(\d+(?:\.\d+)?)(?:er|e)?/g)].map((m) => Number(m[2]) * (m[1] ? -1 : 1));
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

test("the readers read each format (checked on literal text)", () => {
  expect(numbersEn("USD 23,884.1 m, down 42.3%, 10th of 206, −3,379.7")).toEqual([23884.1, 42.3, 10, 206, -3379.7]);
  expect(numbersFr("23\u202f884,1 M$, en baisse de 42,3\u202f%, 10e sur 206, 1er, −3\u00a0379,7")).toEqual([
    23884.1, 42.3, 10, 206, 1, -3379.7,
  ]);
});

// ---- data/claims.csv ---------------------------------------------------------------------------------------------

describe("data/claims.csv in French", () => {
  test("has the French columns, and every claim a French statement and article value", () => {
    expect(claimsCsv.errors).toEqual([]);
    expect(claimsCsv.meta.fields).toEqual(expect.arrayContaining(["statement_fr", "article_value_fr"]));
    expect(CLAIMS.length).toBeGreaterThanOrEqual(11);
    for (const c of CLAIMS) {
      expect({ id: c.id, statement_fr: c.statement_fr.trim().length > 20 }).toEqual({ id: c.id, statement_fr: true });
      expect(c.article_value_fr.trim()).not.toBe("");
      expect(c.statement_fr).not.toBe(c.statement);
      // French typography: a French apostrophe, never the English one
      expect(c.statement_fr).not.toMatch(/'/);
    }
  });

  test("a French article value states the number the params check (10e for expected=10)", () => {
    for (const c of CLAIMS) {
      const expected = /(?:^|;)expected=(\d+)/.exec(c.params)?.[1];
      if (c.check === "rank" && expected) {
        expect(c.article_value_fr).toMatch(new RegExp(`(^|\\D)${expected}${expected === "1" ? "er" : "e"}(?!\\w)`));
        expect(numbersFr(c.article_value_fr)[0]).toBe(numbersEn(c.article_value)[0]);
      } else expect(sorted(numbersFr(c.article_value_fr))).toEqual(sorted(numbersEn(c.article_value)));
    }
  });

  const header = CLAIMS_SCHEMA.fields.map((f) => f.name).join(",");
  const row = (statementFr: string, valueFr: string) =>
    `a-rank,france-top-partners,A paraphrase.,10th,rank,data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10,${statementFr},${valueFr}`;
  const errorOf = (text: string): CsvError => {
    try {
      parseClaims("data/test.csv", text);
    } catch (err) {
      if (err instanceof CsvError) return err;
      throw err;
    }
    throw new Error("expected a CsvError");
  };
  test("a blank French statement stops the build at its cell", () => {
    const err = errorOf(`${header}\n${row("  ", "10e")}\n`);
    expect([err.line, err.column]).toEqual([2, CLAIMS_SCHEMA.fields.findIndex((f) => f.name === "statement_fr") + 1]);
  });
  test("a French article value without the checked rank stops the build at its cell", () => {
    const err = errorOf(`${header}\n${row("Une paraphrase.", "11e")}\n`);
    expect([err.line, err.column]).toEqual([
      2,
      CLAIMS_SCHEMA.fields.findIndex((f) => f.name === "article_value_fr") + 1,
    ]);
    expect(err.message).toMatch(/article_value_fr "11e" does not mention 10e/);
  });
});

// ---- the generated sentences -----------------------------------------------------------------------------------

describe("French sentences state the numbers of the English ones", () => {
  const results = d.claims.flatMap((e) => e.results.map((r) => [`${e.claim.id} / ${r.basis}`, r] as const));

  test.each(results)("%s: value, explanation and basis label", (_id, r) => {
    expect(numbersFr(r.words.fr.value)).toEqual(numbersEn(r.words.en.value));
    expect(sorted(numbersFr(r.words.fr.explanation))).toEqual(sorted(numbersEn(r.words.en.explanation)));
    expect(numbersFr(r.words.fr.basisLabel)).toEqual(numbersEn(r.words.en.basisLabel));
    expect(r.words.en.explanation).toBe(r.explanation); // the English words are those of claims-results.csv
    expect(r.words.fr.explanation).not.toBe(r.words.en.explanation);
  });

  test("the matrix's sentences and summary", () => {
    const en = claimsMatrix(d.claims, "en");
    const fr = claimsMatrix(d.claims, "fr");
    en.forEach((row, i) => {
      expect(numbersFr(fr[i].sentence)).toEqual(numbersEn(row.sentence));
      expect(fr[i].sentence).not.toBe(row.sentence);
    });
    const names = { "france-top-partners": "T2", "russia-top-partners": "T3" };
    const sEn = matrixSummary(en, names, "en").sentences;
    const sFr = matrixSummary(fr, names, "fr").sentences;
    expect(sFr).toHaveLength(sEn.length);
    sEn.forEach((s, i) => expect(numbersFr(sFr[i])).toEqual(numbersEn(s)));
    // 10 of the 11 claims are reproduced somewhere (claims-matrix.test.ts): the French summary says so too
    expect(sFr[0]).toBe("10 des 11 affirmations sont reproduites sur au moins une base ; 1 sur aucune.");
  });

  test("country names in French explanations are countries.csv's name_fr, never the English name", () => {
    const renamed = countries.filter((c) => c.name !== c.name_fr);
    const french = d.claims.flatMap((e) => e.results.map((r) => r.words.fr.explanation)).join("\n");
    const english = renamed.filter((c) => new RegExp(`(?<![\\p{L}])${c.name}(?![\\p{L}])`, "u").test(french));
    expect(english.map((c) => c.name)).toEqual([]);
    for (const name of ["Suisse", "Corée du Sud", "Allemagne", "Chine", "États-Unis"]) expect(french).toContain(name);
  });

  test("verdict words and the list's words come from each language's catalogue", () => {
    expect(claimsUi("fr").verdicts).toEqual({ agrees: "Concorde", differs: "Diverge", "cannot-check": "Invérifiable" });
    expect(claimsUi("en").verdicts).toEqual({
      agrees: "Agrees",
      differs: "Differs",
      "cannot-check": "Cannot be checked",
    });
    const [fr] = claimViews(d.claims.slice(0, 1), "fr");
    expect(fr.statement).toBe(CLAIMS[0].statement_fr);
    expect(fr.articleValue).toBe(CLAIMS[0].article_value_fr);
    expect(fr.href).toBe(`/fr/charts/${CLAIMS[0].page}/`);
  });
});

// ---- fixtures with known answers ---------------------------------------------------------------------------------

describe("fixture claims in French", () => {
  const NN = "\u202f";
  const e = (code: string, name: string, value: number) => ({ code, name, value });
  test("a rank, with its neighbours and a grouped number", () => {
    const r = checkRank(
      {
        entries: [e("CHE", "Suisse", 31685.2), e("RUS", "Russie", 23884.1), e("POL", "Pologne", 17967)],
        subject: "RUS",
        expected: 2,
        what: "partenaires de la France en 2010",
        unit: (v) => `${Math.round(v).toLocaleString("fr-FR")} M$`,
      },
      "fr",
    );
    expect(r.verdict).toBe("agrees");
    expect(r.value).toEqual({ text: "2e", raw: 2 });
    expect(r.explanation).toBe(
      `Russie : 2e, avec 23${NN}884 M$ ; rang précédent : Suisse (31${NN}685 M$) ; rang suivant : Pologne (17${NN}967 M$) ; classement de 3 partenaires de la France en 2010 ; l’article indique 2e.`,
    );
  });
  test("a change of rank, a growth, a change within a range and a tie", () => {
    expect(
      checkRankChange({ name: "France", fromYear: 2010, fromRank: 8, toYear: 2020, toRank: 6, expectedPlaces: 2 }, "fr")
        .explanation,
    ).toBe("France : 8e en 2010, 6e en 2020, soit un gain de 2 places ; l’article indique un gain de 2 places.");
    const g = checkGrowth(
      { what: "Importations", fromYear: 2017, from: 100, toYear: 2018, to: 125.5, minPct: 25 },
      "fr",
    );
    expect(g.value.text).toBe(`en hausse de 25,5${NN}%`);
    expect(g.explanation).toBe(
      `Importations : 100 en 2017, 125,5 en 2018, en hausse de 25,5${NN}% ; l’article affirme une croissance de plus de 25${NN}% : c’est le cas.`,
    );
    const c = checkChange(
      { what: "Échanges", fromYear: 2013, from: 1000, toYear: 2017, to: 610, minPct: -38, maxPct: -28 },
      "fr",
    );
    expect(c.verdict).toBe("differs");
    expect(c.explanation).toBe(
      `Échanges : 1${NN}000 en 2013, 610 en 2017 ; variation : en baisse de 39${NN}% ; l’affirmation est lue comme une baisse de 28${NN}% à 38${NN}% : hors de cette fourchette (−39${NN}% est inférieur à −38${NN}%).`,
    );
    expect(
      checkTie({ what: "Projets", entries: [e("FRA", "France", 22), e("CHN", "Chine", 21)] }, "fr").explanation,
    ).toBe("Projets : France 22, Chine 21 ; pas à égalité (écart de 1), alors que l’article les dit à égalité.");
  });
  test("the growth claim on France's declarations, from data/trade-france.csv", () => {
    // France's imports from Russia, France-declared: 8,282.58826 (2017) → 11,270.320237 (2018), up 36.07…%
    const r = d.claims
      .find((x) => x.claim.id === "russia-exports-france-growth-2018")!
      .results.find((x) => x.basis === "france-declared")!;
    expect(r.words.fr.explanation).toBe(
      `Importations de la France en provenance de Russie : 8${NN}282,6 M$ en 2017, 11${NN}270,3 M$ en 2018, en hausse de 36,1${NN}% ; l’article affirme une croissance de plus de 25${NN}% : c’est le cas.`,
    );
    expect(spokenSentence(r.words.fr.explanation)).toContain("8282,6 M$ en 2017, 11270,3 M$");
    expect(spokenSentence(r.words.en.explanation)).toBeUndefined();
  });
});

// ---- the built pages ---------------------------------------------------------------------------------------------

const OUT = path.join(ROOT, "out");
const built = existsSync(path.join(OUT, "fr", "claims", "index.html"));
const decode = (html: string) => decodeHTMLStrict(html.replace(/<!-- -->/g, ""));
/** The page's visible claims: the <main> of /claims/, the claims section of a chart page (scripts left out). */
function claimsRegion(html: string, claimsPage: boolean): string {
  const noScripts = html.replace(/<script[\s\S]*?<\/script>/g, "");
  const start = claimsPage ? noScripts.indexOf("<main") : noScripts.indexOf('aria-labelledby="claims-h"');
  const end = claimsPage ? noScripts.indexOf("</main>") : noScripts.indexOf("</section>", start);
  if (start < 0 || end < 0) throw new Error("no claims region");
  return decode(noScripts.slice(start, end));
}
const chartPagesWithClaims = [...new Set(CLAIMS.map((c) => c.page))];

(built ? describe : describe.skip)("the built pages (out/, from npm run build)", () => {
  const sentences = (locale: "en" | "fr") => {
    const matrix = claimsMatrix(d.claims, locale);
    return [
      ...matrix.map((r) => r.sentence),
      ...matrix.flatMap((r) => r.cells.flatMap((c) => ("reason" in c ? [c.reason] : []))),
      ...d.claims.flatMap((e) => e.results.flatMap((r) => [r.words[locale].explanation, r.words[locale].basisLabel])),
      ...matrixSummary(matrix, {}, locale).sentences.slice(0, 1),
    ];
  };
  const words = (locale: "en" | "fr") => {
    const m = messages(locale).claims;
    return [...Object.values(m.verdicts), m.articleSays, m.seeChart, m.tableCaption, m.matrixCaption, m.notComputable];
  };
  const statements = (locale: "en" | "fr") => CLAIMS.map((c) => (locale === "fr" ? c.statement_fr : c.statement));
  const pages = (locale: "en" | "fr") => [
    { file: path.join(OUT, locale, "claims", "index.html"), claimsPage: true, ids: CLAIMS.map((c) => c.id) },
    ...chartPagesWithClaims.map((slug) => ({
      file: path.join(OUT, locale, "charts", slug, "index.html"),
      claimsPage: false,
      ids: CLAIMS.filter((c) => c.page === slug).map((c) => c.id),
    })),
  ];

  test("every chart page with claims, and only those, has a claims section", () => {
    // every directory of out/fr/charts/ holding a page (img/ and files/ hold the French exports)
    const slugs = readdirSync(path.join(OUT, "fr", "charts")).filter((s) =>
      existsSync(path.join(OUT, "fr", "charts", s, "index.html")),
    );
    expect(slugs.length).toBeGreaterThan(4);
    for (const slug of slugs) {
      const html = readFileSync(path.join(OUT, "fr", "charts", slug, "index.html"), "utf8");
      expect({ slug, claims: html.includes('aria-labelledby="claims-h"') }).toEqual({
        slug,
        claims: chartPagesWithClaims.includes(slug),
      });
    }
  });

  test.each(["en", "fr"] as const)(
    "/%s/charts/: each claim's basis, value and verdict; its explanations on the claims page, linked",
    (locale) => {
      const claimsPage = readFileSync(path.join(OUT, locale, "claims", "index.html"), "utf8");
      const all = claimsRegion(claimsPage, true);
      for (const slug of chartPagesWithClaims) {
        const region = claimsRegion(readFileSync(path.join(OUT, locale, "charts", slug, "index.html"), "utf8"), false);
        const evaluations = d.claims.filter((e) => e.claim.page === slug);
        expect(evaluations.length).toBeGreaterThan(0);
        for (const e of evaluations) {
          expect(region).toContain(`href="/${locale}/claims/#${e.claim.id}"`);
          expect(claimsPage).toContain(`<li id="${e.claim.id}"`);
          for (const r of e.results) {
            expect(region).toContain(`>${r.words[locale].basisLabel}</th>`);
            // the explanation is on the claims page, not here
            expect(all).toContain(r.words[locale].explanation);
            expect(region).not.toContain(r.words[locale].explanation);
          }
        }
        expect(region).not.toContain(messages(locale).claims.explanation);
      }
    },
  );

  describe.each([
    ["fr", "en"],
    ["en", "fr"],
  ] as const)("/%s/: the claims in that language only", (own, other) => {
    test.each(pages(own).map((p) => [path.relative(OUT, p.file), p] as const))("%s", (_file, page) => {
      const region = claimsRegion(readFileSync(page.file, "utf8"), page.claimsPage);
      const foreign = [...statements(other), ...sentences(other), ...words(other)].filter(
        (s) => region.includes(s) && !statements(own).includes(s) && !sentences(own).includes(s),
      );
      expect(foreign).toEqual([]);
      // and its own: each claim's statement, and the verdict words it uses
      const mine = CLAIMS.filter((c) => page.ids.includes(c.id)).map((c) =>
        own === "fr" ? c.statement_fr : c.statement,
      );
      for (const s of mine) expect(region).toContain(s);
      const verdicts = messages(own).claims.verdicts;
      for (const e of d.claims.filter((x) => page.ids.includes(x.claim.id)))
        for (const r of e.results) expect(region).toContain(`</span>${verdicts[r.verdict]}</span>`);
    });
  });

  test("/fr/claims/: the French matrix summary, sentences, and explanations named without group spaces", () => {
    const html = readFileSync(path.join(OUT, "fr", "claims", "index.html"), "utf8");
    const region = claimsRegion(html, true);
    for (const s of sentences("fr")) expect(region).toContain(s);
    // a French grouped number in an explanation cell: the cell's name has no space inside the number
    const labels = [...html.matchAll(/<td[^>]*aria-label="([^"]*)"/g)].map((m) => decode(m[1]));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).not.toMatch(/\d[\u202f\u00a0]\d/);
    expect(labels.some((l) => /23884 M\$/.test(l))).toBe(true);
  });
});

test("how many bases agree, in French: a sentence with a verb when none does", () => {
  const f = (n: number) => String(n);
  expect(claimWordsFr.agreeOn(0, 3, f)).toBe("Aucune des 3 bases ne concorde.");
  expect(claimWordsFr.agreeOn(0, 2, f)).toBe("Aucune des deux bases ne concorde.");
  expect(claimWordsFr.agreeOn(3, 3, f)).toBe("Concordance sur les 3 bases.");
  expect(claimWordsFr.agreeOn(1, 3, f)).toBe("Concordance sur 1 base sur 3.");
});
