/** "Embed" panel of a figure: the iframe + resizer code to paste, with a copy button. Not printed. */
import type { FigureView } from "../lib/publish/page-data";
import { CopyButton } from "./CopyButton";

export function EmbedPanel({
  id: figureId,
  embed,
  ui,
}: {
  id: string;
  embed: FigureView["embed"];
  ui: FigureView["ui"];
}) {
  const { code } = embed;
  const id = `${figureId}-embed-code`;
  return (
    <details className="no-print mt-3 text-sm" data-embed-panel={figureId}>
      <summary className="cursor-pointer font-medium">{ui.embed}</summary>
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
        <p className="flex flex-wrap items-center gap-3">
          <CopyButton target={id} label={ui.copyEmbed} copied={ui.copied} fallback={ui.copyFallback} />
          <a href={embed.preview} className="underline">
            {ui.previewEmbed}
          </a>
          <a href={embed.oembed} className="underline">
            {ui.oembed}
          </a>
        </p>
      </div>
    </details>
  );
}
