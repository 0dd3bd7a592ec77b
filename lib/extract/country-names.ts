/**
 * Country names in every language of the site for the codes in lib/extract/imf-partners.ts, looked up in CLDR when the
 * data script runs rather than typed by hand: ISO 3166-1 alpha-3 → alpha-2 with i18n-iso-countries, then the name from
 * Node's Intl.DisplayNames in each language (Allemagne, Chine, Russie, Tchéquie come from CLDR, not from this project).
 * A code that CLDR cannot name (the world total, Kosovo's XKX, entities that no longer exist) gets its name from each
 * language's catalogue, `country.<CODE>` in messages/<locale>.json, and is listed below with the reason; no CLDR name is
 * overridden. data/countries.csv keeps the English name (`name`) and one column per other language (`name_<locale>`).
 * The names come from the CLDR data built into Node (process.versions.cldr). A Node upgrade can respell a name, and
 * `npm run data` then shows that as a diff in data/countries.csv.
 */
import countries from "i18n-iso-countries";
import { LOCALES, type Locale } from "../i18n/locales";
import { message, type MessageId } from "../i18n/translate";

/** The codes CLDR has no name for, each named by the catalogues (`country.<CODE>`), with the reason (a test checks
 *  that CLDR still cannot name each one and that an IMF row maps to it). */
const OVERRIDES = {
  WLD: "not ISO 3166 (the World Bank's code for the IMF World row); CLDR's region 001 reads “world”, lower case",
  XKX: "user-assigned code used by the IMF, World Bank and EU; i18n-iso-countries knows Kosovo only as XKK",
  BLX: "customary code for the pre-1999 Belgium-Luxembourg economic union, not in ISO 3166",
  CSK: "ISO 3166-3 (withdrawn 1993); CLDR names current regions only",
  DDR: "ISO 3166-3 (withdrawn 1990)",
  ANT: "ISO 3166-3 (withdrawn 2010)",
  SCG: "ISO 3166-3 (withdrawn 2006)",
  SUN: "ISO 3166-3 (withdrawn 1992)",
  YAR: "customary code for North Yemen before 1990, not in ISO 3166",
  YMD: "ISO 3166-3 (withdrawn 1990)",
  YUG: "ISO 3166-3 (withdrawn 2003)",
};
// A Set, so that a code such as "constructor" finds nothing rather than a property of Object.prototype.
export const OVERRIDDEN: ReadonlySet<string> = new Set(Object.keys(OVERRIDES));

// CLDR's default (long) style: its short style also shortens "United States" to "US" and "United Kingdom" to "UK".
const regionNames = new Map(
  LOCALES.map((l) => [l, new Intl.DisplayNames([l], { type: "region", fallback: "none" })] as const),
);

/** CLDR's name in a language for an ISO 3166-1 alpha-3 code, or undefined when it has none. */
export function cldrName(alpha3: string, locale: Locale): string | undefined {
  // i18n-iso-countries looks codes up in a plain object: "constructor" would come back as a function.
  if (!/^[A-Z]{3}$/.test(alpha3)) return undefined;
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  return typeof alpha2 === "string" ? regionNames.get(locale)!.of(alpha2) : undefined;
}

/** A code's name in a language: CLDR's, else the catalogue's `country.<CODE>`; throws when there is neither. */
export function countryNameIn(alpha3: string, locale: Locale): string {
  const name = cldrName(alpha3, locale);
  if (name) return name;
  if (!OVERRIDDEN.has(alpha3))
    throw new Error(
      `no ${locale} name for ${alpha3}: CLDR has none; list it in OVERRIDES in lib/extract/country-names.ts and name it country.${alpha3} in every catalogue (messages/<locale>.json)`,
    );
  return message(locale, `country.${alpha3}` as MessageId);
}

/** The English name for a code (data/countries.csv `name`, the trade files' partner names). */
export const countryName = (alpha3: string): string => countryNameIn(alpha3, "en");
