/**
 * A malformed data file stops the build: the build exits 1 in its first stage with `file:line:column: message`, removes any
 * previous out/ and writes none of its own outputs, so no partial site is left to serve.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "..");

function scratch(corrupt: (dir: string) => void) {
  const root = mkdtempSync(path.join(os.tmpdir(), "frt-build-"));
  cpSync(path.join(repo, "data"), path.join(root, "data"), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}raw`),
  });
  mkdirSync(path.join(root, "out"));
  writeFileSync(path.join(root, "out/index.html"), "<p>an earlier build</p>");
  corrupt(path.join(root, "data"));
  const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(repo, "scripts/build.ts"), root], {
    encoding: "utf8",
  });
  return { root, run };
}

test("a non-numeric value stops the build with its file, line and column, and leaves no site", () => {
  const { root, run } = scratch((data) => {
    const file = path.join(data, "trade-russia.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[99] = lines[99].replace(/,[^,]*$/, ",n/a");
    writeFileSync(file, lines.join("\n"));
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('build stopped: data/trade-russia.csv:100:5: value_usd_m "n/a" is not a number');
  expect(existsSync(path.join(root, "out"))).toBe(false);
  expect(existsSync(path.join(root, "generated"))).toBe(false);
  expect(existsSync(path.join(root, "public/data"))).toBe(false);
});

test("an unknown country code stops the build", () => {
  const { root, run } = scratch((data) => {
    const file = path.join(data, "fdi-projects.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("\n2019,FRA,", "\n2019,FRX,"));
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/build stopped: data\/fdi-projects\.csv:\d+:2: source "FRX" is not a known country code/);
  expect(existsSync(path.join(root, "out"))).toBe(false);
});

test("a claim whose computation cannot run stops the build, naming the claim", () => {
  const { run } = scratch((data) => {
    const file = path.join(data, "fdi-projects.csv");
    // drop France's 2019 count: the FDI claims can no longer be computed
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => !l.startsWith("2019,FRA,"))
        .join("\n"),
    );
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/build stopped: .*claim fdi-projects-(tie|rank)-2019/);
});
