/**
 * Table 1's Russia's-customs view: Russia's customs (FCS) figures with France, mirrored (Russia's imports from France
 * are French exports). The expected values are the sums of months that data/raw/rosstat-fts-main-partners/PROVENANCE.md
 * records as checked against the raw workbook, not values computed by the code under test.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { derived } from "../lib/derive";
import { parseCsvText } from "../test-support/tables";

// PROVENANCE.md, "Checked values": Russia's exports to France 2010 12,419.9 · 2020 4,674.9 · 2021 9,831.1; Russia's
// imports from France 2010 10,042.9 · 2020 8,170.4 · 2021 12,209.1 (USD m)
const CHECKED: Record<number, { fr_exports_usd_m: number; fr_imports_usd_m: number }> = {
  2010: { fr_exports_usd_m: 10042.9, fr_imports_usd_m: 12419.9 },
  2020: { fr_exports_usd_m: 8170.4, fr_imports_usd_m: 4674.9 },
  2021: { fr_exports_usd_m: 12209.1, fr_imports_usd_m: 9831.1 },
};

test("one row a year, 2006–2021, with the checked values mirrored, total and balance", () => {
  const rows = derived().bilateral.filter((r) => r.basis === "russia-customs");
  expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2006 + i));
  for (const [year, v] of Object.entries(CHECKED)) {
    const r = rows.find((x) => x.year === Number(year))!;
    expect({ year: r.year, fr_exports_usd_m: r.fr_exports_usd_m, fr_imports_usd_m: r.fr_imports_usd_m }).toEqual({
      year: Number(year),
      ...v,
    });
    // total and balance are computed from the unrounded months, then rounded: within 0.1 of the rounded flows'
    const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 0.1 + 1e-9;
    expect(near(r.total_usd_m, v.fr_exports_usd_m + v.fr_imports_usd_m)).toBe(true);
    expect(near(r.balance_usd_m, v.fr_exports_usd_m - v.fr_imports_usd_m)).toBe(true);
  }
});

const served = path.join(__dirname, "..", "out", "data", "bilateral-trade.csv");
(existsSync(served) ? test : test.skip)(
  "the served bilateral-trade.csv carries the same rows, basis russia-customs",
  () => {
    const rows = parseCsvText(readFileSync(served, "utf8")).rows.filter((r) => r.basis === "russia-customs");
    expect(rows).toHaveLength(16);
    for (const [year, v] of Object.entries(CHECKED)) {
      const r = rows.find((x) => x.year === year)!;
      expect([Number(r.fr_exports_usd_m), Number(r.fr_imports_usd_m)]).toEqual([
        v.fr_exports_usd_m,
        v.fr_imports_usd_m,
      ]);
    }
  },
);
