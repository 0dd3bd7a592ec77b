/**
 * "Cite this chart" panel of a figure: a text citation and BibTeX, each a field with a copy button (./CopyField.tsx),
 * fetched when the panel opens (./OnOpen.tsx). Not printed.
 */
import type { FigureView } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { CopyField } from "./CopyField";
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
        <CopyField id={textId} label={ui.citeText} value={text} rows={3} copyLabel={ui.copyCitation} ui={ui} />
        <CopyField id={bibId} label="BibTeX" value={bibtex} rows={9} code copyLabel={ui.copyBibtex} ui={ui} />
      </div>
    </OnOpen>
  );
}
