/**
 * "Cite this chart": a text citation and a BibTeX @misc entry per figure. The build knows the data's vintage, the day
 * of the build (SOURCE_DATE_EPOCH: scripts/build.ts always sets it, by default to the last commit's date, so that two
 * builds of a commit are identical; without it, as under `next dev`, today), and states it as "data as of"; it cannot
 * know the day a reader consults the chart. So each citation comes twice: as the page shows it without JavaScript
 * (the vintage only), and as a template whose "accessed" day the page script fills in, in the page's language, when
 * the panel opens and when the reader copies it (ACCESSED_DAY, ACCESSED_ISO: lib/publish/page-script/behaviour.ts).
 */
import { withoutFinalStop } from "../i18n/typography";
import type { Figure } from "../figures/types";
import { formatDay } from "../format";
import type { Locale } from "../i18n";
import { message } from "../i18n/translate";
import { fileStem, viewUrl } from "./urls";
import { viewTitle } from "./view-words";
import { ACCESSED_DAY, ACCESSED_ISO } from "./page-script/attrs";

export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const sourceText = (fig: Figure) => withoutFinalStop(fig.source.replace(/^Source\s*:\s*/, ""));

/** The citation of a view in the figure's language (`fig` already in it: lib/figures/localize.ts), titled with the
 *  view and pointing at the view's permalink there, with the data's vintage (`date`); `accessed`, the template the
 *  page script dates (its day ACCESSED_DAY). */
export function citationText(fig: Figure, view: string, date: Date, locale: Locale, accessed = false): string {
  return message(locale, "cite.text", {
    site: message(locale, "site.name"),
    title: viewTitle(fig, view),
    source: sourceText(fig),
    url: viewUrl(fig, view, locale),
    vintage: formatDay(date, locale),
    accessed: accessed ? "yes" : "no",
    day: ACCESSED_DAY,
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

/** A view's BibTeX key: the figure, the view where it is not the default one, the vintage's year. */
export function bibtexKey(fig: Figure, view: string, date: Date = buildDate()): string {
  return `frt-${fileStem(fig, view)}-${date.getUTCFullYear()}`;
}

/** The BibTeX entry of a view: `year` is the vintage's; `accessed`, the template the page script dates (urldate, the
 *  note). */
export function citationBibtex(fig: Figure, view: string, date: Date, locale: Locale, accessed = false): string {
  const url = viewUrl(fig, view, locale);
  const note = message(locale, "cite.note", {
    source: sourceText(fig),
    vintage: isoDay(date),
    accessed: accessed ? "yes" : "no",
    day: ACCESSED_ISO,
  });
  return [
    `@misc{${bibtexKey(fig, view, date)},`,
    `  author = {{${tex(message(locale, "site.name"))}}},`,
    `  title = {{${tex(viewTitle(fig, view))}}},`,
    `  year = {${date.getUTCFullYear()}},`,
    `  howpublished = {\\url{${url}}},`,
    `  url = {${url}},`,
    ...(accessed ? [`  urldate = {${ACCESSED_ISO}},`] : []),
    `  note = {${tex(note)}},`,
    `}`,
  ].join("\n");
}
