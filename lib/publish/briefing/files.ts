/**
 * The briefing files of every figure (default view): PowerPoint, Word, Excel and PDF. Written once by the build,
 * after the static charts (the PDF draws them) and before `next build`, into generated/files/; postbuild serves them
 * at /charts/files/<figure>.<ext> (briefingServedFiles), as it does the export images. Node only: the writers never
 * reach the browser bundle (pages import ./formats.ts, plain data).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { derived, type Derived } from "../../derive";
import { FIGURES } from "../../figures/registry";
import { buildDate } from "../cite";
import type { Output } from "../files";
import { briefingOf } from "./content";
import { docxFile } from "./docx";
import { BRIEFING_EXTS, briefingPath, type BriefingFormat } from "./formats";
import { pdfFile } from "./pdf";
import { pptxFile } from "./pptx";
import { xlsxFile } from "./xlsx";

export const GENERATED_FILES_DIR = "generated/files";
const generatedPath = (id: string, ext: BriefingFormat) => `${GENERATED_FILES_DIR}/${id}.${ext}`;

/** Every figure's four files, as outputs under generated/files/. */
export async function briefingFiles(d: Derived = derived(), date: Date = buildDate()): Promise<Output[]> {
  const out: Output[] = [];
  for (const fig of FIGURES) {
    const b = briefingOf(fig, d);
    const pptx = await pptxFile(b, date);
    const files: Record<BriefingFormat, Buffer> = {
      pptx,
      docx: await docxFile(b, date, pptx),
      xlsx: await xlsxFile(b, fig.csv, date),
      pdf: await pdfFile(b, date),
    };
    for (const ext of BRIEFING_EXTS) out.push({ path: generatedPath(fig.id, ext), content: files[ext] });
  }
  return out;
}

/** Postbuild: each generated briefing file at its served path. */
export function briefingServedFiles(root = process.cwd()): Output[] {
  return FIGURES.flatMap((fig) =>
    BRIEFING_EXTS.map((ext) => {
      const file = path.join(root, generatedPath(fig.id, ext));
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch {
        throw new Error(
          `${generatedPath(fig.id, ext)} is missing: the build writes the briefing files before next build`,
        );
      }
      return { path: briefingPath(fig.id, ext), content };
    }),
  );
}
