/**
 * Preview server for the static export (out/), serving it as a static host would, so that `npm start`, the browser
 * tests and the bench see what visitors will: index.html for folders, a 308 from /x to /x/ when x/ is a folder,
 * out/404.html with status 404, content types with a charset on text, compression when the client asks (a page's
 * brotli file written by the build, `index.html.br` from lib/publish/precompress.ts, to a client that accepts br;
 * else gzip on the fly for text and SVG: the bench measures transferred bytes), and the headers of out/_headers (CSP
 * and friends) — those of the file served, whatever the URL spelling (/charts/x/index.html gets the rules of
 * /charts/x/), matched by lib/publish/headers-file.ts. A `.br` file is never served under its own name.
 *
 * sirv sends the files; this file decides which file a request gets, before sirv sees it: the path is decoded once,
 * a bad one answers 400 (malformed %-escapes, NUL, "\", "." or ".." segments), repeated slashes count as one, and
 * only a regular file inside the served folder is sent (never _headers or a dotfile). No request ends the process.
 * Listens on 127.0.0.1 only.
 *
 * Usage: tsx scripts/serve.ts [dir=out] [port=3000]
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import path from "node:path";
import { PassThrough, pipeline, type Readable } from "node:stream";
import { createGzip } from "node:zlib";
import sirv from "sirv";
import { headersFor, parseHeaders, urlPathOf, type HeaderRule } from "../lib/publish/headers-file";
import { PRECOMPRESSED_SUFFIX } from "../lib/publish/precompress";

const HEADERS_FILE = "_headers";
const NOT_SERVED = new Set([HEADERS_FILE, "_redirects"]);
const MAX_TARGET = 4096;
// text types: sent with "; charset=utf-8" (sirv adds it to HTML only); these and SVG are gzipped on request
const TEXT = /^(text\/[\w.+-]+|application\/(json|javascript|xml|manifest\+json))$/;
const GZIP = /^(text\/[\w.+-]+|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)$/;

type Target = { status: 400 | 414; reason: string } | { path: string; search: string };

/**
 * The path of a request target, decoded once, with repeated slashes merged: "/a//b%20c/?q" → "/a/b c/", "?q".
 * Absolute-form targets (http://host/path) count by their path only.
 */
function parseTarget(raw: string): Target {
  if (raw.length > MAX_TARGET) return { status: 414, reason: `request target longer than ${MAX_TARGET} characters` };
  let target = raw;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return { status: 400, reason: "malformed absolute URL" };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { status: 400, reason: `${url.protocol} URL` };
    target = url.pathname + url.search;
  }
  if (!target.startsWith("/")) return { status: 400, reason: "request target is not a path" };
  const q = target.search(/[?#]/);
  const rawPath = q < 0 ? target : target.slice(0, q);
  const search = q < 0 || target[q] === "#" ? "" : target.slice(q).split("#")[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: "malformed percent-encoding" };
  }
  if (/[\0\\]/.test(decoded)) return { status: 400, reason: "NUL or backslash in the path" };
  const segments = decoded.split("/");
  if (segments.some((s) => s === "." || s === "..")) return { status: 400, reason: "dot segment in the path" };
  return {
    path: segments
      .filter((s, i) => s || i === segments.length - 1)
      .join("/")
      .replace(/^\/*/, "/"),
    search,
  };
}

type Resolved = { rel: string } | { redirect: string } | null;

/** The file a decoded path names inside `root` (a real path), a redirect to the folder's URL, or null. */
function resolveFile(root: string, urlPath: string, search: string): Resolved {
  const rel = urlPath.slice(1) + (urlPath.endsWith("/") ? "index.html" : "");
  const parts = rel.split("/");
  if (NOT_SERVED.has(rel) || rel.endsWith(PRECOMPRESSED_SUFFIX) || parts.some((p) => p.startsWith("."))) return null;
  const abs = path.join(root, ...parts);
  if (!abs.startsWith(root + path.sep)) return null;
  const isFile = (p: string) => {
    try {
      return statSync(p).isFile() && realpathSync(p).startsWith(root + path.sep);
    } catch {
      return false; // ENOENT, ENOTDIR, ENAMETOOLONG, …
    }
  };
  if (isFile(abs)) return { rel };
  if (!urlPath.endsWith("/") && isFile(path.join(abs, "index.html"))) {
    // a same-origin path: urlPath starts with one "/" and has no empty segment, so this never starts with "//"
    const location = `${urlPathOf(`${rel}/index.html`)}${/^\?[\x21-\x7e]*$/.test(search) ? search : ""}`;
    return location.startsWith("/") && !location.startsWith("//") ? { redirect: location } : null;
  }
  return null;
}

/** The codings among br and gzip that an Accept-Encoding header allows (named, or "*", unless with q=0). */
function acceptedCodings(header: string | undefined): { br: boolean; gzip: boolean } {
  const q = new Map<string, number>();
  for (const part of (header ?? "").toLowerCase().split(",")) {
    const [coding, ...params] = part.split(";").map((s) => s.trim());
    const weight = params.find((p) => p.startsWith("q="));
    q.set(coding, weight ? Number(weight.slice(2)) : 1);
  }
  const allows = (coding: string) => (q.get(coding) ?? q.get("*") ?? 0) > 0;
  return { br: allows("br"), gzip: allows("gzip") };
}

/**
 * What sirv writes to instead of the response: it sees the status and headers sirv chose, adds the charset and
 * gzip (unless sirv is sending a precompressed file), replaces 200 by `status` (for the 404 page), and pipes the body
 * to the response.
 */
function bodyFilter(req: IncomingMessage, res: ServerResponse, status: number): ServerResponse {
  const body = new PassThrough({ highWaterMark: 64 * 1024 }); // as big as a file stream's reads
  let headed = false;
  const done = (err?: Error | null) => {
    if (err && (err as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE")
      console.error(`serve: ${req.url}: ${err.message}`);
  };
  // sirv pipes a file stream into us without listening for its errors: a file removed mid-request ends the response
  body.on("pipe", (src: Readable) => src.once("error", (err) => body.destroy(err)));
  // sirv ends a 416 (range past the end) with statusCode + end(), without writeHead
  body.on("finish", () => headed || res.end());
  const filter = Object.assign(body, {
    getHeader: (name: string) => res.getHeader(name),
    setHeader: (name: string, value: number | string | readonly string[]) => (res.setHeader(name, value), filter),
    writeHead(code: number, headers: OutgoingHttpHeaders = {}) {
      const h: OutgoingHttpHeaders = { ...headers };
      let gzip = false;
      if (code === 200 || code === 206) {
        const type = String(h["Content-Type"] || "application/octet-stream").replace(/;\s*charset=/i, "; charset=");
        const bare = type.split(";")[0].trim().toLowerCase();
        h["Content-Type"] = TEXT.test(bare) && !type.includes("charset=") ? `${type}; charset=utf-8` : type;
        if (GZIP.test(bare)) {
          res.setHeader("Vary", "Accept-Encoding");
          gzip = code === 200 && !h["Content-Encoding"] && acceptedCodings(req.headers["accept-encoding"]).gzip;
        }
        if (gzip) {
          delete h["Content-Length"];
          h["Content-Encoding"] = "gzip";
        }
      }
      if (code === 200 && status !== 200) {
        code = status;
        delete h["ETag"];
        delete h["Last-Modified"];
      }
      headed = true;
      res.writeHead(code, h);
      if (gzip) pipeline(body, createGzip(), res, done);
      else pipeline(body, res, done);
      return filter;
    },
  });
  Object.defineProperty(filter, "statusCode", {
    get: () => res.statusCode,
    set: (code: number) => (res.statusCode = code),
  });
  return filter as unknown as ServerResponse;
}

function plain(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

function createHandler(dir: string) {
  const root = realpathSync(dir);
  // brotli: sirv sends `<file>.br` (precompress.ts) instead of the file when the request's Accept-Encoding names br
  const send = sirv(root, { dev: true, etag: true, extensions: [], dotfiles: false, brotli: true });
  const rulesFile = path.join(root, HEADERS_FILE);
  let rules: { mtimeMs: number; rules: HeaderRule[] } | null = null;
  /** out/_headers, read again when the build rewrites it; a malformed file fails the request, loudly. */
  const currentRules = (): HeaderRule[] => {
    if (!existsSync(rulesFile)) return [];
    const { mtimeMs } = statSync(rulesFile);
    if (rules?.mtimeMs !== mtimeMs) rules = { mtimeMs, rules: parseHeaders(readFileSync(rulesFile, "utf8")) };
    return rules.rules;
  };

  /** Sends a file of `root` with sirv, with the _headers rules of its canonical URL path. */
  function serveFile(req: IncomingMessage, res: ServerResponse, rel: string, status = 200, onMissing?: () => void) {
    const host = req.headers.host?.replace(/:\d*$/, "");
    const { headers, removed } = headersFor(currentRules(), urlPathOf(rel), host);
    for (const [name, value] of headers) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    if (status !== 200) {
      delete req.headers["if-none-match"];
      delete req.headers.range;
    }
    // one plain byte range or none: sirv mishandles the rest (suffix ranges, start > end, several ranges)
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    if (req.headers.range && (!range || (range[2] && Number(range[2]) < Number(range[1])))) delete req.headers.range;
    // what sirv and the gzip filter read: the codings allowed, q-values weighed here (sirv only looks for "br")
    const { br, gzip } = acceptedCodings(req.headers["accept-encoding"]);
    req.headers["accept-encoding"] = [br && "br", gzip && "gzip"].filter(Boolean).join(", ");
    // sirv (dev mode) looks the path up itself: hand it the file's own path; only "%" needs escaping for it
    req.url = `/${rel.replace(/%/g, "%25")}`;
    send(req, bodyFilter(req, res, status), () => (onMissing ?? (() => notFound(req, res)))());
  }

  function notFound(req: IncomingMessage, res: ServerResponse) {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    if (existsSync(path.join(root, "404.html")))
      serveFile(req, res, "404.html", 404, () => plain(res, 404, "Not found"));
    else plain(res, 404, "Not found");
  }

  currentRules(); // a malformed _headers stops the server at start

  return function handle(req: IncomingMessage, res: ServerResponse) {
    try {
      if (req.method !== "GET" && req.method !== "HEAD")
        return plain(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
      const target = parseTarget(req.url ?? "");
      if ("status" in target) return plain(res, target.status, `Bad request: ${target.reason}`);
      const found = resolveFile(root, target.path, target.search);
      if (!found) return notFound(req, res);
      if ("redirect" in found) return plain(res, 308, `Moved to ${found.redirect}`, { Location: found.redirect });
      serveFile(req, res, found.rel);
    } catch (err) {
      console.error(`serve: ${req.method} ${req.url}: ${(err as Error).stack ?? err}`);
      if (!res.headersSent) plain(res, 500, "Internal server error");
      else res.destroy();
    }
  };
}

function main() {
  const [dirArg = "out", portArg = process.env.PORT ?? "3000"] = process.argv.slice(2);
  const dir = path.resolve(dirArg);
  const port = Number(portArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`usage: tsx scripts/serve.ts [dir=out] [port=3000] (got dir ${dir}, port ${portArg})`);
    process.exit(2);
  }
  const server = createServer(createHandler(dir));
  server.on("error", (err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => console.log(`serving ${dir} on http://localhost:${port}/`));
}

main();
