/**
 * A built page as a reader who opens every view sees it: each hidden view's panel, empty in the HTML
 * (lib/publish/panels.ts), given back the content of the file it names, as the page script does when the view is
 * chosen. For tests that read every view's takeaways or table from the HTML.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export function withPanels(outDir: string, html: string): string {
  return html.replace(
    /(<div\b[^>]*\sdata-panel-src="([^"]+)"[^>]*><div data-panel-content="">)<\/div>/g,
    (_, open: string, src: string) =>
      `${open}${(JSON.parse(readFileSync(path.join(outDir, src), "utf8")) as { html: string }).html}</div>`,
  );
}
