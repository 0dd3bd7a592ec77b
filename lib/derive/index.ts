/**
 * The derive stage in one call: every table, ranking and claim result the site shows, computed once per dataset
 * (memoised) from the validated CSVs of the model stage. Figures, pages and published files read from here, so a
 * number is computed in one place and is the same in the chart, the table, the CSV and every exported file.
 */
import { CLAIMS_RESULTS_SCHEMA, loadClaims, type Claim } from "../model/claims-spec";
import path from "node:path";
import { dataset, DATA_DIR, loadDataset, type Dataset } from "../model/load";
import type { Measure, RankBasis, Reporter } from "../model/constants";
import { bilateral, type BilateralRow } from "./bilateral";
import {
  annualTrade,
  monthlyFacts,
  monthlyTrade,
  type AnnualTradeRow,
  type MonthlyFacts,
  type MonthlyTradeRow,
} from "./monthly";
import { evaluateClaims, type ClaimEvaluation } from "./claims/evaluate";
import { claimsRows } from "./claims/results-csv";
import { rankPartners, type RankedPartner } from "./rankings";
import { estimateCheckRows, partnerRankRows } from "./after-2021";
import { marketRankRows } from "./france-markets";
import { DERIVED_SCHEMAS } from "../model/derived-schemas";
import { RUSSIA_DEPTH } from "../model/constants";
import { MARKET_DEPTH } from "../model/after-2021";
import {
  derivedTables,
  franceTopPartners,
  russiaTopPartners,
  type DerivedTable,
  type FranceRankRow,
  type RussiaRankRow,
} from "./tables";

export interface Derived {
  ds: Dataset;
  /** Table 1, on each of its bases (rounded to 0.1, as published) */
  bilateral: BilateralRow[];
  /** France's ranked partners per basis and year (published depth) */
  franceRanks: FranceRankRow[];
  /** Russia's ranked partners per year, measure and basis (published depth) */
  russiaRanks: RussiaRankRow[];
  /** France–Russia monthly trade since 2019 (Eurostat), in EUR and USD (fr-ru-monthly-trade.csv) */
  monthly: MonthlyTradeRow[];
  /** its totals by year and source, with the change from 2021 (fr-ru-annual-trade.csv) */
  annual: AnnualTradeRow[];
  /** what the monthly page states, computed */
  monthlyFacts: MonthlyFacts;
  /** the derived CSVs, by file name (the claims results included) */
  tables: Record<string, DerivedTable>;
  /** every claim of data/claims.csv, evaluated on each of its bases */
  claims: ClaimEvaluation[];
  /** one partner's full ranking entry (unrounded), or undefined when the reporter declares no trade with it */
  rank(
    reporter: Reporter,
    partner: string,
    year: number,
    measure: Measure,
    basis?: RankBasis,
  ): RankedPartner | undefined;
}

const memo = new WeakMap<Dataset, WeakMap<readonly Claim[], Derived>>();

let derivations = 0;
/** How many times this process has derived a dataset: once in a build (scripts/build.ts prints it and stops if not). */
export const derivationCount = () => derivations;

/** Derives everything from a dataset and the claims spec (memoised per dataset and claims list). */
export function derive(ds: Dataset, claims: readonly Claim[]): Derived {
  if (!memo.has(ds)) memo.set(ds, new WeakMap());
  const done = memo.get(ds)!.get(claims);
  if (done) return done;
  derivations++;
  const evaluations = evaluateClaims(ds, claims);
  const rows = {
    bilateral: bilateral(ds),
    franceRanks: franceTopPartners(ds),
    russiaRanks: russiaTopPartners(ds),
    monthly: monthlyTrade(ds),
    annual: annualTrade(ds),
  };
  const d: Derived = {
    ds,
    ...rows,
    tables: {
      ...derivedTables(rows),
      "russia-partner-ranks.csv": {
        schema: DERIVED_SCHEMAS["russia-partner-ranks.csv"],
        rows: partnerRankRows(ds, RUSSIA_DEPTH),
      },
      "imf-estimate-checks.csv": { schema: DERIVED_SCHEMAS["imf-estimate-checks.csv"], rows: estimateCheckRows(ds) },
      "france-export-markets.csv": {
        schema: DERIVED_SCHEMAS["france-export-markets.csv"],
        rows: marketRankRows(ds, MARKET_DEPTH),
      },
      [CLAIMS_RESULTS_SCHEMA.file]: { schema: CLAIMS_RESULTS_SCHEMA, rows: claimsRows(ds, evaluations) },
    },
    monthlyFacts: monthlyFacts(ds, rows.annual),
    claims: evaluations,
    rank: (reporter, partner, year, measure, basis = "as-reported") =>
      rankPartners(ds, reporter, year, measure, basis).find((r) => r.partner === partner),
  };
  memo.get(ds)!.set(claims, d);
  return d;
}

const byFolder = new Map<string, Derived>();
/** Everything derived from a data/ folder (the project's, or a scratch copy's in tests), once per folder and process. */
export function derivedFrom(dataDir: string): Derived {
  const dir = path.resolve(dataDir);
  let d = byFolder.get(dir);
  if (!d) {
    const ds = dir === DATA_DIR ? dataset() : loadDataset(dir);
    d = derive(ds, loadClaims(dir, new Set(ds.countries.keys())));
    byFolder.set(dir, d);
  }
  return d;
}

/** Everything derived from data/ in the working directory (the build's is the project it builds: scripts/build.ts),
 *  once per folder and process (build, pages, tests). */
export const derived = (): Derived => derivedFrom(path.resolve("data"));
