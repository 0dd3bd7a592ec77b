/**
 * The catalogues, one per locale, and the check the build runs on them. Typed dictionaries rather than an i18n
 * library: the site is statically exported and its messages are read on the server and at build (images, embeds,
 * briefing files), so a library's runtime, loaders and client provider would bring nothing but bytes; the English
 * catalogue's type makes a missing French key a compile error, and `checkCatalogues` repeats that at build (for keys
 * TypeScript cannot see: an empty string, a function taking different parameters) and stops with the key's name.
 */
import type { Locale } from "../locales";
import { LOCALES } from "../locales";
import { en, type Messages } from "./en";
import { fr } from "./fr";

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { en, fr };

/** The catalogue of a locale. */
export const messages = (locale: Locale): Messages => CATALOGUES[locale];

type Tree = { [key: string]: unknown };
const isTree = (x: unknown): x is Tree => typeof x === "object" && x !== null && !Array.isArray(x);

/** Every problem between a reference catalogue and another, each naming the key (`frame.skip`) and the locale. */
export function catalogueProblems(reference: unknown, other: unknown, locale: string, at = ""): string[] {
  const problems: string[] = [];
  if (!isTree(reference) || !isTree(other)) return [`${locale}: ${at || "(root)"} is not a group of messages`];
  for (const key of Object.keys(reference)) {
    const name = at ? `${at}.${key}` : key;
    const ref = reference[key];
    if (!Object.prototype.hasOwnProperty.call(other, key)) {
      problems.push(`${locale}: message ${name} is missing`);
      continue;
    }
    const value = other[key];
    if (isTree(ref)) problems.push(...catalogueProblems(ref, value, locale, name));
    else if (typeof ref === "string") {
      if (typeof value !== "string") problems.push(`${locale}: message ${name} must be text`);
      else if (value.trim() === "") problems.push(`${locale}: message ${name} is empty`);
    } else if (typeof ref === "function") {
      if (typeof value !== "function") problems.push(`${locale}: message ${name} must be a function`);
      else if (value.length !== ref.length)
        problems.push(`${locale}: message ${name} takes ${value.length} parameters, not ${ref.length}`);
    }
  }
  for (const key of Object.keys(other))
    if (!Object.prototype.hasOwnProperty.call(reference, key))
      problems.push(`${locale}: message ${at ? `${at}.${key}` : key} is not in the English catalogue`);
  return problems;
}

/** Throws, naming every key, when a catalogue misses a key of the English one (or has one it lacks). */
export function checkCatalogues(catalogues: Record<string, unknown> = CATALOGUES): void {
  const problems = LOCALES.filter((l) => l !== "en").flatMap((l) => catalogueProblems(catalogues.en, catalogues[l], l));
  if (problems.length) throw new Error(`message catalogues: ${problems.join("; ")}`);
}
