/**
 * Reads UN Comtrade's files of every reporter's declared goods exports by partner, one per year
 * (data/raw/un-comtrade-exports/comtrade_all_exports_<year>A.csv, see its PROVENANCE.md), and keeps what this site
 * uses: every country's exports to Russia, i.e. the partner-declared (mirror) view of Russia's imports, 2014–2022; and
 * France's exports to every country, France-declared, for Russia's place among France's export markets.
 * Values are US dollars in the files; they become USD millions here, once, by moving the decimal point of the written
 * number (no floating-point division, so 8964064478.123 becomes exactly 8964.064478123).
 * Every line is checked: the header, the date (<year>-01-01 of its file), the value (a plain non-negative number),
 * reporter and partner names (lib/extract/comtrade-partners.ts: a country, or a listed non-country row); an unknown
 * name or a reporter–partner pair seen twice stops the script naming file:line:column.
 */
import { COMTRADE_NOT_COUNTRIES, COMTRADE_PARTNER_CODES } from "./comtrade-partners";

export const COMTRADE_HEADER = ["date", "value", "reporter", "partner"];
export const comtradeFile = (year: number) => `comtrade_all_exports_${year}A.csv`;

export interface ComtradeRow extends Record<string, string | number> {
  reporter: string;
  partner: string;
  year: number;
  value_usd_m: number;
}
/** The reporter whose exports to every partner are kept. */
export const COMTRADE_MARKETS_OF = "FRA";

export interface ComtradeYear {
  /** every country's exports to Russia */
  rows: ComtradeRow[];
  /** where each kept value was read, keyed by reporter: "file:line:column" */
  cells: Map<string, string>;
  /** France's exports to every country, and to the world (partner WLD) */
  markets: ComtradeRow[];
  /** where each of France's values was read, keyed by partner code */
  marketCells: Map<string, string>;
  /** reporters in the file (countries and not), and the non-country reporters' exports to Russia, left out */
  reporters: number;
  leftOut: { reporter: string; value_usd_m: number }[];
}

const NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;

/** "8964064478.123" (USD) → 8964.064478123 (USD millions), by moving the decimal point six places. */
export function usdToMillions(usd: string): number {
  const m = NUMBER.exec(usd);
  if (!m) throw new Error(`${JSON.stringify(usd)} is not a non-negative number`);
  const digits = (m[1] + (m[2] ?? "").slice(1)).padStart(m[1].length + 6, "0");
  const point = digits.length - (m[2] ? m[2].length - 1 : 0) - 6;
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** Splits a Comtrade line: four fields, the names possibly quoted ("China, Hong Kong SAR"). */
function fields(file: string, line: number, text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        if (j >= text.length) throw new Error(`${file}:${line}:${i + 1}: unterminated quoted field`);
        if (text[j] === '"' && text[j + 1] === '"') {
          v += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else v += text[j++];
      }
      out.push(v);
      if (j + 1 < text.length && text[j + 1] !== ",")
        throw new Error(`${file}:${line}:${j + 2}: text after a closing quote`);
      i = j + 2;
    } else {
      const end = text.indexOf(",", i);
      out.push(end < 0 ? text.slice(i) : text.slice(i, end));
      i = end < 0 ? text.length + 1 : end + 1;
    }
  }
  return out;
}

/** Reads one year's file from its text. */
export function parseComtradeYear(file: string, year: number, text: string): ComtradeYear {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  if (lines[0] !== COMTRADE_HEADER.join(","))
    throw new Error(`${file}:1: header is ${JSON.stringify(lines[0])}, expected ${COMTRADE_HEADER.join(",")}`);
  const rows: ComtradeRow[] = [];
  const cells = new Map<string, string>();
  const seen = new Map<string, number>();
  const reporters = new Set<string>();
  const leftOut = new Map<string, number>();
  const markets: ComtradeRow[] = [];
  const marketCells = new Map<string, string>();
  const code = (name: string, at: string): string | null => {
    const c = COMTRADE_PARTNER_CODES.get(name);
    if (c) return c;
    if (COMTRADE_NOT_COUNTRIES.has(name)) return null;
    throw new Error(`${at}: unknown name ${JSON.stringify(name)}; add it to lib/extract/comtrade-partners.ts`);
  };
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const f = fields(file, line, lines[i]);
    if (f.length !== 4)
      throw new Error(`${file}:${line}: ${f.length} fields, expected 4 (${COMTRADE_HEADER.join(",")})`);
    const [date, value, reporterName, partnerName] = f;
    if (date !== `${year}-01-01`)
      throw new Error(`${file}:${line}:1: date ${JSON.stringify(date)}, expected ${year}-01-01 (the year of ${file})`);
    if (!NUMBER.test(value))
      throw new Error(`${file}:${line}:2: value ${JSON.stringify(value)} is not a non-negative number of US dollars`);
    const col3 = lines[i].indexOf(reporterName) + 1;
    const reporter = code(reporterName, `${file}:${line}:${col3}`);
    const partner = code(partnerName, `${file}:${line}:${lines[i].lastIndexOf(partnerName) + 1}`);
    const pair = `${reporterName}|${partnerName}`;
    if (seen.has(pair))
      throw new Error(`${file}:${line}: ${reporterName} → ${partnerName} again (first on line ${seen.get(pair)})`);
    seen.set(pair, line);
    reporters.add(reporterName);
    if (reporter === COMTRADE_MARKETS_OF && partner !== null) {
      if (marketCells.has(partner))
        throw new Error(`${file}:${line}: ${partnerName} is ${partner} again (as ${marketCells.get(partner)})`);
      markets.push({ reporter, partner, year, value_usd_m: usdToMillions(value) });
      marketCells.set(partner, `${file}:${line}:2`);
    }
    if (partner !== "RUS") continue;
    if (reporter === null || reporter === "WLD") {
      leftOut.set(reporterName, usdToMillions(value));
      continue;
    }
    if (cells.has(reporter))
      throw new Error(`${file}:${line}:${col3}: ${reporterName} is ${reporter} again (as ${cells.get(reporter)})`);
    rows.push({ reporter, partner: "RUS", year, value_usd_m: usdToMillions(value) });
    cells.set(reporter, `${file}:${line}:2`);
  }
  rows.sort((a, b) => a.reporter.localeCompare(b.reporter));
  markets.sort((a, b) => a.partner.localeCompare(b.partner));
  return {
    rows,
    cells,
    markets,
    marketCells,
    reporters: reporters.size,
    leftOut: [...leftOut]
      .map(([reporter, value_usd_m]) => ({ reporter, value_usd_m }))
      .sort((a, b) => a.reporter.localeCompare(b.reporter)),
  };
}
