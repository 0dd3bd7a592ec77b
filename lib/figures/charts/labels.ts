/**
 * The numbers and words the chart components draw, in the chart's language (lib/format.ts): axis ticks, value labels
 * and the label of a dated mark. English keeps the forms the charts always had ("30k", "2.5"); French has its own
 * (`30 000`, `2,5`, « 24 févr. 2022 : invasion de l’Ukraine »), never an English "k" or decimal point.
 */
import { INTL_TAG, type Locale } from "../../i18n/locales";
import { messages } from "../../i18n";
import { formatNumber } from "../../format";

/** Decimals a tick needs to be written exactly (0.5 → 1, 20 → 0). */
const decimalsOf = (v: number) => (Number.isInteger(v) ? 0 : (String(v).split(".")[1]?.length ?? 0));

/** A value axis' tick: English as recharts writes it by default (`2.5`, `1000`), other locales in their format. */
export const tickNumber = (v: number, locale: Locale) =>
  locale === "en" ? String(v) : formatNumber(v, decimalsOf(v), locale);

/** A tick in thousands on an axis of millions: English `30k`; French the whole number (`30 000`), no English "k". */
export const thousandsTick = (v: number, locale: Locale) =>
  v === 0 ? "0" : locale === "en" ? formatNumber(v / 1000, 0, locale) + "k" : formatNumber(v, 0, locale);

/** A value label over a bar, with the figure's decimals. */
export const valueLabel = (v: number, decimals: number, locale: Locale) =>
  locale === "en" ? v.toFixed(decimals) : formatNumber(v, decimals, locale);

/**
 * The label of a dated mark: the figure's own (English) label, or in another locale the day (short month) and what
 * happened, from the catalogue (`charts.markEvents`, by date); a date without words there stops the build.
 */
export function markLabel(mark: { date: string; label: string }, locale: Locale): string {
  if (locale === "en") return mark.label;
  const m = messages(locale).charts;
  const event = Object.prototype.hasOwnProperty.call(m.markEvents, mark.date) ? m.markEvents[mark.date] : undefined;
  if (!event)
    throw new Error(`${locale}: no words for the chart mark of ${mark.date} (lib/i18n messages charts.markEvents)`);
  const day = new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${mark.date}T00:00:00Z`));
  return m.markLabel(day, event);
}
