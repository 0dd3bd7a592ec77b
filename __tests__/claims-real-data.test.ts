/**
 * The claims on the real data. Expected values were established independently of lib/ with a Python script
 * reading data/trade-*.csv, data/countries.csv and data/fdi-projects.csv directly (competition ranking of
 * kind=country partners by exports + imports or imports; Belarus filled from trade-belarus.csv where Russia
 * declares no Belarus rows). Written here as found; the verdicts follow from them.
 */
import path from "node:path";
import Papa from "papaparse";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ClaimsList } from "../components/ClaimsList";
import { claimsUi, claimViews } from "../lib/publish/page-data";
import { PAGES } from "../lib/figures/pages";
import { rankOf } from "../lib/derive/rankings";
import { loadDataset, type Dataset } from "../lib/model/load";
import { loadClaims, type Claim } from "../lib/model/claims-spec";
import { evaluateClaim, evaluateClaims, type BasisResult, type ClaimEvaluation } from "../lib/derive/claims/evaluate";
import { claimsCsv } from "../lib/derive/claims/results-csv";
import { translate, type Plan } from "../lib/i18n/translate";

const DATA = path.join(__dirname, "..", "data");
let ds: Dataset;
let claims: Claim[];
let evaluations: ClaimEvaluation[];

beforeAll(() => {
  ds = loadDataset(DATA);
  claims = loadClaims(DATA, new Set(ds.countries.keys()));
  evaluations = evaluateClaims(ds, claims);
});

/** A result's plans read in English, countries by countries.csv's English name. */
const en = (plan: Plan) => translate("en", plan, { country: (code) => ds.countries.get(code)!.name });
const worded = (r: BasisResult) => ({
  ...r,
  basisLabel: en(r.basisLabel),
  value: { text: en(r.value.plan), raw: r.value.raw },
  explanation: en(r.explanation),
});

const resultOf = (id: string, basis: string) => {
  const ev = evaluations.find((e) => e.claim.id === id);
  if (!ev) throw new Error(`no claim ${id}`);
  const r = ev.results.find((x) => x.basis === basis);
  if (!r) throw new Error(`claim ${id} has no basis ${basis} (has ${ev.results.map((x) => x.basis).join(", ")})`);
  return worded(r);
};

describe("data/claims.csv", () => {
  it("parses, and every claim is on a chart page of the site", () => {
    expect(claims.length).toBeGreaterThanOrEqual(11);
    const slugs = PAGES.map((p) => p.slug);
    expect([...slugs].sort()).toEqual([
      "bilateral-trade",
      "fdi-in-russia",
      "france-top-partners",
      "russia-top-partners",
      "since-2021",
    ]);
    for (const c of claims)
      expect({ id: c.id, page: c.page, onSite: slugs.includes(c.page) }).toEqual({
        id: c.id,
        page: c.page,
        onSite: true,
      });
  });
  it("shows each claim on the page of the table it is about", () => {
    expect(Object.fromEntries(claims.map((c) => [c.id, c.page]))).toEqual({
      "russia-rank-france-2010": "france-top-partners",
      "russia-rank-france-2020": "france-top-partners",
      "france-rank-russia-2010": "russia-top-partners",
      "france-rank-russia-2020": "russia-top-partners",
      "france-rank-russia-imports-2020": "russia-top-partners",
      "france-rank-russia-imports-change": "russia-top-partners",
      "russia-exports-france-growth-2018": "bilateral-trade",
      "balance-fall-2013-2017": "bilateral-trade",
      "total-fall-2013-2017": "bilateral-trade",
      "fdi-projects-tie-2019": "fdi-in-russia",
      "fdi-projects-rank-2019": "fdi-in-russia",
    });
  });
  it("covers every required claim", () => {
    expect(claims.map((c) => c.id).sort()).toEqual([
      "balance-fall-2013-2017",
      "fdi-projects-rank-2019",
      "fdi-projects-tie-2019",
      "france-rank-russia-2010",
      "france-rank-russia-2020",
      "france-rank-russia-imports-2020",
      "france-rank-russia-imports-change",
      "russia-exports-france-growth-2018",
      "russia-rank-france-2010",
      "russia-rank-france-2020",
      "total-fall-2013-2017",
    ]);
  });
});

describe("ranks among trading partners (independently: Python on data/trade-*.csv)", () => {
  it.each([
    // id, basis, our rank, verdict
    ["russia-rank-france-2010", "france-declared", 10, "agrees"],
    ["russia-rank-france-2020", "france-declared", 17, "agrees"],
    ["france-rank-russia-2010", "as-reported", 11, "differs"],
    ["france-rank-russia-2010", "belarus-filled", 12, "agrees"],
    ["france-rank-russia-2020", "as-reported", 13, "agrees"],
    ["france-rank-russia-2020", "belarus-filled", 13, "agrees"],
    ["france-rank-russia-imports-2020", "as-reported", 6, "differs"],
    ["france-rank-russia-imports-2020", "belarus-filled", 6, "differs"],
  ] as const)("%s on %s: rank %d, %s", (id, basis, rank, verdict) => {
    const r = resultOf(id, basis);
    expect(r.value.raw).toBe(rank);
    expect(r.verdict).toBe(verdict);
  });

  it("ranks agree with the site's own ranking (lib/derive/rankings.ts)", () => {
    expect(rankOf(ds, "FRA", "RUS", 2010, "total")!.rank).toBe(10);
    expect(rankOf(ds, "RUS", "FRA", 2010, "total", "as-reported")!.rank).toBe(11);
    expect(rankOf(ds, "RUS", "FRA", 2010, "total", "belarus-filled")!.rank).toBe(12);
    expect(rankOf(ds, "RUS", "FRA", 2010, "imports", "as-reported")!.rank).toBe(7);
    expect(rankOf(ds, "RUS", "FRA", 2010, "imports", "belarus-filled")!.rank).toBe(8);
  });

  it("France's ranks for Russia's imports move 7th→6th as reported and 8th→6th with Belarus filled", () => {
    const asReported = resultOf("france-rank-russia-imports-change", "as-reported");
    expect(asReported.value).toEqual({ text: "up 1 place (7th → 6th)", raw: 1 });
    expect(asReported.verdict).toBe("differs");
    expect(asReported.explanation).toContain("Belarus is absent from Russia's declarations for 2010");
    const filled = resultOf("france-rank-russia-imports-change", "belarus-filled");
    expect(filled.value).toEqual({ text: "up 2 places (8th → 6th)", raw: 2 });
    expect(filled.verdict).toBe("agrees");
  });

  it("explains the neighbours found independently", () => {
    expect(resultOf("france-rank-russia-2010", "as-reported").explanation).toContain("after South Korea");
    expect(resultOf("france-rank-russia-imports-2020", "as-reported").explanation).toContain("after Italy");
    expect(resultOf("russia-rank-france-2010", "france-declared").explanation).toContain("after Switzerland");
  });

  it("labels the bases so a reader sees which one matches", () => {
    const labels = evaluations
      .find((e) => e.claim.id === "france-rank-russia-2010")!
      .results.map((r) => en(r.basisLabel));
    expect(labels).toEqual([
      "Russia-declared, Belarus gap filled",
      "Russia-declared, as reported",
      "Russia-declared, Belarus left out",
      "Partner-declared (mirror)",
      "Russia's customs (FCS), among 29 main partners",
    ]);
  });
});

describe("growth and change of bilateral flows (unrounded; independently: Python on data/trade-*.csv)", () => {
  // France's imports from Russia (France-declared): 8,282.58826 (2017) → 11,270.320237 (2018)
  // Russia's exports to France (Russia-declared): 5,928.657281 (2017) → 7,785.043349 (2018)
  it.each([
    ["france-declared", (11270.320237 / 8282.58826 - 1) * 100, 36.0724],
    ["russia-declared", (7785.043349 / 5928.657281 - 1) * 100, 31.3121],
  ] as const)("Russian exports to France 2017→2018, %s: above +25%%", (basis, exact, approx) => {
    const r = resultOf("russia-exports-france-growth-2018", basis);
    expect(r.value.raw).toBeCloseTo(exact, 9);
    expect(r.value.raw).toBeCloseTo(approx, 3);
    expect(r.verdict).toBe("agrees");
  });

  // 2013 / 2017, France-declared: exports 10,233.31593 / 6,333.350757, imports 13,612.992128 / 8,282.58826
  // 2013 / 2017, Russia-declared (mirrored): exports 13,021.481832 / 9,530.084629, imports 9,342.730667 / 5,928.657281
  const fd = { e13: 10233.31593, i13: 13612.992128, e17: 6333.350757, i17: 8282.58826 };
  const rd = { e13: 13021.481832, i13: 9342.730667, e17: 9530.084629, i17: 5928.657281 };
  const size = (a: number, b: number) => ((Math.abs(b) - Math.abs(a)) / Math.abs(a)) * 100;

  it.each([
    ["balance-fall-2013-2017", "france-declared", size(fd.e13 - fd.i13, fd.e17 - fd.i17), -42.3247, "differs"],
    ["balance-fall-2013-2017", "russia-declared", size(rd.e13 - rd.i13, rd.e17 - rd.i17), -2.1019, "differs"],
    ["total-fall-2013-2017", "france-declared", size(fd.e13 + fd.i13, fd.e17 + fd.i17), -38.7077, "differs"],
    ["total-fall-2013-2017", "russia-declared", size(rd.e13 + rd.i13, rd.e17 + rd.i17), -30.8773, "agrees"],
  ] as const)("%s, %s", (id, basis, exact, approx, verdict) => {
    const r = resultOf(id, basis);
    expect(r.value.raw).toBeCloseTo(exact, 9);
    expect(r.value.raw).toBeCloseTo(approx, 3);
    expect(r.verdict).toBe(verdict);
    expect(r.explanation).toContain("a fall of 28% to 38%");
  });

  it("says the balance is a French deficit on France's declarations and a French surplus on Russia's", () => {
    expect(resultOf("balance-fall-2013-2017", "france-declared").explanation).toContain(
      "a French deficit in both years",
    );
    expect(resultOf("balance-fall-2013-2017", "russia-declared").explanation).toContain(
      "a French surplus in both years",
    );
  });
});

describe("FDI projects (data/fdi-projects.csv, 2019: DEU 36, FRA 22, CHN 22, USA 20)", () => {
  it("France and China are level", () => {
    const r = resultOf("fdi-projects-tie-2019", "ey-projects");
    expect(r.verdict).toBe("agrees");
    expect(r.value.raw).toBe(0);
  });
  it("France is 2nd, tied, among the four countries the sources name", () => {
    const r = resultOf("fdi-projects-rank-2019", "ey-projects");
    expect(r.value).toEqual({ text: "2nd (tied)", raw: 2 });
    expect(r.verdict).toBe("agrees");
    expect(r.explanation).toContain("after Germany (36 projects)");
    expect(r.explanation).toContain("among 4 source countries");
    expect(r.explanation).toContain("rank is among these countries only");
  });
});

describe("missing data stops the build", () => {
  const claim = (id: string) => claims.find((c) => c.id === id)!;
  const without = (pred: (r: { reporter: string; partner: string; year: number }) => boolean): Dataset => ({
    ...ds,
    trade: { FRA: ds.trade.FRA.filter((r) => !pred(r)), RUS: ds.trade.RUS.filter((r) => !pred(r)), BLR: ds.trade.BLR },
  });

  it("throws, naming the claim, when the partner is missing", () => {
    const ds2 = without((r) => r.reporter === "RUS" && r.partner === "FRA" && r.year === 2020);
    expect(() => evaluateClaim(ds2, claim("france-rank-russia-2020"))).toThrow(
      /^claim france-rank-russia-2020 \(data\/claims\.csv line \d+\): FRA is not among Russia's partners in 2020/,
    );
  });
  it("throws, naming the claim, when a year is missing", () => {
    const ds2 = without((r) => r.reporter === "FRA" && r.year === 2018);
    expect(() => evaluateClaim(ds2, claim("russia-exports-france-growth-2018"))).toThrow(
      /claim russia-exports-france-growth-2018 .*flows are missing for 2018/,
    );
    expect(() => evaluateClaim(ds2, claim("russia-rank-france-2010"))).not.toThrow();
    const ds3 = without((r) => r.reporter === "FRA" && r.year === 2010);
    expect(() => evaluateClaim(ds3, claim("russia-rank-france-2010"))).toThrow(
      /claim russia-rank-france-2010 .*no data for 2010/,
    );
  });
  it("throws, naming the claim, when an FDI count is missing", () => {
    const ds2 = { ...ds, fdiProjects: ds.fdiProjects.filter((r) => !(r.year === 2019 && r.source === "CHN")) };
    expect(() => evaluateClaim(ds2, claim("fdi-projects-tie-2019"))).toThrow(
      /claim fdi-projects-tie-2019 .*no 2019 count for CHN/,
    );
  });
});

describe("claimsCsv", () => {
  it("writes one row per claim and basis (35) with the agreed columns (read with papaparse)", () => {
    const csv = claimsCsv(ds, claims);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      "id",
      "page",
      "statement",
      "article_value",
      "basis",
      "our_value",
      "verdict",
      "explanation",
    ]);
    const rows = parsed.data;
    expect(rows).toHaveLength(35);
    const row = (id: string, basis: string) => rows.find((r) => r.id === id && r.basis === basis);
    expect(row("france-rank-russia-2010", "Russia-declared, as reported")).toMatchObject({
      page: "russia-top-partners",
      article_value: "12th",
      our_value: "11th",
      verdict: "differs",
    });
    expect(row("france-rank-russia-2010", "Russia-declared, Belarus gap filled")).toMatchObject({
      our_value: "12th",
      verdict: "agrees",
    });
    expect(row("total-fall-2013-2017", "Russia-declared (mirrored)")).toMatchObject({
      our_value: "down 30.9%",
      verdict: "agrees",
    });
    expect(row("balance-fall-2013-2017", "France-declared")).toMatchObject({
      our_value: "down 42.3%",
      verdict: "differs",
    });
    expect(row("fdi-projects-rank-2019", "EY project counts")).toMatchObject({
      our_value: "2nd (tied)",
      verdict: "agrees",
    });
    expect(rows.filter((r) => r.verdict === "agrees")).toHaveLength(17);
    expect(rows.filter((r) => r.verdict === "differs")).toHaveLength(18);
    expect(csv).not.toMatch(/,'/); // nothing needed neutralising: values use words and true minus signs
  });
  it("reads data/claims.csv by default", () => {
    const cwd = process.cwd();
    try {
      process.chdir(path.join(__dirname, ".."));
      expect(claimsCsv(ds)).toBe(claimsCsv(ds, claims));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("ClaimsList", () => {
  it("renders each claim with its article value, a row per basis and verdicts in words", () => {
    const html = renderToStaticMarkup(
      createElement(ClaimsList, { claims: claimViews(evaluations, "en"), ui: claimsUi("en"), linkToPages: true }),
    );
    expect(html.startsWith("<ul")).toBe(true);
    expect(html.match(/<li /g)).toHaveLength(claims.length);
    expect(html.match(/<th scope="row"/g)).toHaveLength(35);
    expect(html).toContain('<th scope="col" class="py-1 pr-3 font-semibold">Our value</th>');
    expect(html).toContain("Russia-declared, Belarus gap filled");
    expect(html).toContain("Agrees on 1 of 2 bases.");
    expect(html).toContain("Agrees on 1 of 5 bases.");
    for (const word of ["Agrees", "Differs"]) expect(html).toContain(`</span>${word}</span>`);
    expect(html).toContain("Agrees on none of the 3 bases.");
    expect(html).toContain("Checked as an equality.");
    // next/link adds the trailing slash from next.config.js at build; outside Next it may be dropped
    expect(html).toMatch(/href="\/en\/charts\/russia-top-partners\/?"/);
    expect(html).not.toContain("use client");
  });
  it("says 'Cannot be checked' in words", () => {
    const ev = evaluations[0];
    const cannot = { ...ev, results: [{ ...ev.results[0], verdict: "cannot-check" as const }] };
    expect(
      renderToStaticMarkup(createElement(ClaimsList, { claims: claimViews([cannot], "en"), ui: claimsUi("en") })),
    ).toContain("Cannot be checked");
  });
});
