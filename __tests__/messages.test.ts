/**
 * The message catalogues (messages/<locale>.json), read as files and parsed with the ICU MessageFormat parser
 * (@formatjs/icu-messageformat-parser), not through the site's translator: every language has exactly the English
 * catalogue's ids, each message parses, takes the same arguments with the same kinds (number, plural, select…) as the
 * English one, and its plural and ordinal branches are categories of its own language's CLDR rules. The claims' own
 * text (statement, article value) is in English in data/claims.csv, so only the other languages' catalogues have it,
 * one `claim.<id>.statement` and `claim.<id>.articleValue` per claim of data/claims.csv.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES, INTL_TAG, type Locale } from "../lib/i18n/locales";
import { translate } from "../lib/i18n/translate";
import { CLAIMS_LANGUAGE, loadClaims } from "../lib/model/claims-spec";

const DIR = path.join(__dirname, "..", "messages");
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(path.join(DIR, file), "utf8"));
const en = read("en.json");
/** The claims' own text, by claim id: in the catalogues of the languages other than the claims' (data/claims.csv's). */
const CLAIM_IDS = loadClaims().map((c) => c.id);
const CLAIM_TEXT = new Set(CLAIM_IDS.flatMap((id) => [`claim.${id}.statement`, `claim.${id}.articleValue`]));

/** Every argument a message takes, with its kind ("argument", "number", "plural:ordinal", "select"…). */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, Set<string>>()) {
  const add = (name: string, kind: string) => into.set(name, (into.get(name) ?? new Set()).add(kind));
  for (const e of elements) {
    if (e.type === TYPE.argument) add(e.value, "argument");
    else if (e.type === TYPE.number) add(e.value, "number");
    else if (e.type === TYPE.date || e.type === TYPE.time) add(e.value, "date");
    else if (e.type === TYPE.select) {
      add(e.value, "select");
      for (const o of Object.values(e.options)) argumentsOf(o.value, into);
    } else if (e.type === TYPE.plural) {
      add(e.value, e.pluralType === "ordinal" ? "ordinal" : "plural");
      for (const o of Object.values(e.options)) argumentsOf(o.value, into);
    } else if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}
/** What an argument must be, by its kind: a select reads a string, number/plural/ordinal a number, a plain argument
 *  takes either. */
const need = (kinds: Set<string>) =>
  kinds.has("select") ? "string" : [...kinds].some((k) => k !== "argument") ? "number" : "any";
const names = (m: Map<string, Set<string>>) => [...m.keys()].sort();
/** The arguments whose kinds two messages disagree on (one reads a string where the other formats a number). */
const clashes = (a: Map<string, Set<string>>, b: Map<string, Set<string>>) =>
  [...a.keys()].filter((k) => {
    const [x, y] = [need(a.get(k)!), need(b.get(k) ?? new Set())];
    return x !== "any" && y !== "any" && x !== y;
  });

/** Each plural or ordinal element of a message, with its branch names. */
function pluralsOf(elements: MessageFormatElement[], out: { ordinal: boolean; keys: string[] }[] = []) {
  for (const e of elements) {
    if (e.type === TYPE.plural) {
      out.push({ ordinal: e.pluralType === "ordinal", keys: Object.keys(e.options) });
      for (const o of Object.values(e.options)) pluralsOf(o.value, out);
    } else if (e.type === TYPE.select) for (const o of Object.values(e.options)) pluralsOf(o.value, out);
  }
  return out;
}

test("one catalogue per locale, and no other", () => {
  expect(
    readdirSync(DIR)
      .filter((f) => f.endsWith(".json"))
      .sort(),
  ).toEqual(LOCALES.map((l) => `${l}.json`).sort());
});

describe.each(LOCALES.map((l) => [l] as const))("messages/%s.json", (locale: Locale) => {
  const messages = read(`${locale}.json`);

  test("has exactly the English catalogue's ids, each a non-empty message", () => {
    const ids = Object.keys(messages).filter((id) => !CLAIM_TEXT.has(id));
    expect(ids.sort()).toEqual(Object.keys(en).sort());
    for (const [id, m] of Object.entries(messages))
      expect([id, typeof m, m.trim() !== ""]).toEqual([id, "string", true]);
  });

  test("has the text of every claim of data/claims.csv unless data/claims.csv is in its language", () => {
    const claimText = Object.keys(messages).filter((id) => CLAIM_TEXT.has(id));
    expect(claimText.sort()).toEqual(locale === CLAIMS_LANGUAGE ? [] : [...CLAIM_TEXT].sort());
  });

  // a language may read one more argument only to choose its own grammar (a select over a code the plan passes, such
  // as the highlighted country's, for its article); it states every value the English message states
  test("each message parses, states every argument of the English one, a string or a number alike", () => {
    for (const id of Object.keys(en)) {
      const [mine, english] = [argumentsOf(parse(messages[id])), argumentsOf(parse(en[id]))];
      const extra = names(mine).filter((k) => !english.has(k) && need(mine.get(k)!) !== "string");
      expect({
        id,
        missing: names(english).filter((k) => !mine.has(k)),
        extra,
        clashes: clashes(mine, english),
      }).toEqual({ id, missing: [], extra: [], clashes: [] });
    }
  });

  test("plural and ordinal branches are the language's own CLDR categories, with `other`", () => {
    const cardinal = new Intl.PluralRules(INTL_TAG[locale]).resolvedOptions().pluralCategories as string[];
    const ordinal = new Intl.PluralRules(INTL_TAG[locale], { type: "ordinal" }).resolvedOptions()
      .pluralCategories as string[];
    for (const [id, m] of Object.entries(messages))
      for (const p of pluralsOf(parse(m))) {
        const allowed = p.ordinal ? ordinal : cardinal;
        const stray = p.keys.filter((k) => !k.startsWith("=") && !allowed.includes(k));
        expect({ id, stray, other: p.keys.includes("other") }).toEqual({ id, stray: [], other: true });
      }
  });
});

test("plurals and ordinals follow each language's rule, not one hand-written rule", () => {
  const say = (locale: Locale, id: "amount.projects", v: number) =>
    translate(locale, { id, args: { v } }, { country: String });
  // CLDR: French counts 0 and 1 as "one"; English only 1
  expect([0, 1, 2].map((v) => say("en", "amount.projects", v))).toEqual(["0 projects", "1 project", "2 projects"]);
  expect([0, 1, 2].map((v) => say("fr", "amount.projects", v))).toEqual(["0 projet", "1 projet", "2 projets"]);
  const rank = (locale: Locale, rankA: number) =>
    translate(
      locale,
      { id: "headline.france-top-partners", args: { partner: "X", rankA, yearA: "2010", rankB: 13, yearB: "2020" } },
      { country: String },
    );
  expect([1, 2, 3, 11, 12, 13, 21, 22, 23, 101].map((n) => rank("en", n).split(" ")[1])).toEqual([
    "1st",
    "2nd",
    "3rd",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "23rd",
    "101st",
  ]);
  expect([1, 2, 21].map((n) => rank("fr", n).split(" ")[2])).toEqual(["1er", "2e", "21e"]);
});

test("a plan missing an argument its message needs stops with the catalogue and the message id", () => {
  expect(() => translate("fr", { id: "amount.projects", args: {} }, { country: String })).toThrow(
    /messages\/fr\.json "amount\.projects"/,
  );
});
