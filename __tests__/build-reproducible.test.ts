/**
 * Two builds of this tree are byte-identical: every file of the site, pages, RSC payloads, scripts, images, zip,
 * data package and _headers. Next's build ID is derived from the inputs (lib/publish/build-id.js) and the build date
 * from the last commit (scripts/build.ts), so nothing random or dated gets in. Slow (two full builds, ~25 s each on
 * an idle machine): it builds the real project with `scripts/build.ts --out <dir>` into two temporary folders, so
 * out/ is left alone (.next/ is rewritten, with the same bytes). SOURCE_DATE_EPOCH is unset, to check the default
 * date; SITE_URL is whatever the environment says.
 * The second build runs with test-support/fs-trace.cjs preloaded, which logs every file the build process writes and
 * reads: it reads back none it wrote (each stage hands the next its results in memory), and writes nothing in the
 * project (the site goes to --out).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildInto(trace?: string): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), "frt-repro-"));
  dirs.push(parent);
  const out = path.join(parent, "site");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.SOURCE_DATE_EPOCH;
  if (trace) {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${path.join(repo, "test-support/fs-trace.cjs")}`;
    env.FRT_FS_TRACE = trace;
  }
  const run = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), path.join(repo, "scripts/build.ts"), repo, "--out", out],
    { cwd: repo, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`build into ${out} exited with ${run.status}:\n${run.stderr.slice(-3000)}`);
  return out;
}

/** Every file under `dir`, relative, with "/". */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join("/"))
    .sort();

test("two builds write the same files with the same bytes", () => {
  const trace = path.join(mkdtempSync(path.join(os.tmpdir(), "frt-trace-")), "fs.jsonl");
  dirs.push(path.dirname(trace));
  const a = buildInto();
  const b = buildInto(trace);
  const filesA = filesOf(a);
  const filesB = filesOf(b);
  expect(filesA.length).toBeGreaterThan(50);
  expect(filesA).toContain("index.html");
  expect(filesA).toContain("_headers");
  const all = [...new Set([...filesA, ...filesB])].sort();
  const differ = all.flatMap((f) => {
    const [pa, pb] = [path.join(a, f), path.join(b, f)];
    if (!existsSync(pa)) return [`${f} (only in the second build)`];
    if (!existsSync(pb)) return [`${f} (only in the first build)`];
    return readFileSync(pa).equals(readFileSync(pb)) ? [] : [f];
  });
  expect(differ).toEqual([]); // the failure lists every file that differs
}, 900_000);

test("the second build read back no file it wrote, and wrote nothing in the project", () => {
  const dir = dirs.find((d) => existsSync(path.join(d, "fs.jsonl")));
  if (!dir) throw new Error("no trace: the build test above did not run");
  const ops = readFileSync(path.join(dir, "fs.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { op: "read" | "write"; path: string });
  const writes = ops.filter((o) => o.op === "write");
  // it ran, and wrote the site (a page, a CSV, an image, a briefing file)
  expect(writes.length).toBeGreaterThan(1000);
  for (const f of [
    "index.html",
    "data/bilateral-trade.csv",
    "charts/img/bilateral-trade.png",
    "charts/files/bilateral-trade--en.pptx",
  ])
    expect(writes.some((w) => w.path.endsWith(`${path.sep}site${path.sep}${f.split("/").join(path.sep)}`))).toBe(true);
  const written = new Set<string>();
  const readBack: string[] = [];
  for (const o of ops) {
    if (o.op === "write") written.add(o.path);
    else if (written.has(o.path)) readBack.push(o.path);
  }
  expect(readBack).toEqual([]);
  // nothing in the project but its caches (the pages' brotli copies under node_modules/.cache, Next's .next/)
  const inProject = writes
    .map((w) => path.relative(repo, w.path))
    .filter((r) => !r.startsWith("..") && !r.startsWith(`node_modules${path.sep}.cache`) && !r.startsWith(".next"));
  expect(inProject).toEqual([]);
});
