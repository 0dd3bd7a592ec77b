/**
 * Russia's partners after 2020 (lib/derive/after-2021.ts): France's ranks recomputed here from the raw IMTS and
 * Comtrade lines, split by hand; the estimate check on a dataset worked out by hand (mirror band, level band, no
 * history); and the check on the real data: Uganda's and Uzbekistan's implausible estimates flagged, France's 2022
 * imports not, with the reason, and the checked ranking without any flagged partner.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { dataset, type Country, type Dataset, type ImtsRecord } from "../lib/model/load";
import { estimateChecks, levelFactors, MIRROR_MARGIN, rankAfter } from "../lib/derive/after-2021";
import { derived } from "../lib/derive";
import { figure } from "../lib/figures/registry";
import { figureIn, pageIn } from "../lib/figures/localize";
import { PAGES } from "../lib/figures/pages";
import { countryCodes } from "../test-support/country-codes";

const root = path.resolve(__dirname, "..");
const text = (f: string) => readFileSync(path.join(root, f), "utf8");

/** Country codes (kind country) of data/countries.csv, read by hand: what a ranking may rank. */
const COUNTRIES = countryCodes();
const rankOf = (values: Map<string, number>, code: string) => {
  const mine = values.get(code)!;
  return 1 + [...values.values()].filter((v) => v > mine).length;
};

describe("France's rank among Russia's partners, recomputed from the raw lines", () => {
  // RU_trade.csv: one quoted line per partner and flow, the years in the last nine fields
  const lines = text("data/raw/imf-imts-russia/RU_trade.csv")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\n");
  const header = lines[0].trim().slice(1, -1).split('","');
  const rows = lines.slice(1).map((l) => l.trim().slice(1, -1).split('","'));
  const imtsTotals = (year: number, flows: string[]) => {
    const totals = new Map<string, number>();
    for (const r of rows) {
      const code = r[header.indexOf("COUNTERPART_COUNTRY.ID")];
      const v = r[header.indexOf(String(year))];
      if (!COUNTRIES.has(code) || v === "" || !flows.includes(r[header.indexOf("INDICATOR.ID")])) continue;
      totals.set(code, (totals.get(code) ?? 0) + Number(v));
    }
    return totals;
  };
  const ds = dataset();

  test.each([
    [2021, "russia-declared", 12],
    [2022, "imf-estimate", 10],
    [2023, "imf-estimate", 19],
    [2024, "imf-estimate", 15],
  ] as const)("total %i on %s: %i (as PROVENANCE.md records)", (year, basis, expected) => {
    const independent = rankOf(imtsTotals(year, ["XG_FOB_USD", "MG_CIF_USD"]), "FRA");
    const ours = rankAfter(ds, basis, year, "total").find((r) => r.partner === "FRA")!;
    expect([independent, ours.rank]).toEqual([expected, expected]);
    expect(ours.estimated).toBe(year >= 2022);
  });

  test.each([2016, 2021, 2022, 2023, 2024])("imports %i: the rank computed from the raw lines", (year) => {
    const independent = rankOf(imtsTotals(year, ["MG_CIF_USD"]), "FRA");
    const basis = year >= 2022 ? "imf-estimate" : "russia-declared";
    expect(rankAfter(ds, basis, year, "imports").find((r) => r.partner === "FRA")!.rank).toBe(independent);
  });

  test.each([
    [2014, 10],
    [2018, 10],
    [2020, 8],
    [2021, 9],
    [2022, 8],
  ])("Comtrade %i: France %i among exporters to Russia, from the raw file", (year, expected) => {
    const file = `data/raw/un-comtrade-exports/comtrade_all_exports_${year}A.csv`;
    const totals = new Map<string, number>();
    for (const l of text(file).trimEnd().split("\n").slice(1)) {
      if (!l.endsWith(",Russian Federation")) continue;
      const [, value, ...rest] = l.split(",");
      const reporter = rest.slice(0, -1).join(",").replace(/"/g, "");
      // names that are not one country (World, "Other Asia, nes") are not ranked
      if (reporter === "World" || reporter.endsWith(", nes")) continue;
      totals.set(reporter, Number(value));
    }
    const independent = rankOf(totals, "France");
    const ours = rankAfter(ds, "comtrade-declared", year, "imports");
    expect([independent, ours.find((r) => r.partner === "FRA")!.rank]).toEqual([expected, expected]);
    expect(ours.length).toBe(totals.size);
  });

  test("2020 on Russia's DOTS declarations: 13th, as Table 3", () => {
    expect(rankAfter(ds, "russia-declared", 2020, "total").find((r) => r.partner === "FRA")!.rank).toBe(13);
    expect(derived().rank("RUS", "FRA", 2020, "total")!.rank).toBe(13);
  });

  test("no basis gives a year outside its sources: no estimate before 2022, no Comtrade total, nothing in 2025", () => {
    expect(rankAfter(ds, "imf-estimate", 2021, "total")).toEqual([]);
    expect(rankAfter(ds, "russia-declared", 2022, "total")).toEqual([]);
    expect(rankAfter(ds, "partner-declared", 2021, "imports")).toEqual([]);
    expect(rankAfter(ds, "comtrade-declared", 2020, "total")).toEqual([]);
    expect(rankAfter(ds, "imf-estimate", 2024, "total").some((r) => r.partner === "KAZ")).toBe(false);
  });
});

describe("the estimate check on a dataset worked out by hand", () => {
  const country = (code: string): [string, Country] => [
    code,
    { code, name: code, name_fr: code, name_ru: code, imf_name: code, kind: "country" },
  ];
  const imts: ImtsRecord[] = [];
  const put = (partner: string, flow: "exports" | "imports", year: number, v: number) =>
    imts.push({ reporter: "RUS", partner, year, flow, value_usd_m: v, estimated: year >= 2022 ? "yes" : "no" });
  const comtrade: Dataset["comtrade"] = [];
  const dec = (reporter: string, year: number, v: number) =>
    comtrade.push({ reporter, partner: "RUS", year, value_usd_m: v });
  for (let y = 2016; y <= 2021; y++) {
    // AAA: Russia declares 1.5 times what AAA declares every year (ratios 1.5); exports 100–150
    put("AAA", "imports", y, 150);
    dec("AAA", y, 100);
    put("AAA", "exports", y, y < 2019 ? 100 : 150);
    // RIS: a partner whose 2022 declaration doubles its peak (sets the rise factor to 2)
    dec("RIS", y, y < 2019 ? 100 : 200);
    // FAL: a partner whose 2022 declaration is a third of its lowest year (sets the fall factor to 3)
    dec("FAL", y, 300);
    // SML: under USD 100 m a year, so its tenfold 2022 sets nothing
    dec("SML", y, 10);
  }
  dec("RIS", 2022, 400);
  dec("FAL", 2022, 100);
  dec("SML", 2022, 100);
  put("BBB", "exports", 2020, 50); // two years of history only
  put("BBB", "exports", 2021, 50);
  // estimates: AAA imports 2022 against AAA's own 2022 declaration of 100
  dec("AAA", 2022, 100);
  put("AAA", "imports", 2022, 100 * 1.5 * 1.39 * 1.01); // ratio just above 1.5 × 1.39: flagged
  put("AAA", "imports", 2023, 200); // no declaration: level test, 150 × 2 = 300 allowed
  put("AAA", "exports", 2022, 299); // under 150 × 2
  put("AAA", "exports", 2023, 301); // over it
  put("AAA", "exports", 2024, 30); // under 100 / 3 = 33.3
  put("BBB", "exports", 2022, 50);
  const ds: Dataset = {
    countries: new Map(["RUS", "AAA", "BBB", "RIS", "FAL", "SML"].map(country)),
    trade: { FRA: [], RUS: [], BLR: [] },
    declared: [],
    customs: [],
    imts,
    comtrade,
    comtradeFrance: [],
    fdiProjects: [],
    fdiFlows: [],
    monthly: [],
    usdPerEur: [],
  };
  const check = (p: string, f: string, y: number) =>
    estimateChecks(ds).find((c) => c.partner === p && c.flow === f && c.year === y)!;

  test("level factors: the largest rise (RIS, ×2) and fall (FAL, ÷3) of partners of USD 100 m or more", () => {
    expect(levelFactors(ds)).toEqual({ up: 2, upPartner: "RIS", down: 3, downPartner: "FAL" });
  });
  test("mirror: a ratio above the pair's highest × the margin is flagged above-band", () => {
    const c = check("AAA", "imports", 2022);
    expect([c.test, c.history_min, c.history_max, c.flagged, c.reason]).toEqual([
      "mirror",
      1.5,
      1.5,
      true,
      "above-band",
    ]);
    expect(c.band_high).toBeCloseTo(1.5 * MIRROR_MARGIN, 10);
  });
  test("level: 200 within 150 × 2, 299 in band, 301 above, 30 below 100 ÷ 3", () => {
    expect([check("AAA", "imports", 2023).test, check("AAA", "imports", 2023).flagged]).toEqual(["level", false]);
    expect(check("AAA", "exports", 2022).reason).toBe("in-band");
    expect(check("AAA", "exports", 2023).reason).toBe("above-band");
    expect(check("AAA", "exports", 2024).reason).toBe("below-band");
  });
  test("two years of history: no test, flagged no-history; the checked ranking leaves flagged partners out", () => {
    expect([check("BBB", "exports", 2022).test, check("BBB", "exports", 2022).reason]).toEqual(["none", "no-history"]);
    expect(rankAfter(ds, "imf-estimate", 2023, "total").map((r) => [r.partner, r.flagged])).toEqual([["AAA", true]]);
    expect(rankAfter(ds, "imf-estimate-checked", 2023, "total")).toEqual([]);
    expect(rankAfter(ds, "imf-estimate-checked", 2023, "imports").map((r) => r.partner)).toEqual(["AAA"]);
  });
});

describe("the estimate check on the real data", () => {
  const ds = dataset();
  const check = (p: string, f: string, y: number) =>
    estimateChecks(ds).find((c) => c.partner === p && c.flow === f && c.year === y)!;

  test("the level factors come from partners' 2022 declarations: Armenia ×2.98 up, Ukraine ÷5.50 down", () => {
    const f = levelFactors(ds);
    expect([f.upPartner, f.up.toFixed(2), f.downPartner, f.down.toFixed(2)]).toEqual(["ARM", "2.98", "UKR", "5.50"]);
  });
  test.each([
    ["UGA", "imports", 2023],
    ["UGA", "imports", 2024],
    ["UZB", "exports", 2023],
    ["UZB", "exports", 2024],
    ["UZB", "imports", 2023],
  ])("%s %s %i is flagged above its band", (p, f, y) => {
    expect([check(p, f, y).flagged, check(p, f, y).reason]).toEqual([true, "above-band"]);
  });
  test("France's 2022 imports (5,303.3 against France's 3,249.3) are not flagged: ratio 1.632 in the pair's band", () => {
    const c = check("FRA", "imports", 2022);
    expect([c.test, c.declared_source, c.flagged, c.reason]).toEqual(["mirror", "comtrade", false, "in-band"]);
    expect([c.ratio!.toFixed(3), c.history_min!.toFixed(3), c.history_max!.toFixed(3)]).toEqual([
      "1.632",
      "1.366",
      "1.616",
    ]);
    expect(check("FRA", "imports", 2023).declared_source).toBe("eurostat");
  });
  test("the checked ranking has no flagged partner and keeps every unflagged one", () => {
    for (const year of [2022, 2023, 2024]) {
      const all = rankAfter(ds, "imf-estimate", year, "total");
      const checked = rankAfter(ds, "imf-estimate-checked", year, "total");
      expect(checked.map((r) => r.partner)).toEqual(all.filter((r) => !r.flagged).map((r) => r.partner));
      expect(all.find((r) => r.partner === "UZB")!.flagged).toBe(year >= 2023);
    }
  });
});

describe("the figure france-rank-russia", () => {
  const fig = figure("france-rank-russia");
  const d = derived();
  const point = (variant: string, year: number) => {
    const spec = fig.chart(d, variant);
    if (spec.kind !== "rank-lines") throw new Error(`expected rank-lines, got ${spec.kind}`);
    return spec.points.find((p) => p.year === year)!.values;
  };

  test("draws France's ranks of PROVENANCE.md on each basis, gaps where a basis has no year", () => {
    expect([2020, 2021, 2022, 2023, 2024].map((y) => point("total", y)["russia-declared"])).toEqual([
      13,
      12,
      null,
      null,
      null,
    ]);
    expect([2021, 2022, 2023, 2024].map((y) => point("total", y)["imf-estimate"])).toEqual([null, 10, 19, 15]);
    expect([2014, 2020, 2022, 2023].map((y) => point("imports", y)["comtrade-declared"])).toEqual([10, 8, 8, null]);
    expect(point("total", 2000)["comtrade-declared"]).toBeUndefined();
  });

  test("the English takeaways name the basis and the caveat, with the ranks of the chart", () => {
    const en = figureIn(fig, "en").takeaways(d, "total");
    expect(en[0]).toBe("By total trade: on Russia's own figures France was 13th in 2020 and 12th in 2021.");
    expect(en[1]).toMatch(
      /^By the IMF's estimates, not Russia's declarations: 10th in 2022, 19th in 2023 and 15th in 2024; counting only the estimates that pass our checks \(164 of 1,009 fail them\), 9th in 2022, 13th in 2023 and 9th in 2024\.$/,
    );
  });

  test("the table flags what the CSV flags: no France row is flagged, every 2022–2024 estimate row is marked", () => {
    const rows = figureIn(fig, "en").table(d, "total").rows;
    expect(rows.filter((r) => r.basis === "imf-estimate").map((r) => [r.year, r.estimated, r.flagged])).toEqual([
      [2022, "yes", "no"],
      [2023, "yes", "no"],
      [2024, "yes", "no"],
    ]);
  });
});

describe("the since-2021 page's headline (its overview card) names France's ranks and their basis", () => {
  const d = derived();
  const page = PAGES.find((p) => p.slug === "since-2021")!;
  test("Russia's own 2021 figure, then each IMF estimate (12th; 10th, 19th, 15th as the raw lines give above)", () => {
    expect(pageIn(page, "en").headline(d)).toMatch(
      /\. France was Russia's 12th partner in 2021 on Russia's own figures; by the IMF's estimates, not Russia's own figures, 10th in 2022, 19th in 2023 and 15th in 2024$/,
    );
    expect(pageIn(page, "ru").headline(d)).toMatch(
      /; по данным самой России Франция была на 12-м месте среди её партнёров в 2021 году; по оценкам МВФ, а не данным России, — 10-е место в 2022 году, 19-е место в 2023 году и 15-е место в 2024 году$/,
    );
  });
});
