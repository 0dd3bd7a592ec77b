/**
 * "Cite this chart" panel of a figure: a text citation and BibTeX, each a field with a copy button (./CopyField.tsx),
 * fetched when the panel opens (./OnOpen.tsx). Not printed. Each field carries its template, which the page script
 * dates with the day the reader opens or copies it (lib/publish/cite.ts).
 */
import type { FigureView } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { INTL_TAG } from "../lib/i18n/locales";
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
  const { text, bibtex, textTemplate, bibtexTemplate } = cite;
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
        <CopyField
          id={textId}
          label={ui.citeText}
          value={text}
          accessedTemplate={{ template: textTemplate, tag: INTL_TAG[locale] }}
          rows={3}
          copyLabel={ui.copyCitation}
          ui={ui}
        />
        <CopyField
          id={bibId}
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
