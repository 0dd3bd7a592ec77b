/**
 * The claims spec: data/claims.csv lists the article's quantitative claims and how to check each one.
 * It describes computations only; results are computed at build by lib/claims/evaluate.ts.
 *
 * Columns: id, page (chart page slug), statement (a paraphrase, never a quotation), article_value (what the
 * article says, as display text), check (kind of check) and params, a compact `key=value;key=value` string.
 * Lists inside a value are comma-separated (`bases=france-declared,russia-declared`).
 *
 * Every problem is a CsvError `file:line:column: message`, as for the data CSVs: the build stops.
 * Lines are exact because no field may hold a line break (the schema's patterns refuse them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CsvError, parseCsvLines } from "./csv-parse";
import { YEAR_MAX, YEAR_MIN } from "./constants";
import type { Schema } from "./schemas";
import type { BilateralBasis, GapBasis, Measure } from "./constants";
import { ordinal } from "../format";

export const CLAIMS_FILE = "claims.csv";
export const CHECK_KINDS = ["rank", "rank-change", "growth", "change", "tie"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export const CLAIM_PAGES = ["bilateral-trade", "france-top-partners", "russia-top-partners", "fdi-in-russia"] as const;
export type ClaimPage = (typeof CLAIM_PAGES)[number];

const ARTICLE = {
  title: "J. Faure, “Macron's Dialogue With Russia: A French Attempt to Fix the European Security Architecture”, Russia Matters, 12 May 2021",
  url: "https://www.russiamatters.org/analysis/macrons-dialogue-russia-french-attempt-fix-european-security-architecture",
};
const ONE_LINE = "^[^\\r\\n]+$";

export const CLAIMS_SCHEMA: Schema = {
  file: CLAIMS_FILE,
  title: "The article's quantitative claims and how each is checked",
  description:
    "Hand-written spec: one row per claim, with a paraphrase of the claim, the value the article gives, the kind of check and its parameters (key=value;key=value). It holds no results; those are computed at build and published in claims-results.csv.",
  fields: [
    { name: "id", type: "string", description: "Stable claim id (lower-case words joined by hyphens)", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
    { name: "page", type: "string", description: "Chart page where the claim is shown", enum: CLAIM_PAGES },
    { name: "statement", type: "string", description: "The claim, paraphrased (not quoted)", pattern: ONE_LINE },
    { name: "article_value", type: "string", description: "The value the article gives, as display text", pattern: ONE_LINE },
    { name: "check", type: "string", description: "Kind of check", enum: CHECK_KINDS },
    { name: "params", type: "string", description: "Parameters of the check: key=value pairs separated by ';', list items by ','", pattern: ONE_LINE },
  ],
  primaryKey: ["id"],
  sources: [{ title: ARTICLE.title, url: ARTICLE.url }],
  licence: "Paraphrases of the article's claims, with attribution; the spec itself is part of this site",
};

export const CLAIMS_RESULTS_FILE = "claims-results.csv";
export const CLAIMS_RESULTS_SCHEMA: Schema = {
  file: CLAIMS_RESULTS_FILE,
  title: "The article's claims checked against the data",
  description:
    "One row per claim and basis: the article's value, the value computed at build from the site's CSVs, the verdict (agrees, differs, cannot-check) and a one-line explanation. Derived from claims.csv by lib/claims/evaluate.ts.",
  fields: [
    CLAIMS_SCHEMA.fields[0],
    CLAIMS_SCHEMA.fields[1],
    CLAIMS_SCHEMA.fields[2],
    CLAIMS_SCHEMA.fields[3],
    { name: "basis", type: "string", description: "Which data the value is computed from (declaring side, Belarus-gap treatment or source)", pattern: ONE_LINE },
    { name: "our_value", type: "string", description: "Value computed from the data, formatted", pattern: ONE_LINE },
    { name: "verdict", type: "string", description: "Whether the data agree with the claim", enum: ["agrees", "differs", "cannot-check"] },
    { name: "explanation", type: "string", description: "How the verdict was reached, in one line", pattern: ONE_LINE },
  ],
  primaryKey: ["id", "basis"],
  sources: [{ title: ARTICLE.title, url: ARTICLE.url }, { title: "Claims spec", path: `data/${CLAIMS_FILE}` }],
  licence: "Computed from the site's CSVs (IMF DOTS; EY via the cited pages), with attribution",
};

// ---- typed parameters --------------------------------------------------------------------------------------

export type BilateralMeasure = "fr_exports" | "fr_imports" | "total" | "balance";
export type { BilateralBasis, GapBasis, Measure };

export interface TradeRankParams { data: "trade"; reporter: "FRA" | "RUS"; partner: string; measure: Measure; year: number; expected: number; bases: GapBasis[] }
export interface FdiRankParams { data: "fdi-projects"; partner: string; year: number; expected: number }
export interface RankChangeParams { data: "trade"; reporter: "FRA" | "RUS"; partner: string; measure: Measure; from: number; to: number; places: number; bases: GapBasis[] }
export interface GrowthParams { data: "bilateral"; measure: BilateralMeasure; from: number; to: number; min_pct: number; bases: BilateralBasis[] }
export interface ChangeParams { data: "bilateral"; measure: BilateralMeasure; of: "value" | "size"; from: number; to: number; min_pct: number; max_pct: number; bases: BilateralBasis[] }
export interface TieParams { data: "fdi-projects"; year: number; partners: string[] }

interface ClaimBase { id: string; page: ClaimPage; statement: string; article_value: string; /** line in the CSV */ line: number }
export type Claim = ClaimBase & (
  | { check: "rank"; params: TradeRankParams | FdiRankParams }
  | { check: "rank-change"; params: RankChangeParams }
  | { check: "growth"; params: GrowthParams }
  | { check: "change"; params: ChangeParams }
  | { check: "tie"; params: TieParams }
);

// ---- params grammar -----------------------------------------------------------------------------------------

type KeyType =
  | { kind: "year" }
  | { kind: "int"; min?: number }
  | { kind: "number" }
  | { kind: "code" }
  | { kind: "codes"; min: number }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "enum-list"; values: readonly string[] };
interface KeySpec { type: KeyType; required?: boolean; default?: string }

const YEAR: KeySpec = { type: { kind: "year" }, required: true };
const CODE: KeySpec = { type: { kind: "code" }, required: true };
const TRADE_MEASURE: KeySpec = { type: { kind: "enum", values: ["total", "exports", "imports"] }, required: true };
const BILATERAL_MEASURE: KeySpec = { type: { kind: "enum", values: ["fr_exports", "fr_imports", "total", "balance"] }, required: true };
const GAP_BASES: KeySpec = { type: { kind: "enum-list", values: ["as-reported", "belarus-filled"] }, default: "as-reported" };
const BILATERAL_BASES: KeySpec = { type: { kind: "enum-list", values: ["france-declared", "russia-declared"] }, required: true };
const REPORTER: KeySpec = { type: { kind: "enum", values: ["FRA", "RUS"] }, required: true };

/** Allowed keys for each check kind and `data` value (the `data` key itself is always required). */
const GRAMMAR: Record<CheckKind, Record<string, Record<string, KeySpec>>> = {
  rank: {
    trade: { reporter: REPORTER, partner: CODE, measure: TRADE_MEASURE, year: YEAR, expected: { type: { kind: "int", min: 1 }, required: true }, bases: GAP_BASES },
    "fdi-projects": { partner: CODE, year: YEAR, expected: { type: { kind: "int", min: 1 }, required: true } },
  },
  "rank-change": {
    trade: { reporter: REPORTER, partner: CODE, measure: TRADE_MEASURE, from: YEAR, to: YEAR, places: { type: { kind: "int" }, required: true }, bases: GAP_BASES },
  },
  growth: {
    bilateral: { measure: BILATERAL_MEASURE, from: YEAR, to: YEAR, min_pct: { type: { kind: "number" }, required: true }, bases: BILATERAL_BASES },
  },
  change: {
    bilateral: {
      measure: BILATERAL_MEASURE, of: { type: { kind: "enum", values: ["value", "size"] }, default: "value" }, from: YEAR, to: YEAR,
      min_pct: { type: { kind: "number" }, required: true }, max_pct: { type: { kind: "number" }, required: true }, bases: BILATERAL_BASES,
    },
  },
  tie: {
    "fdi-projects": { year: YEAR, partners: { type: { kind: "codes", min: 2 }, required: true } },
  },
};

const NUMBER = /^-?(?:\d+|\d*\.\d+)$/;
const INTEGER = /^-?\d+$/;

/**
 * Parses one params cell for a check kind. `fail` receives a message and must throw (it adds file:line:column).
 * Exported for tests; use parseClaims for whole files.
 */
export function parseParams(check: CheckKind, text: string, fail: (message: string) => never, countries?: ReadonlySet<string>): Record<string, unknown> {
  const raw = new Map<string, string>();
  for (const pair of text.split(";")) {
    if (pair === "") fail(`params: empty entry in "${text}" (pairs are separated by a single ';', no trailing ';')`);
    const eq = pair.indexOf("=");
    if (eq < 0) fail(`params: "${pair}" is not key=value`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (!/^[a-z][a-z_]*$/.test(key)) fail(`params: bad key "${key}" (lower-case letters and '_')`);
    if (value === "" || value !== value.trim()) fail(`params: ${key} has an empty value or surrounding spaces`);
    if (raw.has(key)) fail(`params: key ${key} appears twice`);
    raw.set(key, value);
  }
  const data = raw.get("data");
  const variants = GRAMMAR[check];
  if (data === undefined) fail(`params: missing key data (for check ${check}: ${Object.keys(variants).join(" or ")})`);
  const keys = variants[data];
  if (!keys) fail(`params: data=${data} is not valid for check ${check} (expected ${Object.keys(variants).join(" or ")})`);
  for (const key of raw.keys()) {
    if (key !== "data" && !(key in keys)) fail(`params: unknown key ${key} for check ${check} with data=${data} (allowed: data, ${Object.keys(keys).join(", ")})`);
  }
  const out: Record<string, unknown> = { data };
  for (const [key, spec] of Object.entries(keys)) {
    const value = raw.get(key) ?? spec.default;
    if (value === undefined) {
      if (spec.required) fail(`params: missing key ${key} for check ${check} with data=${data}`);
      continue;
    }
    const t = spec.type;
    switch (t.kind) {
      case "year": {
        if (!INTEGER.test(value)) fail(`params: ${key}=${value} is not a year`);
        const y = Number(value);
        if (y < YEAR_MIN || y > YEAR_MAX) fail(`params: ${key}=${value} is outside ${YEAR_MIN}–${YEAR_MAX}`);
        out[key] = y;
        break;
      }
      case "int": {
        if (!INTEGER.test(value)) fail(`params: ${key}=${value} is not a whole number`);
        const n = Number(value);
        if (t.min !== undefined && n < t.min) fail(`params: ${key}=${value} is below ${t.min}`);
        out[key] = n;
        break;
      }
      case "number":
        if (!NUMBER.test(value)) fail(`params: ${key}=${value} is not a number`);
        out[key] = Number(value);
        break;
      case "code":
      case "codes": {
        const codes = value.split(",");
        for (const c of codes) {
          if (!/^[A-Z]{3}$/.test(c)) fail(`params: ${key} "${c}" is not a three-letter country code`);
          if (countries && !countries.has(c)) fail(`params: ${key} "${c}" is not a known country code`);
        }
        if (t.kind === "code") {
          if (codes.length !== 1) fail(`params: ${key} takes one country code, found ${codes.length}`);
          out[key] = codes[0];
        } else {
          if (codes.length < t.min) fail(`params: ${key} needs at least ${t.min} country codes`);
          if (new Set(codes).size !== codes.length) fail(`params: ${key} lists a code twice`);
          out[key] = codes;
        }
        break;
      }
      case "enum":
        if (!t.values.includes(value)) fail(`params: ${key}=${value} is not one of ${t.values.join(", ")}`);
        out[key] = value;
        break;
      case "enum-list": {
        const items = value.split(",");
        for (const item of items) if (!t.values.includes(item)) fail(`params: ${key} item "${item}" is not one of ${t.values.join(", ")}`);
        if (new Set(items).size !== items.length) fail(`params: ${key} lists an item twice`);
        out[key] = items;
        break;
      }
    }
  }
  // cross-key rules
  if (typeof out.from === "number" && typeof out.to === "number" && out.from >= (out.to as number)) fail(`params: from=${out.from} must be before to=${out.to}`);
  if (typeof out.min_pct === "number" && typeof out.max_pct === "number" && out.min_pct > (out.max_pct as number)) fail(`params: min_pct=${out.min_pct} is above max_pct=${out.max_pct}`);
  if (out.reporter === "FRA" && (out.bases as string[] | undefined)?.includes("belarus-filled")) fail("params: bases=belarus-filled applies to Russia's declarations only (reporter=RUS)");
  if (out.partner !== undefined && out.partner === out.reporter) fail(`params: partner ${out.partner} is the reporter itself`);
  return out;
}

const PARAMS_COLUMN = CLAIMS_SCHEMA.fields.findIndex((f) => f.name === "params") + 1;
const ARTICLE_COLUMN = CLAIMS_SCHEMA.fields.findIndex((f) => f.name === "article_value") + 1;

/** The number the params expect must be visible in article_value, so that the two cannot drift apart. */
function articleValueMentions(claim: Claim): string | undefined {
  const p = claim.params as unknown as Record<string, unknown>;
  if (claim.check === "rank") return ordinal(p.expected as number);
  if (claim.check === "rank-change") return String(Math.abs(p.places as number));
  if (claim.check === "growth") return String(p.min_pct);
  return undefined;
}

/** Parses and validates the text of a claims CSV. `file` is the name used in messages (e.g. data/claims.csv). */
export function parseClaims(file: string, text: string, countries?: ReadonlySet<string>): Claim[] {
  return parseCsvLines(file, text, CLAIMS_SCHEMA, countries).map(({ row, line }) => {
    const check = row.check as CheckKind;
    const params = parseParams(check, String(row.params), (m) => { throw new CsvError(file, line, PARAMS_COLUMN, m); }, countries);
    const claim = {
      id: String(row.id), page: row.page as ClaimPage, statement: String(row.statement), article_value: String(row.article_value),
      check, params, line,
    } as unknown as Claim; // params were validated against GRAMMAR[check] above
    const mention = articleValueMentions(claim);
    if (mention && !claim.article_value.includes(mention)) {
      throw new CsvError(file, line, ARTICLE_COLUMN, `article_value "${claim.article_value}" does not mention ${mention}, the value the params check`);
    }
    return claim;
  });
}

/** Reads and validates data/claims.csv (or `dir`/claims.csv). */
export function loadClaims(dir: string = path.resolve(process.cwd(), "data"), countries?: ReadonlySet<string>): Claim[] {
  return parseClaims(`data/${CLAIMS_FILE}`, readFileSync(path.join(dir, CLAIMS_FILE), "utf8"), countries);
}
