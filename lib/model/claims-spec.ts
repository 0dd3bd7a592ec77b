/**
 * The claims spec: data/claims.csv lists the article's quantitative claims and how to check each one.
 * It describes computations only; results are computed at build by lib/derive/claims/evaluate.ts.
 *
 * Columns: id, page (chart page slug), statement (a paraphrase, never a quotation), article_value (what the
 * article says, as display text), check (kind of check), params, a compact `key=value;key=value` string.
 * The statement and the article value are in English, the article's language; every other language has them in its
 * message catalogue, keyed by claim id (`claim.<id>.statement`, `claim.<id>.articleValue` in messages/<locale>.json),
 * checked by checkClaimTranslations.
 * Lists inside a value are comma-separated (`bases=france-declared,russia-declared`).
 *
 * Every problem is a CsvError `file:line:column: message`, as for the data CSVs: the build stops.
 * Lines are exact because no field may hold a line break (lib/model/csv-parse.ts refuses every control character).
 */
import path from "node:path";
import { CsvError, parseCsvLines, readCsvFile } from "./csv-parse";
import { z } from "zod";
import {
  BASIS_INFO,
  BILATERAL_BASES,
  CUSTOMS_BILATERAL,
  CHART_PAGES,
  RANK_BASES,
  YEAR_MAX,
  YEAR_MIN,
  type BilateralBasis,
  type Measure,
  type RankBasis,
} from "./constants";
import type { CsvSchema } from "./schemas";
import type { MessageId, Plan } from "../i18n/translate";
import { ordinalIn } from "../i18n/translate";

export const CLAIMS_FILE = "claims.csv";
/** The language of the claims' own text in claims.csv (statement, article_value): the article's, English. */
export const CLAIMS_LANGUAGE = "en";
export const CHECK_KINDS = ["rank", "rank-change", "growth", "change", "tie"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export const CLAIM_PAGES = CHART_PAGES;
export type ClaimPage = (typeof CLAIM_PAGES)[number];

const ARTICLE_URL =
  "https://www.russiamatters.org/analysis/macrons-dialogue-russia-french-attempt-fix-european-security-architecture";
const ONE_LINE = "^[^\\r\\n]+$";

/** The columns both claims files share, worded by the spec's messages (`data.claims.column.<name>`). */
const claimsColumn = (name: string): Plan => ({ id: `data.claims.column.${name}` as MessageId });

export const CLAIMS_SCHEMA: CsvSchema = {
  file: CLAIMS_FILE,
  title: { id: "data.claims.title" },
  description: { id: "data.claims.description" },
  fields: [
    { name: "id", type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
    { name: "page", type: "string", enum: CLAIM_PAGES },
    { name: "statement", type: "string", pattern: ONE_LINE },
    { name: "article_value", type: "string", pattern: ONE_LINE },
    { name: "check", type: "string", enum: CHECK_KINDS },
    { name: "params", type: "string", pattern: ONE_LINE },
  ],
  primaryKey: ["id"],
  sources: [{ words: { id: "source.article" }, url: ARTICLE_URL }],
  licence: ["claimsSpec"],
};

export const CLAIMS_RESULTS_FILE = "claims-results.csv";
export const CLAIMS_RESULTS_SCHEMA: CsvSchema = {
  file: CLAIMS_RESULTS_FILE,
  title: { id: "data.claims-results.title" },
  description: { id: "data.claims-results.description" },
  fields: [
    ...["id", "page", "statement", "article_value"].map((name) => ({
      ...CLAIMS_SCHEMA.fields.find((f) => f.name === name)!,
      words: claimsColumn(name),
    })),
    { name: "basis", type: "string", pattern: ONE_LINE },
    { name: "our_value", type: "string", pattern: ONE_LINE },
    { name: "verdict", type: "string", enum: ["agrees", "differs", "cannot-check"] },
    { name: "explanation", type: "string", pattern: ONE_LINE },
  ],
  primaryKey: ["id", "basis"],
  sources: [
    { words: { id: "source.article" }, url: ARTICLE_URL },
    { words: { id: "source.claimsSpec" }, path: `data/${CLAIMS_FILE}` },
  ],
  licence: ["claimsResults"],
};

// ---- params: a `key=value;key=value` cell, validated by one zod schema per check and data source ---------------
// The cell syntax stays (claims.csv is served as is); what each key may hold, its type, its default and the rules
// between keys are declared below with zod, and the parameter types are inferred from those declarations.

export type BilateralMeasure = "fr_exports" | "fr_imports" | "total" | "balance";
export type { BilateralBasis, Measure, RankBasis };

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/; // no leading zeros, as in the data CSVs
const INTEGER = /^-?(?:0|[1-9]\d*)$/;

/** Field schemas take their key so that every message names the key and its raw value. */
const year = (key: string) =>
  z
    .string()
    .refine((v) => INTEGER.test(v), { error: (i) => `${key}=${i.input} is not a year` })
    .transform(Number)
    .refine((y) => y >= YEAR_MIN && y <= YEAR_MAX, {
      error: (i) => `${key}=${i.input} is outside ${YEAR_MIN}–${YEAR_MAX}`,
    });
const int = (key: string, min?: number) =>
  z
    .string()
    .refine((v) => INTEGER.test(v), { error: (i) => `${key}=${i.input} is not a whole number` })
    .transform(Number)
    .refine((n) => min === undefined || n >= min, { error: (i) => `${key}=${i.input} is below ${min}` });
const num = (key: string) =>
  z
    .string()
    .refine((v) => NUMBER.test(v), { error: (i) => `${key}=${i.input} is not a number` })
    .transform(Number);
const oneOf = <const T extends readonly [string, ...string[]]>(key: string, values: T) =>
  z.enum(values, { error: (i) => `${key}=${String(i.input)} is not one of ${values.join(", ")}` });
const listOf = <const T extends readonly [string, ...string[]]>(key: string, values: T) =>
  z
    .string()
    .transform((v) => v.split(","))
    .pipe(
      z.array(z.enum(values, { error: (i) => `${key} item "${String(i.input)}" is not one of ${values.join(", ")}` })),
    )
    .refine((items) => new Set(items).size === items.length, { error: `${key} lists an item twice` });
const codes = (key: string, countries: ReadonlySet<string> | undefined) =>
  z
    .string()
    .transform((v) => v.split(","))
    .superRefine((list, ctx) => {
      for (const c of list) {
        if (!/^[A-Z]{3}$/.test(c))
          ctx.addIssue({ code: "custom", message: `${key} "${c}" is not a three-letter country code` });
        else if (countries && !countries.has(c))
          ctx.addIssue({ code: "custom", message: `${key} "${c}" is not a known country code` });
      }
    });
const code = (key: string, countries: ReadonlySet<string> | undefined) =>
  codes(key, countries)
    .refine((list) => list.length === 1, {
      error: (i) => `${key} takes one country code, found ${(i.input as string[]).length}`,
    })
    .transform((list) => list[0]);

const MEASURES = ["total", "exports", "imports"] as const;
/** The bases a France–Russia flow can be read on: either side's IMF declarations, or Russia's customs figures. */
export const CLAIM_BILATERAL_BASES = [...BILATERAL_BASES, CUSTOMS_BILATERAL] as const;
export type ClaimBilateralBasis = (typeof CLAIM_BILATERAL_BASES)[number];
const BILATERAL_MEASURES = ["fr_exports", "fr_imports", "total", "balance"] as const;

/** The schemas of every check, by check kind and then by `data` (the source the check reads). */
function paramSchemas(countries?: ReadonlySet<string>) {
  const trade = {
    data: z.literal("trade"),
    reporter: oneOf("reporter", ["FRA", "RUS"]),
    partner: code("partner", countries),
    measure: oneOf("measure", MEASURES),
    bases: listOf("bases", RANK_BASES).default(["as-reported"]),
  };
  const bilateral = {
    data: z.literal("bilateral"),
    measure: oneOf("measure", BILATERAL_MEASURES),
    from: year("from"),
    to: year("to"),
    min_pct: num("min_pct"),
    bases: listOf("bases", CLAIM_BILATERAL_BASES),
  };
  return {
    rank: {
      trade: z.strictObject({ ...trade, year: year("year"), expected: int("expected", 1) }),
      "fdi-projects": z.strictObject({
        data: z.literal("fdi-projects"),
        partner: code("partner", countries),
        year: year("year"),
        expected: int("expected", 1),
      }),
    },
    "rank-change": {
      trade: z.strictObject({ ...trade, from: year("from"), to: year("to"), places: int("places") }),
    },
    growth: { bilateral: z.strictObject(bilateral) },
    change: {
      bilateral: z.strictObject({
        ...bilateral,
        of: oneOf("of", ["value", "size"]).default("value"),
        max_pct: num("max_pct"),
      }),
    },
    tie: {
      "fdi-projects": z.strictObject({
        data: z.literal("fdi-projects"),
        year: year("year"),
        partners: codes("partners", countries)
          .refine((l) => l.length >= 2, { error: "partners needs at least 2 country codes" })
          .refine((l) => new Set(l).size === l.length, { error: "partners lists a code twice" }),
      }),
    },
  } satisfies Record<string, Record<string, z.ZodType>>;
}
type Schemas = ReturnType<typeof paramSchemas>;

export type TradeRankParams = z.infer<Schemas["rank"]["trade"]>;
export type FdiRankParams = z.infer<Schemas["rank"]["fdi-projects"]>;
export type RankChangeParams = z.infer<Schemas["rank-change"]["trade"]>;
export type GrowthParams = z.infer<Schemas["growth"]["bilateral"]>;
export type ChangeParams = z.infer<Schemas["change"]["bilateral"]>;
export type TieParams = z.infer<Schemas["tie"]["fdi-projects"]>;

interface ClaimBase {
  id: string;
  page: ClaimPage;
  /** in English; other languages: their catalogue's claim.<id>.statement */
  statement: string;
  /** in English; other languages: their catalogue's claim.<id>.articleValue */
  article_value: string;
  /** line in the CSV */ line: number;
}
export type Claim = ClaimBase &
  (
    | { check: "rank"; params: TradeRankParams | FdiRankParams }
    | { check: "rank-change"; params: RankChangeParams }
    | { check: "growth"; params: GrowthParams }
    | { check: "change"; params: ChangeParams }
    | { check: "tie"; params: TieParams }
  );

/** The cell as key → raw value; the syntax errors (empty entry, no '=', bad key, spaces, repeats) are caught here. */
function splitPairs(text: string, fail: (message: string) => never): Map<string, string> {
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
  return raw;
}

/**
 * Parses one params cell for a check kind. `fail` receives a message and must throw (it adds file:line:column).
 * Exported for tests; use parseClaims for whole files.
 */
export function parseParams(
  check: CheckKind,
  text: string,
  fail: (message: string) => never,
  countries?: ReadonlySet<string>,
): Record<string, unknown> {
  const raw = splitPairs(text, fail);
  const bySource: Record<string, z.ZodObject> = paramSchemas(countries)[check];
  const data = raw.get("data");
  if (data === undefined) fail(`params: missing key data (for check ${check}: ${Object.keys(bySource).join(" or ")})`);
  // own keys only: data=constructor must not find Object.prototype.constructor
  const schema = Object.hasOwn(bySource, data) ? bySource[data] : undefined;
  if (!schema)
    fail(`params: data=${data} is not valid for check ${check} (expected ${Object.keys(bySource).join(" or ")})`);
  const result = schema.safeParse(Object.fromEntries(raw));
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? "");
    if (issue.code === "unrecognized_keys") {
      fail(
        `params: unknown key ${issue.keys[0]} for check ${check} with data=${data} (allowed: ${Object.keys(schema.shape).join(", ")})`,
      );
    }
    if (issue.code === "invalid_type" && !raw.has(key))
      fail(`params: missing key ${key} for check ${check} with data=${data}`);
    fail(`params: ${issue.message}`);
  }
  const out = result.data as Record<string, unknown>;
  // rules between keys
  if (typeof out.from === "number" && typeof out.to === "number" && out.from >= out.to)
    fail(`params: from=${out.from} must be before to=${out.to}`);
  if (typeof out.min_pct === "number" && typeof out.max_pct === "number" && out.min_pct > out.max_pct)
    fail(`params: min_pct=${out.min_pct} is above max_pct=${out.max_pct}`);
  if (out.reporter === "FRA")
    for (const b of (out.bases as RankBasis[] | undefined) ?? [])
      if (!BASIS_INFO[b].reporters.includes("FRA"))
        fail(`params: bases=${b} applies to Russia's declarations only (reporter=RUS)`);
  if (out.partner !== undefined && out.partner === out.reporter)
    fail(`params: partner ${out.partner} is the reporter itself`);
  return out;
}

const PARAMS_COLUMN = CLAIMS_SCHEMA.fields.findIndex((f) => f.name === "params") + 1;
const columnOf = (name: string) => CLAIMS_SCHEMA.fields.findIndex((f) => f.name === name) + 1;

/**
 * The number the params expect, as the article value must state it so that the two cannot drift apart: `10th` for
 * expected=10 in English; in any language, its digits (`10e`, `10.º`).
 */
function expectedNumber(claim: Claim): number | undefined {
  const p = claim.params as unknown as Record<string, unknown>;
  if (claim.check === "rank") return p.expected as number;
  if (claim.check === "rank-change") return Math.abs(p.places as number);
  if (claim.check === "growth") return p.min_pct as number;
  return undefined;
}
function articleValueMentions(claim: Claim): string | undefined {
  const n = expectedNumber(claim);
  return n === undefined ? undefined : claim.check === "rank" ? ordinalIn(CLAIMS_LANGUAGE, n) : String(n);
}

/** The catalogue keys of a claim's translated text. */
export const claimTextKey = (id: string, part: "statement" | "articleValue") => `claim.${id}.${part}`;
/** A catalogue key that holds a claim's own text in a language other than the claims' (see claimTextKey). */
export const CLAIM_TEXT_KEY = /^claim\.([^.]+)\.(statement|articleValue)$/;

/**
 * Every catalogue of a language other than English (`file` → its messages) has each claim's statement and article
 * value, non-blank, the value stating the number the params check, and no text for a claim that is not in the spec.
 * A problem stops the build, naming the catalogue and the claim.
 */
export function checkClaimTranslations(
  claims: readonly Claim[],
  catalogues: Readonly<Record<string, Readonly<Record<string, string>>>>,
): void {
  const ids = new Set(claims.map((c) => c.id));
  for (const [file, messages] of Object.entries(catalogues)) {
    for (const claim of claims) {
      for (const part of ["statement", "articleValue"] as const) {
        const text = messages[claimTextKey(claim.id, part)];
        if (typeof text !== "string" || text.trim() === "")
          throw new Error(`${file}: claim ${claim.id} has no ${part} (${claimTextKey(claim.id, part)})`);
      }
      const n = expectedNumber(claim);
      const value = messages[claimTextKey(claim.id, "articleValue")];
      if (n !== undefined && !new RegExp(`(^|\\D)${n}(?!\\d)`).test(value))
        throw new Error(
          `${file}: claim ${claim.id}: articleValue "${value}" does not mention ${n}, the value the params check`,
        );
    }
    for (const key of Object.keys(messages)) {
      const id = CLAIM_TEXT_KEY.exec(key)?.[1];
      if (id !== undefined && !ids.has(id))
        throw new Error(`${file}: ${key} is the text of no claim of data/claims.csv`);
    }
  }
}

/** Parses and validates the text of a claims CSV. `file` is the name used in messages (e.g. data/claims.csv). */
export function parseClaims(file: string, text: string, countries?: ReadonlySet<string>): Claim[] {
  return parseCsvLines(file, text, CLAIMS_SCHEMA, countries).map(({ row, line }) => {
    const check = row.check as CheckKind;
    const params = parseParams(
      check,
      String(row.params),
      (m) => {
        throw new CsvError(file, line, PARAMS_COLUMN, m);
      },
      countries,
    );
    const claim = {
      id: String(row.id),
      page: row.page as ClaimPage,
      statement: String(row.statement),
      article_value: String(row.article_value),
      check,
      params,
      line,
    } as unknown as Claim; // params were validated against GRAMMAR[check] above
    const mention = articleValueMentions(claim);
    if (mention && !claim.article_value.includes(mention))
      throw new CsvError(
        file,
        line,
        columnOf("article_value"),
        `article_value "${claim.article_value}" does not mention ${mention}, the value the params check`,
      );
    return claim;
  });
}

/** Reads and validates data/claims.csv (or `dir`/claims.csv). */
export function loadClaims(
  dir: string = path.resolve(process.cwd(), "data"),
  countries?: ReadonlySet<string>,
): Claim[] {
  const file = `data/${CLAIMS_FILE}`;
  return parseClaims(file, readCsvFile(file, path.join(dir, CLAIMS_FILE)), countries);
}
