/**
 * The site's languages: every page, image, embed and briefing file exists once per locale, under /<locale>/. English is
 * the default (the language of the article checked); French is there for the readers who brief in French. A language
 * is one line here and its catalogue, messages/<locale>.json: nothing else names a language.
 */
const LANGUAGES = {
  en: { tag: "en-GB", endonym: "English" },
  fr: { tag: "fr-FR", endonym: "Français" },
  ru: { tag: "ru-RU", endonym: "Русский" },
} as const satisfies Record<string, { tag: string; endonym: string }>;

export type Locale = keyof typeof LANGUAGES;
export const LOCALES = Object.keys(LANGUAGES) as readonly Locale[];
export const DEFAULT_LOCALE: Locale = "en";

/** The BCP 47 tag each locale formats with (Intl) and declares (`<html lang>`, hreflang, og:locale). */
export const INTL_TAG = Object.fromEntries(LOCALES.map((l) => [l, LANGUAGES[l].tag])) as Record<Locale, string>;
/** Each language's name in itself, for the language switch. */
export const ENDONYM = Object.fromEntries(LOCALES.map((l) => [l, LANGUAGES[l].endonym])) as Record<Locale, string>;

export const isLocale = (x: unknown): x is Locale =>
  typeof x === "string" && (LOCALES as readonly string[]).includes(x);
