/**
 * What the build takes from its environment (lib/publish/build-env.ts), and what scripts/build.ts does with it: a
 * missing SITE_URL is a loud warning and the build goes on; a wrong one (not a URL, http:// for a public host, more
 * than an origin) stops it before anything is written.
 * The build runs on a scratch root holding only data/, so it stops at the latest in its data stage (fast).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkSiteUrl, isLoopbackHost } from "../lib/publish/build-env";

const repo = path.resolve(__dirname, "..");
const scratchDirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "frt-env-"));
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => scratchDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("checkSiteUrl", () => {
  test("missing: a warning naming the default and how to set it", () => {
    const r = checkSiteUrl(undefined);
    expect(r.level).toBe("warning");
    expect(r.message).toContain("SITE_URL is not set");
    expect(r.message).toContain("http://localhost:3000");
    expect(r.message).toContain("SITE_URL=https://");
  });

  test.each([
    "https://example.org",
    "https://trade.example.org:8443",
    "http://localhost:3000",
    "http://127.0.0.1:8080",
    "http://preview.localhost",
    "http://[::1]:3000",
    "https://localhost:3000",
  ])("%s is fine", (url) => {
    expect(checkSiteUrl(url)).toEqual({ level: "ok", message: `SITE_URL ${url}` });
  });

  test.each([
    ["", "is empty"],
    ["   ", "is empty"],
    ["example.org", "is not a URL"],
    ["https//example.org", "is not a URL"],
    ["ftp://example.org", "is not an http(s) address"],
    ["javascript:alert(1)", "is not an http(s) address"],
    ["http://example.org", "is http:// for a public host: use https://example.org"],
    ["http://192.168.1.10:3000", "is http:// for a public host"],
    ["http://localhost.example.org", "is http:// for a public host"],
    ["https://example.org/", "must be an origin only"],
    ["https://example.org/trade", "must be an origin only"],
    ["https://example.org?x=1", "must be an origin only"],
    ["https://example.org#top", "must be an origin only"],
    ["https://user:pw@example.org", "must be an origin only"],
    [
      "https://Example.org",
      "must be an origin only, with no path, query, fragment, user or trailing slash: https://example.org",
    ],
  ])("%j is an error (%s)", (url, why) => {
    const r = checkSiteUrl(url);
    expect(r.level).toBe("error");
    expect(r.message).toContain(`SITE_URL ${JSON.stringify(url)} ${why}`);
  });

  test("loopback hosts", () => {
    for (const h of ["localhost", "LOCALHOST", "a.localhost", "127.0.0.1", "127.1.2.3", "[::1]"])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["example.org", "localhost.example.org", "10.0.0.1", "0.0.0.0", "[::2]", "128.0.0.1"])
      expect(isLoopbackHost(h)).toBe(false);
  });
});

describe("scripts/build.ts", () => {
  /** A scratch root with data/ (corrupted when asked, so the build stops in its data stage) and an earlier out/. */
  function build(env: Record<string, string | undefined>, corruptData = false) {
    const root = scratch();
    cpSync(path.join(repo, "data"), path.join(root, "data"), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}raw`),
    });
    if (corruptData) {
      const file = path.join(root, "data/fdi-projects.csv");
      writeFileSync(file, readFileSync(file, "utf8").replace("\n2019,FRA,", "\n2019,FRX,"));
    }
    mkdirSync(path.join(root, "out"));
    writeFileSync(path.join(root, "out/index.html"), "<p>an earlier build</p>");
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete childEnv[k];
      else childEnv[k] = v;
    }
    const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(repo, "scripts/build.ts"), root], {
      encoding: "utf8",
      env: childEnv,
    });
    return { root, run };
  }
  const stoppedBeforeWriting = (root: string) => {
    expect(existsSync(path.join(root, "out"))).toBe(false);
    expect(existsSync(path.join(root, "generated"))).toBe(false);
    expect(existsSync(path.join(root, "public/data"))).toBe(false);
  };

  test.each([
    ["http://example.org", 'build stopped: SITE_URL "http://example.org" is http:// for a public host'],
    ["not a url", 'build stopped: SITE_URL "not a url" is not a URL'],
    ["https://example.org/", 'build stopped: SITE_URL "https://example.org/" must be an origin only'],
    ["", 'build stopped: SITE_URL "" is empty'],
  ])("SITE_URL=%j stops the build before anything is written", (url, message) => {
    const { root, run } = build({ SITE_URL: url });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stdout).not.toContain("build: prebuild");
    stoppedBeforeWriting(root);
  });

  test("no SITE_URL: a warning on stderr, and the build goes on (here to its data stage, which stops it)", () => {
    const { run } = build({ SITE_URL: undefined }, true);
    expect(run.stderr).toContain("build: WARNING: SITE_URL is not set");
    expect(run.stdout).toContain("build: checks (SITE_URL)");
    expect(run.stderr).toMatch(/build stopped: data\/fdi-projects\.csv:\d+:2: source "FRX"/);
  });

  test("a good SITE_URL: no warning, and it is printed", () => {
    const { run } = build({ SITE_URL: "https://example.org" }, true);
    expect(run.stderr).not.toContain("WARNING");
    expect(run.stdout).toContain("build: SITE_URL https://example.org");
    expect(run.stderr).toContain("build stopped: data/fdi-projects.csv");
  });
});
