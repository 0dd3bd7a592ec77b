/**
 * The briefing files of every view of every figure in every language: PowerPoint, Word, Excel and PDF. Made once by
 * the build, in memory, while `next build` runs (the pages do not hold them); postbuild writes them at /charts/files/<stem>--en.<ext> in English and /fr/charts/files/<stem>--fr.<ext> in
 * French (the stem: the figure's id for its default view, `<id>--<view>` for another), the default view's English
 * ones also at their former /charts/files/<figure>.<ext> (./formats.ts). Node only: the writers never
 * reach the browser bundle (pages import ./formats.ts, plain data).
 */
import { derived, type Derived } from "../../derive";
import { FIGURES } from "../../figures/registry";
import { figureIn } from "../../figures/localize";
import { DEFAULT_LOCALE, LOCALES } from "../../i18n/locales";
import { buildDate } from "../cite";
import type { Output } from "../files";
import { briefingOf } from "./content";
import { docxFile } from "./docx";
import { BRIEFING_EXTS, briefingPath, formerBriefingPath, type BriefingFormat } from "./formats";
import { pdfFile } from "./pdf";
import { pptxFile } from "./pptx";
import { xlsxFile } from "./xlsx";

/** Every view's four files in every language, at the paths the site serves them (the default view's English ones
 *  also at their former paths). */
export async function briefingFiles(d: Derived = derived(), date: Date = buildDate()): Promise<Output[]> {
  const out: Output[] = [];
  for (const english of FIGURES)
    for (const locale of LOCALES) {
      const fig = figureIn(english, locale);
      for (const [i, v] of fig.variants.entries()) {
        const b = briefingOf(fig, d, locale, v.key);
        const pptx = await pptxFile(b, date);
        const files: Record<BriefingFormat, Buffer> = {
          pptx,
          docx: await docxFile(b, date, pptx),
          xlsx: await xlsxFile(b, fig.csv, date),
          pdf: await pdfFile(b, date),
        };
        for (const ext of BRIEFING_EXTS) {
          out.push({ path: briefingPath(fig, v.key, ext, locale), content: files[ext] });
          if (locale === DEFAULT_LOCALE && i === 0)
            out.push({ path: formerBriefingPath(fig.id, ext), content: files[ext] });
        }
      }
    }
  return out;
}
