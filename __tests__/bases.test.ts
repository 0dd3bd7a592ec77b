/**
 * The five statistical bases of lib/derive/bases.ts: partner-declared ranks on a small dataset worked out by hand,
 * then the real ranks of France among Russia's partners (and Russia among France's) on every basis, against values
 * established independently of this code.
 *
 * How the real-data values were established: a Python script (zipfile and regular expressions on the sheet XML, no
 * project code) read every workbook of data/raw/imf-dots-all-reporters/, kept each reporter's rows named "Russian
 * Federation" and "France" (flagged cells such as "3.27 e" read as 3.27), skipped the 15 groupings (DOTS_221–235 and
 * SACCA), the former entities (USSR, Yugoslavia, Czechoslovakia, East Germany, Serbia and Montenegro, the two Yemens,
 * Belgium-Luxembourg, Netherlands Antilles) and Nicaragua's second workbook, and ranked the reporters by exports +
 * imports (or by their exports to the country ranked, for its imports). For customs it summed the twelve month cells
 * of each partner in 96stran.xlsx (names with whitespace collapsed; Kazakhstan's 2010, with "…" months, left out) and
 * ranked the 29 (28 in 2010). For Belarus left out it ranked the partner rows of DOTS_162.xlsx, the IMF groupings and
 * Belarus removed. The counts of declaring partners are the numbers of such reporters with any row that year.
 */
import { basisIndex, declaringPartners } from "../lib/derive/bases";
import { rankOf, rankPartners } from "../lib/derive/rankings";
import { basesFor, RANK_BASES } from "../lib/model/constants";
import { basisSentence } from "../lib/i18n/bases";
import { translate } from "../lib/i18n/translate";
import { loadDataset, type Country, type Dataset, type DeclaredRecord } from "../lib/model/load";

const country = (code: string, kind: Country["kind"] = "country"): [string, Country] => [
  code,
  { code, name: code, name_fr: code, imf_name: code, kind },
];
const declared = (
  reporter: string,
  flow: "exports" | "imports",
  value: number,
  kind: DeclaredRecord["reporter_kind"] = "country",
): DeclaredRecord => ({
  reporter,
  reporter_kind: kind,
  partner: "RUS",
  year: 2020,
  flow,
  value_usd_m: value,
  estimated: "no",
});

describe("partner-declared ranks on a dataset worked out by hand", () => {
  // What each partner declares about its trade with Russia in 2020 (USD m):
  //   DEU exports 10, imports 5   → Russia's imports from DEU 10, exports to DEU 5, total 15
  //   CHN exports 20, imports 1   → Russia's imports from CHN 20, total 21
  //   ITA exports 3, imports 12   → Russia's imports from ITA 3, total 15 (tie with DEU)
  //   (a partner declaring one flow is not ranked; __tests__/missing-flows.test.ts)
  //   SUN (historical) exports 100 and WLD (aggregate) exports 1000 are never ranked
  // By total: CHN 1, DEU 2, ITA 2 (ties share the better rank). By Russia's imports: CHN 1, DEU 2, ITA 3.
  const ds: Dataset = {
    countries: new Map([
      country("RUS"),
      country("DEU"),
      country("CHN"),
      country("ITA"),
      country("SUN", "historical"),
      country("WLD", "aggregate"),
    ]),
    trade: { FRA: [], RUS: [], BLR: [] },
    declared: [
      declared("DEU", "exports", 10),
      declared("DEU", "imports", 5),
      declared("CHN", "exports", 20),
      declared("CHN", "imports", 1),
      declared("ITA", "exports", 3),
      declared("ITA", "imports", 12),
      declared("SUN", "exports", 100, "historical"),
      declared("WLD", "exports", 1000, "aggregate"),
    ],
    customs: [],
    imts: [],
    comtrade: [],
    comtradeFrance: [],
    fdiProjects: [],
    fdiFlows: [],
    monthly: [],
    usdPerEur: [],
  };

  test("Russia's imports from X are X's declared exports to Russia, and the reverse", () => {
    const idx = basisIndex(ds, "RUS", "partner-declared");
    expect([idx.value("DEU", 2020, "imports"), idx.value("DEU", 2020, "exports")]).toEqual([10, 5]);
    expect([idx.value("ITA", 2020, "imports"), idx.value("ITA", 2020, "exports")]).toEqual([3, 12]);
  });

  test("ranks by total and by imports", () => {
    const by = (measure: "total" | "imports") =>
      rankPartners(ds, "RUS", 2020, measure, "partner-declared").map((r) => [r.partner, r.rank]);
    expect(by("total")).toEqual([
      ["CHN", 1],
      ["DEU", 2],
      ["ITA", 2],
    ]);
    expect(by("imports")).toEqual([
      ["CHN", 1],
      ["DEU", 2],
      ["ITA", 3],
    ]);
  });

  test("three countries declare; the historical and aggregate reporters are not counted", () => {
    expect(declaringPartners(ds, "RUS", 2020)).toBe(3);
    expect(declaringPartners(ds, "RUS", 2019)).toBe(0);
  });

  test("a Russia-only basis refuses France", () => {
    expect(() => basisIndex(ds, "FRA", "customs")).toThrow("basis customs ranks Russia's partners only, not FRA's");
  });
});

describe("each basis is defined once, with one sentence", () => {
  test.each(RANK_BASES)("%s", (b) => {
    const sentence = translate("en", basisSentence(b), { country: (c) => c });
    expect(sentence).toMatch(/^[A-Z][^\n]*\.$/);
    expect(sentence.split(/\. [A-Z]/)).toHaveLength(1);
  });
  test("which bases rank whose partners", () => {
    expect(basesFor("FRA")).toEqual(["as-reported", "partner-declared"]);
    expect(basesFor("RUS")).toEqual(RANK_BASES);
  });
});

describe("real data: ranks on every basis, as established independently (see the file's opening comment)", () => {
  const ds = loadDataset();
  const rank = (reporter: "FRA" | "RUS", partner: string, year: number, measure: "total" | "imports", basis: string) =>
    rankOf(ds, reporter, partner, year, measure, basis as (typeof RANK_BASES)[number])?.rank;

  test.each([
    // basis, measure, France's rank among Russia's partners in 2010, in 2020
    ["as-reported", "total", 11, 13],
    ["belarus-filled", "total", 12, 13],
    ["belarus-excluded", "total", 11, 12],
    ["partner-declared", "total", 11, 13],
    ["customs", "total", 10, 13],
    ["as-reported", "imports", 7, 6],
    ["belarus-filled", "imports", 8, 6],
    ["belarus-excluded", "imports", 7, 5],
    ["partner-declared", "imports", 6, 8],
    ["customs", "imports", 6, 6],
  ] as const)("France among Russia's partners, %s, %s: %d in 2010, %d in 2020", (basis, measure, r2010, r2020) => {
    expect([rank("RUS", "FRA", 2010, measure, basis), rank("RUS", "FRA", 2020, measure, basis)]).toEqual([
      r2010,
      r2020,
    ]);
  });

  test("Russia among France's partners, partner-declared: 11th in 2010, 16th in 2020 (France-declared: 10th, 17th)", () => {
    expect([
      rank("FRA", "RUS", 2010, "total", "partner-declared"),
      rank("FRA", "RUS", 2020, "total", "partner-declared"),
    ]).toEqual([11, 16]);
    expect([
      rank("FRA", "RUS", 2010, "total", "as-reported"),
      rank("FRA", "RUS", 2020, "total", "as-reported"),
    ]).toEqual([10, 17]);
  });

  test("countries declaring trade with Russia and with France", () => {
    expect([declaringPartners(ds, "RUS", 2010), declaringPartners(ds, "RUS", 2020)]).toEqual([185, 197]);
    expect([declaringPartners(ds, "FRA", 2010), declaringPartners(ds, "FRA", 2020)]).toEqual([205, 207]);
  });

  test("customs ranks only the 29 main partners (28 in 2010: Kazakhstan has no 2010 figure)", () => {
    expect(rankPartners(ds, "RUS", 2020, "total", "customs")).toHaveLength(29);
    expect(rankPartners(ds, "RUS", 2010, "total", "customs")).toHaveLength(28);
  });

  test("Belarus left out: in no year; filled: in 2010 from Belarus's declarations", () => {
    for (const year of [2009, 2010, 2011, 2020])
      expect(rankPartners(ds, "RUS", year, "total", "belarus-excluded").some((r) => r.partner === "BLR")).toBe(false);
    expect(rankPartners(ds, "RUS", 2010, "total", "belarus-filled").find((r) => r.partner === "BLR")?.filled).toBe(
      true,
    );
  });
});
