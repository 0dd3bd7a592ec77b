/** The site's languages, their message catalogues' check and the translator (lib/i18n/locales.ts, check.ts,
 *  translate.ts). */
export * from "./locales";
export { checkCatalogues } from "./check";
export { CATALOGUES, message, translate, wordsOf, type MessageId, type Plan } from "./translate";
