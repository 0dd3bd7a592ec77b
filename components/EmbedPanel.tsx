/**
 * "Embed" panel of a figure: the iframe + resizer code to paste, with a copy button, fetched when the panel opens
 * (./OnOpen.tsx); the preview and oEmbed links, which need no JavaScript, stay in the page. Not printed.
 */
import type { FigureView } from "../lib/publish/page-data";
import { servedPanelPath } from "../lib/publish/panels";
import { CopyButton } from "./CopyButton";
import { OnOpen } from "./OnOpen";

export function EmbedPanel({
  id: figureId,
  embed,
  ui,
  locale,
}: {
  id: string;
  embed: FigureView["embed"];
  ui: FigureView["ui"];
  locale: FigureView["locale"];
}) {
  const { code } = embed;
  const id = `${figureId}-embed-code`;
  return (
    <OnOpen
      className="no-print mt-3 text-sm"
      data-embed-panel={figureId}
      summary={ui.embed}
      src={servedPanelPath(figureId, "embed", locale)}
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
        <label htmlFor={id} className="sr-only">
          {ui.embedCodeFor}
        </label>
        <textarea
          id={id}
          readOnly
          rows={4}
          value={code}
          className="block w-full rounded border border-gray-300 bg-transparent p-2 font-mono text-xs dark:border-gray-600"
        />
        <p>
          <CopyButton target={id} label={ui.copyEmbed} copied={ui.copied} fallback={ui.copyFallback} />
        </p>
      </div>
    </OnOpen>
  );
}
