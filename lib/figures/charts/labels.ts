/**
 * The numbers and words the chart components draw, in the chart's language (lib/format.ts): axis ticks, value labels
 * and the label of a dated mark. A tick in thousands is the catalogue's (chartText.thousandsTick: English "30k",
 * French `30 000`, never an English "k"); decimals follow the language (`2.5`, `2,5`).
 */
import type { Locale } from "../../i18n/locales";
import { formatNumber } from "../../format";
import { message } from "../../i18n/translate";

/** Decimals a tick needs to be written exactly (0.5 → 1, 20 → 0). */
const decimalsOf = (v: number) => (Number.isInteger(v) ? 0 : (String(v).split(".")[1]?.length ?? 0));

/** A value axis' tick, with the decimals it needs (`2.5`, `2,5`). */
export const tickNumber = (v: number, locale: Locale) => formatNumber(v, decimalsOf(v), locale);

/** A tick in thousands on an axis of millions, as the language writes it (`30k`, `30 000`); zero is `0`. */
export const thousandsTick = (v: number, locale: Locale) =>
  v === 0 ? "0" : message(locale, "chartText.thousandsTick", { v });

/** A value label over a bar, with the figure's decimals. */
export const valueLabel = (v: number, decimals: number, locale: Locale) => formatNumber(v, decimals, locale);

/** The label of a dated mark: the figure's own, worded in the chart's language by figureIn (lib/figures/localize.ts). */
export const markLabel = (mark: { date: string; label: string }, _locale: Locale): string => mark.label;
