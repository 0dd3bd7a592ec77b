/**
 * data/trade-all-reporters.csv (every IMF reporter's declarations of its trade with Russia and France) and
 * data/russia-customs-main-partners.csv (Rosstat's table of Russia's customs trade with its 29 main partners), checked
 * against the raw workbooks read independently (test-support/raw-workbook.ts: yauzl on the sheet XML) and against the
 * figures their PROVENANCE.md files give; then the extractors on small workbooks built here (bad unit, missing sheet,
 * a cell neither number nor flagged estimate, two workbooks of one reporter that differ, unknown names), each
 * stopping with file, sheet and cell; and the data script run on such a fixture, which stops and writes nothing.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { readAllReporters } from "../lib/extract/imf-all-reporters";
import { normaliseRussianName, RUSSIAN_PARTNER_CODES } from "../lib/extract/russian-partners";
import { readRosstatMainPartners } from "../lib/extract/rosstat-main-partners";
import { rawCell } from "../test-support/raw-workbook";
import { both, dots, EXPORTS, IMPORTS, workbook, type Value } from "../test-support/dots-workbook";

const root = path.resolve(__dirname, "..");
const ALL = "data/raw/imf-dots-all-reporters";
const ROSSTAT = "data/raw/rosstat-fts-main-partners";

type Row = Record<string, string>;
const csv = (file: string): Row[] =>
  Papa.parse<Row>(readFileSync(path.join(root, "data", file), "utf8"), { header: true, skipEmptyLines: true }).data;

describe("data/trade-all-reporters.csv against the raw workbooks", () => {
  const rows = csv("trade-all-reporters.csv");
  const find = (reporter: string, partner: string, year: number, flow: string) =>
    rows.filter((r) => r.reporter === reporter && r.partner === partner && r.year === String(year) && r.flow === flow);

  // Cells located by reading each workbook's XML (row 7 the years, column B the partner), outside the extractor.
  test.each([
    ["DEU", "DOTS_77.xlsx", IMPORTS, "BK104", "RUS", 2020, "imports", "21888.459025", "no"], // Germany
    ["CHN", "DOTS_40.xlsx", EXPORTS, "AJ102", "RUS", 2010, "exports", "29591.844078", "no"], // China, P.R.: Mainland
    ["USA", "DOTS_208.xlsx", EXPORTS, "BJ18", "FRA", 2019, "exports", "35434.150858", "no"], // United States
    ["AFG", "DOTS_1.xlsx", EXPORTS, "Y18", "FRA", 1982, "exports", "3.27", "yes"], // Afghanistan: the cell reads "3.27 e"
  ])(
    "%s: %s [%s]!%s is its declared trade with %s in %d (%s)",
    async (reporter, file, sheet, ref, partner, year, flow, value, estimated) => {
      const raw = await rawCell(file, sheet, ref, ALL);
      if (estimated === "yes") expect(raw).toBe(`${value} e`);
      else expect(raw).toBeCloseTo(Number(value), 6);
      const found = find(reporter, partner, year, flow);
      expect(found).toHaveLength(1);
      expect(Number(found[0].value_usd_m)).toBeCloseTo(Number(value), 6);
      expect(found[0].estimated).toBe(estimated);
      expect(found[0].reporter_kind).toBe("country");
    },
  );

  test("the reporter named in each workbook's B4 is the one INDEX.tsv names", async () => {
    expect(await rawCell("DOTS_77.xlsx", EXPORTS, "B4", ALL)).toBe("Germany");
    expect(await rawCell("DOTS_203.xlsx", EXPORTS, "B4", ALL)).toBe("USSR");
  });

  test("the IMF cross-check of the PROVENANCE.md: imports from Russia declared by every country in 2020", async () => {
    const declaring = rows.filter(
      (r) => r.partner === "RUS" && r.year === "2020" && r.flow === "imports" && r.reporter_kind === "country",
    );
    const sum = declaring.reduce((s, r) => s + Number(r.value_usd_m), 0);
    // The PROVENANCE.md's 337,563 counts both Nicaragua workbooks; the CSV counts Nicaragua once. Nicaragua's imports
    // from Russia in 2020 are DOTS_143.xlsx [Imports, CIF]!BK80 = 63.198453 (DOTS_144.xlsx holds the same cell).
    const nicaragua = (await rawCell("DOTS_143.xlsx", IMPORTS, "BK80", ALL)) as number;
    expect(nicaragua).toBeCloseTo(63.198453, 6);
    expect(await rawCell("DOTS_144.xlsx", IMPORTS, "BK80", ALL)).toBe(nicaragua);
    expect(Math.round(sum + nicaragua)).toBe(337_563);
    expect(Math.round(sum * 10) / 10).toBe(337_499.5);
    // "the World workbook's row for Russia reads 337,751": DOTS_221.xlsx [Imports, CIF]!BK106
    const world = find("WLD", "RUS", 2020, "imports");
    expect(world.map((r) => [r.reporter_kind, Math.round(Number(r.value_usd_m))])).toEqual([["aggregate", 337_751]]);
    expect(Math.round((await rawCell("DOTS_221.xlsx", IMPORTS, "BK106", ALL)) as number)).toBe(337_751);
  });

  test("countries declaring trade with Russia: the PROVENANCE.md's counts, less Nicaragua's second workbook", () => {
    const count = (year: number, flow: string) =>
      rows.filter(
        (r) => r.partner === "RUS" && r.year === String(year) && r.flow === flow && r.reporter_kind === "country",
      ).length;
    // PROVENANCE.md: imports from Russia 176 (2010), 187 (2020); exports to Russia 164 (2010), 180 (2020).
    expect([count(2010, "imports"), count(2020, "imports"), count(2010, "exports"), count(2020, "exports")]).toEqual([
      175, 186, 163, 179,
    ]);
  });

  test("groupings are left out, former entities marked historical, World kept as an aggregate; one row per key", () => {
    const kinds = new Map<string, string>();
    for (const r of rows) kinds.set(r.reporter, r.reporter_kind);
    expect([...kinds].filter(([, k]) => k !== "country").sort()).toEqual([
      ["ANT", "historical"],
      ["BLX", "historical"],
      ["CSK", "historical"],
      ["DDR", "historical"],
      ["SCG", "historical"],
      ["SUN", "historical"],
      ["WLD", "aggregate"],
      ["YAR", "historical"],
      ["YMD", "historical"],
      ["YUG", "historical"],
    ]);
    // 235 workbooks: 15 groupings out, Nicaragua once; 226 reporters carry Russia or France rows, 8 do not.
    expect(kinds.size).toBe(219);
    const keys = new Set(rows.map((r) => `${r.reporter}|${r.partner}|${r.year}|${r.flow}`));
    expect(keys.size).toBe(rows.length);
    expect(rows.filter((r) => r.reporter === "RUS" && r.partner === "RUS")).toEqual([]);
  });
});

describe("data/russia-customs-main-partners.csv against 96stran.xlsx", () => {
  const rows = csv("russia-customs-main-partners.csv");
  const value = (partner: string, period: string, flow: string) =>
    rows.find((r) => r.partner === partner && r.period === period && r.flow === flow)?.value_usd_m;

  // PROVENANCE.md, "Checked values (sums of the twelve months, USD m)".
  test.each([
    ["exports", "2010", 12_419.9],
    ["exports", "2020", 4_674.9],
    ["exports", "2021", 9_831.1],
    ["imports", "2010", 10_042.9],
    ["imports", "2020", 8_170.4],
    ["imports", "2021", 12_209.1],
  ])(
    "France, %s %s: %d as the PROVENANCE.md gives it, and the sum of the raw month cells",
    async (flow, year, checked) => {
      expect(Math.round(Number(value("FRA", year, flow)) * 10) / 10).toBe(checked);
      // France is column K; the year Y's months are rows 7 + 13 (Y − 2006) to 18 + 13 (Y − 2006).
      const sheet = flow === "exports" ? "Экспорт" : "Импорт";
      const first = 7 + 13 * (Number(year) - 2006);
      let sum = 0;
      for (let r = first; r < first + 12; r++)
        sum += (await rawCell("96stran.xlsx", sheet, `K${r}`, ROSSTAT)) as number;
      expect(Number(value("FRA", year, flow))).toBeCloseTo(sum, 4);
      expect(await rawCell("96stran.xlsx", sheet, "K5", ROSSTAT)).toBe("Фрaнция"); // with a Latin "a"
    },
  );

  test("a month as given: China, January 2006 (B7 of each sheet)", async () => {
    expect(Number(value("CHN", "2006-01", "exports"))).toBe(await rawCell("96stran.xlsx", "Экспорт", "B7", ROSSTAT));
    expect(Number(value("CHN", "2006-01", "imports"))).toBe(await rawCell("96stran.xlsx", "Импорт", "B7", ROSSTAT));
    expect(value("CHN", "2006-01", "exports")).toBe("1197.01099");
  });

  test("29 partners, 2006–2021; Kazakhstan's months marked … (July–December 2010) and its 2010 have no row", async () => {
    expect(new Set(rows.map((r) => r.partner)).size).toBe(29);
    expect(await rawCell("96stran.xlsx", "Экспорт", "L65", ROSSTAT)).toBe("…"); // KAZ, July 2010
    expect(value("KAZ", "2010-06", "exports")).toBeDefined();
    expect(value("KAZ", "2010-07", "exports")).toBeUndefined();
    expect(value("KAZ", "2010", "exports")).toBeUndefined();
    expect(rows.filter((r) => r.period_type === "month")).toHaveLength(2 * (29 * 16 * 12 - 6));
    expect(rows.filter((r) => r.period_type === "year")).toHaveLength(2 * (29 * 16 - 1));
  });

  test("the checked list of names: Cyrillic only, and look-alike Latin letters normalised", () => {
    for (const name of RUSSIAN_PARTNER_CODES.keys()) expect(name).toMatch(/^[А-Яа-яЁё ]+$/);
    expect(RUSSIAN_PARTNER_CODES.size).toBe(29);
    expect(normaliseRussianName("Республикa \r\nКорея")).toBe("Республика Корея");
    expect(RUSSIAN_PARTNER_CODES.get(normaliseRussianName("Тaйвaнь"))).toBe("TWN");
    expect(RUSSIAN_PARTNER_CODES.get("__proto__")).toBeUndefined();
  });
});

// ---- fixtures --------------------------------------------------------------------------------------------------

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The folder `dir` (emptied) holding the workbooks given (file → [reporter, bytes]) and their INDEX.tsv. */
function allReporters(dir: string, books: Record<string, [string, Uint8Array]>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines = ["file\tbytes\tsha256\treporter\tyears_exports\tyears_imports"];
  for (const [file, [reporter, bytes]] of Object.entries(books)) {
    writeFileSync(path.join(dir, file), bytes);
    lines.push(`${file}\t${bytes.length}\t${sha256(bytes)}\t${reporter}\t2019-2020\t2019-2020`);
  }
  writeFileSync(path.join(dir, "INDEX.tsv"), lines.join("\n") + "\n");
}

const GOOD: Value[][] = [
  [null, "Russian Federation", 1.5, "1,032.13 e"],
  [null, "France", null, 0],
  [null, "Euro Area", 9, 9],
];
const book = (reporter: string, partners: Value[][] = GOOD, options = {}) =>
  [reporter, workbook(both(partners, { reporter, ...options }))] as [string, Uint8Array];

describe("readAllReporters on fixtures", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "all-reporters-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = () => readAllReporters(dir, "raw", { workers: 2 });
  const stops = (books: Record<string, [string, Uint8Array]>, message: RegExp | Error) => {
    allReporters(path.join(dir, "raw"), books);
    return expect(read()).rejects.toThrow(message);
  };

  test("good: flagged estimates kept with their flag, groupings left out, World an aggregate, Nicaragua once", async () => {
    allReporters(path.join(dir, "raw"), {
      "DOTS_1.xlsx": book("Germany"),
      "DOTS_2.xlsx": book("Nicaragua"),
      "DOTS_3.xlsx": book("Nicaragua"),
      "DOTS_4.xlsx": book("USSR"),
      "DOTS_5.xlsx": book("World"),
      "DOTS_6.xlsx": book("Euro Area"),
    });
    const { rows, duplicates } = await read();
    expect(duplicates).toEqual(new Map([["DOTS_3.xlsx", "DOTS_2.xlsx"]]));
    expect(rows.filter((r) => r.reporter === "DEU")).toEqual([
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "FRA",
        year: 2020,
        flow: "exports",
        value_usd_m: 0,
        estimated: "no",
      },
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "FRA",
        year: 2020,
        flow: "imports",
        value_usd_m: 0,
        estimated: "no",
      },
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "RUS",
        year: 2019,
        flow: "exports",
        value_usd_m: 1.5,
        estimated: "no",
      },
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "RUS",
        year: 2019,
        flow: "imports",
        value_usd_m: 1.5,
        estimated: "no",
      },
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "RUS",
        year: 2020,
        flow: "exports",
        value_usd_m: 1032.13,
        estimated: "yes",
      },
      {
        reporter: "DEU",
        reporter_kind: "country",
        partner: "RUS",
        year: 2020,
        flow: "imports",
        value_usd_m: 1032.13,
        estimated: "yes",
      },
    ]);
    expect([...new Set(rows.map((r) => `${r.reporter} ${r.reporter_kind}`))]).toEqual([
      "DEU country",
      "NIC country",
      "SUN historical",
      "WLD aggregate",
    ]);
  });

  test("a missing sheet", () =>
    stops(
      { "DOTS_1.xlsx": ["Germany", workbook({ [EXPORTS]: dots(GOOD, { reporter: "Germany" }) })] },
      /^raw\/DOTS_1\.xlsx \[Imports, CIF\]: sheet missing/,
    ));

  test("a unit other than US Dollars, Millions", () =>
    stops(
      { "DOTS_1.xlsx": book("Germany", GOOD, { unit: "US Dollars, Thousands" }) },
      new Error('raw/DOTS_1.xlsx [Exports, FOB]!B5: unit is "US Dollars, Thousands", expected "US Dollars, Millions"'),
    ));

  test.each(["12.3 x", "e", "1.5e", "-3.00 e", "1,2.00 e"])("a cell neither number nor flagged estimate: %j", (cell) =>
    stops(
      { "DOTS_1.xlsx": book("Germany", [[null, "Russian Federation", cell, 1]]) },
      new Error(
        `raw/DOTS_1.xlsx [Exports, FOB]!C8: "${cell}" is neither a number nor a flagged estimate such as "0.05 e"`,
      ),
    ),
  );

  test("two workbooks of one reporter that differ in one cell", () =>
    stops(
      {
        "DOTS_1.xlsx": book("Nicaragua", [[null, "Russian Federation", 1, 1]]),
        "DOTS_2.xlsx": book("Nicaragua", [[null, "Russian Federation", 2, 1]]),
      },
      new Error(
        'raw/DOTS_2.xlsx [Exports, FOB]!C8: 2 differs from 1 in raw/DOTS_1.xlsx, a workbook of the same reporter "Nicaragua"; they must agree',
      ),
    ));

  test("an unknown partner name", () =>
    stops(
      { "DOTS_1.xlsx": book("Germany", [[null, "Russia", 1, 1]]) },
      new Error(
        'raw/DOTS_1.xlsx [Exports, FOB]!B8: unknown IMF partner "Russia"; add it to lib/extract/imf-partners.ts',
      ),
    ));

  test("an unknown reporter name", () =>
    stops(
      { "DOTS_1.xlsx": book("Atlantis") },
      new Error(
        'raw/DOTS_1.xlsx [Exports, FOB]!B4: unknown IMF reporter "Atlantis"; add it to lib/extract/imf-partners.ts (a country or a grouping)',
      ),
    ));

  test("a reporter other than the index says, and a file other than the index lists", async () => {
    allReporters(path.join(dir, "raw"), { "DOTS_1.xlsx": book("Germany") });
    const lines = readFileSync(path.join(dir, "raw/INDEX.tsv"), "utf8").replace("\tGermany\t", "\tFrance\t");
    writeFileSync(path.join(dir, "raw/INDEX.tsv"), lines);
    await expect(read()).rejects.toThrow(
      new Error('raw/DOTS_1.xlsx [Exports, FOB]!B4: reporter is "Germany", expected "France" (INDEX.tsv)'),
    );
    writeFileSync(path.join(dir, "raw/DOTS_1.xlsx"), book("Germany", [[null, "France", 1, 2]])[1]);
    await expect(read()).rejects.toThrow(/^raw\/DOTS_1\.xlsx: \d+ bytes, sha256 [0-9a-f]{64}; INDEX\.tsv records/);
    writeFileSync(path.join(dir, "raw/DOTS_9.xlsx"), "");
    await expect(read()).rejects.toThrow(new Error("raw/DOTS_9.xlsx: a workbook INDEX.tsv does not list"));
  });

  test("with two bad workbooks, the error named is the first in the index, whichever worker finishes first", () =>
    stops(
      {
        "DOTS_1.xlsx": book("Germany", GOOD, { unit: "US Dollars" }),
        "DOTS_2.xlsx": book("Italy", [[null, "Russia", 1, 1]]),
      },
      new Error('raw/DOTS_1.xlsx [Exports, FOB]!B5: unit is "US Dollars", expected "US Dollars, Millions"'),
    ));
});

// Rosstat's layout: A2 the title, A4 the unit, row 5 the 29 names from B, then a year row and twelve month rows.
const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь"].concat([
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
]);
const NAMES = [...RUSSIAN_PARTNER_CODES.keys()];
function rosstatSheet(title: string, edit: (grid: Value[][]) => void = () => {}): Value[][] {
  const grid: Value[][] = [["К содержанию"], [title], ["(по данным ФТС России)"], ["(млн доллалов США)"]];
  grid.push([
    null,
    ...NAMES.map((n) => (n === "Франция" ? "Фрaнция" : n === "Республика Корея" ? "Республикa \r\nКорея" : n)),
  ]);
  for (let year = 2006; year <= 2021; year++) {
    grid.push([year]);
    for (const m of MONTHS) grid.push([`  ${m}`, ...NAMES.map(() => 1.25)]);
  }
  edit(grid);
  return grid;
}
const rosstatBook = (edit?: (grid: Value[][]) => void) =>
  workbook({
    Экспорт: rosstatSheet("Экспорт Российской Федерации в основные страны", edit),
    Импорт: rosstatSheet("Импорт Российской Федерации из основных стран"),
  });

describe("readRosstatMainPartners on fixtures", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "rosstat-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (bytes: Uint8Array) => {
    writeFileSync(path.join(dir, "t.xlsx"), bytes);
    return readRosstatMainPartners(dir, "t.xlsx");
  };

  test("good: months as given, years as their sums, names with Latin letters mapped, … gives no row", async () => {
    const rows = await read(rosstatBook((g) => (g[6][10] = "…")));
    expect(rows.find((r) => r.partner === "FRA" && r.period === "2006" && r.flow === "imports")!.value_usd_m).toBe(15);
    expect(rows.find((r) => r.partner === "KOR" && r.period === "2021-12" && r.flow === "exports")!.value_usd_m).toBe(
      1.25,
    );
    expect(rows.find((r) => r.partner === "FRA" && r.period === "2006-01" && r.flow === "exports")).toBeUndefined();
    expect(rows.find((r) => r.partner === "FRA" && r.period === "2006" && r.flow === "exports")).toBeUndefined();
    expect(rows).toHaveLength(2 * 29 * 16 * 13 - 2);
  });

  test("an unknown partner name", () =>
    expect(read(rosstatBook((g) => (g[4][10] = "Гондурас")))).rejects.toThrow(
      new Error(
        't.xlsx [Экспорт]!K5: unknown partner "Гондурас" (read as "Гондурас"); add it to lib/extract/russian-partners.ts',
      ),
    ));

  test("a Latin name that is no look-alike of a known one", () =>
    expect(read(rosstatBook((g) => (g[4][10] = "France")))).rejects.toThrow(
      new Error(
        't.xlsx [Экспорт]!K5: unknown partner "France" (read as "Frаnсе"); add it to lib/extract/russian-partners.ts',
      ),
    ));

  test("a cell that is not a number", () =>
    expect(read(rosstatBook((g) => (g[6][10] = "1,5")))).rejects.toThrow(
      new Error('t.xlsx [Экспорт]!K7: "1,5" is neither a number nor "…" (FRA, январь 2006)'),
    ));

  test("a value of 1e308 or a negative one, caught at extraction", async () => {
    await expect(read(rosstatBook((g) => (g[6][10] = 1e308)))).rejects.toThrow(
      new Error(
        "t.xlsx [Экспорт]!K7: 1e+308 is above 1000000 USD millions, the ceiling of its column in lib/model/schemas.ts",
      ),
    );
    await expect(read(rosstatBook((g) => (g[6][10] = -5)))).rejects.toThrow(
      new Error("t.xlsx [Экспорт]!K7: -5 is negative; a declared flow never is"),
    );
  });

  test("a unit other than USD millions", () =>
    expect(read(rosstatBook((g) => (g[3][0] = "(тыс. долларов США)")))).rejects.toThrow(
      new Error('t.xlsx [Экспорт]!A4: unit is "(тыс. долларов США)", expected "(млн доллалов США)"'),
    ));

  test("a missing sheet", () =>
    expect(read(workbook({ Экспорт: rosstatSheet("Экспорт Российской Федерации в основные страны") }))).rejects.toThrow(
      /^t\.xlsx \[Импорт\]: sheet missing/,
    ));
});

describe("npm run data on a bad fixture stops, names file, sheet and cell, and writes nothing", () => {
  let tmp: string;
  beforeAll(() => (tmp = mkdtempSync(path.join(os.tmpdir(), "data-stops-"))));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test.each([
    [
      "imf-dots-all-reporters",
      'data/raw/imf-dots-all-reporters/DOTS_1.xlsx [Exports, FOB]!B8: unknown IMF partner "Russia"',
    ],
    [
      "rosstat-fts-main-partners",
      'data/raw/rosstat-fts-main-partners/96stran.xlsx [Экспорт]!K5: unknown partner "Гондурас"',
    ],
  ])(
    "a bad %s",
    (bad, message) => {
      const fake = path.join(tmp, bad);
      const raw = path.join(fake, "data", "raw");
      mkdirSync(raw, { recursive: true });
      for (const d of readdirSync(path.join(root, "data", "raw")))
        if (d !== bad) symlinkSync(path.join(root, "data", "raw", d), path.join(raw, d));
      if (bad === "imf-dots-all-reporters")
        allReporters(path.join(raw, bad), { "DOTS_1.xlsx": book("Germany", [[null, "Russia", 1, 1]]) });
      if (bad === "rosstat-fts-main-partners") {
        mkdirSync(path.join(raw, bad));
        writeFileSync(
          path.join(raw, bad, "96stran.xlsx"),
          rosstatBook((g) => (g[4][10] = "Гондурас")),
        );
      }
      const out = path.join(fake, "out");
      const run = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), "scripts/build-data.ts", "--root", fake, "--out", out],
        { cwd: root, encoding: "utf8" },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`npm run data stopped: ${message}`);
      expect(existsSync(out)).toBe(false);
    },
    60000,
  );
});
