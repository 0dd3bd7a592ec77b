/**
 * The one translator: a sentence plan (a message id and its arguments, as the derive and figures stages produce it)
 * rendered in one language from that language's ICU MessageFormat catalogue (messages/<locale>.json), with
 * intl-messageformat. Plurals, ordinals and selects live in the messages; numbers, percents and months are formatted
 * by Intl in the locale's conventions. Arguments that are not plain numbers or strings are resolved first: a nested
 * plan is rendered, a list joined, a month or a day named by lib/format.ts, a country code named, a view labelled.
 * Pages, images, embeds and briefing files all render through `translate`.
 */
import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import type en from "../../messages/en.json";
import { formatDay, formatList, formatMonth, formatNumber, MinusSignNumberFormat } from "../format";
import { INTL_TAG, LOCALES, type Locale } from "./locales";
import { oneFullStop } from "./typography";

/** Every message id: the English catalogue's keys (the other catalogues must have the same, checked by a test). */
export type MessageId = keyof typeof en;

/** What a sentence states: the message to use and the values it takes. */
export interface Plan {
  id: MessageId;
  args?: Readonly<Record<string, Arg>>;
}
/** A message argument: a number (formatted by the message), a language-neutral string (a year, a code a select
 *  reads), a nested plan, a list, a country by ISO code, a month ("2022-08"), a day ("2024-11-16"), a language by
 *  code ("fr"), or a view of a figure by key. */
export type Arg =
  | string
  | number
  | Plan
  | { readonly list: readonly Arg[] }
  | { readonly country: string }
  | { readonly month: string }
  | { readonly day: string }
  | { readonly language: string }
  | { readonly view: string };

/** What a plan needs from outside the catalogue: country names and view labels in the language. */
export interface TranslateContext {
  country(code: string, locale: Locale): string;
  view?(key: string): string;
}

/** Each language's catalogue, messages/<locale>.json, for every language of the locale table (lib/i18n/locales.ts):
 *  a language added there is read from its file, with no other line to write. */
export const CATALOGUES = Object.fromEntries(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- one file per language of the table
  LOCALES.map((l) => [l, require(`../../messages/${l}.json`) as Record<MessageId, string>]),
) as Record<Locale, Record<MessageId, string>>;

/** The formatters of every message: Intl's, but numbers with the site's minus sign (MinusSignNumberFormat). */
const FORMATTERS: Formatters = {
  getNumberFormat: (locales, opts) => new MinusSignNumberFormat(locales, opts as Intl.NumberFormatOptions),
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (...args) => new Intl.PluralRules(...args),
};

const compiled = new Map<string, IntlMessageFormat>();
function format(locale: Locale, id: MessageId): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let f = compiled.get(key);
  if (!f) {
    const source = CATALOGUES[locale][id];
    if (typeof source !== "string") throw new Error(`messages/${locale}.json: no message "${id}"`);
    f = new IntlMessageFormat(source, INTL_TAG[locale], undefined, { formatters: FORMATTERS });
    compiled.set(key, f);
  }
  return f;
}

/** A language's name in another ("French", « français »), from CLDR. */
const languageNames = new Map<Locale, Intl.DisplayNames>();
function languageName(code: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([INTL_TAG[locale]], { type: "language" })));
  const name = names.of(code);
  if (!name) throw new Error(`translate: no ${locale} name for the language "${code}"`);
  return name;
}

const isPlan = (a: Arg): a is Plan => typeof a === "object" && "id" in a;

/** The first message a plan (or a plan nested in it) uses that the language's catalogue lacks, if any: for callers
 *  that stop the build naming what the plan words. */
export function missingMessage(locale: Locale, plan: Plan): MessageId | undefined {
  if (!Object.prototype.hasOwnProperty.call(CATALOGUES[locale], plan.id)) return plan.id;
  for (const a of Object.values(plan.args ?? {})) {
    const nested = isPlan(a) ? [a] : typeof a === "object" && "list" in a ? a.list.filter(isPlan) : [];
    for (const n of nested) {
      const missing = missingMessage(locale, n);
      if (missing) return missing;
    }
  }
  return undefined;
}

function resolve(locale: Locale, arg: Arg, ctx: TranslateContext): string | number {
  if (typeof arg === "string" || typeof arg === "number") return arg;
  if (isPlan(arg)) return translate(locale, arg, ctx);
  if ("list" in arg)
    return formatList(
      arg.list.map((x) => String(resolve(locale, x, ctx))),
      locale,
    );
  if ("country" in arg) return ctx.country(arg.country, locale);
  if ("month" in arg) return formatMonth(arg.month, locale);
  if ("day" in arg) return formatDay(arg.day, locale);
  if ("language" in arg) return languageName(arg.language, locale);
  if (!ctx.view) throw new Error(`translate: a view ("${arg.view}") needs the figure's view labels`);
  return ctx.view(arg.view);
}

/**
 * A run of a message in a language other than the message's own: the words a message wraps in a language's tag,
 * `<en>…</en>` (a title, a source's name kept in English in a French or Russian sentence). Plain text (`translate`,
 * `message`) keeps the words and drops the tag; `richMessage` returns them as their own run, which a page renders as
 * `<span lang="en">` (components/Rich.tsx), so that a screen reader reads them in their language.
 */
export interface Run {
  text: string;
  /** the language of this run, when it is not the message's own */
  lang?: Locale;
}

/** A tag per language of the locale table: a run's words as plain text. */
const PLAIN_TAGS = Object.fromEntries(LOCALES.map((l) => [l, (chunks: unknown[]) => chunks.join("")]));

/** A plan in a language. A message that needs an argument the plan lacks stops the build, naming both. */
export function translate(locale: Locale, plan: Plan, ctx: TranslateContext): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(plan.args ?? {})) values[k] = resolve(locale, v, ctx);
  try {
    const out = format(locale, plan.id).format({ ...PLAIN_TAGS, ...values });
    if (Array.isArray(out) && out.every((x) => typeof x === "string")) return oneFullStop(out.join(""));
    if (typeof out !== "string") throw new Error("the message did not format to text");
    return oneFullStop(out);
  } catch (e) {
    throw new Error(`messages/${locale}.json "${plan.id}": ${(e as Error).message}`);
  }
}

/** A plan in a language as runs: its text, with each run a language tag marks apart. */
export function translateRuns(locale: Locale, plan: Plan, ctx: TranslateContext): Run[] {
  const { id, args } = plan;
  // a nested plan keeps its runs (its own tagged words), carried through the formatter as one object
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args ?? {}))
    values[k] = isPlan(v) ? { runs: translateRuns(locale, v, ctx) } : resolve(locale, v, ctx);
  const textOf = (x: unknown): string =>
    typeof x === "object" && x !== null && "runs" in x ? plainText((x as { runs: Run[] }).runs) : String(x);
  const tags = Object.fromEntries(
    LOCALES.map((l) => [l, (chunks: unknown[]): Run => ({ text: chunks.map(textOf).join(""), lang: l })]),
  );
  let out: unknown;
  try {
    out = format(locale, id).format({ ...tags, ...values } as Record<string, never>);
  } catch (e) {
    throw new Error(`messages/${locale}.json "${id}": ${(e as Error).message}`);
  }
  const runs: Run[] = [];
  const parts = (Array.isArray(out) ? out : [out]).flatMap((part: unknown) =>
    typeof part === "object" && part !== null && "runs" in part ? (part as { runs: Run[] }).runs : [part],
  );
  for (const part of parts) {
    const run: Run = typeof part === "object" && part !== null ? (part as Run) : { text: String(part) };
    const last = runs[runs.length - 1];
    // an abbreviation's full stop at the end of one run ends the sentence the next run's full stop would end
    if (last?.text.endsWith(".") && /^\.(?!\.)/.test(run.text)) run.text = run.text.slice(1);
    if (last && !last.lang && !run.lang) last.text += run.text;
    else if (run.text) runs.push(run.lang === locale ? { text: run.text } : { ...run });
  }
  return runs.map((r) => ({ ...r, text: oneFullStop(r.text) }));
}

/** A message that names no country and no view, as runs (translateRuns). */
export const richMessage = (locale: Locale, id: MessageId, args?: Plan["args"]): Run[] =>
  translateRuns(locale, { id, args }, NO_NAMES);

/** Runs as plain text. */
export const plainText = (runs: readonly Run[]) => runs.map((r) => r.text).join("");

const NO_NAMES: TranslateContext = {
  country: (code) => {
    throw new Error(`translate: country ${code} in a message that names no country`);
  },
};

/** A value already in percent, in the language's style (`format.percent`: "36.1%", "36,1 %" with U+202F). */
export const percentIn = (locale: Locale, pct: number, decimals: number): string =>
  translate(locale, { id: "format.percent", args: { v: formatNumber(pct, decimals, locale) } }, NO_NAMES);

/** A rank as an ordinal, by the language's CLDR ordinal rules (`format.ordinal`: "1st", "22nd"; "1er", "10e"). */
export const ordinalIn = (locale: Locale, n: number): string =>
  translate(locale, { id: "format.ordinal", args: { n } }, NO_NAMES);

/** A message that names no country and no view (the site's frame, panels, files): its text in a language. */
export const message = (locale: Locale, id: MessageId, args?: Plan["args"]): string =>
  translate(locale, { id, args }, NO_NAMES);

/** Several argument-free messages under one prefix, by their last part (`wordsOf(l, "figureUi", ["embed"]).embed`):
 *  the plain words a component receives. */
export function wordsOf<K extends string>(locale: Locale, prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, message(locale, `${prefix}.${k}` as MessageId)])) as Record<K, string>;
}
