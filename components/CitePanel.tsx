/**
 * "Cite this chart" panel of a figure: a text citation and BibTeX, each with a copy button, fetched when the panel
 * opens (./OnOpen.tsx). Not printed.
 */
import type { FigureView } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { CopyButton } from "./CopyButton";
import { OnOpen } from "./OnOpen";

export function CitePanel({
  id,
  cite,
  ui,
  locale,
}: {
  id: string;
  cite: FigureView["cite"];
  ui: FigureView["ui"];
  locale: FigureView["locale"];
}) {
  const { text, bibtex } = cite;
  const textId = `${id}-cite-text`;
  const bibId = `${id}-cite-bibtex`;
  return (
    <OnOpen
      className="no-print mt-3 text-sm"
      data-cite-panel={id}
      summary={ui.cite}
      src={servedPanelPath(id, "cite", locale)}
      loadError={ui.partLoadError}
      needsScript={ui.needsScript}
    >
      <div className="mt-2 space-y-2">
        <label htmlFor={textId} className="block font-medium">
          {ui.citeText}
        </label>
        <textarea
          id={textId}
          readOnly
          rows={3}
          value={text}
          className="block w-full rounded border border-gray-300 bg-transparent p-2 text-xs dark:border-gray-600"
        />
        <CopyButton target={textId} label={ui.copyCitation} copied={ui.copied} fallback={ui.copyFallback} />
        <label htmlFor={bibId} className="block font-medium">
          BibTeX
        </label>
        <textarea
          id={bibId}
          readOnly
          rows={9}
          value={bibtex}
          className="block w-full rounded border border-gray-300 bg-transparent p-2 font-mono text-xs dark:border-gray-600"
        />
        <CopyButton target={bibId} label={ui.copyBibtex} copied={ui.copied} fallback={ui.copyFallback} />
      </div>
    </OnOpen>
  );
}
