/**
 * The swap checks of `npm run data` (./swap-check.ts) on what it has read: France's and Russia's IMF workbooks against
 * every partner's own declarations, and Rosstat's customs table against Russia's IMF workbook. Apart from the data
 * script so that a test runs the same checks on the real rows and on swapped copies.
 */
import type { Flow } from "../model/constants";
import { countryName } from "./country-names";
import type { ReadWorkbook } from "./cross-check";
import type { DeclaredRow } from "./imf-all-reporters";
import { codeKind } from "./imf-partners";
import type { CustomsRow } from "./rosstat-main-partners";
import { checkSwaps, mainPartners, swapScores, type Figures } from "./swap-check";

const ROSSTAT_FILE = "data/raw/rosstat-fts-main-partners/96stran.xlsx";
const other = (flow: Flow): Flow => (flow === "exports" ? "imports" : "exports");
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function lookup<T>(rows: readonly T[], key: (r: T) => string, value: (r: T) => number): Map<string, number> {
  return new Map(rows.map((r) => [key(r), value(r)]));
}

/** Runs every swap check (throwing on the first swap found) and returns what each compared. */
export function swapChecks(
  workbooks: readonly ReadWorkbook[],
  declared: readonly DeclaredRow[],
  customs: readonly CustomsRow[],
) {
  const results = [];
  const mirrors = lookup(
    declared,
    (r) => `${r.reporter}|${r.partner}|${r.year}|${r.flow}`,
    (r) => r.value_usd_m,
  );
  for (const w of workbooks.filter((w) => w.reporter === "FRA" || w.reporter === "RUS")) {
    const values = lookup(
      w.rows,
      (r) => `${r.partner}|${r.year}|${r.flow}`,
      (r) => r.value_usd_m,
    );
    const own: Figures = (p, y, f) => values.get(`${p}|${y}|${f}`);
    // X's own declaration of the same flow: the reporter's exports to X are X's imports from the reporter
    const mirror: Figures = (p, y, f) => mirrors.get(`${p}|${w.reporter}|${y}|${other(f)}`);
    const years = [...new Set(w.rows.map((r) => r.year))].sort((a, b) => a - b);
    const byYear = new Map<number, Set<string>>(years.map((y) => [y, new Set()]));
    for (const r of w.rows) if (codeKind(r.partner) === "country") byYear.get(r.year)!.add(r.partner);
    const partnersOf = (year: number) => [...byYear.get(year)!];
    const partners = mainPartners(own, partnersOf, years);
    const lastYear = years[years.length - 1];
    // the partner's name cell: the row of its last year's exports, column B
    const where = (p: string) => (w.cells.get(`${p}|${lastYear}|exports`) ?? w.file).replace(/![A-Z]+(\d+)$/, "!B$1");
    const what = `${countryName(w.reporter)}'s declarations against each partner's own`;
    results.push({ what, ...checkSwaps(what, swapScores(own, mirror, partners, years), where, countryName) });
  }
  const russia = workbooks.find((w) => w.reporter === "RUS");
  if (russia) {
    const imf = lookup(
      russia.rows,
      (r) => `${r.partner}|${r.year}|${r.flow}`,
      (r) => r.value_usd_m,
    );
    const yearly = customs.filter((r) => r.period_type === "year");
    const values = lookup(
      yearly,
      (r) => `${r.partner}|${r.period}|${r.flow}`,
      (r) => r.value_usd_m,
    );
    const own: Figures = (p, y, f) => values.get(`${p}|${y}|${f}`);
    const declaredToImf: Figures = (p, y, f) => imf.get(`${p}|${y}|${f}`);
    const partners = [...new Set(yearly.map((r) => r.partner))].sort();
    const years = range(Math.min(...yearly.map((r) => Number(r.period))), Math.max(...russia.rows.map((r) => r.year)));
    const what = "Rosstat's customs figures against Russia's declarations to the IMF";
    results.push({
      what,
      ...checkSwaps(what, swapScores(own, declaredToImf, partners, years), () => `${ROSSTAT_FILE}, row 5`, countryName),
    });
  }
  return results;
}
