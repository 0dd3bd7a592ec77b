/**
 * What a reader takes away from the view she is looking at: its CSV (the view's rows, and the figure's whole CSV),
 * its export images, its briefing files, its embed and its citation, under a line naming the view when the figure
 * has several. One block per view; the view switch shows the chosen view's block with its panel
 * (components/ChartFigure.tsx), so every button, code and citation holds the view shown. Not printed.
 */
import type { FigureView, ViewFiles } from "../lib/publish/page-data";
import { EmbedPanel } from "./EmbedPanel";
import { CitePanel } from "./CitePanel";

const button = "rounded border border-gray-400 px-2 py-1 underline-offset-4 hover:underline";

export function ViewFilesBlock({ fig, view }: { fig: FigureView; view: ViewFiles }) {
  return (
    <div className="no-print">
      {view.filesHeading && <p className="mt-3 text-sm font-medium">{view.filesHeading}</p>}
      <p className="mt-3 flex flex-wrap gap-3 text-sm" data-downloads>
        {view.csv.map((c) => (
          <a key={c.href} href={c.href} download={c.file} className={button}>
            {c.label}
          </a>
        ))}
        <a href={view.images.png} download={view.images.pngFile} className={button}>
          {fig.ui.downloadPng}
        </a>
        <a href={view.images.svg} download={view.images.svgFile} className={button}>
          {fig.ui.downloadSvg}
        </a>
        {view.briefing.map((b) => (
          <a key={b.href} href={b.href} download={b.file} className={button}>
            {b.label}
          </a>
        ))}
      </p>
      <EmbedPanel figureId={fig.id} view={view} ui={fig.ui} locale={fig.locale} />
      <CitePanel figureId={fig.id} view={view} ui={fig.ui} locale={fig.locale} />
    </div>
  );
}
