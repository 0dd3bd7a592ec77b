/** Schemas of the derived CSVs (computed by lib/derive/tables.ts, never edited by hand). */
import {
  basesFor,
  BASIS_INFO,
  BILATERAL_BASES,
  FRANCE,
  FRANCE_DEPTH,
  RUSSIA,
  IMF_SOURCE,
  RANK_YEARS,
  RUSSIA_DEPTH,
  YEAR_MAX,
  YEAR_MIN,
} from "./constants";
import { TRADE_USD_M_MAX, type Field, type Schema } from "./schemas";

/** Ranges follow from data/'s: one flow lies in 0…TRADE_USD_M_MAX (lib/model/schemas.ts), so exports + imports lie
 *  in 0…2× that and exports − imports within ± that; rounding to 0.1 cannot cross a bound that is a whole number. */
const FLOW: [number, number] = [0, TRADE_USD_M_MAX];
const TOTAL: [number, number] = [0, 2 * TRADE_USD_M_MAX];
const BALANCE: [number, number] = [-TRADE_USD_M_MAX, TRADE_USD_M_MAX];
const usd = (name: string, description: string, [minimum, maximum]: [number, number]): Field => ({
  name,
  type: "number",
  description,
  unit: "USD millions, current prices",
  minimum,
  maximum,
});
const from = (...files: string[]) => [
  { title: IMF_SOURCE.name, url: IMF_SOURCE.url },
  ...files.map((f) => ({ title: `Derived at build from data/${f} by lib/derive/tables.ts`, path: `data/${f}` })),
];
/** The basis column of a ranking CSV, and the sentence of each basis it may hold. */
const basisField = (reporter: typeof FRANCE | typeof RUSSIA): Field => ({
  name: "basis",
  type: "string",
  description: `Statistical basis: ${basesFor(reporter)
    .map((b) => `${b} = ${BASIS_INFO[b].sentence}`)
    .join(" ")}`,
  enum: basesFor(reporter),
});
const [RANK_FROM, RANK_TO] = [RANK_YEARS[0], RANK_YEARS[RANK_YEARS.length - 1]];
/** The fields of a ranking CSV that keeps the first `depth` partners of each ranking (lib/derive/tables.ts): ranks
 *  run from 1, and ties share the better rank, so none exceeds `depth`. */
const rankFields = (depth: number): Field[] => [
  { name: "year", type: "integer", description: "Calendar year", minimum: RANK_FROM, maximum: RANK_TO },
  {
    name: "rank",
    type: "integer",
    description: "Rank among partner countries (1 = largest); aggregates excluded; ties share the better rank",
    minimum: 1,
    maximum: depth,
  },
  { name: "partner", type: "string", description: "Partner country (ISO 3166-1 alpha-3)", country: true },
  { name: "name", type: "string", description: "Partner name" },
  usd("exports_usd_m", "Reporter's exports to the partner (FOB), rounded to 0.1", FLOW),
  usd("imports_usd_m", "Reporter's imports from the partner (CIF), rounded to 0.1", FLOW),
  usd("total_usd_m", "Exports + imports, rounded to 0.1 after summing", TOTAL),
];

export const DERIVED_SCHEMAS: Record<string, Schema> = {
  "bilateral-trade.csv": {
    file: "bilateral-trade.csv",
    title: `France–Russia goods trade by year, ${YEAR_MIN}–${YEAR_MAX}, on both declaring sides`,
    description:
      "French exports to and imports from Russia. basis france-declared: France's declarations; russia-declared: Russia's declarations mirrored (Russia's imports from France as French exports, Russia's exports to France as French imports). Balance = exports − imports (negative: French deficit). Values rounded to 0.1 after computing.",
    fields: [
      { name: "year", type: "integer", description: "Calendar year", minimum: YEAR_MIN, maximum: YEAR_MAX },
      { name: "basis", type: "string", description: "Which side declared the flows", enum: BILATERAL_BASES },
      usd("fr_exports_usd_m", "French exports to Russia", FLOW),
      usd("fr_imports_usd_m", "French imports from Russia", FLOW),
      usd("total_usd_m", "Exports + imports", TOTAL),
      usd("balance_usd_m", "French exports − French imports", BALANCE),
    ],
    primaryKey: ["basis", "year"],
    sources: from("trade-france.csv", "trade-russia.csv"),
    licence: IMF_SOURCE.licence,
  },
  "france-top-partners.csv": {
    file: "france-top-partners.csv",
    title: `France's top ${FRANCE_DEPTH} trading partners by total goods trade, each year ${RANK_FROM}–${RANK_TO}, on each basis`,
    description:
      "Partners ranked by France's exports + imports, as France declares them (basis as-reported) or as each partner declares its trade with France (partner-declared); World, IMF groupings and former entities excluded.",
    fields: [basisField(FRANCE), ...rankFields(FRANCE_DEPTH)],
    primaryKey: ["basis", "year", "rank", "partner"],
    sources: from("trade-france.csv", "trade-all-reporters.csv"),
    licence: IMF_SOURCE.licence,
  },
  "russia-top-partners.csv": {
    file: "russia-top-partners.csv",
    title: `Russia's top ${RUSSIA_DEPTH} trading partners by total trade and by imports, each year ${RANK_FROM}–${RANK_TO}, on each basis`,
    description:
      "Partners of Russia ranked on each basis (see the basis field). measure total = exports + imports; imports = Russia's imports from the partner. On basis customs only the 29 main partners of Russia's customs table are ranked (Kazakhstan has no 2010 figure there). Russia's 2011 Belarus figures are present but look incomplete (11.3 bn USD exports / 6.8 bn imports against Belarus-declared 14.5 / 24.9 bn); they are not filled, so Belarus is understated in 2011 on both bases.",
    fields: [
      { name: "measure", type: "string", description: "What is ranked", enum: ["total", "imports"] },
      basisField(RUSSIA),
      ...rankFields(RUSSIA_DEPTH),
    ],
    primaryKey: ["measure", "basis", "year", "rank", "partner"],
    sources: from(
      "trade-russia.csv",
      "trade-belarus.csv",
      "trade-all-reporters.csv",
      "russia-customs-main-partners.csv",
    ),
    licence: IMF_SOURCE.licence,
  },
};
