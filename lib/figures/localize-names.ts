/** Country names in French for the French pages: countries.csv's `name_fr` (CLDR), looked up by the English name. */
import type { Derived } from "../derive";

/** "All countries (total)" in French: the WLD row of the FDI tables (derive's countryName). */
const ALL_COUNTRIES_FR = "Ensemble des pays (total)";

/** English country name → French, from countries.csv (names are unique there; a test checks it). */
const frenchNames = new WeakMap<Derived, Map<string, string>>();
export function frenchNameOf(d: Derived, english: string): string {
  let names = frenchNames.get(d);
  if (!names) {
    names = new Map([...d.ds.countries.values()].map((c) => [c.name, c.name_fr]));
    names.set(d.countryName("WLD"), ALL_COUNTRIES_FR);
    frenchNames.set(d, names);
  }
  const fr = names.get(english);
  if (!fr) throw new Error(`fr: no French name for the country "${english}" (countries.csv, name_fr)`);
  return fr;
}
