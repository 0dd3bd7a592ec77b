/** "Embed" panel of a figure: the iframe + resizer code to paste, with a copy button. Not printed. */
import type { FigureView } from "../lib/publish/page-data";
import { CopyButton } from "./CopyButton";

export function EmbedPanel({ id: figureId, title, embed }: { id: string; title: string; embed: FigureView["embed"] }) {
  const { code } = embed;
  const id = `${figureId}-embed-code`;
  return (
    <details className="no-print mt-3 text-sm" data-embed-panel={figureId}>
      <summary className="cursor-pointer font-medium">Embed</summary>
      <div className="mt-2 space-y-2">
        <p>
          Paste this code into your page. The chart fits the width it is given and its height follows its content; the
          script line is needed once per page. Add <code>?theme=light</code> or <code>?theme=dark</code> to the address
          to fix the colours (default: the reader&apos;s system setting).
        </p>
        <label htmlFor={id} className="sr-only">
          Embed code for {title}
        </label>
        <textarea
          id={id}
          readOnly
          rows={4}
          value={code}
          className="block w-full rounded border border-gray-300 bg-transparent p-2 font-mono text-xs dark:border-gray-600"
        />
        <p className="flex flex-wrap items-center gap-3">
          <CopyButton text={code} target={id} label="Copy embed code" />
          <a href={embed.preview} className="underline">
            Preview the embed
          </a>
          <a href={embed.oembed} className="underline">
            oEmbed JSON
          </a>
        </p>
      </div>
    </details>
  );
}
