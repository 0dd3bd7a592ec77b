/**
 * The statistical cross-check of the IMF workbooks, run by the data script after reading all three and before
 * writing any file: it catches what the per-workbook checks (lib/extract/imf-workbook.ts) cannot see, such as a
 * workbook whose exports and imports are swapped under the right titles, or whose values are in thousands or
 * billions while B5 says millions.
 *
 * A flow between two of our reporters is declared twice: as exports (FOB) by one and as imports (CIF) by the other
 * (mirror flows). For each year, each such flow between the largest partners among our reporters is compared: the
 * importer's figure divided by the exporter's must lie within MIRROR_BAND. See MIRROR_BAND for the figures behind it,
 * and data/raw/imf-dots/PROVENANCE.md for the years left out.
 */
import { countryName } from "./country-names";
import { SHEETS, type TradeRow } from "./imf-workbook";

/** One reporter's workbook as read: its rows, and the cell each row came from (keyed partner|year|flow). */
export interface ReadWorkbook {
  reporter: string;
  file: string;
  rows: readonly TradeRow[];
  cells: ReadonlyMap<string, string>;
}

/**
 * The flows compared, as [exporter, importer]: France–Russia (the pair this site is about: Russia is 1–2 % of
 * France's trade, France 2–3 % of Russia's) and Russia–Belarus (Russia is about half of Belarus's trade, Belarus
 * 4–7 % of Russia's). France–Belarus is left out: under 0.1 % of France's trade and about 1 % of Belarus's, its
 * mirror ratios scatter from 0.12 to 8.4 over 2000–2020, too noisy for any band to mean something.
 */
export const MIRROR_FLOWS: readonly (readonly [string, string])[] = [
  ["FRA", "RUS"],
  ["RUS", "FRA"],
  ["RUS", "BLR"],
  ["BLR", "RUS"],
];

/**
 * Years whose Russia-declared Belarus rows are absent (2001, 2004, 2009, 2010) or a partial year (2006: Russia
 * declares 3.3 bn of exports to Belarus, Belarus 13.1 bn of imports from Russia; 2011: 11.3 bn against 24.9 bn).
 * Russia–Belarus is not compared in these years (see data/raw/imf-dots/PROVENANCE.md).
 */
export const RUSSIA_BELARUS_GAPS: ReadonlySet<number> = new Set([2001, 2004, 2006, 2009, 2010, 2011]);

/**
 * Importer-declared CIF ÷ exporter-declared FOB, over the 72 comparisons of 2000–2020 in the 2022 workbooks:
 *   France → Russia 0.694 (2001) to 1.557 (2016)     Russia → France 1.156 (2015) to 2.595 (2001)
 *   Russia → Belarus 0.984 (2007) to 1.250 (2005)    Belarus → Russia 0.807 (2005) to 1.023 (2002)
 * CIF includes freight and insurance, so the ratio is normally a little above 1. It reaches 2.6 for France's imports
 * from Russia because France records the country of origin and Russia the destination it knows: Russian oil sold
 * through traders elsewhere is Russia → France in France's figures only. The band, 0.5–3, leaves a margin of a
 * factor 1.16 above the highest ratio and 1.39 below the lowest, and fails (__tests__/cross-check.test.ts):
 *   - a workbook in thousands or in billions (ratios off by a factor of 1000);
 *   - France's sheets swapped under the right titles: 2000 falls to 0.29, and 2000–2005 to 0.29–0.39, when France
 *     imported from Russia two to four times what it exported there. Since 2012 the two flows are within a factor
 *     of 2 of each other, and no mirror comparison could tell them apart;
 *   - Russia's sheets swapped (2000: 3.5) or Belarus's (2005: 0.46);
 *   - France's values scaled by more than 1.16 upwards or 1.93 downwards.
 */
export const MIRROR_BAND = { min: 0.5, max: 3 } as const;

const SHEET_OF = new Map<string, string>(SHEETS.map((s) => [s.flow, s.sheet]));

/** One side of a mirror flow: what a reporter declares, and the cell it was read from. */
export interface Declared {
  what: string;
  value: number;
  cell: string;
}

/** One comparison: the exporter's and the importer's declarations of a flow in a year, and their ratio. */
export interface MirrorRatio {
  exporter: string;
  importer: string;
  year: number;
  exported: Declared;
  imported: Declared;
  /** imported ÷ exported */
  ratio: number;
}

/**
 * The mirror ratios of the flows compared, for the years yearMin..yearMax; throws when a value is missing on either
 * side (a partner that vanished), naming the workbook and sheet that lack it.
 */
export function mirrorRatios(workbooks: readonly ReadWorkbook[], yearMin: number, yearMax: number): MirrorRatio[] {
  const byReporter = new Map(workbooks.map((w) => [w.reporter, w]));
  const values = new Map(
    workbooks.flatMap((w) => w.rows.map((r) => [`${w.reporter}|${r.partner}|${r.year}|${r.flow}`, r.value_usd_m])),
  );
  /** What `reporter` declares of its `flow` with `partner` in `year`, and the cell (else the sheet) it is in. */
  const declared = (reporter: string, partner: string, year: number, flow: "exports" | "imports") => {
    const workbook = byReporter.get(reporter);
    if (!workbook) throw new Error(`mirror check: no workbook was read for ${countryName(reporter)} (${reporter})`);
    const key = `${partner}|${year}|${flow}`;
    return {
      what: `${countryName(reporter)}'s ${flow} ${flow === "exports" ? "to" : "from"} ${countryName(partner)}`,
      value: values.get(`${reporter}|${key}`),
      cell: workbook.cells.get(key) ?? `${workbook.file} [${SHEET_OF.get(flow)}]`,
    };
  };
  const ratios: MirrorRatio[] = [];
  for (let year = yearMin; year <= yearMax; year++) {
    for (const [exporter, importer] of MIRROR_FLOWS) {
      const pair = [exporter, importer].sort().join("-");
      if (pair === "BLR-RUS" && RUSSIA_BELARUS_GAPS.has(year)) continue;
      const exported = declared(exporter, importer, year, "exports");
      const imported = declared(importer, exporter, year, "imports");
      const gap = [exported, imported].find((d) => d.value === undefined);
      if (gap) {
        const other = gap === exported ? imported : exported;
        throw new Error(
          `mirror check ${year}: no value for ${gap.what} in ${gap.cell}` +
            (other.value === undefined
              ? `, nor for ${other.what} in ${other.cell}`
              : `, while ${other.what} are ${other.value} (${other.cell}); a vanished row?`),
        );
      }
      ratios.push({
        exporter,
        importer,
        year,
        exported: exported as Declared,
        imported: imported as Declared,
        ratio: imported.value! / exported.value!,
      });
    }
  }
  return ratios;
}

/** Throws on the first mirror ratio outside MIRROR_BAND; returns how many were compared and their range. */
export function crossCheck(workbooks: readonly ReadWorkbook[], yearMin: number, yearMax: number) {
  const ratios = mirrorRatios(workbooks, yearMin, yearMax);
  for (const { year, exported, imported, ratio } of ratios) {
    if (ratio >= MIRROR_BAND.min && ratio <= MIRROR_BAND.max) continue;
    throw new Error(
      `mirror check ${year}: ${imported.what}, ${imported.value} (${imported.cell}), are ${Number(ratio.toPrecision(2))} ` +
        `times ${exported.what}, ${exported.value} (${exported.cell}); outside ${MIRROR_BAND.min}–` +
        `${MIRROR_BAND.max}. A workbook with its sheets swapped, in the wrong unit, or another reporter's? ` +
        `(lib/extract/cross-check.ts)`,
    );
  }
  const all = ratios.map((r) => r.ratio);
  return { compared: ratios.length, min: Math.min(...all), max: Math.max(...all) };
}
