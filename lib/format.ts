/**
 * Number, percent and month formatting shared by charts, tables, images and sentences, in each locale's conventions
 * (Intl, never hand-built): English `12,004.2`, "March 2022"; French `12 004,2` (narrow no-break space U+202F between
 * groups), « mars 2022 ». Percents and ordinals are the catalogues' (format.percent, format.ordinal: percentIn and
 * ordinalIn in lib/i18n/translate.ts). The locale is always given. A negative number is written with the minus sign
 * U+2212 (−216.9), not the hyphen-minus Intl gives: typographically a minus, and read as "minus" by screen readers.
 */
import { INTL_TAG, type Locale } from "./i18n/locales";

/** Intl.NumberFormat whose minus sign is U+2212 MINUS SIGN in every language (the translator's ICU number arguments
 *  format with it too, lib/i18n/translate.ts). */
export class MinusSignNumberFormat extends Intl.NumberFormat {
  override format = (value: number | bigint): string =>
    this.formatToParts(value)
      .map((p) => (p.type === "minusSign" ? "\u2212" : p.value))
      .join("");
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}/${decimals}/${grouping}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new MinusSignNumberFormat(INTL_TAG[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, decimals: number, locale: Locale): string {
  return numberFormat(locale, decimals, true).format(value);
}
export const usdM = (v: number, locale: Locale) => formatNumber(v, 0, locale);

/**
 * The same number without group separators, for an accessible name: a screen reader reads `12 004,2` as two numbers
 * (twelve, then four point two), but `12004,2` as one.
 */
export function spokenNumber(value: number, decimals: number, locale: Locale): string {
  return numberFormat(locale, decimals, false).format(value);
}

/**
 * A table cell's number: the text shown and, when that text holds a space (French groups), an aria-label that a
 * screen reader reads as one number. English separators (`12,004.2`) are read correctly, so English gets no label.
 */
export function numberCell(value: number, decimals: number, locale: Locale): { text: string; label?: string } {
  const text = formatNumber(value, decimals, locale);
  return /\s/u.test(text) ? { text, label: spokenNumber(value, decimals, locale) } : { text };
}

/** "2022-03" → "March 2022" / "mars 2022" (the calendar month, whatever the time zone). */
export function formatMonth(period: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new Error(`not a month: ${period}`);
  const date = new Date(Date.UTC(Number(m[1]), month - 1, 1));
  return new Intl.DateTimeFormat(INTL_TAG[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** "2021-05-12" → "12 May 2021" / "12 mai 2021". */
export function formatDay(day: string | Date, locale: Locale): string {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  if (Number.isNaN(date.getTime())) throw new Error(`not a day: ${String(day)}`);
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "a, b and c" / « a, b et c ». */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_TAG[locale], { style: "long", type: "conjunction" }).format(items);
}

/** Derived tables publish values rounded to 0.1 (after computing from unrounded inputs). */
export const round1 = (x: number) => Math.round(x * 10) / 10;
