/**
 * "Embed" panel of one view of a figure: the iframe + resizer code to paste, in a field with a copy button
 * (./CopyField.tsx), fetched when the panel opens (./OnOpen.tsx); the preview and oEmbed links, which need no
 * JavaScript, stay in the page. Not printed.
 */
import type { FigureView, ViewFiles } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { CopyField } from "./CopyField";
import { OnOpen } from "./OnOpen";

export function EmbedPanel({
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
  const { embed } = view;
  const id = view.fieldId;
  return (
    <OnOpen
      className="no-print mt-3 text-sm"
      data-embed-panel={id}
      summary={ui.embed}
      src={servedPanelPath(figureId, id === figureId ? "embed" : `${view.key}--embed`, locale)}
      loadError={ui.partLoadError}
      needsScript={ui.needsScript}
      after={
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <a href={embed.preview} className="underline">
            {ui.previewEmbed}
          </a>
          <a href={embed.oembed} className="underline">
            {ui.oembed}
          </a>
        </p>
      }
    >
      <div className="mt-2 space-y-2">
        <p>
          {ui.embedHelpBefore} <code>?theme=light</code> {ui.embedHelpOr} <code>?theme=dark</code> {ui.embedHelpAfter}
        </p>
        <CopyField
          id={`${id}-embed-code`}
          label={embed.codeFor}
          labelHidden
          value={embed.code}
          rows={4}
          code
          copyLabel={ui.copyEmbed}
          ui={ui}
          buttonOwnParagraph
        />
      </div>
    </OnOpen>
  );
}
