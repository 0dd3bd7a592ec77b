/**
 * The claim checks on small fixtures with known answers, and the claims spec parser. A check's value and explanation
 * are sentence plans: they are read here in English through the translator (lib/i18n/translate.ts), the fixtures'
 * countries named "Country <code>".
 */
import { CsvError } from "../lib/model/csv-parse";
import {
  checkChange,
  checkGrowth,
  checkRank,
  checkRankChange,
  checkTie,
  competitionRank,
  pctChange,
  type CheckResult,
  type RankEntry,
} from "../lib/derive/claims/checks";
import { translate, type Plan } from "../lib/i18n/translate";
import { CLAIMS_SCHEMA, parseClaims } from "../lib/model/claims-spec";

const e = (code: string, value: number): RankEntry => ({ code, value });
const en = (plan: Plan) => translate("en", plan, { country: (code) => `Country ${code}` });
/** a result's value as the English page shows it */
const shown = (r: CheckResult) => ({ text: en(r.value.plan), raw: r.value.raw });
const league = [e("AAA", 50), e("BBB", 40), e("CCC", 40), e("DDD", 30), e("EEE", 5)];

describe("competitionRank", () => {
  it("gives tied entries the better rank and skips the next ones (1, 2, 2, 4)", () => {
    expect(league.map((x) => competitionRank(league, x.code)!.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(competitionRank(league, "BBB")!.tiedWith.map((x) => x.code)).toEqual(["CCC"]);
    expect(competitionRank(league, "ZZZ")).toBeUndefined();
  });
  it("does not depend on the order of the entries", () => {
    const shuffled = [league[3], league[0], league[4], league[2], league[1]];
    expect(competitionRank(shuffled, "DDD")!.rank).toBe(4);
  });
});

describe("checkRank", () => {
  const what = "partners of X in 2010";
  it("agrees when the rank is the claimed one", () => {
    const r = checkRank({ entries: league, subject: "DDD", expected: 4, what });
    expect(r.verdict).toBe("agrees");
    expect(shown(r)).toEqual({ text: "4th", raw: 4 });
    expect(en(r.explanation)).toContain("after Country BBB");
    expect(en(r.explanation)).toContain("ahead of Country EEE");
    expect(en(r.explanation)).toContain("among 5 partners of X in 2010");
  });
  it("differs when the rank is another one", () => {
    const r = checkRank({ entries: league, subject: "DDD", expected: 3, what });
    expect(r.verdict).toBe("differs");
    expect(r.value.raw).toBe(4);
    expect(en(r.explanation)).toContain("the article says 3rd");
  });
  it("treats a shared rank as that rank and says it is shared", () => {
    for (const subject of ["BBB", "CCC"]) {
      const r = checkRank({ entries: league, subject, expected: 2, what });
      expect(r.verdict).toBe("agrees");
      expect(en(r.value.plan)).toBe("2nd (tied)");
      expect(en(r.explanation)).toMatch(/tied with Country (BBB|CCC)/);
    }
    expect(checkRank({ entries: league, subject: "CCC", expected: 3, what }).verdict).toBe("differs");
  });
  it("cannot check a country that is not in the list", () => {
    const r = checkRank({ entries: league, subject: "ZZZ", expected: 1, what });
    expect(r.verdict).toBe("cannot-check");
    expect(r.value.raw).toBeNull();
  });
});

describe("checkRankChange", () => {
  const base = { subject: "FRA", fromYear: 2010, toYear: 2020 };
  it("agrees when the places gained match", () => {
    const r = checkRankChange({ ...base, fromRank: 7, toRank: 5, expectedPlaces: 2 });
    expect(r.verdict).toBe("agrees");
    expect(shown(r)).toEqual({ text: "up 2 places (7th → 5th)", raw: 2 });
  });
  it("differs when the move is smaller, larger or the other way", () => {
    expect(checkRankChange({ ...base, fromRank: 7, toRank: 6, expectedPlaces: 2 }).verdict).toBe("differs");
    expect(checkRankChange({ ...base, fromRank: 8, toRank: 5, expectedPlaces: 2 }).verdict).toBe("differs");
    const down = checkRankChange({ ...base, fromRank: 5, toRank: 7, expectedPlaces: 2 });
    expect(down.verdict).toBe("differs");
    expect(shown(down)).toEqual({ text: "down 2 places (5th → 7th)", raw: -2 });
  });
  it("handles a fall and no change when those are claimed", () => {
    expect(checkRankChange({ ...base, fromRank: 10, toRank: 17, expectedPlaces: -7 }).verdict).toBe("agrees");
    const same = checkRankChange({ ...base, fromRank: 3, toRank: 3, expectedPlaces: 0 });
    expect(same.verdict).toBe("agrees");
    expect(en(same.value.plan)).toBe("unchanged (3rd → 3rd)");
  });
  it("cannot check without valid ranks", () => {
    expect(checkRankChange({ ...base, fromRank: 0, toRank: 3, expectedPlaces: 1 }).verdict).toBe("cannot-check");
  });
});

describe("pctChange", () => {
  it("is exact on simple cases", () => {
    expect(pctChange(100, 125)).toBe(25);
    expect(pctChange(100, 62)).toBe(-38);
    expect(pctChange(200, 144)).toBe(-28);
    expect(pctChange(3, 2)).toBeCloseTo(-33.333333, 5);
  });
});

describe("checkGrowth (strictly more than min_pct)", () => {
  const base = { what: "Imports", fromYear: 2017, toYear: 2018, minPct: 25 };
  it("agrees above the threshold", () => {
    const r = checkGrowth({ ...base, from: 100, to: 136 });
    expect(r.verdict).toBe("agrees");
    expect(shown(r)).toEqual({ text: "up 36%", raw: 36 });
  });
  it("differs at exactly the threshold ('more than' excludes it) and below", () => {
    expect(checkGrowth({ ...base, from: 100, to: 125 }).verdict).toBe("differs");
    expect(checkGrowth({ ...base, from: 100, to: 124.9 }).verdict).toBe("differs");
    expect(en(checkGrowth({ ...base, from: 100, to: 80 }).value.plan)).toBe("down 20%");
  });
  it("agrees just above the threshold and shows enough decimals to see it", () => {
    const r = checkGrowth({ ...base, from: 100, to: 125.02 });
    expect(r.verdict).toBe("agrees");
    expect(en(r.value.plan)).toBe("up 25.02%");
  });
  it("cannot check from a zero or negative base", () => {
    expect(checkGrowth({ ...base, from: 0, to: 10 }).verdict).toBe("cannot-check");
    expect(checkGrowth({ ...base, from: -5, to: 10 }).verdict).toBe("cannot-check");
  });
});

describe("checkChange (within [min_pct, max_pct], inclusive)", () => {
  const third = { what: "Total", fromYear: 2013, toYear: 2017, minPct: -38, maxPct: -28 };
  it("agrees inside the range and states the range in the explanation", () => {
    const r = checkChange({ ...third, from: 300, to: 200 });
    expect(r.verdict).toBe("agrees");
    expect(r.value.raw).toBeCloseTo(-33.3333, 3);
    expect(en(r.value.plan)).toBe("down 33.3%");
    expect(en(r.explanation)).toContain("a fall of 28% to 38%");
    expect(en(r.explanation)).toContain("within that range");
  });
  it("includes both edges of the tolerance", () => {
    expect(checkChange({ ...third, from: 100, to: 62 }).verdict).toBe("agrees");
    expect(checkChange({ ...third, from: 100, to: 72 }).verdict).toBe("agrees");
  });
  it("differs just outside either edge", () => {
    const deeper = checkChange({ ...third, from: 100, to: 61.9 });
    expect(deeper.verdict).toBe("differs");
    expect(en(deeper.explanation)).toContain("is below −38%");
    const shallower = checkChange({ ...third, from: 100, to: 72.1 });
    expect(shallower.verdict).toBe("differs");
    expect(en(shallower.explanation)).toContain("is above −28%");
    expect(checkChange({ ...third, from: 100, to: 120 }).verdict).toBe("differs");
  });
  it("measures the size of a negative balance with of=size", () => {
    const r = checkChange({
      ...third,
      from: -300,
      to: -200,
      of: "size",
      balance: true,
    });
    expect(r.verdict).toBe("agrees");
    expect(en(r.explanation)).toContain("its size (a French deficit in both years) went down 33.3%");
    // the same figures read as signed values would be a rise of a negative number: not checkable that way
    expect(checkChange({ ...third, from: -300, to: -200, of: "value" }).verdict).toBe("cannot-check");
  });
  it("cannot check a change from zero or a size across a change of sign", () => {
    expect(checkChange({ ...third, from: 0, to: 10 }).verdict).toBe("cannot-check");
    expect(checkChange({ ...third, from: -300, to: 200, of: "size" }).verdict).toBe("cannot-check");
  });
});

describe("checkTie", () => {
  it("agrees when all values are equal", () => {
    const r = checkTie({ what: "Projects", entries: [e("FRA", 22), e("CHN", 22)] });
    expect(r.verdict).toBe("agrees");
    expect(shown(r)).toEqual({ text: "Country FRA 22, Country CHN 22", raw: 0 });
  });
  it("differs when one value differs, even by one", () => {
    const r = checkTie({ what: "Projects", entries: [e("FRA", 22), e("CHN", 21), e("DEU", 22)] });
    expect(r.verdict).toBe("differs");
    expect(r.value.raw).toBe(1);
  });
  it("cannot check a tie of one", () => {
    expect(checkTie({ what: "Projects", entries: [e("FRA", 22)] }).verdict).toBe("cannot-check");
  });
});

// ---- spec parser --------------------------------------------------------------------------------------------

const HEADER = CLAIMS_SCHEMA.fields.map((f) => f.name).join(",");
const GOOD = [
  HEADER,
  `a-rank,france-top-partners,A paraphrase.,10th,rank,data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10`,
  'b-growth,bilateral-trade,Another paraphrase.,more than +25%,growth,"data=bilateral;measure=fr_imports;from=2017;to=2018;min_pct=25;bases=france-declared,russia-declared"',
  'c-tie,fdi-in-russia,A third one.,France = China,tie,"data=fdi-projects;year=2019;partners=FRA,CHN"',
  "d-change,bilateral-trade,A fourth.,about a third,change,data=bilateral;measure=total;from=2013;to=2017;min_pct=-38;max_pct=-28;bases=france-declared",
];
const parse = (lines: string[], countries?: ReadonlySet<string>) =>
  parseClaims("data/test.csv", lines.join("\n") + "\n", countries);
const withLine = (n: number, line: string) => GOOD.map((l, i) => (i === n ? line : l));

function errorOf(f: () => unknown): CsvError {
  try {
    f();
  } catch (err) {
    if (err instanceof CsvError) return err;
    throw err;
  }
  throw new Error("expected a CsvError");
}

describe("parseClaims", () => {
  it("parses typed params, with defaults", () => {
    const claims = parse(GOOD);
    expect(claims.map((c) => [c.id, c.line])).toEqual([
      ["a-rank", 2],
      ["b-growth", 3],
      ["c-tie", 4],
      ["d-change", 5],
    ]);
    expect(claims[0].params).toEqual({
      data: "trade",
      reporter: "FRA",
      partner: "RUS",
      measure: "total",
      year: 2010,
      expected: 10,
      bases: ["as-reported"],
    });
    expect(claims[1].params).toMatchObject({
      from: 2017,
      to: 2018,
      min_pct: 25,
      bases: ["france-declared", "russia-declared"],
    });
    expect(claims[2].params).toEqual({ data: "fdi-projects", year: 2019, partners: ["FRA", "CHN"] });
    expect(claims[3].params).toMatchObject({ of: "value", min_pct: -38, max_pct: -28 });
  });

  it("rejects an unknown check kind at the check column", () => {
    const err = errorOf(() => parse(withLine(2, GOOD[2].replace(",growth,", ",median,"))));
    expect(err.message).toMatch(
      /^data\/test\.csv:3:5: check "median" is not one of rank, rank-change, growth, change, tie$/,
    );
  });

  it.each([
    [
      "an unknown key",
      "data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10;colour=red",
      /unknown key colour/,
    ],
    ["a missing key", "data=trade;reporter=FRA;partner=RUS;measure=total;year=2010", /missing key expected/],
    ["a missing data key", "reporter=FRA;partner=RUS;measure=total;year=2010;expected=10", /missing key data/],
    [
      "a data value the check does not take",
      "data=bilateral;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10",
      /data=bilateral is not valid for check rank/,
    ],
    [
      "a pair without '='",
      "data=trade;reporter=FRA;partner RUS;measure=total;year=2010;expected=10",
      /"partner RUS" is not key=value/,
    ],
    ["a trailing ';'", "data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10;", /empty entry/],
    [
      "a key given twice",
      "data=trade;reporter=FRA;partner=RUS;partner=DEU;measure=total;year=2010;expected=10",
      /key partner appears twice/,
    ],
    [
      "a year out of range",
      "data=trade;reporter=FRA;partner=RUS;measure=total;year=1990;expected=10",
      /year=1990 is outside 2000–2020/,
    ],
    [
      "a year with a leading zero",
      "data=trade;reporter=FRA;partner=RUS;measure=total;year=02010;expected=10",
      /year=02010 is not a year/,
    ],
    [
      "a rank with a leading zero",
      "data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=010",
      /expected=010 is not a whole number/,
    ],
    [
      "a rank that is not a whole number",
      "data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=ten",
      /expected=ten is not a whole number/,
    ],
    [
      "a bad measure",
      "data=trade;reporter=FRA;partner=RUS;measure=gdp;year=2010;expected=10",
      /measure=gdp is not one of total, exports, imports/,
    ],
    [
      "a lower-case country code",
      "data=trade;reporter=FRA;partner=rus;measure=total;year=2010;expected=10",
      /partner "rus" is not a three-letter country code/,
    ],
    [
      "the Belarus basis on France's data",
      '"data=trade;reporter=FRA;partner=RUS;measure=total;year=2010;expected=10;bases=as-reported,belarus-filled"',
      /belarus-filled applies to Russia's declarations only/,
    ],
  ])("rejects %s with file:line:column at the params column", (_label, params, message) => {
    const err = errorOf(() => parse(withLine(1, `a-rank,france-top-partners,A paraphrase.,10th,rank,${params}`)));
    expect(err.message).toMatch(/^data\/test\.csv:2:6: params: /);
    expect(err.message).toMatch(message);
    expect([err.line, err.column]).toEqual([2, 6]);
  });

  it("rejects from >= to and min_pct > max_pct on the right line", () => {
    const e1 = errorOf(() => parse(withLine(4, GOOD[4].replace("from=2013;to=2017", "from=2017;to=2013"))));
    expect(e1.message).toMatch(/^data\/test\.csv:5:6: params: from=2017 must be before to=2013$/);
    const e2 = errorOf(() => parse(withLine(4, GOOD[4].replace("min_pct=-38;max_pct=-28", "min_pct=-28;max_pct=-38"))));
    expect(e2.message).toMatch(/^data\/test\.csv:5:6: params: min_pct=-28 is above max_pct=-38$/);
  });

  it("rejects a country code not in countries.csv when given the list", () => {
    expect(parse(GOOD, new Set(["FRA", "RUS", "CHN"]))).toHaveLength(4);
    const err = errorOf(() => parse(GOOD, new Set(["FRA", "CHN"])));
    expect(err.message).toBe('data/test.csv:2:6: params: partner "RUS" is not a known country code');
  });

  it("rejects an article_value that does not show the value the params check", () => {
    const err = errorOf(() => parse(withLine(1, GOOD[1].replace(",10th,", ",11th,"))));
    expect(err.message).toBe(
      'data/test.csv:2:4: article_value "11th" does not mention 10th, the value the params check',
    );
  });

  it("counts lines the same in a CRLF file", () => {
    const lines = withLine(2, GOOD[2].replace("min_pct=25", "min_pct=lots"));
    const err = errorOf(() => parseClaims("data/test.csv", lines.join("\r\n") + "\r\n"));
    expect(err.message).toBe("data/test.csv:3:6: params: min_pct=lots is not a number");
  });

  it("refuses a statement that spans two lines, at the line where it starts", () => {
    const lines = [
      GOOD[0],
      GOOD[1].replace("A paraphrase.", '"A paraphrase\non two lines."'),
      GOOD[2],
      GOOD[3],
      GOOD[4],
    ];
    const err = errorOf(() => parse(lines));
    expect(err.message).toBe(
      "data/test.csv:2:3: statement holds a line break (U+000A) at character 13: no field may hold a control character",
    );
  });

  it("reports an unquoted list (extra field) with its line", () => {
    const err = errorOf(() => parse(withLine(3, GOOD[3].replace(/"/g, ""))));
    expect(err.message).toMatch(/^data\/test\.csv:4:7: expected 6 fields, found 7$/);
  });
});
