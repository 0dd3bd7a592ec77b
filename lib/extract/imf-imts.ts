/**
 * Reads the IMF's IMTS export of Russia's trade with every partner, 2016–2024 (data/raw/imf-imts-russia/RU_trade.csv,
 * see its PROVENANCE.md): the only source of Russia's partner trade after DOTS ends in 2020. 2016–2020 repeat DOTS,
 * 2021 is Russia's own report, and 2022–2024 are the IMF's estimates (Russia stopped publishing trade by partner), so
 * every row from IMTS_ESTIMATED_FROM carries `estimated = yes`.
 * The file is checked before a value is kept: its header, dataset, reporter, indicator, frequency and scale on every
 * line; each partner code is an ISO code of the checked IMF list (lib/extract/imf-partners.ts), one of the three codes
 * IMTS spells otherwise (IMTS_OWN_CODES), or a grouping / "not specified" code listed in IMTS_GROUPINGS (dropped: never
 * ranked); any other code, a value that is not a plain non-negative number, or a partner and flow seen twice stops the
 * script naming file:line:column.
 */
import Papa from "papaparse";
import { IMF_PARTNER_CODES } from "./imf-partners";
import { IMTS_ESTIMATED_FROM, IMTS_YEAR_MAX, IMTS_YEAR_MIN } from "../model/schemas";

const YEARS = Array.from({ length: IMTS_YEAR_MAX - IMTS_YEAR_MIN + 1 }, (_, i) => IMTS_YEAR_MIN + i);
export const IMTS_HEADER = [
  ...["DATASET", "SERIES_CODE", "OBS_MEASURE", "COUNTRY.ID", "COUNTRY", "INDICATOR.ID", "INDICATOR"],
  ...["COUNTERPART_COUNTRY.ID", "COUNTERPART_COUNTRY", "FREQUENCY.ID", "FREQUENCY", "SCALE.ID", "SCALE"],
  ...["TRADE_FLOW.ID", "TRADE_FLOW"],
  ...YEARS.map(String),
];
/** What every line must say, column by column. */
const FIXED: Record<string, string> = {
  DATASET: "IMF.STA:IMTS(1.0.0)",
  "COUNTRY.ID": "RUS",
  "FREQUENCY.ID": "A",
  SCALE: "Millions",
};
export const IMTS_FLOWS: ReadonlyMap<string, "exports" | "imports"> = new Map([
  ["XG_FOB_USD", "exports"],
  ["MG_CIF_USD", "imports"],
]);
/** IMTS codes that are not the ISO code of the checked list: World (G001, kept as WLD, as in the DOTS files),
 *  Belgium-Luxembourg (TX126, the customary BLX) and West Bank and Gaza (WBG, ISO PSE). */
export const IMTS_OWN_CODES: ReadonlyMap<string, string> = new Map([
  ["G001", "WLD"],
  ["TX126", "BLX"],
  ["WBG", "PSE"],
]);
/** IMTS groupings (G…, GX…) and "not specified" / "Special Categories" / "n.i.e." residuals (TX…): never ranked. */
export const IMTS_GROUPINGS: ReadonlySet<string> = new Set([
  ...["G080", "G092", "G110", "G163", "G200", "G205", "G400", "G505", "G603", "G903", "G998"],
  ...["GX170", "GX405", "GX440", "GX605", "GX901"],
  ...["TX399", "TX598", "TX799", "TX884", "TX898", "TX899", "TX910"],
]);
const KNOWN_ISO: ReadonlySet<string> = new Set(IMF_PARTNER_CODES.values());

export interface ImtsRow extends Record<string, string | number> {
  reporter: "RUS";
  partner: string;
  year: number;
  flow: "exports" | "imports";
  value_usd_m: number;
  estimated: "yes" | "no";
}

export interface ImtsRead {
  rows: ImtsRow[];
  /** where each kept value was read, keyed partner|year|flow: "file:line:column" */
  cells: Map<string, string>;
  /** the grouping codes met and left out */
  groupings: string[];
}

const NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;

/** Parses the text of RU_trade.csv (`file` names it in errors). */
export function parseImts(file: string, text: string): ImtsRead {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  if (parsed.errors.length)
    throw new Error(`${file}:${parsed.errors[0].row! + 1}: ${parsed.errors[0].message} (not a well-formed CSV)`);
  const lines = parsed.data;
  while (lines.length && lines[lines.length - 1].length === 1 && lines[lines.length - 1][0] === "") lines.pop();
  const header = lines[0] ?? [];
  if (header.join(",") !== IMTS_HEADER.join(","))
    throw new Error(`${file}:1: header is ${JSON.stringify(header.join(","))}, expected ${IMTS_HEADER.join(",")}`);
  const col = (name: string) => IMTS_HEADER.indexOf(name);
  const rows: ImtsRow[] = [];
  const cells = new Map<string, string>();
  const seen = new Map<string, number>();
  const groupings = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const cellsOf = lines[i];
    if (cellsOf.some((c) => c.includes("\n")))
      throw new Error(`${file}:${line}: a field spans lines; every record of this export is one line`);
    if (cellsOf.length !== IMTS_HEADER.length)
      throw new Error(`${file}:${line}: ${cellsOf.length} columns, expected ${IMTS_HEADER.length} as in the header`);
    for (const [name, want] of Object.entries(FIXED))
      if (cellsOf[col(name)] !== want)
        throw new Error(
          `${file}:${line}:${col(name) + 1}: ${name} is ${JSON.stringify(cellsOf[col(name)])}, expected "${want}"`,
        );
    const indicator = cellsOf[col("INDICATOR.ID")];
    const flow = IMTS_FLOWS.get(indicator);
    if (!flow)
      throw new Error(
        `${file}:${line}:${col("INDICATOR.ID") + 1}: indicator ${JSON.stringify(indicator)} is neither XG_FOB_USD nor MG_CIF_USD`,
      );
    const raw = cellsOf[col("COUNTERPART_COUNTRY.ID")];
    const at = `${file}:${line}:${col("COUNTERPART_COUNTRY.ID") + 1}`;
    if (IMTS_GROUPINGS.has(raw)) {
      groupings.add(raw);
      continue;
    }
    const partner = IMTS_OWN_CODES.get(raw) ?? (KNOWN_ISO.has(raw) ? raw : undefined);
    if (!partner)
      throw new Error(
        `${at}: unknown partner code ${JSON.stringify(raw)} (${JSON.stringify(cellsOf[col("COUNTERPART_COUNTRY")])}); add it to lib/extract/imf-partners.ts or to IMTS_GROUPINGS in lib/extract/imf-imts.ts`,
      );
    const key = `${partner}|${flow}`;
    if (seen.has(key)) throw new Error(`${at}: ${partner} ${flow} again (first on line ${seen.get(key)})`);
    seen.set(key, line);
    YEARS.forEach((year) => {
      const c = col(String(year));
      const v = cellsOf[c];
      if (v === "") return;
      if (!NUMBER.test(v))
        throw new Error(
          `${file}:${line}:${c + 1}: ${JSON.stringify(v)} is not a non-negative number (${partner}, ${flow}, ${year})`,
        );
      rows.push({
        reporter: "RUS",
        partner,
        year,
        flow,
        value_usd_m: Number(v),
        estimated: year >= IMTS_ESTIMATED_FROM ? "yes" : "no",
      });
      cells.set(`${partner}|${year}|${flow}`, `${file}:${line}:${c + 1}`);
    });
  }
  rows.sort((a, b) => a.partner.localeCompare(b.partner) || a.year - b.year || a.flow.localeCompare(b.flow));
  return { rows, cells, groupings: [...groupings].sort() };
}
