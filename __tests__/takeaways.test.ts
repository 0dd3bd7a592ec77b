/**
 * Takeaways: on small fixtures whose sentences are worked out by hand here, the builders' plans, worded by the English
 * and French catalogues (messages/*.json), say exactly that; on the
 * real data, every figure's sentences state the values of the served CSV (out/data/, read with papaparse, not the
 * derive stage), and each number in a sentence is one of that CSV's values or a count checked from it.
 * The real-data part needs a built site (`npm test` builds first).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { competitionRanks, largestMoves, rankMoves } from "../lib/derive/movers";
import { derived } from "../lib/derive";
import { bilateralRow } from "../test-support/bilateral-rows";
import { FIGURES, figure as definition } from "../lib/figures/registry";
import { PAGES } from "../lib/figures/pages";
import { figureIn, pageIn } from "../lib/figures/localize";
import { bilateralTakeaways, groupedTakeaways, rankingTakeaways } from "../lib/figures/takeaways";
import { translate, type Plan } from "../lib/i18n/translate";
import type { Locale } from "../lib/i18n/locales";
import type { FigureId } from "../lib/figures/types";

/** The figure in English, as the pages show it. */
const figure = (id: FigureId) => figureIn(definition(id), "en");
/** Plans worded in a language, with fixture names: a country code X is "NameX", a view key is itself. */
const say = (plans: Plan[], locale: Locale = "en") =>
  plans.map((p) => translate(locale, p, { country: (c) => `Name${c}`, view: (k) => k }));

const OUT = path.join(__dirname, "..", "out");

describe("fixtures worked by hand", () => {
  test("competition ranks: 1, 2, 2, 4", () => {
    const ranked = competitionRanks([{ v: 3 }, { v: 5 }, { v: 1 }, { v: 3 }], (x) => x.v);
    expect(ranked.map((x) => [x.v, x.rank])).toEqual([
      [5, 1],
      [3, 2],
      [3, 2],
      [1, 4],
    ]);
  });

  const bil = bilateralRow;

  test("Table 1: both ends, the peak, the balance", () => {
    // totals 40, 25, 31 (peak 2001); balances −20, 15, 0 (one deficit, balanced at the end); rows given out of order
    const rows = [bil(2003, 15.5, 15.5), bil(2001, 10, 30), bil(2002, 20, 5)];
    expect(say(bilateralTakeaways(rows, "Test"))).toEqual([
      "Test: French exports to Russia were USD 10.0 million in 2001 and USD 15.5 million in 2003; French imports from Russia were USD 30.0 million and USD 15.5 million.",
      "Total trade peaked in 2001 at USD 40.0 million; in 2003 it was USD 31.0 million.",
      "France's balance with Russia was in deficit in 1 of the 3 years from 2001 to 2003; in 2003 it was balanced.",
    ]);
    // a peak in the last year is said once, not twice ("peaked in 2003 at …; in 2003 it was …")
    expect(say(bilateralTakeaways([bil(2001, 1, 2), bil(2002, 2, 3), bil(2003, 4, 5)], "X"))[1]).toBe(
      "Total trade peaked in 2003, the last year shown, at USD 9.0 million.",
    );
    // every year a deficit, a surplus at the end is impossible then: a deficit, with its amount made positive
    expect(say(bilateralTakeaways([bil(2001, 1, 2), bil(2002, 1, 3.25)], "X"))[2]).toBe(
      "France's balance with Russia was in deficit in each of the 2 years from 2001 to 2002; in 2002 it was a deficit of USD 2.3 million.",
    );
    // in French, the same facts, numbers in French (narrow no-break spaces, a decimal comma)
    expect(say(bilateralTakeaways(rows, "Essai"), "fr")).toEqual([
      "Essai : les exportations françaises vers la Russie s’élevaient à 10,0 millions de dollars en 2001 et à 15,5 millions de dollars en 2003 ; les importations françaises en provenance de Russie à 30,0 millions de dollars et à 15,5 millions de dollars.",
      "Le total des échanges a culminé en 2001 à 40,0 millions de dollars ; en 2003, il s’élevait à 31,0 millions de dollars.",
      "Le solde commercial de la France avec la Russie a été déficitaire 1 des 3 années de 2001 à 2003 ; en 2003, il était à l’équilibre.",
    ]);
  });

  // years 2010 → 2020, top 3: A 1→1, B 2→4, C 3→2, D 4→3, E 6→1? no: E absent in 2010 (a new entrant, no move),
  // H (highlighted) 5 → absent
  const r = (year: number, partner: string, rank: number, total: number) => ({
    year,
    partner,
    name: `Name${partner}`,
    rank,
    total_usd_m: total,
  });
  const ranking = [
    r(2010, "A", 1, 100),
    r(2010, "B", 2, 80),
    r(2010, "C", 3, 60),
    r(2010, "D", 4, 50),
    r(2010, "H", 5, 5),
    r(2020, "A", 1, 120),
    r(2020, "C", 2, 90),
    r(2020, "D", 3, 70),
    r(2020, "B", 4, 65),
  ];

  test("rank moves: partners in the top 3 of either year and ranked in both; ties go to the better final rank", () => {
    const moves = rankMoves(ranking, 2010, 2020, 3);
    expect(moves.map((m) => [m.partner, m.change])).toEqual([
      ["A", 0],
      ["B", -2],
      ["C", 1],
      ["D", 1],
    ]);
    const { up, down } = largestMoves(moves);
    expect([up?.partner, down?.partner]).toEqual(["C", "B"]);
  });

  test("Tables 2–3: the highlighted partner's ranks, the leader, the movers", () => {
    const words = {
      view: "Basis",
      reporter: "RUS" as const,
      highlight: "H",
      kind: "partner" as const,
      valueKey: "total_usd_m",
      top: 3,
      depth: 5,
      years: { a: 2010, b: 2020 },
    };
    expect(say(rankingTakeaways(ranking, words))).toEqual([
      "Basis: NameH was Russia's 5th trading partner in 2010 (USD 5.0 million of total trade) and outside its top 5 in 2020.",
      "NameA was Russia's first trading partner in both years (USD 100.0 million in 2010, USD 120.0 million in 2020).",
      "Among the top 3 of either year, NameC climbed most (3rd in 2010, 2nd in 2020) and NameB fell most (2nd in 2010, 4th in 2020).",
    ]);
    // French: ordinals 1er / 5e, a plural noun after « hors des 5 premiers », the movers one after the other
    expect(say(rankingTakeaways(ranking, { ...words, reporter: "FRA", highlight: "A" }), "fr")[0]).toBe(
      "Basis. NameA : 1er partenaire commercial de la France en 2010 (100,0 millions de dollars d’échanges au total), 1er en 2020 (120,0 millions de dollars).",
    );
    expect(say(rankingTakeaways(ranking, words), "fr")).toEqual([
      "Basis. NameH : 5e partenaire commercial de la Russie en 2010 (5,0 millions de dollars d’échanges au total), hors des 5 premiers en 2020.",
      "Premier partenaire commercial de la Russie les deux années : NameA (100,0 millions de dollars en 2010, 120,0 millions de dollars en 2020).",
      "Parmi les 3 premiers de l’une ou l’autre année, plus forte progression : NameC (3e en 2010, 2e en 2020) ; plus fort recul : NameB (2e en 2010, 4e en 2020).",
    ]);
    const absent = ranking.filter((x) => !(x.partner === "H"));
    expect(say(rankingTakeaways(absent, { ...words, kind: "supplier" }), "fr")[0]).toBe(
      "Basis. NameH : hors des 5 premiers fournisseurs de la Russie en 2010, hors des 5 premiers en 2020.",
    );
    expect(say(rankingTakeaways(absent, words), "fr")[0]).toContain("hors des 5 premiers partenaires commerciaux");
    // a different leader each year
    const swapped = ranking.map((x) =>
      x.year === 2020 && x.partner === "A"
        ? { ...x, rank: 2 }
        : x.year === 2020 && x.partner === "C"
          ? { ...x, rank: 1 }
          : x,
    );
    expect(say(rankingTakeaways(swapped, words))[1]).toBe(
      "Russia's first trading partner was NameA in 2010 (USD 100.0 million) and NameC in 2020 (USD 90.0 million).",
    );
  });

  const g = (year: number, code: string, value: number) => ({ year, code, name: `N${code}`, value });
  test("FDI: rank with ties, a missing year, the leaders, the totals", () => {
    const shown = [g(2018, "X", 10), g(2018, "F", 10), g(2018, "Y", 4), g(2019, "X", 7), g(2019, "Y", 9)];
    const words = {
      what: "projects" as const,
      amount: (v: number): Plan => ({ id: "amount.projects", args: { v } }),
      highlight: "F",
    };
    expect(say(groupedTakeaways(shown, [g(2019, "WLD", 30), g(2018, "WLD", 40)], words))).toEqual([
      "Among the 3 source countries shown, NameF ranked 1st in 2018 (10 projects, tied with NameX); the sources give no NameF figure for 2019.",
      "The largest figure came from NameX and NameF in 2018 (10 projects) and NameY in 2019 (9 projects).",
      "EY counted, from all source countries, 40 projects in 2018 and 30 projects in 2019.",
    ]);
    // plurals by each language's rule: English "1 project", French « 0 projet », « 1 projet », « 2 projets »
    const counts = [g(2018, "F", 1), g(2018, "X", 0), g(2019, "F", 2), g(2019, "X", 1)];
    expect(say(groupedTakeaways(counts, [], words))[0]).toBe(
      "Among the 2 source countries shown, NameF ranked 1st in 2018 (1 project) and 1st in 2019 (2 projects).",
    );
    expect(say(groupedTakeaways(counts, [], words), "fr")).toEqual([
      "Parmi les 2 pays d’origine présentés, NameF se classe 1er en 2018 (1 projet) et 1er en 2019 (2 projets).",
      "En tête chaque année présentée : NameF (1 projet en 2018 et 2 projets en 2019).",
    ]);
    expect(say(groupedTakeaways([g(2018, "X", 0), g(2018, "F", 0)], [], words), "fr")[0]).toContain(
      "1er en 2018 (0 projet ; même rang : NameX)",
    );
  });

  test("FDI: one leader every year, negative values named", () => {
    const shown = [
      g(2019, "F", 2),
      g(2019, "X", 5),
      g(2019, "Y", -1),
      g(2020, "F", 1),
      g(2020, "X", 6),
      g(2020, "Y", 0.5),
    ];
    const words = {
      what: "flows" as const,
      amount: (v: number): Plan => ({ id: "amount.usdBillions", args: { v } }),
      highlight: "F",
    };
    expect(say(groupedTakeaways(shown, [g(2019, "WLD", 9)], words))).toEqual([
      "Among the 3 counterpart countries shown, NameF ranked 2nd in 2019 (USD 2.0 bn) and 2nd in 2020 (USD 1.0 bn).",
      "NameX came first in every year shown (USD 5.0 bn in 2019 and USD 6.0 bn in 2020).",
      "Values below zero (net disinvestment): NameY in 2019 (USD −1.0 bn).",
    ]);
  });
});

// ---- real data: the sentences against the served CSVs ----------------------------------------------------------

const built = existsSync(path.join(OUT, "data", "bilateral-trade.csv"));
const describeBuilt = built ? describe : describe.skip;
if (!built && process.env.CI) throw new Error("out/ is missing: run `npm run build` first (`npm test` does)");

function csv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path.join(OUT, "data", file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}
/** en-GB, one decimal: how a table prints an amount (written here with Intl, not lib/format). */
const one = (v: string | number) =>
  new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(v));
const ord = (n: string | number) => {
  const k = Number(n);
  const s = k % 100 >= 11 && k % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][k % 10] ?? "th");
  return `${k}${s}`;
};
/** Every number a sentence states, as a number (thousands separators dropped, ordinal suffixes too). */
const numbersIn = (s: string) => [...s.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")));

describeBuilt("real data: the sentences state the served CSV's values", () => {
  const d = derived();

  test("Russia page headline: France's ranks from russia-top-partners.csv; Russia's own report named only where it differs", () => {
    const rank = (basis: string, year: number) =>
      csv("russia-top-partners.csv").find(
        (r) => r.measure === "total" && r.basis === basis && r.year === String(year) && r.partner === "FRA",
      )!.rank;
    const [filled10, reported10, filled20] = [
      rank("belarus-filled", 2010),
      rank("as-reported", 2010),
      rank("belarus-filled", 2020),
    ];
    const headline = pageIn(
      PAGES.find((p) => p.slug === "russia-top-partners")!,
      "en",
    ).headline(d);
    expect(headline).toBe(
      `France: ${ord(filled10)} partner of Russia in 2010` +
        (reported10 === filled10 ? "" : ` (${ord(reported10)} in Russia's own report, which lacks Belarus)`) +
        `, ${ord(filled20)} in 2020`,
    );
    expect(reported10).not.toBe(filled10); // the served data has the two ranks apart: the check above can fail
  });

  test("FDI flows: the all-countries totals its note points to are in its table, with the CSV's values", () => {
    const fig = figure("fdi-flows");
    const where = fig.notes.find((n) => /all countries/.test(n))!;
    expect(where).toMatch(/in the figure's CSV \(source WLD\) and its data table/);
    const world = csv("fdi-flows.csv").filter((r) => r.source === "WLD");
    expect(world.length).toBeGreaterThanOrEqual(2);
    const table = fig.table(d, fig.variants[0].key);
    for (const r of world)
      expect(table.rows).toContainEqual(
        expect.objectContaining({
          year: Number(r.year),
          name: "All countries (total)",
          net_flow_usd_bn: Number(r.net_flow_usd_bn),
        }),
      );
  });

  test("every figure has 2–3 takeaways per view, and every number in them is a value of its view's CSV rows", () => {
    for (const fig of FIGURES.map((f) => figureIn(f, "en"))) {
      // the monthly figure's sentences state annual totals: the annual table beside it on its page;
      // France's rank: its sentences cite the estimate checks, imf-estimate-checks.csv
      const extra: Record<string, string> = {
        "fr-ru-monthly": "fr-ru-annual-trade.csv",
        "france-rank-russia": "imf-estimate-checks.csv",
      };
      const rows = [...csv(fig.csv), ...(extra[fig.id] ? csv(extra[fig.id]) : [])];
      const values = new Set(rows.flatMap((r) => Object.values(r).map(Number)).filter((x) => Number.isFinite(x)));
      for (const v of fig.variants) {
        const sentences = fig.takeaways(d, v.key);
        expect([fig.id, v.key, sentences.length >= 2 && sentences.length <= 3]).toEqual([fig.id, v.key, true]);
        for (const s of sentences) {
          // counts (years in deficit, countries shown, the top N) are checked below, figure by figure
          const counted = s
            .replace(/in deficit in (each of the \d+|\d+ of the \d+) years/, "")
            .replace(/Among the (top )?\d+/, "")
            // the basis label of Russia's customs view: how many partners its table lists, not a value
            .replace(/among \d+ main partners/, "")
            // the name of a product chapter, not a value
            .replace(/\(HS 27\)/, "")
            // how many IMF estimates fail the checks: counted in imf-estimate-checks.csv (the test below)
            .replace(/\([\d,]+ of [\d,]+ fail them\)/, "")
            // ranks among the countries an FDI chart shows are not in its CSV: the FDI test below checks them
            .replace(/\d+(st|nd|rd|th)\b/g, (m) => ("rank" in rows[0] ? m : ""));
          const stray = numbersIn(counted).filter((n) => !values.has(n) && !values.has(-n));
          expect({ fig: fig.id, view: v.key, sentence: s, stray }).toEqual({
            fig: fig.id,
            view: v.key,
            sentence: s,
            stray: [],
          });
        }
      }
    }
  });

  test("France's rank among Russia's partners: the estimates failing the checks are counted in imf-estimate-checks.csv", () => {
    const checks = csv("imf-estimate-checks.csv");
    const flagged = checks.filter((r) => r.flagged === "yes").length;
    const [, s2] = figure("france-rank-russia").takeaways(d, "total");
    expect(s2).toContain(`(${flagged.toLocaleString("en")} of ${checks.length.toLocaleString("en")} fail them)`);
    expect(flagged).toBeGreaterThan(0);
  });

  test.each(["france-declared", "russia-declared"])(
    "Table 1 (%s): ends, peak and balance from bilateral-trade.csv",
    (basis) => {
      const rows = csv("bilateral-trade.csv").filter((r) => r.basis === basis);
      const first = rows[0];
      const last = rows[rows.length - 1];
      const peak = rows.reduce((p, r) => (Number(r.total_usd_m) > Number(p.total_usd_m) ? r : p));
      const deficits = rows.filter((r) => Number(r.balance_usd_m) < 0).length;
      const [s1, s2, s3] = figure("bilateral-trade").takeaways(d, basis);
      expect(s1).toContain(
        `French exports to Russia were USD ${one(first.fr_exports_usd_m)} million in ${first.year} and USD ${one(last.fr_exports_usd_m)} million in ${last.year}`,
      );
      expect(s1).toContain(
        `French imports from Russia were USD ${one(first.fr_imports_usd_m)} million and USD ${one(last.fr_imports_usd_m)} million`,
      );
      expect(s2).toBe(
        peak.year === last.year
          ? `Total trade peaked in ${peak.year}, the last year shown, at USD ${one(peak.total_usd_m)} million.`
          : `Total trade peaked in ${peak.year} at USD ${one(peak.total_usd_m)} million; in ${last.year} it was USD ${one(last.total_usd_m)} million.`,
      );
      expect(s3).toContain(
        `in deficit in ${deficits === rows.length ? `each of the ${deficits}` : `${deficits} of the ${rows.length}`} years`,
      );
      const b = Number(last.balance_usd_m);
      expect(s3).toContain(b < 0 ? `a deficit of USD ${one(-b)} million` : `a surplus of USD ${one(b)} million`);
    },
  );

  test.each(["EUR", "USD"])(
    "monthly page (%s): exports in 2021 and 2023, imports and fuels in 2021, from fr-ru-annual-trade.csv",
    (unit) => {
      const rows = csv("fr-ru-annual-trade.csv").filter((r) => r.unit === unit && r.months === "12");
      const at = (year: string, flow: string, product: string) =>
        rows.find((r) => r.year === year && r.flow === flow && r.product === product)!;
      const [e21, e23, i21, f21] = [
        at("2021", "exports", "total"),
        at("2023", "exports", "total"),
        at("2021", "imports", "total"),
        at("2021", "imports", "hs27"),
      ];
      const [s1, s2, s3] = figure("fr-ru-monthly").takeaways(d, unit);
      expect(s1).toBe(
        `French exports to Russia were ${unit} ${one(e21.value_m)} million in 2021 and ${unit} ${one(e23.value_m)} million in 2023, the last full year in these sources: a fall of ${one(-Number(e23.change_from_2021_pct))}%.`,
      );
      expect(s2).toBe(
        `French imports from Russia were ${unit} ${one(i21.value_m)} million in 2021, of which mineral fuels (HS 27) ${unit} ${one(f21.value_m)} million.`,
      );
      // the last months, read from the monthly CSV
      const monthly = csv("fr-ru-monthly-trade.csv").filter((r) => r.product === "total");
      const last = (flow: string) =>
        monthly
          .filter((r) => r.flow === flow)
          .map((r) => r.period)
          .sort()
          .pop();
      expect([last("exports"), last("imports")]).toEqual(["2024-08", "2022-11"]);
      expect(s3).toBe("The sources end in August 2024 for exports and in November 2022 for imports.");
    },
  );

  test("Table 1, Eurostat view: each flow over the years it has; total and balance over the years with both", () => {
    const rows = csv("bilateral-trade.csv").filter((r) => r.basis === "eurostat-ecb-usd");
    const withImports = rows.filter((r) => r.fr_imports_usd_m !== "");
    const [s1, s2, s3] = figure("bilateral-trade").takeaways(d, "eurostat-ecb-usd");
    const [e0, e1] = [rows[0], rows[rows.length - 1]];
    const [i0, i1] = [withImports[0], withImports[withImports.length - 1]];
    // the peak of total trade, over the years with both flows: said once when it is the last of them
    const peak = withImports.reduce((p, r) => (Number(r.total_usd_m) > Number(p.total_usd_m) ? r : p));
    expect(s2).toBe(
      peak.year === i1.year
        ? `Total trade peaked in ${peak.year}, the last year with both flows, at USD ${one(peak.total_usd_m)} million.`
        : `Total trade peaked in ${peak.year} at USD ${one(peak.total_usd_m)} million; in ${i1.year} it was USD ${one(i1.total_usd_m)} million.`,
    );
    expect(s1).toContain(
      `French exports to Russia were USD ${one(e0.fr_exports_usd_m)} million in ${e0.year} and USD ${one(e1.fr_exports_usd_m)} million in ${e1.year}`,
    );
    expect(s1).toContain(
      `French imports from Russia were USD ${one(i0.fr_imports_usd_m)} million in ${i0.year} and USD ${one(i1.fr_imports_usd_m)} million in ${i1.year}`,
    );
    expect(s3).toContain(`years from ${i0.year} to ${i1.year}`);
  });

  test.each([
    ["as-reported", "France-declared"],
    ["partner-declared", "Partner-declared (mirror)"],
  ])(
    "Table 2 (%s): Russia's rank among France's partners in 2010 and 2020, from france-top-partners.csv",
    (basis, label) => {
      const rows = csv("france-top-partners.csv").filter((r) => r.basis === basis);
      const at = (year: string, code: string) => rows.find((r) => r.year === year && r.partner === code)!;
      const [a, b] = [at("2010", "RUS"), at("2020", "RUS")];
      const [s1, s2] = figure("france-top-partners").takeaways(d, basis);
      expect(s1).toBe(
        `${label}: Russia was France's ${ord(a.rank)} trading partner in 2010 (USD ${one(a.total_usd_m)} million of total trade) and its ${ord(b.rank)} in 2020 (USD ${one(b.total_usd_m)} million).`,
      );
      const [la, lb] = [
        rows.find((r) => r.year === "2010" && r.rank === "1")!,
        rows.find((r) => r.year === "2020" && r.rank === "1")!,
      ];
      expect(s2).toContain(
        la.partner === lb.partner
          ? `${lb.name} was France's first trading partner in both years`
          : `was ${la.name} in 2010`,
      );
    },
  );

  test.each([
    ["russia-top-partners-total", "total", "total_usd_m", "trading partner"],
    ["russia-top-partners-imports", "imports", "imports_usd_m", "supplier"],
  ] as const)(
    "Table 3 (%s): France's rank in 2010 and 2020 on each basis, from russia-top-partners.csv",
    (id, measure, key, noun) => {
      for (const basis of ["belarus-filled", "as-reported", "belarus-excluded", "partner-declared", "customs"]) {
        const rows = csv("russia-top-partners.csv").filter((r) => r.measure === measure && r.basis === basis);
        const at = (year: string) => rows.find((r) => r.year === year && r.partner === "FRA")!;
        const [a, b] = [at("2010"), at("2020")];
        const [s1] = figure(id).takeaways(d, basis);
        expect(s1).toContain(`France was Russia's ${ord(a.rank)} ${noun} in 2010 (USD ${one(a[key])} million`);
        expect(s1).toContain(`its ${ord(b.rank)} in 2020 (USD ${one(b[key])} million)`);
      }
    },
  );

  test("FDI: France's rank among the countries shown, from fdi-projects.csv and fdi-flows.csv as served", () => {
    const projects = csv("fdi-projects.csv").filter((r) => r.year === "2019" && r.source !== "WLD");
    const fra = Number(projects.find((r) => r.source === "FRA")!.projects);
    const ahead = projects.filter((r) => Number(r.projects) > fra).length;
    const [p1] = figure("fdi-projects").takeaways(d, "all");
    expect(p1).toContain(`France ranked ${ord(ahead + 1)} in 2019 (${fra} projects`);
    const flows = csv("fdi-flows.csv").filter((r) => r.source !== "WLD");
    const [f1] = figure("fdi-flows").takeaways(d, "all");
    for (const year of ["2019", "2020"]) {
      const inYear = flows.filter((r) => r.year === year);
      const v = Number(inYear.find((r) => r.source === "FRA")!.net_flow_usd_bn);
      const rank = inYear.filter((r) => Number(r.net_flow_usd_bn) > v).length + 1;
      expect(f1).toContain(`${ord(rank)} in ${year} (USD ${one(v)} bn)`);
    }
  });
});
