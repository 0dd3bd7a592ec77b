/**
 * A closed `<details>` whose content arrives when a reader opens it (the Embed and Cite panels of a figure). The
 * content is in a panel naming its file (`data-panel-src`): postbuild moves it out of the page into
 * that file (lib/publish/panels.ts), and the page script puts it back when the `<details>` opens, saying so in the
 * page's language if it cannot (`data-load-error`). A closed panel's code and citations were ~0.7 KB of brotli in
 * every chart page's first round trip, for the few readers who open it. Without JavaScript the panel says it needs it;
 * the embed's preview and oEmbed links stay outside, usable without it.
 */
import type { ReactNode } from "react";
import { PANEL_CONTENT_ATTR, PANEL_SRC_ATTR } from "../lib/publish/panels";

export function OnOpen({
  src,
  loadError,
  needsScript,
  children,
  after,
  ...details
}: {
  /** the served path of the content's file (servedPanelPath) */
  src: string;
  loadError: string;
  needsScript: string;
  children: ReactNode;
  /** what follows the content, in the page (links that need no JavaScript) */
  after?: ReactNode;
  className: string;
  summary: string;
  [data: `data-${string}`]: string;
}) {
  const { className, summary, ...data } = details;
  return (
    <details className={className} data-load-error={loadError} {...data}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <noscript>
        <p className="mt-2">{needsScript}</p>
      </noscript>
      <div {...{ [PANEL_SRC_ATTR]: src }}>
        <div {...{ [PANEL_CONTENT_ATTR]: "" }}>{children}</div>
      </div>
      {after}
    </details>
  );
}
