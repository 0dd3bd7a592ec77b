/**
 * The year explorer on Russia's page reaches 2024 (lib/figures/ranking.ts, components/YearPairExplorerApp.tsx): each
 * basis offers exactly the years the CSV it reads (russia-partner-ranks.csv as served, read with papaparse) has for it
 * from 2010, in the views that have it; the IMF's estimates are marked as such; a change of basis or view always
 * leaves a pair of years of the one basis shown; France's 2024 rank on the IMF-estimate basis, as the explorer reads
 * it, equals the rank computed here from the raw IMTS lines; and where a basis is one of Table 3's, its 2010–2020 ranks
 * and values are Table 3's (russia-top-partners.csv), Russia's own declarations' being those computed here from the
 * sheet XML of Russia's raw DOTS workbook (yauzl and regular expressions, test-support/raw-workbook.ts), and France's
 * partner-declared ranks those of an independent reading of every reporter's workbook (__tests__/bases.test.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { figure } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { settle } from "../components/YearPairExplorerApp";
import { parseCsvText, type CsvRow } from "../test-support/tables";
import { figureView } from "../lib/publish/page-data";
import { decodeXML } from "entities";
import { unzipText } from "../test-support/raw-workbook";
import { countryCodes } from "../test-support/country-codes";

const root = path.resolve(__dirname, "..");
const text = (f: string) => readFileSync(path.join(root, f), "utf8");
const served = (file: string) => {
  const p = path.join(root, "out", "data", file);
  if (!existsSync(p)) throw new Error(`${p} is missing: run npm run build first`);
  return parseCsvText(readFileSync(p, "utf8")).rows;
};

const russia = figureIn(figure("russia-top-partners-total"), "en").explorer!;
const basis = (key: string) => russia.bases.find((b) => b.key === key)!;
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("each basis offers its own years", () => {
  test("Russia's explorer reads russia-partner-ranks.csv, by total trade or by imports, on its five bases", () => {
    expect(russia.csv).toBe("russia-partner-ranks.csv");
    expect(russia.viewColumn).toBe("measure");
    expect(russia.views!.map((v) => v.key)).toEqual(["total", "imports"]);
    expect(russia.bases.map((b) => b.key)).toEqual([
      "russia-declared",
      "imf-estimate",
      "imf-estimate-checked",
      "partner-declared",
      "comtrade-declared",
    ]);
  });

  test("the IMF-estimate bases offer 2022, 2023 and 2024, each an IMF estimate, and not 2020 or 2021", () => {
    for (const key of ["imf-estimate", "imf-estimate-checked"]) {
      expect(basis(key).years).toEqual([2022, 2023, 2024]);
      expect(basis(key).estimated).toEqual([2022, 2023, 2024]);
      expect(basis(key).years).not.toContain(2020);
      expect(basis(key).note).toBe(
        `Shown: ${basis(key).label}, 2022–2024. The figures for 2022–2024 are the IMF's estimates, not Russia's declarations. Both years of a comparison are on this one basis.`,
      );
    }
    expect(basis("imf-estimate").label).toBe("IMF estimate");
  });

  test("Russia-declared goes to 2021, partner-declared to 2020, neither estimated; Comtrade 2014–2022 in imports only", () => {
    expect(basis("russia-declared").years).toEqual(span(2010, 2021));
    expect(basis("partner-declared").years).toEqual(span(2010, 2020));
    expect(basis("russia-declared").estimated ?? []).toEqual([]);
    expect(basis("russia-declared").note).not.toContain("estimate");
    expect(basis("comtrade-declared").years).toEqual(span(2014, 2022));
    expect(basis("comtrade-declared").views).toEqual(["imports"]);
    // the views' bases as the reader gets them: Comtrade is in the imports view only
    const inView = (view: string) => russia.bases.filter((b) => !b.views || b.views.includes(view)).map((b) => b.key);
    expect(inView("total")).not.toContain("comtrade-declared");
    expect(inView("imports")).toContain("comtrade-declared");
  });

  test("every basis's years, views and estimates are the served CSV's, from 2010", () => {
    const rows = served("russia-partner-ranks.csv");
    for (const b of russia.bases)
      for (const view of ["total", "imports"]) {
        const own = rows.filter((r) => r.basis === b.key && r.measure === view && Number(r.year) >= 2010);
        const years = [...new Set(own.map((r) => Number(r.year)))].sort();
        const offered = !b.views || b.views.includes(view);
        expect({ basis: b.key, view, years: offered ? b.years : [] }).toEqual({ basis: b.key, view, years });
        const estimated = [...new Set(own.filter((r) => r.estimated === "yes").map((r) => Number(r.year)))].sort();
        expect({ basis: b.key, view, estimated: offered ? (b.estimated ?? []) : [] }).toEqual({
          basis: b.key,
          view,
          estimated,
        });
      }
  });

  test("France's explorer is unchanged: its CSV, its two bases, 2010–2020", () => {
    const france = figureIn(figure("france-top-partners"), "en").explorer!;
    expect(france.csv).toBe("france-top-partners.csv");
    expect(france.views).toBeUndefined();
    expect(france.bases.map((b) => [b.key, b.years])).toEqual([
      ["as-reported", span(2010, 2020)],
      ["partner-declared", span(2010, 2020)],
    ]);
  });

  test("the explorer's words are in every language, the estimate named as such", () => {
    const fr = figureIn(figure("russia-top-partners-total"), "fr").explorer!;
    const ru = figureIn(figure("russia-top-partners-total"), "ru").explorer!;
    expect(fr.bases[1].note).toContain("estimations du FMI");
    expect(ru.bases[1].note).toContain("оценки МВФ");
    expect(figureView(figure("russia-top-partners-total"), "fr").explorer!.words.estimateYear).toBe(
      "{year} (estimation du FMI)",
    );
  });
});

describe("a change of basis or view keeps a valid pair of that basis's years", () => {
  const from = { view: "total", basis: "russia-declared", a: 2010, b: 2020 };
  test("to the IMF estimates: the pair becomes 2022–2024; a year they have is kept", () => {
    expect(settle(russia, { ...from, basis: "imf-estimate" })).toEqual({
      view: "total",
      basis: "imf-estimate",
      a: 2022,
      b: 2024,
    });
    expect(settle(russia, { ...from, basis: "imf-estimate", a: 2023 })).toEqual({
      view: "total",
      basis: "imf-estimate",
      a: 2023,
      b: 2024,
    });
  });
  test("2021 is kept on Russia's own declarations, not on the partners'", () => {
    expect(settle(russia, { ...from, b: 2021 })).toEqual({ ...from, b: 2021 });
    expect(settle(russia, { ...from, basis: "partner-declared", b: 2021 })).toEqual({
      ...from,
      basis: "partner-declared",
      b: 2020,
    });
  });
  test("Comtrade is not offered by total trade: the view's first basis instead; by imports it is, 2014 for 2010", () => {
    expect(settle(russia, { ...from, basis: "comtrade-declared" }).basis).toBe("russia-declared");
    expect(settle(russia, { ...from, view: "imports", basis: "comtrade-declared" })).toEqual({
      view: "imports",
      basis: "comtrade-declared",
      a: 2014,
      b: 2020,
    });
    // back to total trade from Comtrade: Russia's declarations, the pair kept
    expect(settle(russia, { view: "total", basis: "comtrade-declared", a: 2014, b: 2022 })).toEqual({
      view: "total",
      basis: "russia-declared",
      a: 2014,
      b: 2021,
    });
  });
  test("every basis of every view: whatever the pair asked, both years are the basis's own", () => {
    for (const view of ["total", "imports", "nonsense"])
      for (const b of [...russia.bases.map((x) => x.key), "customs"])
        for (const a of [2000, 2010, 2021, 2024])
          for (const y of [2014, 2020, 2022]) {
            const s = settle(russia, { view, basis: b, a, b: y });
            const own = basis(s.basis);
            expect(own.years).toContain(s.a);
            expect(own.years).toContain(s.b);
            expect(!own.views || own.views.includes(s.view)).toBe(true);
          }
  });
});

/** RU_trade.csv read by hand, as __tests__/after-2021.test.ts does: one quoted line per partner and flow. */
function imtsTotals(year: number, flows: string[]): Map<string, number> {
  const countries = countryCodes();
  const lines = text("data/raw/imf-imts-russia/RU_trade.csv")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\n");
  const header = lines[0].trim().slice(1, -1).split('","');
  const totals = new Map<string, number>();
  for (const l of lines.slice(1)) {
    const r = l.trim().slice(1, -1).split('","');
    const code = r[header.indexOf("COUNTERPART_COUNTRY.ID")];
    const v = r[header.indexOf(String(year))];
    if (!countries.has(code) || v === "" || !flows.includes(r[header.indexOf("INDICATOR.ID")])) continue;
    totals.set(code, (totals.get(code) ?? 0) + Number(v));
  }
  return totals;
}
const rankIn = (values: Map<string, number>, code: string) =>
  1 + [...values.values()].filter((v) => v > values.get(code)!).length;

describe("France in the explorer's data", () => {
  const rows = served("russia-partner-ranks.csv");
  const france = (measure: string, basisKey: string, year: number) =>
    rows.find((r) => r.measure === measure && r.basis === basisKey && r.year === String(year) && r.partner === "FRA");

  test.each([
    ["total", ["XG_FOB_USD", "MG_CIF_USD"]],
    ["imports", ["MG_CIF_USD"]],
  ] as const)("2024 on the IMF estimate, %s: the rank computed from the raw IMTS lines", (measure, flows) => {
    expect(basis("imf-estimate").years).toContain(2024);
    const independent = rankIn(imtsTotals(2024, [...flows]), "FRA");
    const row = france(measure, "imf-estimate", 2024)!;
    expect([Number(row.rank), row.estimated]).toEqual([independent, "yes"]);
  });

  test("2024 by total trade: 15th (PROVENANCE.md's figure)", () => {
    expect(france("total", "imf-estimate", 2024)!.rank).toBe("15");
  });
});

describe("where a basis is one of Table 3's, its 2010–2020 ranks and values are Table 3's", () => {
  const ranks = served("russia-partner-ranks.csv");
  const table3 = served("russia-top-partners.csv");
  const byKey = (rows: CsvRow[], value: (r: CsvRow) => string) =>
    new Map(rows.map((r) => [`${r.measure}|${r.year}|${r.partner}`, `${r.rank}|${value(r)}`]));

  test.each([
    ["russia-declared", "as-reported"],
    ["partner-declared", "partner-declared"],
  ])("%s is Table 3's %s, rank for rank and value for value", (ours, theirs) => {
    const a = byKey(
      ranks.filter((r) => r.basis === ours && Number(r.year) >= 2010 && Number(r.year) <= 2020),
      (r) => r.value_usd_m,
    );
    const b = byKey(
      table3.filter((r) => r.basis === theirs),
      (r) => (r.measure === "total" ? r.total_usd_m : r.imports_usd_m),
    );
    expect(a.size).toBeGreaterThan(500);
    expect(a).toEqual(b);
  });

  test.each([
    // established from the raw DOTS workbooks by a separate Python reading (__tests__/bases.test.ts)
    ["russia-declared", "total", 11, 13],
    ["russia-declared", "imports", 7, 6],
    ["partner-declared", "total", 11, 13],
    ["partner-declared", "imports", 6, 8],
  ])("France on %s by %s: %i in 2010, %i in 2020", (basisKey, measure, y2010, y2020) => {
    const at = (year: number) =>
      Number(
        ranks.find(
          (r) => r.basis === basisKey && r.measure === measure && r.year === String(year) && r.partner === "FRA",
        )!.rank,
      );
    expect([at(2010), at(2020)]).toEqual([y2010, y2020]);
  });
});

/**
 * Russia's own DOTS declarations, from the sheet XML of DOTS_162.xlsx: per sheet (exports, imports), each row's
 * partner (column B, a country of data/countries.csv by its IMF name) and its value under each year of row 7.
 */
async function russiaDots(): Promise<Record<"exports" | "imports", Map<number, Map<string, number>>>> {
  const zip = await unzipText(path.join(root, "data/raw/imf-dots/DOTS_162.xlsx"));
  const strings = [...zip.get("xl/sharedStrings.xml")!.matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    decodeXML(m[1].replace(/<[^>]+>/g, "")),
  );
  const countries = new Map(
    parseCsvText(text("data/countries.csv"))
      .rows.filter((r) => r.kind === "country")
      .map((r) => [r.imf_name, r.code]),
  );
  const sheet = (file: string) => {
    const cells = new Map<string, string>();
    for (const m of zip.get(`xl/worksheets/${file}`)!.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const v = /<v>(.*?)<\/v>/s.exec(m[3] ?? "")?.[1];
      if (v !== undefined) cells.set(m[1], /t="s"/.test(m[2]) ? strings[Number(v)] : v);
    }
    const byYear = new Map<number, Map<string, number>>();
    const rows = [...cells.keys()].filter((k) => /^B\d+$/.test(k)).map((k) => Number(k.slice(1)));
    for (const [ref, year] of cells)
      if (/^[C-Z]+7$|^[A-Z]{2}7$/.test(ref) && ref !== "B7") {
        const col = ref.slice(0, -1);
        const values = new Map<string, number>();
        for (const r of rows) {
          const code = countries.get(cells.get(`B${r}`)!);
          const v = cells.get(`${col}${r}`);
          if (r > 7 && code && v !== undefined && v !== "") values.set(code, Number(v));
        }
        byYear.set(Number(year), values);
      }
    return byYear;
  };
  // sheet1: Exports, FOB; sheet2: Imports, CIF (xl/workbook.xml's order)
  expect(zip.get("xl/workbook.xml")).toMatch(/name="Exports, FOB" sheetId="1"[\s\S]*name="Imports, CIF" sheetId="2"/);
  return { exports: sheet("sheet1.xml"), imports: sheet("sheet2.xml") };
}

test("Russia-declared 2010–2020 in the explorer's data: France's ranks and values from Russia's raw DOTS workbook", async () => {
  const dots = await russiaDots();
  const rows = served("russia-partner-ranks.csv");
  const seen: string[] = [];
  const want: string[] = [];
  for (let year = 2010; year <= 2020; year++)
    for (const measure of ["total", "imports"] as const) {
      const flows = measure === "total" ? (["exports", "imports"] as const) : (["imports"] as const);
      const values = new Map<string, number>();
      for (const f of flows) for (const [code, v] of dots[f].get(year)!) values.set(code, (values.get(code) ?? 0) + v);
      want.push(`${year} ${measure} ${rankIn(values, "FRA")} ${Math.round(values.get("FRA")! * 10) / 10}`);
      const r = rows.find(
        (x) => x.basis === "russia-declared" && x.measure === measure && x.year === String(year) && x.partner === "FRA",
      )!;
      seen.push(`${year} ${measure} ${r.rank} ${Number(r.value_usd_m)}`);
    }
  expect(seen).toEqual(want);
  expect(want[0]).toBe("2010 total 11 17525.6");
});
