/**
 * data/*.csv are reproducible from data/raw/ by `npm run data` (scripts/build-data.ts): the script is run with
 * --out <a temporary folder>, so data/ is never written, and what it writes there must equal, byte for byte,
 * both data/<file> and the committed `git show HEAD:data/<file>`. (Fails if someone edits a CSV by hand, or if the
 * extraction stops being deterministic, and keeps failing until it is fixed: nothing is regenerated in place.)
 * Also: every raw file sits beside a PROVENANCE.md that records its sha256, and the file still has that hash.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const dataDir = path.join(root, "data");
const GENERATED = [
  "countries.csv",
  "trade-france.csv",
  "trade-russia.csv",
  "trade-belarus.csv",
  "fdi-projects.csv",
  "fdi-flows.csv",
  "fr-ru-monthly.csv",
  "ecb-usd-per-eur.csv",
  "trade-all-reporters.csv",
  "russia-customs-main-partners.csv",
  "trade-russia-imts.csv",
  "comtrade-exports-to-russia.csv",
  "comtrade-exports-france.csv",
];
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("npm run data, written to a temporary folder", () => {
  let tmp: string;
  let log: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "data-reproducible-"));
    log = execFileSync(
      process.execPath,
      [require.resolve("tsx/cli"), "scripts/build-data.ts", "--out", path.join(tmp, "data")],
      { cwd: root, encoding: "utf8", stdio: "pipe" },
    );
  }, 120000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test("writes exactly the thirteen data files, into the temporary folder", () => {
    expect(
      readdirSync(path.join(tmp, "data"))
        .filter((f) => f.endsWith(".csv"))
        .sort(),
    ).toEqual([...GENERATED].sort());
    for (const f of GENERATED) expect(log).toContain(`${f} (`);
  });

  test.each(GENERATED)("%s: the fresh file equals the one in data/, byte for byte", (file) => {
    const fresh = readFileSync(path.join(tmp, "data", file));
    const inRepo = readFileSync(path.join(dataDir, file));
    expect({ file, bytes: fresh.length, sha256: sha256(fresh) }).toEqual({
      file,
      bytes: inRepo.length,
      sha256: sha256(inRepo),
    });
  });

  test.each(GENERATED)("%s: the fresh file equals the committed one (git show HEAD:data/…)", (file) => {
    const fresh = readFileSync(path.join(tmp, "data", file));
    const committed = execFileSync("git", ["show", `HEAD:data/${file}`], { cwd: root, maxBuffer: 256 << 20 });
    expect({ file, bytes: fresh.length, sha256: sha256(fresh) }).toEqual({
      file,
      bytes: committed.length,
      sha256: sha256(committed),
    });
  });
});

describe("data/raw provenance", () => {
  const rawDir = path.join(dataDir, "raw");
  const dirs = readdirSync(rawDir)
    .filter((d) => statSync(path.join(rawDir, d)).isDirectory())
    .sort();

  test("data/raw holds only folders: the IMF workbooks (three reporters; every reporter), the web figures, the Eurostat files, the ECB rates, Rosstat's table, the IMF's IMTS file and the Comtrade files", () => {
    expect(readdirSync(rawDir).sort()).toEqual(dirs);
    expect(dirs).toEqual([
      "ecb-rates",
      "eurostat-eu-exports",
      "eurostat-ruimpeks",
      "imf-dots",
      "imf-dots-all-reporters",
      "imf-imts-russia",
      "rosstat-fts-main-partners",
      "un-comtrade-exports",
      "web",
    ]);
  });

  test.each(dirs)(
    "data/raw/%s: a PROVENANCE.md records the sha256 of every file beside it, and the files have it",
    (dir) => {
      const files = readdirSync(path.join(rawDir, dir)).sort();
      expect(files).toContain("PROVENANCE.md");
      const provenance = readFileSync(path.join(rawDir, dir, "PROVENANCE.md"), "utf8");
      const raw = files.filter((f) => f !== "PROVENANCE.md");
      expect(raw.length).toBeGreaterThan(0);
      const recorded = (file: string): string | undefined => {
        // a table row naming the file, with its hash on the same line; else, for a lone file, the line "sha256 …: <hash>"
        const row = provenance.split("\n").find((l) => l.includes(`\`${file}\``) && /\b[0-9a-f]{64}\b/.test(l));
        if (row) return /\b([0-9a-f]{64})\b/.exec(row)![1];
        if (raw.length === 1) return /sha256[^\n]*?\b([0-9a-f]{64})\b/i.exec(provenance)?.[1];
        return undefined;
      };
      const hashes = raw.map((f) => ({ file: f, sha256: recorded(f) }));
      expect(hashes).toEqual(raw.map((f) => ({ file: f, sha256: sha256(readFileSync(path.join(rawDir, dir, f))) })));
    },
  );

  test("the hashes are the ones of the copies made (literal)", () => {
    const at = (dir: string) => readFileSync(path.join(rawDir, dir, "PROVENANCE.md"), "utf8");
    expect(at("imf-dots")).toMatch(/`DOTS_72\.xlsx`.*5906f78559b9f55ad47823d76cd6080e46f1875d0b9f5e6efaf93f0143eb2125/);
    expect(at("imf-dots")).toMatch(
      /`DOTS_162\.xlsx`.*4783e66b8277651c508087b13491cec0cb0edc2895ec6b1e7e4b1c1baba05de1/,
    );
    expect(at("imf-dots")).toMatch(/`DOTS_18\.xlsx`.*8f52188b9440eea54ef37e26e7a196c0aad9f4b3326b9af06facdb866636708d/);
    expect(at("imf-dots-all-reporters")).toMatch(
      /`INDEX\.tsv`.*f297f570bd280d16fc8f657caa9ff5469cefe734183eebdada8d47d0445348ff/,
    );
    expect(at("imf-dots-all-reporters")).toMatch(
      /`DOTS_1\.xlsx`.*c88fda00d3128aeda23353998bb3152f8e259c66dceb9a1c54f953e0ff10d55f/,
    );
    expect(at("rosstat-fts-main-partners")).toMatch(
      /`96stran\.xlsx`.*c8be8e715f822fe8d6569f35ad57ca62f266c5e44e4d47e3ce6090de1bb0d323/,
    );
    expect(at("web")).toMatch(/sha256 of the copy: `173a6c9b4a2ca1b694d655150376de86c9bdeb07c0280fd8b697c429f0b78bc6`/);
    expect(at("imf-imts-russia")).toMatch(/sha256 `41a2498342694bc2b4053d02c6ac42a4ce07fb1a55646b708c77b2559e01cdcb`/);
    expect(at("un-comtrade-exports")).toMatch(
      /`comtrade_all_exports_2022A\.csv`.*95c1314556caad50f833bdcacf5104e04ae743d8b35efc693a8039c6779ecdd6/,
    );
    expect(at("eurostat-ruimpeks")).toMatch(
      /`eu_total_trade_4630244_spreadsheet\.xlsx`.*ffd1afb41145679f72ff29e94ee57358d99662f8a3cae010d3b7caa7b339be4f/,
    );
    expect(at("ecb-rates")).toMatch(
      /`eurofxref-hist\.csv`.*f1bb78b4d1a70fbb3f6ade17f813fe014a5d02eb44a2d52087be2d963262a5e9/,
    );
    expect(at("eurostat-eu-exports")).toMatch(
      /`Relational_View_2024-11-16T07_39_22\.386Z\.csv`.*f5420d0dbced7d8c255bcee7bdc3b2f2b194de7e85eaac7369c520694153ddd4/,
    );
  });
});
