/**
 * What the build takes from its environment, checked by scripts/build.ts before anything is written, so a site
 * built for the wrong address or with an unknown date never leaves quietly:
 *  - SITE_URL, the public address in citations, embed code, oEmbed, social cards and the sitemap. Missing: a warning
 *    (the site then points at http://localhost:3000: right for a local preview, wrong anywhere else), or an error in
 *    a build for publishing (publishingBuild: `npm run build:production`, or on Cloudflare Pages or Netlify, which
 *    set CF_PAGES and NETLIFY in their builds), so a published site never points at localhost. An error stops
 *    the build when it is empty, not an http(s) URL, a host other than a DNS name or an IP address, more than an
 *    origin (path, query, fragment, credentials or a
 *    trailing slash: every URL is SITE_URL + "/path"), or http:// for a host other than this machine.
 *  - SOURCE_DATE_EPOCH, the build date (the day in citations). Set: it must be whole seconds since 1970, no earlier
 *    than the end of the latest month the data cite (data/fr-ru-monthly.csv) and no later than tomorrow. Not set: the
 *    date of the last commit of the tree (`git log -1 --format=%ct`), so two builds of one commit are identical;
 *    outside git, now.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadFile } from "../model/load";
import { DEFAULT_SITE_URL } from "../site";

export interface SiteUrlCheck {
  level: "ok" | "warning" | "error";
  message: string;
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1: an http:// address there never leaves this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "[::1]";
}

/**
 * Why this build is one for publishing, or undefined for a local one: the --production flag
 * (`npm run build:production`), or a host's build environment (Cloudflare Pages sets CF_PAGES=1, Netlify NETLIFY=true).
 */
export function publishingBuild(env: Record<string, string | undefined>, args: string[] = []): string | undefined {
  if (args.includes("--production")) return "--production (npm run build:production)";
  if (env.CF_PAGES) return `CF_PAGES is set: a Cloudflare Pages build`;
  if (env.NETLIFY) return `NETLIFY is set: a Netlify build`;
  return undefined;
}

export function checkSiteUrl(value: string | undefined, publishing?: string): SiteUrlCheck {
  if (value === undefined && publishing) {
    return {
      level: "error",
      message:
        `SITE_URL is not set, and this build is for publishing (${publishing}): set SITE_URL to the site's public ` +
        `address (e.g. SITE_URL=https://<project>.pages.dev), in the host's environment variables for its builds; ` +
        `without it citations, embed code, oEmbed, social cards and the sitemap would point at ${DEFAULT_SITE_URL}.`,
    };
  }
  if (value === undefined) {
    return {
      level: "warning",
      message:
        `SITE_URL is not set: citations, embed code, oEmbed, social cards and the sitemap point at ${DEFAULT_SITE_URL}. ` +
        `Right for a local preview only; to publish, build with SITE_URL=https://<your host>.`,
    };
  }
  const fail = (why: string): SiteUrlCheck => ({ level: "error", message: `SITE_URL ${JSON.stringify(value)} ${why}` });
  if (value.trim() === "") return fail("is empty: set the public address (https://<your host>) or unset it");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail("is not a URL: give the public address, e.g. https://example.org");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return fail("is not an http(s) address");
  // The URL parser lets through host characters no DNS name has (" ' ` { } and others) that would break out of an
  // attribute or a script in every page and embed: a host is letters, digits, hyphens and dots, or an IP literal.
  if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname))
    return fail(`has a host (${url.hostname}) that is not a DNS name or an IP address: letters, digits, - and . only`);
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    return fail(`is http:// for a public host: use https://${url.host} (http:// is only for localhost)`);
  }
  if (value !== url.origin) {
    return fail(`must be an origin only, with no path, query, fragment, user or trailing slash: ${url.origin}`);
  }
  return { level: "ok", message: `SITE_URL ${value}` };
}

export interface BuildDate {
  /** seconds since 1970-01-01T00:00:00Z */
  epoch: number;
  from: "SOURCE_DATE_EPOCH" | "last commit" | "now (not a git checkout)";
}

/** `git log -1 --format=%ct` in `root`, or undefined outside git (or without git). */
export function lastCommitEpoch(root: string): number | undefined {
  const git = spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: root, encoding: "utf8" });
  const epoch = Number(git.stdout?.trim());
  return git.status === 0 && git.stdout.trim() !== "" && Number.isInteger(epoch) ? epoch : undefined;
}

/** The first second after the latest month of data/fr-ru-monthly.csv (the most recent data the site cites). */
export function dataEnd(root: string): { epoch: number; month: string } {
  const months = loadFile(path.join(root, "data"), "fr-ru-monthly.csv").map((r) => String(r.period));
  const month = months.reduce((a, b) => (b > a ? b : a));
  const [year, m] = month.split("-").map(Number);
  return { epoch: Date.UTC(year, m, 1) / 1000, month };
}

const DAY = 24 * 60 * 60;
const isoDay = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 10);

/**
 * The build date: SOURCE_DATE_EPOCH if set (throws if it is not whole seconds, or lies before the end of the data the
 * site cites or after tomorrow), else the last commit's, else now.
 */
export function buildDateFor(root: string, env: Record<string, string | undefined>, now = () => Date.now()): BuildDate {
  const set = env.SOURCE_DATE_EPOCH;
  if (set !== undefined) {
    if (!/^\d+$/.test(set)) throw new Error(`SOURCE_DATE_EPOCH ${JSON.stringify(set)} is not whole seconds since 1970`);
    const epoch = Number(set);
    const today = Math.floor(now() / 1000);
    if (epoch > today + DAY)
      throw new Error(
        `SOURCE_DATE_EPOCH ${set} is after tomorrow (today is ${isoDay(today)}): a build date is not in the future`,
      );
    const end = dataEnd(root);
    if (epoch < end.epoch)
      throw new Error(
        `SOURCE_DATE_EPOCH ${set} (${isoDay(epoch)}) is before the end of the data the site cites ` +
          `(data/fr-ru-monthly.csv runs to ${end.month}): a citation's date cannot precede it`,
      );
    return { epoch, from: "SOURCE_DATE_EPOCH" };
  }
  const commit = lastCommitEpoch(root);
  if (commit !== undefined) return { epoch: commit, from: "last commit" };
  return { epoch: Math.floor(now() / 1000), from: "now (not a git checkout)" };
}
