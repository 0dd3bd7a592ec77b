/**
 * What the build takes from its environment (lib/publish/build-env.ts, lib/publish/build-id.js), and what
 * scripts/build.ts does with it: a missing SITE_URL is a loud warning and the build goes on; a wrong one (not a URL,
 * http:// for a public host, more than an origin) or a malformed SOURCE_DATE_EPOCH stops it before anything is
 * written. The build date defaults to the last commit's; the build ID changes with the inputs and only with them.
 * The build runs on a scratch root holding only data/, so it stops at the latest in its data stage (fast).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDateFor, checkSiteUrl, isLoopbackHost, lastCommitEpoch, publishingBuild } from "../lib/publish/build-env";

// CommonJS, shared with next.config.js
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildId, inputFiles } = require("../lib/publish/build-id") as {
  buildId: (root: string, env?: Record<string, string | undefined>) => string;
  inputFiles: (root: string) => string[];
};

const repo = path.resolve(__dirname, "..");
const scratchDirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "frt-env-"));
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => scratchDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("a build for publishing", () => {
  test("is one with --production, or in the build environment of Cloudflare Pages (CF_PAGES) or Netlify (NETLIFY)", () => {
    expect(publishingBuild({})).toBeUndefined();
    expect(publishingBuild({ SITE_URL: "https://example.org", CI: "true" })).toBeUndefined();
    expect(publishingBuild({}, ["--production"])).toBe("--production (npm run build:production)");
    expect(publishingBuild({ CF_PAGES: "1" })).toBe("CF_PAGES is set: a Cloudflare Pages build");
    expect(publishingBuild({ NETLIFY: "true" })).toBe("NETLIFY is set: a Netlify build");
  });

  test("without SITE_URL: an error naming the variable, why it is needed here, and how to set it", () => {
    const r = checkSiteUrl(undefined, "CF_PAGES is set: a Cloudflare Pages build");
    expect(r.level).toBe("error");
    expect(r.message).toMatch(
      /^SITE_URL is not set, and this build is for publishing \(CF_PAGES is set: a Cloudflare Pages build\)/,
    );
    expect(r.message).toContain("SITE_URL=https://");
    expect(r.message).toContain("environment variables");
    expect(r.message).toContain("http://localhost:3000");
  });

  test("with a good SITE_URL it is fine, and a bad one is still the same error", () => {
    expect(checkSiteUrl("https://example.org", "x").level).toBe("ok");
    expect(checkSiteUrl("http://example.org", "x").message).toContain("is http:// for a public host");
  });
});

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
    ['https://exa"mple.org', 'has a host (exa"mple.org) that is not a DNS name or an IP address'],
    ['https://example.org"', 'has a host (example.org") that is not a DNS name or an IP address'],
    ["https://exa'mple.org", "has a host (exa'mple.org) that is not a DNS name or an IP address"],
    ["https://a{b}.org", "has a host (a{b}.org) that is not a DNS name or an IP address"],
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

describe("build date", () => {
  test("SOURCE_DATE_EPOCH when set; an error when it is not whole seconds", () => {
    expect(buildDateFor(repo, { SOURCE_DATE_EPOCH: "1750000000" })).toEqual({
      epoch: 1750000000,
      from: "SOURCE_DATE_EPOCH",
    });
    for (const bad of ["", "soon", "1.5", "-1", "1e9"])
      expect(() => buildDateFor(repo, { SOURCE_DATE_EPOCH: bad })).toThrow(/SOURCE_DATE_EPOCH .* is not whole seconds/);
  });

  test("SOURCE_DATE_EPOCH bounded by the end of the data (2024-08) and tomorrow", () => {
    const now = () => Date.UTC(2026, 0, 10, 12); // 2026-01-10T12:00Z
    const before = (set: string, day: string) =>
      `SOURCE_DATE_EPOCH ${set} (${day}) is before the end of the data the site cites (data/fr-ru-monthly.csv runs to 2024-08): a citation's date cannot precede it`;
    const after = (set: string) =>
      `SOURCE_DATE_EPOCH ${set} is after tomorrow (today is 2026-01-10): a build date is not in the future`;
    expect(() => buildDateFor(repo, { SOURCE_DATE_EPOCH: "0" }, now)).toThrow(new Error(before("0", "1970-01-01")));
    expect(() => buildDateFor(repo, { SOURCE_DATE_EPOCH: "1725148799" }, now)).toThrow(
      new Error(before("1725148799", "2024-08-31")),
    );
    expect(buildDateFor(repo, { SOURCE_DATE_EPOCH: "1725148800" }, now).epoch).toBe(1725148800); // 2024-09-01
    expect(buildDateFor(repo, { SOURCE_DATE_EPOCH: "1768132800" }, now).epoch).toBe(1768132800); // today + 24 h, the latest allowed
    for (const set of ["1768132801", "253402300800", "99999999999999999999"])
      // after tomorrow; year 10000; 1e20
      expect(() => buildDateFor(repo, { SOURCE_DATE_EPOCH: set }, now)).toThrow(new Error(after(set)));
  });

  test("not set: the last commit's date in a git checkout, else now", () => {
    const git = spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: repo, encoding: "utf8" });
    if (git.status === 0) {
      expect(buildDateFor(repo, {})).toEqual({ epoch: Number(git.stdout.trim()), from: "last commit" });
      expect(lastCommitEpoch(repo)).toBe(Number(git.stdout.trim()));
    }
    const outside = scratch();
    expect(lastCommitEpoch(outside)).toBeUndefined();
    expect(buildDateFor(outside, {}, () => 1700000000999)).toEqual({
      epoch: 1700000000,
      from: "now (not a git checkout)",
    });
  });
});

describe("build ID", () => {
  function tree() {
    const root = scratch();
    mkdirSync(path.join(root, "lib"));
    writeFileSync(path.join(root, "lib/a.ts"), "export const a = 1;\n");
    writeFileSync(path.join(root, "package-lock.json"), "{}\n");
    return root;
  }
  const env = { SITE_URL: "https://example.org", SOURCE_DATE_EPOCH: "1750000000" };

  test("the same inputs give the same ID, 20 hex digits", () => {
    const a = tree();
    const b = tree();
    expect(buildId(a, env)).toMatch(/^[0-9a-f]{20}$/);
    expect(buildId(a, env)).toBe(buildId(a, env));
    expect(buildId(a, env)).toBe(buildId(b, env)); // where the tree lies does not matter
  });

  test("a changed, added or renamed file, SITE_URL or the date change it", () => {
    const root = tree();
    const id = buildId(root, env);
    expect(buildId(root, { ...env, SITE_URL: "https://example.com" })).not.toBe(id);
    expect(buildId(root, { SOURCE_DATE_EPOCH: env.SOURCE_DATE_EPOCH })).not.toBe(id);
    expect(buildId(root, { ...env, SOURCE_DATE_EPOCH: "1750086400" })).not.toBe(id);
    writeFileSync(path.join(root, "lib/a.ts"), "export const a = 2;\n");
    expect(buildId(root, env)).not.toBe(id);
    writeFileSync(path.join(root, "lib/a.ts"), "export const a = 1;\n");
    expect(buildId(root, env)).toBe(id);
    writeFileSync(path.join(root, "README.md"), "words\n");
    expect(buildId(root, env)).not.toBe(id);
    rmSync(path.join(root, "README.md"));
    cpSync(path.join(root, "lib/a.ts"), path.join(root, "lib/b.ts"));
    rmSync(path.join(root, "lib/a.ts"));
    expect(buildId(root, env)).not.toBe(id);
  });

  test("every path .gitignore names (build outputs, caches, dependencies) is left out, and .git", () => {
    const root = tree();
    const id = buildId(root, env);
    const patterns = readFileSync(path.join(repo, ".gitignore"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of [...patterns, ".git/"]) {
      const sample = p.endsWith("/") ? `${p}x.txt` : p.replace("*", "sample");
      mkdirSync(path.dirname(path.join(root, sample)), { recursive: true });
      writeFileSync(path.join(root, sample), `ignored ${p}\n`);
    }
    expect(inputFiles(root)).toEqual(["lib/a.ts", "package-lock.json"]);
    expect(buildId(root, env)).toBe(id);
  });

  test("of this tree: sources, data and the lockfile are in, outputs are not", () => {
    const files = inputFiles(repo);
    for (const f of [
      "package-lock.json",
      "next.config.js",
      "app/[lang]/layout.tsx",
      "lib/site.ts",
      "data/trade-france.csv",
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => /^(node_modules|\.next|out|generated|public\/data)\//.test(f))).toEqual([]);
  });
});

describe("scripts/build.ts", () => {
  /** A scratch root with data/ (corrupted when asked, so the build stops in its data stage) and an earlier out/. */
  function build(
    env: Record<string, string | undefined>,
    corruptData = false,
    args: string[] = [],
    prepare: (root: string) => void = () => {},
  ) {
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
    prepare(root);
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete childEnv[k];
      else childEnv[k] = v;
    }
    const run = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), path.join(repo, "scripts/build.ts"), root, ...args],
      {
        encoding: "utf8",
        env: childEnv,
      },
    );
    return { root, run };
  }
  const stoppedBeforeWriting = (root: string) => {
    expect(existsSync(path.join(root, "out"))).toBe(false);
  };

  test.each([
    ["http://example.org", 'build stopped: SITE_URL "http://example.org" is http:// for a public host'],
    ["not a url", 'build stopped: SITE_URL "not a url" is not a URL'],
    ["https://example.org/", 'build stopped: SITE_URL "https://example.org/" must be an origin only'],
    ["", 'build stopped: SITE_URL "" is empty'],
  ])("SITE_URL=%j stops the build before anything is written", (url, message) => {
    const { root, run } = build({ SITE_URL: url, SOURCE_DATE_EPOCH: undefined });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stdout).not.toContain("build: prebuild");
    stoppedBeforeWriting(root);
  });

  test.each([
    [{ CF_PAGES: "1" }, [], "CF_PAGES is set: a Cloudflare Pages build"],
    [{ NETLIFY: "true" }, [], "NETLIFY is set: a Netlify build"],
    [{}, ["--production"], "--production (npm run build:production)"],
  ])(
    "a build for publishing without SITE_URL (%j %j) stops before anything is written, naming SITE_URL",
    (env, args, why) => {
      const { root, run } = build(
        { SITE_URL: undefined, CF_PAGES: undefined, NETLIFY: undefined, ...env },
        false,
        args,
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`build stopped: SITE_URL is not set, and this build is for publishing (${why})`);
      expect(run.stdout).not.toContain("build: prebuild");
      stoppedBeforeWriting(root);
    },
  );

  test("a build for publishing with SITE_URL goes on (here to its data stage, which stops it)", () => {
    const { run } = build({ SITE_URL: "https://example.org", CF_PAGES: "1" }, true, ["--production"]);
    expect(run.stdout).toContain("build: SITE_URL https://example.org");
    expect(run.stderr).toContain("build stopped: data/fdi-projects.csv");
  });

  test("a public/ folder stops the build before anything is written: next build would serve its files unchecked", () => {
    const { root, run } = build({ SITE_URL: "https://example.org" }, false, [], (r) => {
      mkdirSync(path.join(r, "public/data"), { recursive: true });
      writeFileSync(path.join(r, "public/data/old.csv"), "a\n1\n");
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "build stopped: public/ holds 1 file (public/data/old.csv): next build would copy it into the site unchecked",
    );
    expect(run.stdout).not.toContain("build: prebuild");
    stoppedBeforeWriting(root);
  });

  test("a malformed SOURCE_DATE_EPOCH stops the build before anything is written", () => {
    const { root, run } = build({ SITE_URL: "https://example.org", SOURCE_DATE_EPOCH: "yesterday" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('build stopped: SOURCE_DATE_EPOCH "yesterday" is not whole seconds since 1970');
    stoppedBeforeWriting(root);
  });

  test("no SITE_URL: a warning on stderr, and the build goes on (here to its data stage, which stops it)", () => {
    const { run } = build(
      { SITE_URL: undefined, SOURCE_DATE_EPOCH: undefined, CF_PAGES: undefined, NETLIFY: undefined },
      true,
    );
    expect(run.stderr).toContain("build: WARNING: SITE_URL is not set");
    expect(run.stdout).toMatch(/build: date \S+Z \(now \(not a git checkout\)\)/); // the scratch root is not in git
    expect(run.stdout).toContain("build: checks (SITE_URL, build date, message catalogues, no public/)");
    expect(run.stderr).toMatch(/build stopped: data\/fdi-projects\.csv:\d+:2: source "FRX"/);
  });

  test("a good SITE_URL and SOURCE_DATE_EPOCH: no warning, both printed", () => {
    const { run } = build({ SITE_URL: "https://example.org", SOURCE_DATE_EPOCH: "1750000000" }, true);
    expect(run.stderr).not.toContain("WARNING");
    expect(run.stdout).toContain("build: SITE_URL https://example.org");
    expect(run.stdout).toContain("build: date 2025-06-15T15:06:40.000Z (SOURCE_DATE_EPOCH)");
    expect(run.stderr).toContain("build stopped: data/fdi-projects.csv");
  });
});
