/**
 * Two builds of this tree are byte-identical: every file of the site, pages, RSC payloads, scripts, images, zip,
 * data package and _headers. Next's build ID is derived from the inputs (lib/publish/build-id.js) and the build date
 * from the last commit (scripts/build.ts), so nothing random or dated gets in. Slow (two full builds, ~25 s each on
 * an idle machine): it builds the real project with `scripts/build.ts --out <dir>` into two temporary folders, so
 * out/ is left alone (generated/, public/data/ and .next/ are rewritten, with the same bytes). SOURCE_DATE_EPOCH is
 * unset, to check the default date; SITE_URL is whatever the environment says.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildInto(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), "frt-repro-"));
  dirs.push(parent);
  const out = path.join(parent, "site");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.SOURCE_DATE_EPOCH;
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
  const a = buildInto();
  const b = buildInto();
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
