/**
 * One inline script per page for Next's RSC payload. Next's static export writes the payload as a run of inline
 * `<script>self.__next_f.push(…)</script>` (one per ~20–30 KB streamed), and every inline script needs its own sha256
 * in the page's Content-Security-Policy; the pages with many views (Russia's, five bases) reached more hashes than a
 * `_headers` line may hold (lib/publish/headers.ts, MAX_LINE). The scripts only append to one array, in order, which
 * Next's client reads (and whose `push` it hooks) whenever it starts, so joining them, in order, into one script at
 * the place of the last gives the client the same array: one hash instead of ~30. Pages are rewritten in postbuild,
 * before _headers is computed from them. The joined script is the one html-only.ts edits, and late-scripts.ts then
 * moves it out of the page into a file fetched on the first interaction.
 */
import type { Output, SiteFiles } from "./files";

/** One inline payload script (its content in group 1), as Next writes it; also used by late-scripts.ts. */
export const FLIGHT =
  /<script>((?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?\))<\/script>/g;

/** The page with its RSC payload scripts joined into one, at the place of the last; unchanged if it has fewer than 2. */
export function joinFlightScripts(html: string): string {
  const scripts = [...html.matchAll(FLIGHT)];
  if (scripts.length < 2) return html;
  const joined = `<script>${scripts.map((m) => m[1]).join(";")}</script>`;
  const last = scripts[scripts.length - 1];
  let out = "";
  let at = 0;
  for (const m of scripts) {
    out += html.slice(at, m.index) + (m === last ? joined : "");
    at = m.index + m[0].length;
  }
  return out + html.slice(at);
}

/** Every page of the site with its payload scripts joined (only pages that change). */
export function flightFiles(site: SiteFiles): Output[] {
  return site
    .list()
    .filter((p) => p.endsWith(".html"))
    .flatMap((p) => {
      const html = site.read(p).toString("utf8");
      const joined = joinFlightScripts(html);
      return joined === html ? [] : [{ path: p, content: joined }];
    });
}
