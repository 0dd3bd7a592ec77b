/**
 * data/*.csv are reproducible from data/raw/ by `npm run data`: regenerating them changes no byte.
 * (Fails if someone edits a CSV by hand, or if the extraction stops being deterministic.)
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dataDir = path.resolve(__dirname, "../data");
const GENERATED = ["countries.csv", "trade-france.csv", "trade-russia.csv", "trade-belarus.csv", "fdi-projects.csv", "fdi-flows.csv"];
const hashes = () => Object.fromEntries(GENERATED.map((f) => [f, createHash("sha256").update(readFileSync(path.join(dataDir, f))).digest("hex")]));

test("npm run data regenerates the committed CSVs byte for byte", () => {
  const before = hashes();
  execFileSync(process.execPath, [require.resolve("tsx/cli"), "scripts/build-data.ts"], { cwd: path.resolve(__dirname, ".."), stdio: "pipe" });
  expect(hashes()).toEqual(before);
});

test("every raw file in data/raw has a PROVENANCE.md beside it", () => {
  for (const dir of ["imf-dots", "web"]) {
    expect(readdirSync(path.join(dataDir, "raw", dir))).toContain("PROVENANCE.md");
  }
  expect(readFileSync(path.join(dataDir, "raw/imf-dots/PROVENANCE.md"), "utf8")).toMatch(/DOTS_72\.xlsx.*5906f78559b9f55ad47823d76cd6080e46f1875d0b9f5e6efaf93f0143eb2125/);
});
