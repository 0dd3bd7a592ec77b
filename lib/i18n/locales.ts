/**
 * The site's languages: every page, image, embed and briefing file exists once per locale, under /<locale>/. English is
 * the default (the language of the article checked); French is there for the readers who brief in French.
 */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The BCP 47 tag each locale formats with (Intl) and declares (`<html lang>`, hreflang, og:locale). */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };
/** Each language's name in itself, for the language switch. */
export const ENDONYM: Record<Locale, string> = { en: "English", fr: "Français" };

export const isLocale = (x: unknown): x is Locale =>
  typeof x === "string" && (LOCALES as readonly string[]).includes(x);
