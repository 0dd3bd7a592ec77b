/**
 * Russia among France's export markets (lib/derive/france-markets.ts, the russia-rank-france-exports figure):
 * France's Comtrade values against the raw lines (file and line named), Russia's rank recomputed here from the raw
 * Comtrade file and from trade-france.csv split by hand, the World cross-check failing on a planted value, and the
 * figure's table and takeaways reading the same ranks.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { comtradeFile, parseComtradeYear } from "../lib/extract/comtrade-exports";
import { checkComtradeWorldAgainstDots } from "../lib/extract/imts-cross-check";
import { rankMarkets, russiaMarketRanks } from "../lib/derive/france-markets";
import { dataset } from "../lib/model/load";
import { derived } from "../lib/derive";
import { figure } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { countryCodes } from "../test-support/country-codes";

const root = path.resolve(__dirname, "..");
const text = (f: string) => readFileSync(path.join(root, f), "utf8");
const raw = (year: number) => `data/raw/un-comtrade-exports/${comtradeFile(year)}`;

/** France's exports per partner name in a raw Comtrade file, split by hand; names that are not one country (World,
 *  the "nes" areas, bunkers, free zones, special categories) left out, as the site's rule says. */
function franceExports(year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of text(raw(year)).trimEnd().split("\n").slice(1)) {
    const m = /^\d{4}-01-01,([\d.]+),France,(.*)$/.exec(l);
    if (!m) continue;
    const partner = m[2].replace(/^"|"$/g, "");
    if (
      /^(World|Bunkers|Free Zones|Special Categories|Areas, nes|Br\. Antarctic Terr\.)$|, nes$|\(\.\.\.2011\)/.test(
        partner,
      )
    )
      continue;
    out.set(partner, Number(m[1]));
  }
  return out;
}
const rankOf = (values: Map<string, number>, key: string) =>
  1 + [...values.values()].filter((v) => v > values.get(key)!).length;

describe("France's Comtrade declarations, read from the raw files", () => {
  test("France → Russia 2022 is line 4699 of the 2022 file, 3,249,285,294.216 USD = 3,249.285294216 USD m", () => {
    const line = text(raw(2022)).split("\n")[4698];
    expect(line).toBe("2022-01-01,3249285294.216,France,Russian Federation");
    const read = parseComtradeYear(raw(2022), 2022, text(raw(2022)));
    expect(read.markets.find((r) => r.partner === "RUS")!.value_usd_m).toBe(3249.285294216);
    expect(read.marketCells.get("RUS")).toBe(`${raw(2022)}:4699:2`);
  });
  test("an unnamed area is never a market: 'Other Asia, nes' (line 4656 of 2022) has no row", () => {
    expect(text(raw(2022)).split("\n")[4655]).toBe('2022-01-01,3049348639.407,France,"Other Asia, nes"');
    const read = parseComtradeYear(raw(2022), 2022, text(raw(2022)));
    expect(read.markets.map((r) => r.partner)).not.toContain(null);
    expect(read.markets.length).toBe(franceExports(2022).size + 1); // + World
  });
});

describe("Russia's rank among France's markets, recomputed from the raw lines", () => {
  const ds = dataset();
  test.each([
    [2014, 12],
    [2020, 15],
    [2021, 14],
    [2022, 37],
  ])("Comtrade %i: Russia %i", (year, expected) => {
    const values = franceExports(year);
    const ours = rankMarkets(ds, "comtrade-france-declared", year);
    expect([rankOf(values, "Russian Federation"), ours.find((r) => r.partner === "RUS")!.rank]).toEqual([
      expected,
      expected,
    ]);
    expect(ours.length).toBe(values.size);
  });

  // trade-france.csv split by hand: France's exports, partners of kind "country" in countries.csv
  const countries = countryCodes();
  const dots = (year: number) =>
    new Map(
      text("data/trade-france.csv")
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .filter((c) => c[2] === String(year) && c[3] === "exports" && countries.has(c[1]))
        .map((c) => [c[1], Number(c[4])]),
    );
  test.each([
    [2010, 10],
    [2015, 19],
    [2020, 17],
  ])("DOTS %i: Russia %i", (year, expected) => {
    const ours = rankMarkets(ds, "dots-france-declared", year);
    expect([rankOf(dots(year), "RUS"), ours.find((r) => r.partner === "RUS")!.rank]).toEqual([expected, expected]);
  });

  test("no declaration gives a year outside its source: DOTS stops in 2020, Comtrade starts in 2014", () => {
    expect(rankMarkets(ds, "dots-france-declared", 2021)).toEqual([]);
    expect(rankMarkets(ds, "comtrade-france-declared", 2013)).toEqual([]);
    expect(russiaMarketRanks(ds, "comtrade-france-declared").map((r) => r.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
  });
});

describe("France → World: Comtrade against DOTS", () => {
  const markets = [2014, 2015, 2016, 2017, 2018, 2019, 2020].flatMap(
    (y) => parseComtradeYear(raw(y), y, text(raw(y))).markets,
  );
  const dotsFrance = text("data/trade-france.csv")
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","))
    .map(([reporter, partner, year, flow, v]) => ({
      reporter,
      partner,
      year: Number(year),
      flow: flow as "exports" | "imports",
      value_usd_m: Number(v),
    }));
  const cells = new Map([["2019|WLD", "comtrade-2019:line"]]);
  test("the real files agree within ±3 % (0.9745–0.9998)", () => {
    const r = checkComtradeWorldAgainstDots(markets, cells, dotsFrance, new Map());
    expect([r.compared, r.min.toFixed(4), r.max.toFixed(4)]).toEqual([7, "0.9745", "0.9998"]);
  });
  test("World 2019 in thousands of dollars read as millions fails, naming the Comtrade cell", () => {
    const wrong = markets.map((r) =>
      r.partner === "WLD" && r.year === 2019 ? { ...r, value_usd_m: r.value_usd_m * 1000 } : r,
    );
    expect(() => checkComtradeWorldAgainstDots(wrong, cells, dotsFrance, new Map())).toThrow(
      /^comtrade-2019:line: Comtrade France → World 2019 is /,
    );
  });
});

describe("the figure reads the same ranks", () => {
  const d = derived();
  const fig = figure("russia-rank-france-exports");
  test("its table has Russia's rank on each declaration for each year the declaration covers", () => {
    const rows = fig.table(d, "exports").rows;
    expect(rows.filter((r) => r.basis === "dots-france-declared").map((r) => [r.year, r.rank])).toContainEqual([
      2010, 10,
    ]);
    expect(rows.filter((r) => r.basis === "comtrade-france-declared").map((r) => [r.year, r.rank])).toContainEqual([
      2022, 37,
    ]);
    expect(rows.length).toBe(11 + 9);
  });
  test("its takeaways name the first, the year-before-last and the last rank, in English and Russian", () => {
    expect(figureIn(fig, "en").takeaways(d, "exports")[1]).toBe(
      "On France's declarations to UN Comtrade, Russia was France's 12th export market in 2014, 14th in 2021 and " +
        "37th of 223 in 2022 (USD 3,249.3 million).",
    );
    expect(figureIn(fig, "ru").takeaways(d, "exports")[0]).toMatch(
      /^По данным Франции в МВФ Россия занимала 10-е место .* в 2010 году, 18-е в 2019 году и 17-е из 207 в 2020 году/,
    );
  });
  test("the CSV lists France's first ten markets and Russia each year", () => {
    const rows = d.tables["france-export-markets.csv"].rows.filter(
      (r) => r.basis === "comtrade-france-declared" && r.year === 2022,
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 37]);
    expect(rows[rows.length - 1]).toMatchObject({ partner: "RUS", value_usd_m: 3249.3, partners_ranked: 223 });
  });
});
