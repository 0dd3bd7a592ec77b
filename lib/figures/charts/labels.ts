/**
 * The numbers and words the chart components draw, in the chart's language (lib/format.ts): axis ticks, value labels
 * and the label of a dated mark (worded by the catalogues). English keeps the forms the charts always had ("30k",
 * "2.5"); French has its own (`30 000`, `2,5`), never an English "k" or decimal point.
 */
import type { Locale } from "../../i18n/locales";
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

/** The label of a dated mark: the figure's own, worded in the chart's language by figureIn (lib/figures/localize.ts). */
export const markLabel = (mark: { date: string; label: string }, _locale: Locale): string => mark.label;
