/**
 * The data catalogue in French (/fr/data/): for every CSV served under out/data/ (listed from the folder, columns read
 * from each file's header line), the French page describes the file and each of its columns, in other words than the
 * English page's, stating the same figures (the digits of each description, read from both built pages). The CSVs
 * themselves and datapackage.json stay English. Reads out/: `npm run build` first (npm test does).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict } from "entities";
import { catalogueIn } from "../lib/publish/catalogue";
import { SERVED_CSVS } from "../lib/publish/served-csvs";
import { fieldFr, licenceFr } from "../lib/publish/catalogue-fr";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, "fr", "data", "index.html"));

const decode = (s: string) => decodeHTMLStrict(s.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, "")).trim();

interface Described {
  title: string;
  description: string;
  /** column name → [unit, description] */
  columns: Map<string, [string, string]>;
}
/** A data page's section for one file, read from the HTML: heading, description, and each column's row. */
function described(html: string, file: string): Described | undefined {
  const section = new RegExp(`<section[^>]* id="${file.replace(/\./g, "\\.")}"[\\s\\S]*?</section>`).exec(html)?.[0];
  if (!section) return undefined;
  const title = decode(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)![1]);
  const description = decode(/<p class="mt-1 max-w-3xl text-sm">([\s\S]*?)<\/p>/.exec(section)?.[1] ?? "");
  const columns = new Map<string, [string, string]>();
  for (const row of section.matchAll(/<tr class="border-b border-gray-100[^"]*">([\s\S]*?)<\/tr>/g)) {
    const cells = [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1]));
    columns.set(cells[0], [cells[2], cells[3]]);
  }
  return { title, description, columns };
}
/** The figures a text states: its runs of digits, in order (English 11.3 and French 11,3 both give 11, 3). */
const digits = (s: string) => [...s.matchAll(/\d+/g)].map((m) => m[0]).sort();

(built ? describe : describe.skip)("/fr/data/ describes every served CSV and column in French", () => {
  const en = readFileSync(path.join(OUT, "en", "data", "index.html"), "utf8");
  const fr = readFileSync(path.join(OUT, "fr", "data", "index.html"), "utf8");
  const files = readdirSync(path.join(OUT, "data"))
    .filter((f) => f.endsWith(".csv"))
    .sort();

  test("the served CSVs are the catalogue's (17 files)", () => {
    expect(files).toHaveLength(17);
    expect(SERVED_CSVS.map((c) => c.file).sort()).toEqual(files);
  });

  test.each(files)("%s: title, description and every column of the file's header, in French, same figures", (file) => {
    const header = readFileSync(path.join(OUT, "data", file), "utf8")
      .split(/\r?\n/)[0]
      .split(",");
    const e = described(en, file);
    const f = described(fr, file);
    expect(e).toBeDefined();
    expect(f).toBeDefined();
    expect(f!.title).not.toBe(e!.title);
    expect(f!.title.length).toBeGreaterThan(5);
    expect(f!.description).not.toBe(e!.description);
    expect(f!.description.length).toBeGreaterThan(20);
    expect(digits(f!.title)).toEqual(digits(e!.title));
    expect(digits(f!.description)).toEqual(digits(e!.description));
    expect([...f!.columns.keys()].sort()).toEqual([...header].sort());
    for (const col of header) {
      const [enUnit, enText] = e!.columns.get(col)!;
      const [frUnit, frText] = f!.columns.get(col)!;
      expect({ col, french: frText === enText }).toEqual({ col, french: false });
      expect({ col, figures: digits(frText) }).toEqual({ col, figures: digits(enText) });
      expect({ col, unit: enUnit === "—" ? frUnit === "—" : frUnit !== enUnit }).toEqual({ col, unit: true });
    }
  });

  test("the French page's words: headings, types, French number formats; the CSVs are linked as they are", () => {
    expect(fr).toContain("Ouvrir les fichiers dans Excel ou LibreOffice");
    expect(fr).toContain("Colonnes de countries.csv");
    expect(fr).toMatch(/<td class="px-2 py-1">entier<\/td>/);
    expect(fr).not.toMatch(/<td class="px-2 py-1">integer<\/td>/);
    expect(fr).toContain('href="/data/countries.csv"');
    // « 63 lignes », « 3,1 Ko »: the row count of bilateral-trade.csv, counted here
    const rows =
      readFileSync(path.join(OUT, "data", "bilateral-trade.csv"), "utf8")
        .trim()
        .split("\n").length - 1;
    expect(fr).toContain(`${rows} lignes`);
    expect(fr).toMatch(/\d,\d(<!-- -->)? Ko/);
  });

  test("a column or licence without French words stops the build, naming it", () => {
    expect(() => fieldFr("x.csv", "colour", "A column nobody described")).toThrow(
      'fr: the data catalogue has no French description for column colour of x.csv ("A column nobody described")',
    );
    expect(() => licenceFr("Some new licence")).toThrow('no French licence "Some new licence"');
    const entry = { ...SERVED_CSVS[0].schema, file: "new.csv", kind: "source data" as const, rows: 0, bytes: 0 };
    expect(() => catalogueIn([entry], "fr")).toThrow("no French title and description for new.csv");
  });

  test("datapackage.json stays English (the machine-readable description)", () => {
    const pkg = JSON.parse(readFileSync(path.join(OUT, "datapackage.json"), "utf8")) as {
      resources: { name: string; title: string }[];
    };
    const countries = pkg.resources.find((r) => r.title === "Country codes");
    expect(countries).toBeDefined();
  });
});

if (!built)
  test("out/ is built", () => {
    throw new Error("out/fr/data/index.html is missing: run `npm run build` first");
  });
