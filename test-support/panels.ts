/**
 * A built page as a reader who opens every view sees it: each hidden view's panel and each long table, empty in the
 * HTML (lib/publish/panels.ts), given back the content of the file it names, as the page script does when the view is
 * chosen; in that content, the long tables too (their `<details>` is open, so the page script fills them as they
 * arrive), not the closed Embed and Cite panels. For tests that read every view's takeaways or table from the HTML.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const PANEL = /(<div\b[^>]*\sdata-panel-src="([^"]+)"[^>]*><div data-panel-content="">)<\/div>/g;
const content = (outDir: string, src: string) =>
  (JSON.parse(readFileSync(path.join(outDir, src), "utf8")) as { html: string }).html;
const tablesIn = (outDir: string, html: string): string =>
  html.replace(PANEL, (whole, open: string, src: string) =>
    src.endsWith("--table.json") ? `${open}${content(outDir, src)}</div>` : whole,
  );

export function withPanels(outDir: string, html: string): string {
  return html.replace(
    PANEL,
    (_, open: string, src: string) => `${open}${tablesIn(outDir, content(outDir, src))}</div>`,
  );
}
