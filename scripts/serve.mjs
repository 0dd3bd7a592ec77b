#!/usr/bin/env node
// Serves the static export (out/) on localhost, as a static host would: index.html for folders, 404.html,
// content types with charset, gzip when asked, and the headers listed in out/_headers (CSP and friends).
// Usage: node scripts/serve.mjs [dir=out] [port=3000]
import { createServer } from "node:http";
import { readFileSync, statSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".csv": "text/csv; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".txt": "text/plain; charset=utf-8", ".xml": "application/xml; charset=utf-8",
  ".zip": "application/zip", ".ico": "image/x-icon", ".woff2": "font/woff2", ".ttf": "font/ttf", ".map": "application/json",
};
const COMPRESSIBLE = /\.(html|css|js|json|csv|svg|txt|xml)$/;

/** Parse a Netlify/Cloudflare-style _headers file: a path pattern line, then indented "Name: value" lines. */
function readHeaders() {
  const file = path.join(dir, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaders();
const matches = (pattern, url) => new RegExp("^" + pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$").test(url);

function resolve(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = path.join(dir, clean);
  if (!file.startsWith(dir)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== "/" && !path.extname(url.pathname) && !url.pathname.endsWith("/")) {
    res.writeHead(308, { Location: url.pathname + "/" + url.search });
    return res.end();
  }
  let file = resolve(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    file = resolve("/404.html");
  }
  const headers = { "Content-Type": TYPES[path.extname(file ?? "")] ?? "application/octet-stream", "X-Content-Type-Options": "nosniff" };
  for (const r of rules) if (matches(r.pattern, url.pathname)) for (const [k, v] of r.headers) headers[k] = v;
  let body = file ? readFileSync(file) : Buffer.from("Not found");
  if (COMPRESSIBLE.test(file ?? "") && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  headers["Content-Length"] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}).listen(port, "127.0.0.1", () => console.log(`serving ${dir} on http://localhost:${port}/`));
