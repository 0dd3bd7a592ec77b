/**
 * A malformed data file stops the build: the build exits 1 in its first stage with `file:line:column: message` (or the
 * file and the reason, for a file that no schema declares), before `next build` runs; it removes any previous out/
 * and writes none of its own outputs, so no partial site is left to serve.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "..");

const scratchRoots: string[] = [];
afterAll(() => {
  for (const root of scratchRoots) rmSync(root, { recursive: true, force: true });
});

function scratch(corrupt: (dir: string) => void) {
  const root = mkdtempSync(path.join(os.tmpdir(), "frt-build-"));
  scratchRoots.push(root);
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

/** The build stopped in its first stage: `next build` never started, and nothing of the site is left. */
function stoppedBeforeNext(root: string, run: ReturnType<typeof spawnSync>) {
  expect(run.status).toBe(1);
  expect(run.stdout).not.toContain("build: prebuild"); // printed when the prebuild stage completes
  expect(run.stdout).not.toContain("Next.js"); // next build's banner
  expect(existsSync(path.join(root, "out"))).toBe(false);
}

test("a net FDI flow of 1e308 stops the build at its cell, before next build", () => {
  const { root, run } = scratch((data) => {
    const file = path.join(data, "fdi-flows.csv");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[2]).toMatch(/^2019,FRA,2,/);
    writeFileSync(file, text.replace("\n2019,FRA,2,", "\n2019,FRA,1e308,"));
  });
  stoppedBeforeNext(root, run);
  expect(run.stderr).toContain(
    "build stopped: data/fdi-flows.csv:3:3: net_flow_usd_bn 1e308 is above the maximum 100\n",
  );
});

test("countries.csv saved as Windows-1252 stops the build at its first bad byte, before next build", () => {
  let expected = "";
  const { root, run } = scratch((data) => {
    const file = path.join(data, "countries.csv");
    const text = readFileSync(file, "utf8");
    // as a spreadsheet saves it in Windows-1252: ’ is 0x92, Latin-1 letters are themselves, and what the code page
    // cannot hold (the Cyrillic names) becomes "?"
    const cp1252 = Buffer.from(
      [...text.replace(/’/g, "\x92")].map((c) => (c.charCodeAt(0) > 0xff ? "?" : c)).join(""),
      "latin1",
    );
    const first = cp1252.findIndex((b) => b >= 0x80); // all ASCII before it: one byte per character
    const before = cp1252.subarray(0, first).toString("latin1").split("\n");
    writeFileSync(file, cp1252);
    const hex = cp1252[first].toString(16).toUpperCase();
    expected = `build stopped: data/countries.csv:${before.length}:${before[before.length - 1].split(",").length}: not valid UTF-8: byte 0x${hex} at offset ${first} (save the file as UTF-8, not Windows-1252 or Latin-1)\n`;
  });
  stoppedBeforeNext(root, run);
  expect(run.stderr).toContain(expected);
});

test("a file in data/ that no schema declares stops the build, naming it", () => {
  const { root, run } = scratch((data) => writeFileSync(path.join(data, "notes.csv"), "note\nto self\n"));
  stoppedBeforeNext(root, run);
  expect(run.stderr).toContain("build stopped: data/notes.csv: no schema declares this file");
});

test("a missing flow of a partner shown stops the build at its other row, before next build: never published as 0", () => {
  const { root, run } = scratch((data) => {
    const file = path.join(data, "trade-france.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines[2050]).toMatch(/^FRA,DEU,2019,exports,/);
    writeFileSync(file, lines.filter((_, i) => i !== 2050).join("\n"));
  });
  stoppedBeforeNext(root, run);
  expect(run.stderr).toContain(
    "build stopped: data/trade-france.csv:2051: DEU 2019 has imports (115411.969774) but no exports (basis as-reported)",
  );
});

test("a NUL in a country's name stops the build at its line and field, before next build", () => {
  const { root, run } = scratch((data) => {
    const file = path.join(data, "countries.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("\nDEU,Germany,", "\nDEU,Germ\u0000any,"));
  });
  stoppedBeforeNext(root, run);
  expect(run.stderr).toContain(
    "build stopped: data/countries.csv:64:2: name holds NUL (U+0000) at character 5: no field may hold a control character\n",
  );
});

describe("an input error is reported at its source, before anything is written", () => {
  const country = (edit: (line: string) => string) => (data: string) => {
    const file = path.join(data, "countries.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines[63]).toMatch(/^DEU,Germany,.*,country$/);
    expect(lines[79]).toMatch(/^FRA,France,.*,country$/);
    writeFileSync(file, lines.map(edit).join("\n"));
  };

  test.each([
    [
      "a 4 MB name",
      (l: string) => l.replace(/^DEU,Germany,/, `DEU,${"G".repeat(4 * 1024 * 1024)},`),
      "data/countries.csv:64:2: name is 4194304 characters long; a field holds at most 1000",
    ],
    [
      "a name Inter cannot draw (fullwidth ＝)",
      (l: string) => l.replace(/^DEU,Germany,/, "DEU,Germany＝,"),
      'data/countries.csv:64:2: name "Germany＝" holds “＝” (U+FF1D), which Inter, the font of the export images, slides and PDFs, cannot draw',
    ],
    [
      "a name with a tab",
      (l: string) => l.replace(/^DEU,Germany,/, "DEU,Ger\tmany,"),
      "data/countries.csv:64:2: name holds a tab (U+0009) at character 4: no field may hold a control character",
    ],
    [
      "France's kind set to aggregate",
      (l: string) => l.replace(/^FRA,(.*),country$/, "FRA,$1,aggregate"),
      'data/countries.csv:80:6: kind of FRA is "aggregate"; FRA is a reporter and must be a country',
    ],
    [
      "Germany's kind set to aggregate",
      (l: string) => l.replace(/^DEU,(.*),country$/, "DEU,$1,aggregate"),
      'data/countries.csv:64:6: kind of DEU is "aggregate"; only World (WLD) is an aggregate',
    ],
  ])("%s", (_, edit, message) => {
    const { root, run } = scratch(country(edit));
    stoppedBeforeNext(root, run);
    expect(run.stderr).toContain(`build stopped: ${message}\n`);
  });
});
