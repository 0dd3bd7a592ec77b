/**
 * The briefing files of each view of a figure, one per format and language, named for all three:
 * /charts/files/<figure>--en.<ext> in English and /fr/charts/files/<figure>--fr.<ext> in French for the default view,
 * /charts/files/<figure>--<view>--en.<ext> for another, so a reader who downloads two views or two languages never
 * gets two files of one name (the default view's English file is also at the address it had before,
 * /charts/files/<figure>.<ext>, which people link to): what each is
 * called on the page and the content type it is served with (out/_headers sets it; the preview server's mime table
 * lacks the Office types). Plain data, so pages can import it without the writers.
 */
import type { Locale } from "../../i18n/locales";
import { downloadName, fileStem, filesPrefix, type ViewOf } from "../urls";

export const BRIEFING_FORMATS = {
  pptx: {
    label: "PowerPoint (.pptx)",
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  },
  docx: { label: "Word (.docx)", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { label: "Excel (.xlsx)", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  pdf: { label: "PDF", type: "application/pdf" },
} as const;
export type BriefingFormat = keyof typeof BRIEFING_FORMATS;
export const BRIEFING_EXTS = Object.keys(BRIEFING_FORMATS) as BriefingFormat[];

export const BRIEFING_DIR = "charts/files";
/** The name a view's briefing file is saved under: the figure, the view, the language, the format (./urls.ts). */
export const briefingName = (fig: ViewOf, view: string, ext: BriefingFormat, locale: Locale) =>
  downloadName(fig, view, ext, locale);
/** Path of a view's briefing file in the site (no leading slash), in a language: `<stem>--<locale>.<ext>`, the stem
 *  the figure's id for its default view and `<id>--<view>` for another (fileStem). */
export const briefingPath = (fig: ViewOf, view: string, ext: BriefingFormat, locale: Locale) =>
  `${filesPrefix(locale)}${BRIEFING_DIR}/${fileStem(fig, view)}--${locale}.${ext}`;
/** The address the default language's file had before names said their language, still served (people link to it). */
export const formerBriefingPath = (id: string, ext: BriefingFormat) => `${BRIEFING_DIR}/${id}.${ext}`;
/** The _headers pattern of one format's files in a language. */
export const briefingPattern = (ext: BriefingFormat, locale: Locale) =>
  `/${filesPrefix(locale)}${BRIEFING_DIR}/*.${ext}`;
