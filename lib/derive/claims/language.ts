/** The claims' words in a language (lib/derive/claims/words.ts says what each set holds). */
import type { Locale } from "../../i18n/locales";
import type { ClaimWords } from "./words";
import { claimWordsEn } from "./words-en";
import { claimWordsFr } from "./words-fr";

const WORDS: Record<Locale, ClaimWords> = { en: claimWordsEn, fr: claimWordsFr };
export const claimWords = (locale: Locale): ClaimWords => WORDS[locale];
