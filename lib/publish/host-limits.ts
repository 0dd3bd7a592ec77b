/**
 * The built site against what the static hosts accept, checked at the end of the build (scripts/build.ts) so that a
 * site too big for them, or holding a file not meant to be published, stops the build here rather than failing on
 * upload or being served half-way. Each error names the limit, the host and the file.
 *
 * Cloudflare Pages (developers.cloudflare.com/pages/platform/limits/): 20,000 files a site on the Free plan (100,000
 * on paid plans, when enabled), 25 MiB a file; its `_headers` file takes at most 100 rules, each line at most 2,000
 * characters (lib/publish/headers.ts keeps to them when it writes the file; checked again here on the file as built).
 * Netlify documents no file-count, file-size or `_headers` limit for a static deploy, so Cloudflare's are the ones
 * that bind; both hosts get the same out/.
 * Not published either: what only a build or a local server uses — precompressed `*.br` copies (the preview server
 * keeps them outside out/: ./precompress.ts), source maps, dotfiles. Hosts would serve them as public files.
 */
import { parseHeaders } from "./headers-file";
import type { SiteFiles } from "./files";

export interface HostLimits {
  host: string;
  maxFiles: number;
  maxFileBytes: number;
  maxHeaderRules: number;
  maxHeaderLine: number;
}

export const CLOUDFLARE_PAGES: HostLimits = {
  host: "Cloudflare Pages",
  maxFiles: 20_000,
  maxFileBytes: 25 * 1024 * 1024,
  maxHeaderRules: 100,
  maxHeaderLine: 2000,
};

/** Files a host would publish that are only for the build or the preview server. */
const NOT_PUBLISHED = /(^|\/)\.|\.br$|\.map$/;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Throws, naming the limit, when the site in `site` (out/) exceeds one of `limits`; else returns a summary line. */
export function checkHostLimits(site: SiteFiles, limits: HostLimits = CLOUDFLARE_PAGES, dir = "out"): string {
  const files = site.list();
  const internal = files.filter((f) => NOT_PUBLISHED.test(f));
  if (internal.length)
    throw new Error(
      `${dir}/${internal[0]}${internal.length > 1 ? ` (and ${internal.length - 1} more)` : ""}: a file for the build or the preview server only (a precompressed .br, a source map or a dotfile) would be published by the hosts as a public file`,
    );
  if (files.length > limits.maxFiles)
    throw new Error(
      `${dir}/ has ${files.length.toLocaleString("en")} files, more than ${limits.host} accepts (${limits.maxFiles.toLocaleString("en")} files a site)`,
    );
  let total = 0;
  let largest = { file: "", bytes: 0 };
  for (const f of files) {
    const bytes = site.read(f).length;
    total += bytes;
    if (bytes > largest.bytes) largest = { file: f, bytes };
    if (bytes > limits.maxFileBytes)
      throw new Error(
        `${dir}/${f} is ${mib(bytes)}, more than ${limits.host} accepts (${mib(limits.maxFileBytes)} a file)`,
      );
  }
  if (site.exists("_headers")) {
    const text = site.read("_headers").toString("utf8");
    const rules = parseHeaders(text);
    if (rules.length > limits.maxHeaderRules)
      throw new Error(
        `${dir}/_headers has ${rules.length} rules, more than ${limits.host} accepts (${limits.maxHeaderRules} rules)`,
      );
    const lines = text.split("\n");
    const long = lines.findIndex((l) => l.length > limits.maxHeaderLine);
    if (long >= 0)
      throw new Error(
        `${dir}/_headers line ${long + 1} has ${lines[long].length} characters, more than ${limits.host} accepts (${limits.maxHeaderLine.toLocaleString("en")} characters a line)`,
      );
  }
  return (
    `${files.length.toLocaleString("en")} files (limit ${limits.maxFiles.toLocaleString("en")}), ${mib(total)} in all, ` +
    `largest ${largest.file} ${mib(largest.bytes)} (limit ${mib(limits.maxFileBytes)} a file)`
  );
}
