/**
 * Preview server for the static export (out/), serving it as a static host would, so that `npm start`, the browser
 * tests and the bench see what visitors will: index.html for folders, a 308 from /x to /x/ when x/ is a folder,
 * the nearest 404.html (out/embed/404.html under /embed/, else out/404.html) with status 404, content types with a
 * charset on text, compression when the client asks (a page as brotli 11 from the cache of lib/publish/precompress.ts,
 * which the build fills, to a client that accepts br; else gzip on the fly for text and SVG: the bench measures
 * transferred bytes), and the headers of out/_headers (CSP and friends), matched by lib/publish/headers-file.ts: a
 * file gets those of its own URL, whatever the spelling (/charts/x/index.html gets the rules of /charts/x/); a 404 or
 * a redirect gets those of the URL path as sent, as the static hosts do (e2e/host.test.ts compares the two).
 *
 * sirv sends the files; this file decides which file a request gets, before sirv sees it: the path is decoded once,
 * a bad one answers 400 (malformed %-escapes, NUL, "\", "." or ".." segments), repeated slashes count as one, and
 * only a regular file inside the served folder is sent (never _headers, a dotfile, a file reached through a symbolic
 * link, or a not-found page at its own address, which answers 404). Conditional requests follow RFC 9110
 * (lib/publish/serve-preconditions.ts), and a byte position beyond 2^53 - 1 gets 416 or an open range instead of
 * sirv's crash. No request ends the process.
 * Listens on 127.0.0.1 only.
 *
 * Usage: tsx scripts/serve.ts [dir=out] [port=$PORT or 3000]
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import path from "node:path";
import { PassThrough, pipeline, type Readable } from "node:stream";
import { createGzip } from "node:zlib";
import sirv from "sirv";
import { headersFor, parseHeaders, urlPathOf, type HeaderRule } from "../lib/publish/headers-file";
import { cachedBrotli } from "../lib/publish/precompress";
import { evaluatePreconditions } from "../lib/publish/serve-preconditions";

const HEADERS_FILE = "_headers";
const NOT_SERVED = new Set([HEADERS_FILE, "_redirects"]);
/** The not-found pages' own files: reached at their address they would answer 200; they are only a 404's body. */
const NOT_FOUND_PAGES = /(?:^|\/)404\.html$|^404\/|^_not-found\//;
const MAX_TARGET = 4096;
// text types: sent with "; charset=utf-8" (sirv adds it to HTML only); these and SVG are gzipped on request
const TEXT = /^(text\/[\w.+-]+|application\/(json|javascript|xml|manifest\+json))$/;
const GZIP = /^(text\/[\w.+-]+|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)$/;

/** A request's path as a host behind a URL parser sees it (dot segments resolved, "\\" as "/", the rest as sent). */
function sentPath(rawPath: string): string {
  try {
    return new URL(`http://host${rawPath}`).pathname;
  } catch {
    return rawPath;
  }
}

type Target = { status: 400 | 414; reason: string } | { path: string; search: string; sent: string };

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
    // the path as a host matches _headers rules against it: as sent, normalised as a WHATWG URL parser does
    sent: sentPath(rawPath),
    path: segments
      .filter((s, i) => s || i === segments.length - 1)
      .join("/")
      .replace(/^\/*/, "/"),
    search,
  };
}

/** A regular file inside `root` (a real path), with no symbolic link on the way: a link inside out/ could name
 *  _headers under another name. */
function isFile(root: string, p: string): boolean {
  try {
    return statSync(p).isFile() && realpathSync(p) === p && p.startsWith(root + path.sep);
  } catch {
    return false; // ENOENT, ENOTDIR, ENAMETOOLONG, …
  }
}

/** The 404.html nearest to a decoded path, as Cloudflare Pages looks for it: in its folder, then each parent. */
function notFoundFile(root: string, urlPath: string): string | null {
  const dirs = urlPath.split("/").slice(1, -1);
  for (let n = dirs.length; n >= 0; n--) {
    const rel = [...dirs.slice(0, n), "404.html"].join("/");
    if (!rel.split("/").some((p) => p.startsWith(".")) && isFile(root, path.join(root, rel))) return rel;
  }
  return null;
}

type Resolved = { rel: string } | { redirect: string } | null;

/** The file a decoded path names inside `root` (a real path), a redirect to the folder's URL, or null. */
function resolveFile(root: string, urlPath: string, search: string): Resolved {
  const rel = urlPath.slice(1) + (urlPath.endsWith("/") ? "index.html" : "");
  const parts = rel.split("/");
  if (NOT_SERVED.has(rel) || parts.some((p) => p.startsWith("."))) return null;
  if (NOT_FOUND_PAGES.test(rel) || NOT_FOUND_PAGES.test(`${rel}/`)) return null;
  const abs = path.join(root, ...parts);
  if (!abs.startsWith(root + path.sep)) return null;
  if (isFile(root, abs)) return { rel };
  if (!urlPath.endsWith("/") && isFile(root, path.join(abs, "index.html"))) {
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
 * What sirv writes to instead of the response: it sees the status and headers sirv chose, adds the charset, sends a
 * whole HTML page as brotli from the cache (lib/publish/precompress.ts) or text as gzip when the client accepts it,
 * replaces 200 by `status` (for the 404 page), and pipes the body to the response. `file` is the path sirv sends.
 */
function bodyFilter(req: IncomingMessage, res: ServerResponse, status: number, file: string): ServerResponse {
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
      let br: Buffer | null = null;
      if (code === 200 || code === 206) {
        const type = String(h["Content-Type"] || "application/octet-stream").replace(/;\s*charset=/i, "; charset=");
        const bare = type.split(";")[0].trim().toLowerCase();
        h["Content-Type"] = TEXT.test(bare) && !type.includes("charset=") ? `${type}; charset=utf-8` : type;
        if (GZIP.test(bare)) {
          res.setHeader("Vary", "Accept-Encoding");
          const accepted = acceptedCodings(req.headers["accept-encoding"]);
          if (code === 200 && bare === "text/html" && accepted.br) br = cachedBrotli(readFileSync(file));
          else gzip = code === 200 && !h["Content-Encoding"] && accepted.gzip;
        }
        if (br) {
          h["Content-Length"] = br.length;
          h["Content-Encoding"] = "br";
        } else if (gzip) {
          delete h["Content-Length"];
          h["Content-Encoding"] = "gzip";
        }
      }
      if (code === 200 && status !== 200) {
        code = status;
        h["Cache-Control"] = "no-store"; // as the hosts send a 404, whatever a rule of its URL says (a year for /scripts/*)
        delete h["ETag"];
        delete h["Last-Modified"];
      }
      headed = true;
      res.writeHead(code, h);
      if (br) {
        body.resume(); // sirv's stream of the file, not sent
        res.end(req.method === "HEAD" ? undefined : br);
      } else if (gzip) pipeline(body, createGzip(), res, done);
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
  const send = sirv(root, { dev: true, etag: true, extensions: [], dotfiles: false });
  const rulesFile = path.join(root, HEADERS_FILE);
  let rules: { mtimeMs: number; rules: HeaderRule[] } | null = null;
  /** out/_headers, read again when the build rewrites it; a malformed file fails the request, loudly. */
  const currentRules = (): HeaderRule[] => {
    if (!existsSync(rulesFile)) return [];
    const { mtimeMs } = statSync(rulesFile);
    if (rules?.mtimeMs !== mtimeMs) rules = { mtimeMs, rules: parseHeaders(readFileSync(rulesFile, "utf8")) };
    return rules.rules;
  };

  /** Sets the _headers rules of a URL path on the response. */
  function setRuleHeaders(req: IncomingMessage, res: ServerResponse, urlPath: string) {
    const host = req.headers.host?.replace(/:\d*$/, "");
    const { headers, removed } = headersFor(currentRules(), urlPath, host);
    for (const [name, value] of headers) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
  }

  /** Sends a file of `root` with sirv, with the _headers rules of its canonical URL path (or of `rulesPath`). */
  function serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    rel: string,
    status = 200,
    onMissing?: () => void,
    rulesPath = urlPathOf(rel),
  ) {
    setRuleHeaders(req, res, rulesPath);
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
    if (status === 200 && preconditions(req, res, rel, range) === "answered") return;
    // sirv (dev mode) looks the path up itself: hand it the file's own path; only "%" needs escaping for it
    req.url = `/${rel.replace(/%/g, "%25")}`;
    send(req, bodyFilter(req, res, status, path.join(root, ...rel.split("/"))), () =>
      (onMissing ?? (() => notFound(req, res)))(),
    );
  }

  /**
   * RFC 9110's conditional requests and the byte positions sirv cannot take, for the file sirv will send, with the
   * validators sirv gives it. Answers 304, 412 or 416 itself ("answered"), or leaves the request to sirv with the
   * preconditions it has dealt with removed.
   */
  function preconditions(
    req: IncomingMessage,
    res: ServerResponse,
    rel: string,
    range: RegExpExecArray | null,
  ): "answered" | "sirv" {
    let stats;
    try {
      stats = statSync(path.join(root, ...rel.split("/")));
    } catch {
      return "sirv"; // gone since it was resolved: sirv answers 404
    }
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
    const lastModified = Math.floor(stats.mtimeMs / 1000) * 1000;
    const decision = evaluatePreconditions(req.headers, { etag, lastModified });
    for (const h of ["if-match", "if-none-match", "if-unmodified-since", "if-modified-since", "if-range"])
      delete req.headers[h];
    if (decision === 412) {
      plain(res, 412, "Precondition failed");
      return "answered";
    }
    if (decision === 304) {
      res.writeHead(304, { ETag: etag, "Last-Modified": new Date(lastModified).toUTCString() });
      res.end();
      return "answered";
    }
    if (decision === "send-whole") delete req.headers.range;
    else if (range && req.headers.range) {
      // positions beyond 2^53 - 1 break sirv's arithmetic (fs.createReadStream throws): a first byte there lies past
      // any file (416); a last byte there means "to the end" (RFC 9110 §14.1.2), as an open range
      if (!Number.isSafeInteger(Number(range[1]))) {
        plain(res, 416, "Range not satisfiable", { "Content-Range": `bytes */${stats.size}` });
        return "answered";
      }
      if (range[2] && !Number.isSafeInteger(Number(range[2]))) req.headers.range = `bytes=${range[1]}-`;
    }
    return "sirv";
  }

  /** The nearest 404.html with status 404, with the rules of the path as sent (`sent`), as the hosts do. */
  function notFound(req: IncomingMessage, res: ServerResponse, decoded = "/", sent = "/") {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const page = notFoundFile(root, decoded);
    if (page) serveFile(req, res, page, 404, () => plain(res, 404, "Not found"), sent);
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
      if (!found) return notFound(req, res, target.path, target.sent);
      if ("redirect" in found) {
        setRuleHeaders(req, res, target.sent);
        return plain(res, 308, `Moved to ${found.redirect}`, { Location: found.redirect });
      }
      serveFile(req, res, found.rel);
    } catch (err) {
      console.error(`serve: ${req.method} ${req.url}: ${(err as Error).stack ?? err}`);
      if (!res.headersSent) plain(res, 500, "Internal server error");
      else res.destroy();
    }
  };
}

/** What to say when the port cannot be had: which port, and how to choose another. */
function portMessage(port: number, err: NodeJS.ErrnoException): string {
  if (err.code === "EADDRINUSE")
    return `serve: port ${port} is already in use (another server, or an earlier npm start still running): stop it, or choose another port, e.g. PORT=${port === 3000 ? 3001 : 3000} npm run serve`;
  if (err.code === "EACCES")
    return `serve: port ${port} is not allowed for this user: choose one above 1023, e.g. PORT=3000`;
  return `serve: ${err.message}`;
}

function main() {
  const args = process.argv.slice(2);
  const checkOnly = args[0] === "--check-port";
  const [dirArg = "out", portArg = process.env.PORT ?? "3000"] = checkOnly ? ["out", args[1]] : args;
  const dir = path.resolve(dirArg);
  const port = Number(portArg ?? process.env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: the port must be a whole number from 0 to 65535 (got ${portArg}; set PORT or pass it)`);
    process.exit(2);
  }
  if (checkOnly) {
    // `npm start` asks first, so a port in use is said before the build rather than after it
    const probe = createServer();
    probe.once("error", (err) => (console.error(portMessage(port, err)), process.exit(1)));
    probe.listen(port, "127.0.0.1", () => probe.close());
    return;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(
      `usage: tsx scripts/serve.ts [dir=out] [port=$PORT or 3000] (${dir} is not a folder: npm run build first)`,
    );
    process.exit(2);
  }
  const server = createServer(createHandler(dir));
  server.on("error", (err) => {
    console.error(portMessage(port, err));
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    const { port: bound } = server.address() as { port: number };
    console.log(`serving ${dir} on http://localhost:${bound}/ (port ${bound}; another: PORT=<port> npm run serve)`);
  });
}

main();
