/** The site's languages and their message catalogues (lib/i18n/locales.ts, lib/i18n/messages/). */
export * from "./locales";
export { checkCatalogues, messages, type Messages } from "./messages";
