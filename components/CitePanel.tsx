/**
 * "Cite this chart" panel of one view of a figure: a text citation and BibTeX, each a field with a copy button
 * (./CopyField.tsx), fetched when the panel opens (./OnOpen.tsx). Not printed. Each field carries its template, which
 * the page script dates with the day the reader opens or copies it (lib/publish/cite.ts).
 */
import type { FigureView, ViewFiles } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { INTL_TAG } from "../lib/i18n/locales";
import { CopyField } from "./CopyField";
import { OnOpen } from "./OnOpen";

export function CitePanel({
  figureId,
  view,
  ui,
  locale,
}: {
  figureId: string;
  view: ViewFiles;
  ui: FigureView["ui"];
  locale: FigureView["locale"];
}) {
  const { text, bibtex, textTemplate, bibtexTemplate } = view.cite;
  const id = view.fieldId;
  return (
    <OnOpen
      className="no-print mt-3 text-sm"
      data-cite-panel={id}
      summary={ui.cite}
      src={servedPanelPath(figureId, id === figureId ? "cite" : `${view.key}--cite`, locale)}
      loadError={ui.partLoadError}
      needsScript={ui.needsScript}
    >
      <div className="mt-2 space-y-2">
        <CopyField
          id={`${id}-cite-text`}
          label={ui.citeText}
          value={text}
          accessedTemplate={{ template: textTemplate, tag: INTL_TAG[locale] }}
          rows={3}
          copyLabel={ui.copyCitation}
          ui={ui}
        />
        <CopyField
          id={`${id}-cite-bibtex`}
          label="BibTeX"
          value={bibtex}
          accessedTemplate={{ template: bibtexTemplate, tag: INTL_TAG[locale] }}
          rows={10}
          code
          copyLabel={ui.copyBibtex}
          ui={ui}
        />
      </div>
    </OnOpen>
  );
}
