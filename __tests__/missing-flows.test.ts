/**
 * A missing flow is never 0 in a ranking: a partner that declares one flow in a year is not ranked (its total is not
 * known), and one whose single flow would already place it among the partners shown stops the derivation at the
 * data row of the flow that is there. Run on copies of data/ with one row taken out, and on the real data, where the
 * nearest such partner is recorded (docs/data.md).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FRANCE_DEPTH, RANK_YEARS, RUSSIA_DEPTH, basesFor, type Reporter } from "../lib/model/constants";
import { dataset, loadDataset } from "../lib/model/load";
import { rankPartners, reporterIndex } from "../lib/derive/rankings";

const repo = path.resolve(__dirname, "..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ (without raw/) with the lines of `file` that start with `prefix` taken out. */
function without(file: string, prefix: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "missing-flow-"));
  dirs.push(dir);
  cpSync(path.join(repo, "data"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}raw`) });
  const lines = readFileSync(path.join(dir, file), "utf8").split("\n");
  const kept = lines.filter((l) => !l.startsWith(prefix));
  expect(lines.length - kept.length).toBe(1);
  writeFileSync(path.join(dir, file), kept.join("\n"));
  return loadDataset(dir);
}

test("France's 2019 exports to Germany taken out: the derivation stops at Germany's imports row, never showing 0", () => {
  const ds = without("trade-france.csv", "FRA,DEU,2019,exports,");
  expect(() => rankPartners(ds, "FRA", 2019, "total")).toThrow(
    new Error(
      "data/trade-france.csv:2051: DEU 2019 has imports (115411.969774) but no exports (basis as-reported); a missing " +
        "flow is not 0, and with imports alone DEU would rank no lower than 1 by total, among the 30 shown: restore the missing row",
    ),
  );
});

test("Togo's 2019 exports taken out: Togo is not ranked that year, the others keep their ranks, and no 0 appears", () => {
  const real = rankPartners(dataset(), "FRA", 2019, "total");
  const ds = without("trade-france.csv", "FRA,TGO,2019,exports,");
  const ranked = rankPartners(ds, "FRA", 2019, "total");
  expect(real.find((p) => p.partner === "TGO")).toBeDefined();
  expect(ranked.find((p) => p.partner === "TGO")).toBeUndefined();
  expect(ranked.slice(0, FRANCE_DEPTH)).toEqual(real.slice(0, FRANCE_DEPTH));
  expect(ranked.filter((p) => p.exports_usd_m === 0 || p.imports_usd_m === 0)).toEqual([]);
});

test("the real data: every partner with one flow lies far below the partners shown (the nearest would rank 59th)", () => {
  const ds = dataset();
  let nearest = { floor: Infinity, what: "" };
  let count = 0;
  for (const reporter of ["FRA", "RUS"] as Reporter[])
    for (const measure of reporter === "FRA" ? (["total"] as const) : (["total", "imports"] as const))
      for (const basis of basesFor(reporter))
        for (const year of RANK_YEARS) {
          const idx = reporterIndex(ds, reporter, basis);
          const ranked = rankPartners(ds, reporter, year, measure, basis);
          const key = (p: (typeof ranked)[number]) => (measure === "total" ? p.total_usd_m : p.imports_usd_m);
          for (const code of idx.partners(year).filter((c) => ds.countries.get(c)?.kind === "country"))
            for (const flow of ["exports", "imports"] as const) {
              const value = idx.value(code, year, flow);
              const otherFlow = idx.value(code, year, flow === "exports" ? "imports" : "exports");
              if (value === undefined || otherFlow !== undefined || (measure !== "total" && measure !== flow)) continue;
              count++;
              expect(ranked.find((p) => p.partner === code)).toBeUndefined();
              const floor = 1 + ranked.filter((p) => key(p) > value).length;
              if (floor < nearest.floor) nearest = { floor, what: `${reporter} ${measure} ${basis} ${year} ${code}` };
            }
        }
  expect(count).toBeGreaterThan(1000);
  expect(nearest).toEqual({ floor: 59, what: "RUS total partner-declared 2018 NGA" });
  expect(nearest.floor).toBeGreaterThan(Math.max(FRANCE_DEPTH, RUSSIA_DEPTH));
});
