/**
 * "Cite this chart": a text citation and a BibTeX @misc entry per figure, dated the day of the build
 * (SOURCE_DATE_EPOCH: scripts/build.ts always sets it, by default to the last commit's date, so that two builds of a
 * commit are identical; without it, as under `next dev`, today).
 */
import type { Figure } from "../figures/types";
import { formatDay } from "../format";
import type { Locale } from "../i18n";
import { message } from "../i18n/translate";
import { figureUrl } from "./urls";

export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const sourceText = (fig: Figure) => fig.source.replace(/^Source\s*:\s*/, "").replace(/\.$/, "");

/** The citation in the figure's language (`fig` already in it: lib/figures/localize.ts), pointing at its page there. */
export function citationText(fig: Figure, date: Date, locale: Locale): string {
  return message(locale, "cite.text", {
    site: message(locale, "site.name"),
    title: fig.title,
    source: sourceText(fig),
    url: figureUrl(fig, locale),
    day: formatDay(date, locale),
  });
}

/** BibTeX-escape: specials backslashed, dashes as TeX ligatures; other Unicode kept (biber/bibtex8 read UTF-8). */
function tex(s: string): string {
  return s
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_{}])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}")
    .replace(/—/g, "---")
    .replace(/–/g, "--");
}

export function bibtexKey(fig: Figure, date: Date = buildDate()): string {
  return `frt-${fig.id}-${date.getUTCFullYear()}`;
}

export function citationBibtex(fig: Figure, date: Date, locale: Locale): string {
  const url = figureUrl(fig, locale);
  return [
    `@misc{${bibtexKey(fig, date)},`,
    `  author = {{${tex(message(locale, "site.name"))}}},`,
    `  title = {{${tex(fig.title)}}},`,
    `  year = {${date.getUTCFullYear()}},`,
    `  howpublished = {\\url{${url}}},`,
    `  url = {${url}},`,
    `  urldate = {${isoDay(date)}},`,
    `  note = {${tex(message(locale, "cite.note", { source: sourceText(fig), day: isoDay(date) }))}},`,
    `}`,
  ].join("\n");
}
