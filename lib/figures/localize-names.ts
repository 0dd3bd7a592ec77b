/**
 * Country names in each language for the pages, and the translator's context for a figure: names come from
 * countries.csv (`name` in English, `name_<locale>` for every other language, from CLDR), by ISO code; the
 * all-countries row (WLD) of the FDI tables is a catalogue message.
 */
import type { Derived } from "../derive";
import type { Locale } from "../i18n/locales";
import { nameColumn } from "../model/schemas";
import { translate, type Plan, type TranslateContext } from "../i18n/translate";

/** A country's name in a language, by ISO 3166-1 alpha-3 code; an unknown code stops the build. */
export function countryIn(d: Derived, code: string, locale: Locale): string {
  if (code === "WLD") return translate(locale, { id: "country.WLD.total" }, { country: () => "" });
  const c = d.ds.countries.get(code);
  const column = nameColumn(locale);
  const name = c && (c as unknown as Record<string, string | undefined>)[column];
  if (!name) throw new Error(`${locale}: no name for the country "${code}" (countries.csv, ${column})`);
  return name;
}

/** The translator's context over the derived data, with a figure's view labels where a plan names a view. */
export const contextOf = (d: Derived, view?: (key: string) => string): TranslateContext => ({
  country: (code, locale) => countryIn(d, code, locale),
  view,
});

/** Sentence plans in a language. */
export const sentences = (d: Derived, locale: Locale, plans: readonly Plan[], view?: (key: string) => string) =>
  plans.map((p) => translate(locale, p, contextOf(d, view)));
