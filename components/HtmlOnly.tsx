/**
 * A part of the page that needs no JavaScript, kept in the HTML only: postbuild leaves its children out of the page's
 * inline RSC payload (lib/publish/html-only.ts), and hydration keeps what the HTML holds. Not to be nested, and never
 * around a client component.
 */
import type { ReactNode } from "react";
import { HTML_ONLY_ATTR } from "../lib/publish/html-only";

export function HtmlOnly({ children }: { children: ReactNode }) {
  return <div {...{ [HTML_ONLY_ATTR]: "" }}>{children}</div>;
}
