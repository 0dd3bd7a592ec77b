/**
 * The cross-checks of the two sources that reach past 2020, run by the data script before anything is written:
 * they tell whether IMTS and Comtrade say the same as the sources already checked, so that a rank on either basis can
 * be set beside the DOTS ranks. Each tolerance is derived from the real files (figures beside it) and each check fails
 * on a planted wrong value (__tests__/imts-comtrade.test.ts).
 *
 * 1. IMTS 2016–2020 = Russia's DOTS workbook, value by value (every partner, both flows, World included).
 * 2. IMTS 2021 (Russia's own report to the IMF) against Rosstat's customs table (the same year from a second
 *    Russian publication), for its 29 main partners and both flows.
 * 3. Comtrade's France → Russia exports 2014–2020 against France's DOTS declaration of the same flow.
 * 4. Comtrade's France → World exports 2014–2020 against France's DOTS total: the denominator of Russia's place among
 *    France's export markets comes from the same declaration.
 */
import { HISTORICAL_CODES } from "./imf-partners";
import type { ImtsRow } from "./imf-imts";
import type { ComtradeRow } from "./comtrade-exports";

interface Row {
  partner: string;
  year: number;
  flow: "exports" | "imports";
  value_usd_m: number;
}

/**
 * IMTS and DOTS carry six decimals (USD 1). Over the 1,915 values of 2016–2020 compared (World included), partners'
 * values are equal or differ by 0.000001–0.000002 (a last-digit rounding: Zimbabwe's exports 2020, 1.833295 against
 * 1.833297), World's totals by up to 0.000014 (exports 2020, a sum rounded again). The tolerance, 0.00002 (USD 20),
 * is above all of them and catches any figure changed in its first five decimals.
 * One documented difference: IMTS has no Netherlands Antilles (dissolved 2010), whose DOTS exports 2016 and 2017 are
 * 34.304212 and 25.36468; IMTS's World exports those years are lower by exactly that. So a value present in DOTS only
 * is allowed for a former entity (HISTORICAL_CODES) alone, and World must then differ by the sum of such values.
 */
export const IMTS_DOTS_TOLERANCE = 0.00002;
export const IMTS_DOTS_YEARS = { from: 2016, to: 2020 } as const;

export interface ImtsDotsCheck {
  compared: number;
  largestGap: number;
  /** former entities DOTS has and IMTS has not, with World's matching gap */
  absentFromImts: string[];
}

/** Check 1: throws naming the IMTS cell and the DOTS cell of the first value that differs. */
export function checkImtsAgainstDots(
  imts: readonly ImtsRow[],
  imtsCells: ReadonlyMap<string, string>,
  dots: readonly Row[],
  dotsCells: ReadonlyMap<string, string>,
): ImtsDotsCheck {
  const { from, to } = IMTS_DOTS_YEARS;
  const key = (r: Row) => `${r.partner}|${r.year}|${r.flow}`;
  const a = new Map(imts.filter((r) => r.year >= from && r.year <= to).map((r) => [key(r), r.value_usd_m]));
  const b = new Map(dots.filter((r) => r.year >= from && r.year <= to).map((r) => [key(r), r.value_usd_m]));
  let compared = 0;
  let largestGap = 0;
  const absent: string[] = [];
  const worldGap = new Map<string, number>();
  for (const [k, v] of b) {
    const [partner, year, flow] = k.split("|");
    if (partner === "WLD") continue;
    const w = a.get(k);
    if (w === undefined) {
      if (!HISTORICAL_CODES.has(partner))
        throw new Error(`${dotsCells.get(k) ?? k}: ${partner} ${flow} ${year} is ${v} in DOTS and absent from IMTS`);
      absent.push(`${partner} ${flow} ${year} (${v})`);
      worldGap.set(`${year}|${flow}`, (worldGap.get(`${year}|${flow}`) ?? 0) + v);
      continue;
    }
    compared++;
    const gap = Math.abs(w - v);
    largestGap = Math.max(largestGap, gap);
    if (gap > IMTS_DOTS_TOLERANCE)
      throw new Error(
        `${imtsCells.get(k)}: IMTS ${partner} ${flow} ${year} is ${w}, DOTS ${v} (${dotsCells.get(k) ?? "DOTS"}): ` +
          `${gap.toPrecision(3)} apart, more than the ${IMTS_DOTS_TOLERANCE} allowed`,
      );
  }
  for (const [k] of a)
    if (!b.has(k) && !k.startsWith("WLD|"))
      throw new Error(
        `${imtsCells.get(k)}: ${k.replace(/\|/g, " ")} is in IMTS and absent from Russia's DOTS workbook`,
      );
  for (let year = from; year <= to; year++)
    for (const flow of ["exports", "imports"] as const) {
      const k = `WLD|${year}|${flow}`;
      const w = a.get(k);
      const v = b.get(k);
      if (w === undefined || v === undefined) throw new Error(`World ${flow} ${year} missing from IMTS or DOTS`);
      const expected = v - (worldGap.get(`${year}|${flow}`) ?? 0);
      const gap = Math.abs(w - expected);
      compared++;
      largestGap = Math.max(largestGap, gap);
      if (gap > IMTS_DOTS_TOLERANCE)
        throw new Error(
          `${imtsCells.get(k)}: IMTS World ${flow} ${year} is ${w}, DOTS ${v} (${dotsCells.get(k) ?? "DOTS"})` +
            (expected !== v ? ` less the former entities IMTS lacks, ${expected.toFixed(6)}` : "") +
            `: ${gap.toPrecision(3)} apart, more than the ${IMTS_DOTS_TOLERANCE} allowed`,
        );
    }
  return { compared, largestGap, absentFromImts: absent };
}

/**
 * Russia's 2021 report to the IMF against Rosstat's customs table, the 29 main partners × 2 flows: IMTS ÷ customs
 * lies between 0.980 (exports to Türkiye, 26,515.7 against 27,066.4) and 1.038 (imports from the United States,
 * 17,519.5 against 16,872.2); France: exports 1.0078 (9,907.5 against 9,831.1), imports 1.0001. The two publications
 * revise and classify differently (the IMF's is later and counts some goods customs leaves out), so they are not
 * equal; the tolerance, ±5 %, is 1.3 times the largest gap and fails a value read from the wrong partner, flow or
 * year (Russia's trade with a main partner moves by more than 5 % from one year to the next in all but a few cases)
 * or a value scaled by any power of ten.
 */
export const IMTS_CUSTOMS_TOLERANCE = 0.05;
export const IMTS_CUSTOMS_YEAR = 2021;

export interface RatioCheck {
  compared: number;
  min: number;
  max: number;
}

/** Check 2: `customs` is the yearly rows of russia-customs-main-partners.csv (period = "2021"). */
export function checkImts2021AgainstCustoms(
  imts: readonly ImtsRow[],
  imtsCells: ReadonlyMap<string, string>,
  customs: readonly { partner: string; period: string; period_type: string; flow: string; value_usd_m: number }[],
): RatioCheck {
  const a = new Map(
    imts.filter((r) => r.year === IMTS_CUSTOMS_YEAR).map((r) => [`${r.partner}|${r.flow}`, r.value_usd_m]),
  );
  let min = Infinity;
  let max = -Infinity;
  let compared = 0;
  for (const c of customs) {
    if (c.period_type !== "year" || c.period !== String(IMTS_CUSTOMS_YEAR)) continue;
    const k = `${c.partner}|${c.flow}`;
    const v = a.get(k);
    if (v === undefined)
      throw new Error(
        `IMTS has no ${c.partner} ${c.flow} ${IMTS_CUSTOMS_YEAR}, a main partner of Russia's customs table`,
      );
    const ratio = v / c.value_usd_m;
    compared++;
    min = Math.min(min, ratio);
    max = Math.max(max, ratio);
    if (Math.abs(ratio - 1) > IMTS_CUSTOMS_TOLERANCE)
      throw new Error(
        `${imtsCells.get(`${c.partner}|${IMTS_CUSTOMS_YEAR}|${c.flow}`)}: IMTS ${c.partner} ${c.flow} ${IMTS_CUSTOMS_YEAR} ` +
          `is ${v}, Russia's customs ${c.value_usd_m}: ${((ratio - 1) * 100).toFixed(1)} % apart, more than ±${IMTS_CUSTOMS_TOLERANCE * 100} %`,
      );
  }
  if (compared === 0) throw new Error(`no ${IMTS_CUSTOMS_YEAR} customs rows to compare IMTS with`);
  return { compared, min, max };
}

/**
 * Comtrade France → Russia against France's DOTS declaration (trade-france.csv, exports to RUS), 2014–2020:
 * Comtrade ÷ DOTS from 0.9875 (2014: 8,964.1 against 9,077.8) to 0.9993 (2020: 5,889.4 against 5,893.7), always a
 * little lower (Comtrade's vintage, pulled in 2023, and DOTS's later revisions differ). The tolerance, ±2 %, is 1.6
 * times the largest gap; a value in thousands, in euros (a factor 1.1–1.4) or of another year fails it.
 */
export const COMTRADE_DOTS_TOLERANCE = 0.02;
export const COMTRADE_DOTS_YEARS = { from: 2014, to: 2020 } as const;

/** France's Comtrade exports to `partner` against its DOTS exports to it, year by year, within `tolerance`: `find`
 *  gives the Comtrade row of a year, `cell` where it was read. */
function franceAgainstDots(
  partner: "RUS" | "WLD",
  tolerance: number,
  find: (year: number) => ComtradeRow | undefined,
  cell: (year: number) => string | undefined,
  franceDots: readonly Row[],
  dotsCells: ReadonlyMap<string, string>,
): RatioCheck {
  const name = partner === "RUS" ? "Russia" : "World";
  let min = Infinity;
  let max = -Infinity;
  let compared = 0;
  for (let year = COMTRADE_DOTS_YEARS.from; year <= COMTRADE_DOTS_YEARS.to; year++) {
    const c = find(year);
    const d = franceDots.find((r) => r.partner === partner && r.year === year && r.flow === "exports");
    if (!c || !d) throw new Error(`France's exports to ${name} ${year} missing from ${c ? "DOTS" : "Comtrade"}`);
    const ratio = c.value_usd_m / d.value_usd_m;
    compared++;
    min = Math.min(min, ratio);
    max = Math.max(max, ratio);
    if (Math.abs(ratio - 1) > tolerance)
      throw new Error(
        `${cell(year)}: Comtrade France → ${name} ${year} is ${c.value_usd_m}, France's DOTS ` +
          `${d.value_usd_m} (${dotsCells.get(`${partner}|${year}|exports`) ?? "DOTS"}): ${((ratio - 1) * 100).toFixed(2)} % apart, ` +
          `more than ±${tolerance * 100} %`,
      );
  }
  return { compared, min, max };
}

/** Check 3: `comtrade` is every year's rows, `cells` their lines keyed year|reporter. */
export const checkComtradeAgainstDots = (
  comtrade: readonly ComtradeRow[],
  cells: ReadonlyMap<string, string>,
  franceDots: readonly Row[],
  dotsCells: ReadonlyMap<string, string>,
): RatioCheck =>
  franceAgainstDots(
    "RUS",
    COMTRADE_DOTS_TOLERANCE,
    (year) => comtrade.find((r) => r.reporter === "FRA" && r.year === year),
    (year) => cells.get(`${year}|FRA`),
    franceDots,
    dotsCells,
  );

/**
 * Comtrade France → World against France's DOTS exports to World (trade-france.csv, partner WLD), 2014–2020: Comtrade
 * ÷ DOTS from 0.9745 (2019) to 0.9998 (2020), lower by 2–2.6 % in every year but 2020 (DOTS counts France's overseas
 * departments and some goods Comtrade's vintage does not). The tolerance, ±3 %, is above the largest gap; a value in
 * thousands, in euros or of another year fails it. Single markets are not compared: Comtrade and DOTS differ by up to
 * a third for a few of them (re-exports and the vintage), which is why the site ranks on each basis apart.
 */
export const COMTRADE_WORLD_TOLERANCE = 0.03;

/** Check 4: `markets` is France's Comtrade rows, `cells` their lines keyed year|partner. */
export const checkComtradeWorldAgainstDots = (
  markets: readonly ComtradeRow[],
  cells: ReadonlyMap<string, string>,
  franceDots: readonly Row[],
  dotsCells: ReadonlyMap<string, string>,
): RatioCheck =>
  franceAgainstDots(
    "WLD",
    COMTRADE_WORLD_TOLERANCE,
    (year) => markets.find((r) => r.reporter === "FRA" && r.partner === "WLD" && r.year === year),
    (year) => cells.get(`${year}|WLD`),
    franceDots,
    dotsCells,
  );
