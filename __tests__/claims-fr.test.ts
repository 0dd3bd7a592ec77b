/**
 * The claims in French: every claim of data/claims.csv (read here with papaparse, not through the model) has a French
 * statement and article value in messages/fr.json (read here as a file); every generated French sentence (explanations,
 * values, basis labels, the matrix's sentences and summary), worded from the same sentence plans as the English one,
 * states exactly its numbers, ranks and years, read back from each language's format by a reader written here (French:
 * groups by U+202F/U+00A0, decimal comma, `10e`/`1er`); fixture claims with known answers give the expected French
 * sentence; French plurals follow CLDR (0 and 1 are singular); and the built pages (out/, from npm run build) show the
 * claims in their own language only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict } from "entities";
import Papa from "papaparse";
import { derived } from "../lib/derive";
import { checkChange, checkGrowth, checkRank, checkRankChange, checkTie } from "../lib/derive/claims/checks";
import { agreementPlan, projects } from "../lib/derive/claims/evaluate";
import { claimsMatrix, matrixSummary } from "../lib/derive/claims/matrix";
import { checkClaimTranslations, loadClaims } from "../lib/model/claims-spec";
import { message, type Locale } from "../lib/i18n";
import { translate, type Plan } from "../lib/i18n/translate";
import { contextOf } from "../lib/figures/localize-names";
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
const FR: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "messages", "fr.json"), "utf8"));
/** a claim's French text, as messages/fr.json has it */
const frText = (id: string) => ({
  statement: FR[`claim.${id}.statement`],
  articleValue: FR[`claim.${id}.articleValue`],
});
const d = derived();
/** a plan in a language, countries named from countries.csv */
const say = (locale: Locale, plan: Plan) => translate(locale, plan, contextOf(d));

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

describe("the claims' French text (messages/fr.json)", () => {
  test("data/claims.csv holds English only; every claim has a French statement and article value", () => {
    expect(claimsCsv.errors).toEqual([]);
    expect(claimsCsv.meta.fields).toEqual(["id", "page", "statement", "article_value", "check", "params"]);
    expect(CLAIMS.length).toBeGreaterThanOrEqual(11);
    for (const c of CLAIMS) {
      const fr = frText(c.id);
      expect({ id: c.id, statement: fr.statement?.trim().length > 20 }).toEqual({ id: c.id, statement: true });
      expect(fr.articleValue?.trim()).toBeTruthy();
      expect(fr.statement).not.toBe(c.statement);
      // French typography: a French apostrophe, never the English one
      expect(fr.statement).not.toMatch(/'/);
    }
    // and no text for a claim that is not in the spec
    const ids = Object.keys(FR)
      .map((k) => /^claim\.([^.]+)\.(statement|articleValue)$/.exec(k)?.[1])
      .filter((x) => x !== undefined);
    expect([...new Set(ids)].sort()).toEqual(CLAIMS.map((c) => c.id).sort());
  });

  test("a French article value states the number the params check (10e for expected=10)", () => {
    for (const c of CLAIMS) {
      const fr = frText(c.id);
      const expected = /(?:^|;)expected=(\d+)/.exec(c.params)?.[1];
      if (c.check === "rank" && expected) {
        expect(fr.articleValue).toMatch(new RegExp(`(^|\\D)${expected}${expected === "1" ? "er" : "e"}(?!\\w)`));
        expect(numbersFr(fr.articleValue)[0]).toBe(numbersEn(c.article_value)[0]);
      } else expect(sorted(numbersFr(fr.articleValue))).toEqual(sorted(numbersEn(c.article_value)));
    }
  });

  const claims = loadClaims();
  const catalogue = (drop: string[], change: Record<string, string> = {}) => ({
    "messages/xx.json": {
      ...Object.fromEntries(Object.entries(FR).filter(([k]) => !drop.includes(k))),
      ...change,
    },
  });
  test("the real catalogue passes the build's check", () => {
    expect(() => checkClaimTranslations(claims, { "messages/fr.json": FR })).not.toThrow();
  });
  test("a missing statement stops the build, naming the catalogue and the claim", () => {
    expect(() => checkClaimTranslations(claims, catalogue(["claim.russia-rank-france-2010.statement"]))).toThrow(
      "messages/xx.json: claim russia-rank-france-2010 has no statement (claim.russia-rank-france-2010.statement)",
    );
  });
  test("a blank article value, or one without the checked rank, stops the build", () => {
    expect(() =>
      checkClaimTranslations(claims, catalogue([], { "claim.russia-rank-france-2010.articleValue": "  " })),
    ).toThrow(/messages\/xx\.json: claim russia-rank-france-2010 has no articleValue/);
    expect(() =>
      checkClaimTranslations(claims, catalogue([], { "claim.russia-rank-france-2010.articleValue": "11e" })),
    ).toThrow(/messages\/xx\.json: claim russia-rank-france-2010: articleValue "11e" does not mention 10/);
  });
  test("a text for a claim that is not in the spec stops the build", () => {
    expect(() => checkClaimTranslations(claims, catalogue([], { "claim.no-such-claim.statement": "Texte." }))).toThrow(
      "messages/xx.json: claim.no-such-claim.statement is the text of no claim of data/claims.csv",
    );
  });
});

// ---- the generated sentences -----------------------------------------------------------------------------------

describe("French sentences state the numbers of the English ones", () => {
  const results = d.claims.flatMap((e) => e.results.map((r) => [`${e.claim.id} / ${r.basis}`, r] as const));

  test.each(results)("%s: value, explanation and basis label", (_id, r) => {
    const [en, fr] = (["en", "fr"] as const).map((l) => ({
      value: say(l, r.value.plan),
      explanation: say(l, r.explanation),
      basisLabel: say(l, r.basisLabel),
    }));
    expect(numbersFr(fr.value)).toEqual(numbersEn(en.value));
    expect(sorted(numbersFr(fr.explanation))).toEqual(sorted(numbersEn(en.explanation)));
    expect(numbersFr(fr.basisLabel)).toEqual(numbersEn(en.basisLabel));
    expect(fr.explanation).not.toBe(en.explanation);
  });

  test("the matrix's sentences and summary", () => {
    const matrix = claimsMatrix(d.claims);
    for (const row of matrix) {
      expect(numbersFr(say("fr", row.sentence))).toEqual(numbersEn(say("en", row.sentence)));
      expect(say("fr", row.sentence)).not.toBe(say("en", row.sentence));
    }
    const plans = matrixSummary(matrix, { "france-top-partners": "T2", "russia-top-partners": "T3" }).sentences;
    const sEn = plans.map((p) => say("en", p));
    const sFr = plans.map((p) => say("fr", p));
    expect(sFr).toHaveLength(sEn.length);
    sEn.forEach((s, i) => expect(numbersFr(sFr[i])).toEqual(numbersEn(s)));
    // 10 of the 11 claims are reproduced somewhere (claims-matrix.test.ts): the French summary says so too
    expect(sFr[0]).toBe("10 des 11 affirmations sont reproduites sur au moins une base ; 1 sur aucune.");
  });

  test("country names in French explanations are countries.csv's name_fr, never the English name", () => {
    const renamed = countries.filter((c) => c.name !== c.name_fr);
    const french = d.claims.flatMap((e) => e.results.map((r) => say("fr", r.explanation))).join("\n");
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
    expect(fr.statement).toBe(frText(CLAIMS[0].id).statement);
    expect(fr.articleValue).toBe(frText(CLAIMS[0].id).articleValue);
    expect(fr.href).toBe(`/fr/charts/${CLAIMS[0].page}/`);
  });
});

// ---- fixtures with known answers ---------------------------------------------------------------------------------

describe("fixture claims in French", () => {
  const NN = "\u202f";
  const NAMES: Record<string, string> = { CHE: "Suisse", RUS: "Russie", POL: "Pologne", FRA: "France", CHN: "Chine" };
  const fr = (plan: Plan) => translate("fr", plan, { country: (code) => NAMES[code] });
  const e = (code: string, value: number) => ({ code, value });
  test("a rank, with its neighbours and a grouped number", () => {
    const r = checkRank({
      entries: [e("CHE", 31685.2), e("RUS", 23884.1), e("POL", 17967)],
      subject: "RUS",
      expected: 2,
      what: "partenaires de la France en 2010",
      unit: (v) => `${Math.round(v).toLocaleString("fr-FR")} M$`,
    });
    expect(r.verdict).toBe("agrees");
    expect({ text: fr(r.value.plan), raw: r.value.raw }).toEqual({ text: "2e", raw: 2 });
    expect(fr(r.explanation)).toBe(
      `Russie : 2e, avec 23${NN}884 M$ ; rang précédent : Suisse (31${NN}685 M$) ; rang suivant : Pologne (17${NN}967 M$) ; classement de 3 partenaires de la France en 2010 ; l’article indique 2e.`,
    );
  });
  test("a change of rank, a growth, a change within a range and a tie", () => {
    expect(
      fr(
        checkRankChange({ subject: "FRA", fromYear: 2010, fromRank: 8, toYear: 2020, toRank: 6, expectedPlaces: 2 })
          .explanation,
      ),
    ).toBe("France : 8e en 2010, 6e en 2020, soit un gain de 2 places ; l’article indique un gain de 2 places.");
    const one = checkRankChange({
      subject: "FRA",
      fromYear: 2010,
      fromRank: 2,
      toYear: 2020,
      toRank: 1,
      expectedPlaces: 1,
    });
    expect(fr(one.value.plan)).toBe("gain de 1 place (2e → 1er)");
    const g = checkGrowth({ what: "Importations", fromYear: 2017, from: 100, toYear: 2018, to: 125.5, minPct: 25 });
    expect(fr(g.value.plan)).toBe(`en hausse de 25,5${NN}%`);
    expect(fr(g.explanation)).toBe(
      `Importations : 100 en 2017, 125,5 en 2018, en hausse de 25,5${NN}% ; l’article affirme une croissance de plus de 25${NN}% : c’est le cas.`,
    );
    const c = checkChange({
      what: "Échanges",
      fromYear: 2013,
      from: 1000,
      toYear: 2017,
      to: 610,
      minPct: -38,
      maxPct: -28,
    });
    expect(c.verdict).toBe("differs");
    expect(fr(c.explanation)).toBe(
      `Échanges : 1${NN}000 en 2013, 610 en 2017 ; variation : en baisse de 39${NN}% ; l’affirmation est lue comme une baisse de 28${NN}% à 38${NN}% : hors de cette fourchette (−39${NN}% est inférieur à −38${NN}%).`,
    );
    expect(fr(checkTie({ what: "Projets", entries: [e("FRA", 22), e("CHN", 21)] }).explanation)).toBe(
      "Projets : France 22, Chine 21 ; pas à égalité (écart de 1), alors que l’article les dit à égalité.",
    );
  });
  test("the growth claim on France's declarations, from data/trade-france.csv", () => {
    // France's imports from Russia, France-declared: 8,282.58826 (2017) → 11,270.320237 (2018), up 36.07…%
    const r = d.claims
      .find((x) => x.claim.id === "russia-exports-france-growth-2018")!
      .results.find((x) => x.basis === "france-declared")!;
    expect(say("fr", r.explanation)).toBe(
      `Importations de la France en provenance de Russie : 8${NN}282,6 M$ en 2017, 11${NN}270,3 M$ en 2018, en hausse de 36,1${NN}% ; l’article affirme une croissance de plus de 25${NN}% : c’est le cas.`,
    );
    expect(spokenSentence(say("fr", r.explanation))).toContain("8282,6 M$ en 2017, 11270,3 M$");
    expect(spokenSentence(say("en", r.explanation))).toBeUndefined();
  });
});

// ---- plurals: each language's CLDR rule, in the messages ----------------------------------------------------------

describe("French plurals follow CLDR (0 and 1 are singular), English its own", () => {
  const counts = [0, 1, 2];
  test("FDI project counts: « 0 projet », « 1 projet », « 2 projets »", () => {
    expect(counts.map((v) => say("fr", projects(v) as Plan))).toEqual(["0 projet", "1 projet", "2 projets"]);
    expect(counts.map((v) => say("en", projects(v) as Plan))).toEqual(["0 projects", "1 project", "2 projects"]);
  });
  test("in a rank explanation: a country with no project is « 0 projet »", () => {
    const r = checkRank({
      entries: [
        { code: "CHN", value: 2 },
        { code: "FRA", value: 1 },
        { code: "RUS", value: 0 },
      ],
      subject: "FRA",
      expected: 2,
      what: "pays",
      unit: projects,
    });
    expect(say("fr", r.explanation)).toBe(
      "France : 2e, avec 1 projet ; rang précédent : Chine (2 projets) ; rang suivant : Russie (0 projet) ; classement de 3 pays ; l’article indique 2e.",
    );
  });
  test("a table's count of claims in the summary", () => {
    const group = (claims: number) =>
      say("fr", { id: "claim.summary.group", args: { table: "T", claims, hasBases: "yes", bases: "B" } });
    expect(counts.map(group)).toEqual([
      "T (0 affirmation) : reproduite sur : B.",
      "T (1 affirmation) : reproduite sur : B.",
      "T (2 affirmations) : toutes reproduites sur : B.",
    ]);
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
    const matrix = claimsMatrix(d.claims);
    return [
      ...matrix.map((r) => r.sentence),
      ...matrix.flatMap((r) => r.cells.flatMap((c) => ("reason" in c ? [c.reason] : []))),
      ...d.claims.flatMap((e) => e.results.flatMap((r) => [r.explanation, r.basisLabel])),
      ...matrixSummary(matrix, {}).sentences.slice(0, 1),
    ].map((p) => say(locale, p));
  };
  const words = (locale: "en" | "fr") => {
    const ids = ["verdicts.agrees", "verdicts.differs", "verdicts.cannot-check", "articleSays", "seeChart"] as const;
    const more = ["tableCaption", "matrixCaption", "notComputable"] as const;
    return [...ids, ...more].map((id) => message(locale, `claimsPage.${id}`));
  };
  const statements = (locale: "en" | "fr") =>
    CLAIMS.map((c) => (locale === "en" ? c.statement : frText(c.id).statement));
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
            expect(region).toContain(`>${say(locale, r.basisLabel)}</th>`);
            // the explanation is on the claims page, not here
            expect(all).toContain(say(locale, r.explanation));
            expect(region).not.toContain(say(locale, r.explanation));
          }
        }
        expect(region).not.toContain(message(locale, "claimsPage.explanation"));
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
        own === "en" ? c.statement : frText(c.id).statement,
      );
      for (const s of mine) expect(region).toContain(s);
      for (const e of d.claims.filter((x) => page.ids.includes(x.claim.id)))
        for (const r of e.results)
          expect(region).toContain(`</span>${message(own, `claimsPage.verdicts.${r.verdict}`)}</span>`);
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
  const agreeing = (agree: number, n: number) =>
    agreementPlan(
      Array.from({ length: n }, (_, i) => ({ verdict: i < agree ? ("agrees" as const) : ("differs" as const) })),
    );
  const fr = (agree: number, n: number) => say("fr", agreeing(agree, n)!);
  expect(fr(0, 3)).toBe("Aucune des 3 bases ne concorde.");
  expect(fr(0, 2)).toBe("Aucune des deux bases ne concorde.");
  expect(fr(2, 2)).toBe("Concordance sur les deux bases.");
  expect(fr(1, 2)).toBe("Concordance sur 1 base sur 2.");
  expect(fr(3, 3)).toBe("Concordance sur les 3 bases.");
  expect(fr(1, 3)).toBe("Concordance sur 1 base sur 3.");
  expect(fr(2, 3)).toBe("Concordance sur 2 bases sur 3.");
  expect(agreeing(1, 1)).toBeUndefined();
});
