/**
 * The check the build runs on the message catalogues before anything is worded: every language's catalogue
 * (messages/<locale>.json) has every message of the English one, none empty, and nothing else but the claims' own
 * text (`claim.<id>.statement`, `claim.<id>.articleValue`, which lib/model/claims-spec.ts checks claim by claim);
 * every message compiles as ICU MessageFormat. A problem stops the build naming the file and the message, so a
 * new or edited language fails here rather than on the first page that needs the message.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { CLAIM_TEXT_KEY } from "../model/claims-spec";
import { DEFAULT_LOCALE, INTL_TAG, LOCALES, type Locale } from "./locales";
import { CATALOGUES } from "./translate";

/** Every problem of the catalogues, each naming the file and the message id. */
export function catalogueProblems(catalogues: Partial<Record<Locale, Record<string, unknown>>> = CATALOGUES): string[] {
  const problems: string[] = [];
  const en = catalogues[DEFAULT_LOCALE] ?? {};
  for (const locale of LOCALES) {
    const file = `messages/${locale}.json`;
    const cat = catalogues[locale];
    if (cat === undefined) {
      problems.push(`${file} is missing`);
      continue;
    }
    if (locale !== DEFAULT_LOCALE)
      for (const id of Object.keys(en))
        if (!Object.prototype.hasOwnProperty.call(cat, id)) problems.push(`${file}: message "${id}" is missing`);
    for (const [id, source] of Object.entries(cat)) {
      if (!Object.prototype.hasOwnProperty.call(en, id) && !CLAIM_TEXT_KEY.test(id))
        problems.push(`${file}: message "${id}" is not in messages/en.json`);
      if (typeof source !== "string" || source.trim() === "") {
        problems.push(`${file}: message "${id}" is empty`);
        continue;
      }
      try {
        new IntlMessageFormat(source, INTL_TAG[locale]);
      } catch (e) {
        problems.push(`${file}: message "${id}" is not ICU MessageFormat (${(e as Error).message})`);
      }
    }
  }
  return problems;
}

/** Throws, naming every problem, when a catalogue is incomplete, has an unknown message or one that does not parse. */
export function checkCatalogues(catalogues?: Partial<Record<Locale, Record<string, unknown>>>): void {
  const problems = catalogueProblems(catalogues);
  if (problems.length) throw new Error(`message catalogues: ${problems.join("; ")}`);
}
