/**
 * The pages next build wrote among the site's files: every HTML file but the embed pages, which the build writes
 * itself with their own style and script (./embed/). The postbuild passes that rewrite Next's pages (static documents,
 * social cards' sizes, islands' props) go through these.
 */
import { isEmbedPath } from "./embed/code";
import type { SiteFiles } from "./files";
import { urlPathOf } from "./headers-file";

export const nextPages = (site: SiteFiles): string[] =>
  site.list().filter((f) => f.endsWith(".html") && !isEmbedPath(urlPathOf(f)));
