/**
 * English and French country names for the codes in lib/extract/imf-partners.ts, looked up in CLDR when the data script runs
 * rather than typed by hand: ISO 3166-1 alpha-3 → alpha-2 with i18n-iso-countries, then the name from Node's
 * Intl.DisplayNames (English and French: Allemagne, Chine, Russie, Tchéquie come from CLDR, not from this file). A code
 * that this lookup cannot name gets a hand-kept name in NAME_OVERRIDES (English) and NAME_OVERRIDES_FR, each with a
 * reason; no CLDR French name is overridden.
 * The names come from the CLDR data built into Node (process.versions.cldr). A Node upgrade can respell a name, and
 * `npm run data` then shows that as a diff in data/countries.csv.
 */
import countries from "i18n-iso-countries";

// CLDR's default (long) style: its short style also shortens "United States" to "US" and "United Kingdom" to "UK".
const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const REGION_NAMES_FR = new Intl.DisplayNames(["fr"], { type: "region", fallback: "none" });

/** Names for codes CLDR has no name for (checked by a test: an override that CLDR can name fails it). */
const OVERRIDES = {
  WLD: "World", // not ISO 3166 (the World Bank's code for the IMF "World" row); CLDR's region 001 reads "world", lower case
  XKX: "Kosovo", // user-assigned code used by the IMF, World Bank and EU; i18n-iso-countries knows Kosovo only as XKK
  BLX: "Belgium-Luxembourg (historical)", // customary code for the pre-1999 Belgium-Luxembourg economic union, not in ISO 3166
  CSK: "Czechoslovakia (historical)", // ISO 3166-3 (withdrawn 1993); CLDR names current regions only
  DDR: "East Germany (historical)", // ISO 3166-3 (withdrawn 1990)
  ANT: "Netherlands Antilles (historical)", // ISO 3166-3 (withdrawn 2010)
  SCG: "Serbia and Montenegro (historical)", // ISO 3166-3 (withdrawn 2006)
  SUN: "USSR (historical)", // ISO 3166-3 (withdrawn 1992)
  YAR: "Yemen Arab Republic (historical)", // customary code for North Yemen before 1990, not in ISO 3166
  YMD: "South Yemen (historical)", // ISO 3166-3 (withdrawn 1990)
  YUG: "Yugoslavia (historical)", // ISO 3166-3 (withdrawn 2003)
};
/** The same codes in French, as French statistical and diplomatic usage names them (INSEE, Quai d'Orsay). */
const OVERRIDES_FR: Record<keyof typeof OVERRIDES, string> = {
  WLD: "Monde", // CLDR's French name of region 001 (already capitalised); WLD itself is not ISO 3166
  XKX: "Kosovo",
  BLX: "Belgique-Luxembourg (historique)", // Union économique belgo-luxembourgeoise, reported jointly before 1999
  CSK: "Tchécoslovaquie (historique)",
  DDR: "RDA (historique)", // the usual French name of the German Democratic Republic
  ANT: "Antilles néerlandaises (historique)",
  SCG: "Serbie-et-Monténégro (historique)",
  SUN: "URSS (historique)",
  YAR: "Yémen du Nord (historique)",
  YMD: "Yémen du Sud (historique)",
  YUG: "Yougoslavie (historique)",
};
// A Map, so that a code such as "constructor" finds nothing rather than a property of Object.prototype.
export const NAME_OVERRIDES: ReadonlyMap<string, string> = new Map(Object.entries(OVERRIDES));
export const NAME_OVERRIDES_FR: ReadonlyMap<string, string> = new Map(Object.entries(OVERRIDES_FR));

/** CLDR's English (or French) name for an ISO 3166-1 alpha-3 code, or undefined when it has none. */
export function cldrName(alpha3: string, language: "en" | "fr" = "en"): string | undefined {
  // i18n-iso-countries looks codes up in a plain object: "constructor" would come back as a function.
  if (!/^[A-Z]{3}$/.test(alpha3)) return undefined;
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  return typeof alpha2 === "string" ? (language === "fr" ? REGION_NAMES_FR : REGION_NAMES).of(alpha2) : undefined;
}

/** The English name for a code: CLDR's, else the override; throws when there is neither. */
export function countryName(alpha3: string): string {
  const name = cldrName(alpha3) ?? NAME_OVERRIDES.get(alpha3);
  if (!name)
    throw new Error(
      `no English name for ${alpha3}: CLDR has none; add one to NAME_OVERRIDES in lib/extract/country-names.ts`,
    );
  return name;
}

/** The French name for a code: CLDR's, else the override; throws when there is neither. */
export function countryNameFr(alpha3: string): string {
  const name = cldrName(alpha3, "fr") ?? NAME_OVERRIDES_FR.get(alpha3);
  if (!name)
    throw new Error(
      `no French name for ${alpha3}: CLDR has none; add one to NAME_OVERRIDES_FR in lib/extract/country-names.ts`,
    );
  return name;
}
