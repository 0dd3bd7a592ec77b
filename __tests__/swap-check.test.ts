/**
 * The swap checks (lib/extract/swap-check.ts, run by `npm run data` through lib/extract/swap-checks.ts) on the real
 * figures (data/trade-*.csv and russia-customs-main-partners.csv, which `npm run data` writes from the raw workbooks
 * byte for byte, __tests__/data-reproducible.test.ts) and on copies with two partners exchanged: no alarm on the
 * real data, every figure of SWAP_THRESHOLD's comment recomputed, and every swap of two main partners caught but the
 * five the comment names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { ReadWorkbook } from "../lib/extract/cross-check";
import type { DeclaredRow } from "../lib/extract/imf-all-reporters";
import type { TradeRow } from "../lib/extract/imf-workbook";
import type { CustomsRow } from "../lib/extract/rosstat-main-partners";
import { checkSwaps, swapScores, SWAP_THRESHOLD, type Figures } from "../lib/extract/swap-check";
import { swapChecks } from "../lib/extract/swap-checks";

const csv = <T>(file: string): T[] =>
  Papa.parse<T>(readFileSync(path.join(__dirname, "..", "data", file), "utf8"), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: (field) => field === "year" || field === "value_usd_m",
  }).data;

const trade = (reporter: string, file: string): ReadWorkbook => {
  const rows = csv<TradeRow>(file);
  // the name cell of each partner's row, as readImfWorkbook records the cells (one made-up row per partner)
  const order = [...new Set(rows.map((r) => r.partner))];
  const cells = new Map(
    rows.map((r) => [`${r.partner}|${r.year}|${r.flow}`, `${file} [Exports, FOB]!BJ${order.indexOf(r.partner) + 8}`]),
  );
  return { reporter, file, rows, cells };
};
const FRANCE = trade("FRA", "trade-france.csv");
const RUSSIA = trade("RUS", "trade-russia.csv");
const BELARUS = trade("BLR", "trade-belarus.csv");
const DECLARED = csv<DeclaredRow>("trade-all-reporters.csv");
const CUSTOMS = csv<CustomsRow>("russia-customs-main-partners.csv").map((r) => ({ ...r, period: String(r.period) }));

const exchange = (a: string, b: string) => (p: string) => (p === a ? b : p === b ? a : p);
const swappedTrade = (w: ReadWorkbook, a: string, b: string): ReadWorkbook => ({
  ...w,
  rows: w.rows.map((r) => ({ ...r, partner: exchange(a, b)(r.partner) })),
});

test("the real data: no alarm; the figures of SWAP_THRESHOLD's comment", () => {
  const [france, russia, rosstat] = swapChecks([FRANCE, RUSSIA, BELARUS], DECLARED, CUSTOMS);
  const summary = (r: typeof france) => ({
    pairs: r.pairs,
    highest: `${r.highest!.a}–${r.highest!.b} ${r.highest!.score.toFixed(3)}`,
  });
  expect([summary(france), summary(russia), summary(rosstat)]).toEqual([
    { pairs: 78, highest: "ESP–ITA -0.099" },
    { pairs: 120, highest: "ITA–USA 0.099" },
    { pairs: 406, highest: "KAZ–POL -0.289" },
  ]);
  expect(SWAP_THRESHOLD).toBeGreaterThan(0.099);
});

test("France's rows of Germany and Italy exchanged: stopped, naming both rows", () => {
  expect(() => swapChecks([swappedTrade(FRANCE, "DEU", "ITA"), RUSSIA], DECLARED, CUSTOMS)).toThrow(
    /^swap check: France's declarations against each partner's own: the figures of Germany \(DEU, trade-france\.csv \[Exports, FOB\]!B\d+\) and Italy \(ITA, trade-france\.csv \[Exports, FOB\]!B\d+\) fit the other declaration better exchanged than as they are \(score \d+\.\d{3} over 42 comparisons, above 0\.12\): two partner names or headers swapped\? \(lib\/extract\/swap-check\.ts\)$/,
  );
});

/** A lookup of rows by partner|year|flow, with the partners `swap` exchanges read in each other's place. */
const figures = (
  rows: readonly { partner: string; year: number; flow: string; value_usd_m: number }[],
  swap = (p: string) => p,
): Figures => {
  const values = new Map(rows.map((r) => [`${r.partner}|${r.year}|${r.flow}`, r.value_usd_m]));
  return (p, y, f) => values.get(`${swap(p)}|${y}|${f}`);
};
const opposite = (f: string) => (f === "exports" ? "imports" : "exports");
/** What each partner declares of its trade with `reporter`, seen from the reporter (its imports are our exports). */
const mirrorOf = (reporter: string): Figures =>
  figures(
    DECLARED.filter((r) => r.partner === reporter).map((r) => ({ ...r, partner: r.reporter, flow: opposite(r.flow) })),
  );
const IMF_YEARS = Array.from({ length: 21 }, (_, i) => 2000 + i);
const ROSSTAT_YEARS = Array.from({ length: 15 }, (_, i) => 2006 + i);
const ROSSTAT_PARTNERS = [...new Set(CUSTOMS.map((r) => r.partner))].sort();
const YEARLY = CUSTOMS.filter((r) => r.period_type === "year").map((r) => ({ ...r, year: Number(r.period) }));
/** Whether the check (checkSwaps on swapScores, as lib/extract/swap-checks.ts runs them) stops on these figures. */
const stops = (own: Figures, other: Figures, partners: readonly string[], years: readonly number[]) => {
  try {
    checkSwaps(
      "test",
      swapScores(own, other, partners, years),
      () => "",
      (c) => c,
    );
    return false;
  } catch {
    return true;
  }
};

test("every swap of two main partners of France or Russia is caught, but France's Spain–Italy", () => {
  const MAIN: Record<string, string[]> = {
    FRA: ["BEL", "CHE", "CHN", "DEU", "ESP", "GBR", "ITA", "JPN", "NLD", "POL", "PRT", "RUS", "USA"],
    RUS: [
      "BLR",
      "CHE",
      "CHN",
      "DEU",
      "FIN",
      "FRA",
      "GBR",
      "ITA",
      "JPN",
      "KAZ",
      "KOR",
      "NLD",
      "POL",
      "TUR",
      "UKR",
      "USA",
    ],
  };
  // the main partners the data script compares are these: as many pairs as it reports
  const [france, russia] = swapChecks([FRANCE, RUSSIA], DECLARED, CUSTOMS);
  expect([france.pairs, russia.pairs]).toEqual([78, 120]);
  const missed: string[] = [];
  let tried = 0;
  for (const w of [FRANCE, RUSSIA]) {
    const codes = MAIN[w.reporter];
    const mirror = mirrorOf(w.reporter);
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        tried++;
        const swap = exchange(codes[i], codes[j]);
        const own = figures(w.rows, swap);
        // Russia's swapped workbook is also what Rosstat's table is compared with
        const caught =
          stops(own, mirror, codes, IMF_YEARS) ||
          (w.reporter === "RUS" && stops(figures(YEARLY), own, ROSSTAT_PARTNERS, ROSSTAT_YEARS));
        if (!caught) missed.push(`${w.reporter} ${codes[i]}–${codes[j]}`);
      }
  }
  expect(tried).toBe(198);
  // Russia's four pairs that its partners' declarations cannot tell apart (SWAP_THRESHOLD) are caught by Rosstat's
  // table, all four being among its 29 partners
  expect(missed).toEqual(["FRA ESP–ITA"]);
});

test("every swap of two of Rosstat's partners is caught (406 of 406); one through the data script's own run", () => {
  expect(ROSSTAT_PARTNERS).toHaveLength(29);
  const imf = figures(RUSSIA.rows);
  const customs = figures(YEARLY);
  const missed: string[] = [];
  for (let i = 0; i < ROSSTAT_PARTNERS.length; i++)
    for (let j = i + 1; j < ROSSTAT_PARTNERS.length; j++) {
      const swap = exchange(ROSSTAT_PARTNERS[i], ROSSTAT_PARTNERS[j]);
      const own: Figures = (p, y, f) => customs(swap(p), y, f);
      if (!stops(own, imf, ROSSTAT_PARTNERS, ROSSTAT_YEARS))
        missed.push(`${ROSSTAT_PARTNERS[i]}–${ROSSTAT_PARTNERS[j]}`);
    }
  expect(missed).toEqual([]);
  const swap = exchange("DEU", "NLD");
  expect(() =>
    swapChecks(
      [RUSSIA],
      [],
      CUSTOMS.map((r) => ({ ...r, partner: swap(r.partner) })),
    ),
  ).toThrow(
    /^swap check: Rosstat's customs figures against Russia's declarations to the IMF: the figures of Germany \(DEU, data\/raw\/rosstat-fts-main-partners\/96stran\.xlsx, row 5\) and Netherlands \(NLD, .*\) fit the other declaration better exchanged than as they are \(score \d+\.\d{3} over 30 comparisons, above 0\.12\)/,
  );
});
