/**
 * The preview server (scripts/serve.ts) on a small folder made here, for what sirv alone got wrong: conditional
 * requests as RFC 9110 §13.2.2 orders them (If-Match, If-Unmodified-Since, If-None-Match with "*" or a list,
 * If-Modified-Since, If-Range), byte positions beyond 2^53 - 1, the not-found page's own files (404 at their own
 * address, never 200), and symbolic links inside the folder (never followed, so _headers cannot be read under another
 * name). Each answer is read with fetch; evaluatePreconditions is also checked on its own.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluatePreconditions } from "../lib/publish/serve-preconditions";
import { startServeProcess, type ServeProcess } from "../test-support/serve-process";

const PAGE = "<!doctype html><title>home</title><p>home</p>\n";
const NOT_FOUND = "<!doctype html><title>not found</title><p>not found</p>\n";
const HEADERS = "/*\n  X-Content-Type-Options: nosniff\n";
const MTIME = new Date("2025-06-15T12:00:00Z");

let dir: string;
let server: ServeProcess;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "serve-conditions-"));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
    utimesSync(path.join(dir, rel), MTIME, MTIME);
  };
  write("index.html", PAGE);
  write("robots.txt", "User-agent: *\nAllow: /\n");
  write("404.html", NOT_FOUND);
  write("404/index.html", NOT_FOUND);
  write("_not-found/index.html", NOT_FOUND);
  write("_headers", HEADERS);
  write("real/index.html", PAGE);
  symlinkSync(path.join(dir, "_headers"), path.join(dir, "headers.txt"));
  symlinkSync(path.join(dir, "real"), path.join(dir, "linked"));
  server = await startServeProcess(dir);
}, 30_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}${p}`, { headers: { "accept-encoding": "identity", ...headers }, redirect: "manual" });
const LAST_MODIFIED = MTIME.toUTCString();
const etag = () => `W/"${statSync(path.join(dir, "robots.txt")).size}-${MTIME.getTime()}"`;

describe("conditional requests (RFC 9110 §13.2.2)", () => {
  test("the validators sent are the ones the preconditions use", async () => {
    const r = await get("/robots.txt");
    expect([r.status, r.headers.get("etag"), r.headers.get("last-modified")]).toEqual([200, etag(), LAST_MODIFIED]);
  });

  test.each([
    ["If-None-Match: *", { "If-None-Match": "*" }, 304],
    ["If-None-Match with a list holding the tag", { "If-None-Match": `"x", ${"W/"}"nope", ETAG` }, 304],
    ["If-None-Match with the strong form of the weak tag (weak comparison)", { "If-None-Match": "STRONG" }, 304],
    ["If-None-Match with other tags", { "If-None-Match": '"x", W/"y"' }, 200],
    ["If-Modified-Since at the file's time", { "If-Modified-Since": LAST_MODIFIED }, 304],
    ["If-Modified-Since before it", { "If-Modified-Since": "Sun, 15 Jun 2025 11:59:59 GMT" }, 200],
    ["If-Modified-Since not a date: ignored", { "If-Modified-Since": "yesterday" }, 200],
    ["If-Match: * (the file exists)", { "If-Match": "*" }, 200],
    ["If-Match with the weak tag: strong comparison fails", { "If-Match": "ETAG" }, 412],
    ["If-Match with another tag", { "If-Match": '"x"' }, 412],
    ["If-Unmodified-Since before the file's time", { "If-Unmodified-Since": "Sun, 15 Jun 2025 11:59:59 GMT" }, 412],
    ["If-Unmodified-Since at the file's time", { "If-Unmodified-Since": LAST_MODIFIED }, 200],
    [
      "If-Match: * wins over a failing If-Unmodified-Since",
      { "If-Match": "*", "If-Unmodified-Since": "Sun, 01 Jan 2000 00:00:00 GMT" },
      200,
    ],
    ["If-Match fails before If-None-Match is looked at", { "If-Match": '"x"', "If-None-Match": "*" }, 412],
    ["If-None-Match overrides If-Modified-Since", { "If-None-Match": '"x"', "If-Modified-Since": LAST_MODIFIED }, 200],
  ])("%s", async (_, headers, status) => {
    const h = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace("ETAG", etag()).replace("STRONG", etag().slice(2))]),
    );
    const r = await get("/robots.txt", h);
    expect(r.status).toBe(status);
    if (status === 304) expect([await r.text(), r.headers.get("etag")]).toEqual(["", etag()]);
  });

  test("If-Range: a date equal to Last-Modified keeps the range; a weak tag or another date sends the whole file", async () => {
    const whole = await (await get("/robots.txt")).text();
    const kept = await get("/robots.txt", { Range: "bytes=0-3", "If-Range": LAST_MODIFIED });
    expect([kept.status, await kept.text()]).toEqual([206, whole.slice(0, 4)]);
    for (const ifRange of [etag(), "Sun, 15 Jun 2025 11:00:00 GMT"]) {
      const r = await get("/robots.txt", { Range: "bytes=0-3", "If-Range": ifRange });
      expect([ifRange, r.status, await r.text()]).toEqual([ifRange, 200, whole]);
    }
  });

  test("evaluatePreconditions on its own", () => {
    const v = { etag: 'W/"5-1"', lastModified: 1000 };
    expect(evaluatePreconditions({}, v)).toBe("send");
    expect(evaluatePreconditions({ "if-none-match": "*" }, v)).toBe(304);
    expect(evaluatePreconditions({ "if-match": 'W/"5-1"' }, v)).toBe(412);
    expect(evaluatePreconditions({ "if-match": "not a tag" }, v)).toBe(412);
    expect(evaluatePreconditions({ "if-none-match": "not a tag" }, v)).toBe("send");
    expect(evaluatePreconditions({ "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" }, v)).toBe(412);
    expect(evaluatePreconditions({ "if-unmodified-since": "Thu, 01 Jan 1970 00:00:01 GMT" }, v)).toBe("send");
  });
});

describe("byte ranges beyond 2^53 - 1", () => {
  test("a last byte there means to the end (206); a first byte there is past any file (416); the server lives on", async () => {
    const whole = await (await get("/robots.txt")).text();
    const open = await get("/robots.txt", { Range: "bytes=2-99999999999999999999" });
    expect([open.status, open.headers.get("content-range"), await open.text()]).toEqual([
      206,
      `bytes 2-${whole.length - 1}/${whole.length}`,
      whole.slice(2),
    ]);
    const past = await get("/robots.txt", { Range: "bytes=99999999999999999999-" });
    expect([past.status, past.headers.get("content-range")]).toEqual([416, `bytes */${whole.length}`]);
    expect((await get("/robots.txt", { Range: `bytes=0-${2 ** 53}` })).status).toBe(206);
    expect((await get("/")).status).toBe(200);
    expect(server.alive()).toBe(true);
    expect(server.output()).not.toMatch(/ERR_OUT_OF_RANGE|at .*\(/);
  });
});

describe("the not-found page's own files answer 404", () => {
  test.each(["/404/", "/404", "/404.html", "/404/index.html", "/_not-found/", "/_not-found", "/_not-found/index.html"])(
    "%s",
    async (p) => {
      const r = await get(p);
      expect([p, r.status, await r.text()]).toEqual([p, 404, NOT_FOUND]);
    },
  );
});

describe("symbolic links inside the folder are not followed", () => {
  test.each(["/headers.txt", "/linked/", "/linked/index.html"])("%s", async (p) => {
    const r = await get(p);
    const body = await r.text();
    expect([p, r.status, body.includes("X-Content-Type-Options")]).toEqual([p, 404, false]);
  });

  test("the real folder is served", async () => {
    expect((await get("/real/")).status).toBe(200);
  });
});
