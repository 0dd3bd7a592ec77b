/**
 * The briefing files of every view of every figure in every language: PowerPoint, Word, Excel and PDF. Written once
 * by the build, after the static charts (the PDF draws them) and while `next build` runs (the pages do not read
 * them), into generated/files/<locale>/;
 * postbuild serves them at /charts/files/<stem>--en.<ext> in English and /fr/charts/files/<stem>--fr.<ext> in
 * French (the stem: the figure's id for its default view, `<id>--<view>` for another), the default view's English
 * ones also at their former /charts/files/<figure>.<ext> (briefingServedFiles, ./formats.ts). Node only: the writers never
 * reach the browser bundle (pages import ./formats.ts, plain data).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { derived, type Derived } from "../../derive";
import { FIGURES } from "../../figures/registry";
import { figureIn } from "../../figures/localize";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../i18n/locales";
import { buildDate } from "../cite";
import { fileStem } from "../urls";
import type { Output } from "../files";
import { briefingOf } from "./content";
import { docxFile } from "./docx";
import { BRIEFING_EXTS, briefingPath, formerBriefingPath, type BriefingFormat } from "./formats";
import { pdfFile } from "./pdf";
import { pptxFile } from "./pptx";
import { xlsxFile } from "./xlsx";

export const GENERATED_FILES_DIR = "generated/files";
const generatedPath = (stem: string, ext: BriefingFormat, locale: Locale) =>
  `${GENERATED_FILES_DIR}/${locale}/${stem}.${ext}`;

/** Every view's four files in every language, as outputs under generated/files/<locale>/. */
export async function briefingFiles(d: Derived = derived(), date: Date = buildDate()): Promise<Output[]> {
  const out: Output[] = [];
  for (const english of FIGURES)
    for (const locale of LOCALES) {
      const fig = figureIn(english, locale);
      for (const v of fig.variants) {
        const b = briefingOf(fig, d, locale, v.key);
        const pptx = await pptxFile(b, date);
        const files: Record<BriefingFormat, Buffer> = {
          pptx,
          docx: await docxFile(b, date, pptx),
          xlsx: await xlsxFile(b, fig.csv, date),
          pdf: await pdfFile(b, date),
        };
        for (const ext of BRIEFING_EXTS)
          out.push({ path: generatedPath(fileStem(fig, v.key), ext, locale), content: files[ext] });
      }
    }
  return out;
}

/** Postbuild: each generated briefing file at its served path. */
export function briefingServedFiles(root = process.cwd()): Output[] {
  return FIGURES.flatMap((fig) =>
    LOCALES.flatMap((locale) =>
      fig.variants.flatMap((v, i) =>
        BRIEFING_EXTS.flatMap((ext) => {
          const generated = generatedPath(fileStem(fig, v.key), ext, locale);
          let content: Buffer;
          try {
            content = readFileSync(path.join(root, generated));
          } catch {
            throw new Error(`${generated} is missing: the build writes the briefing files before postbuild`);
          }
          const served = [{ path: briefingPath(fig, v.key, ext, locale), content }];
          return locale === DEFAULT_LOCALE && i === 0
            ? [...served, { path: formerBriefingPath(fig.id, ext), content }]
            : served;
        }),
      ),
    ),
  );
}
