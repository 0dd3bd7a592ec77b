/**
 * The data catalogue's words (/en/data/, /fr/data/, datapackage.json): every file, column, unit, source and licence is
 * a message id, worded by messages/<locale>.json through one path for every language (`catalogueIn`). Checked here
 * against texts written out by hand, in English and in French; each French text states the figures of the English one;
 * a message missing from a catalogue stops `catalogueIn`, naming the file, the column and the catalogue. The built
 * pages (read from out/ when it is built) describe every column of every served CSV's header.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHTMLStrict } from "entities";
import { catalogueIn, licenceIn, type CatalogueEntry, type CatalogueEntryView } from "../lib/publish/catalogue";
import { SERVED_CSVS } from "../lib/publish/served-csvs";
import { basesFor, FRANCE, RUSSIA } from "../lib/model/constants";
import { CATALOGUES, plainText, type MessageId } from "../lib/i18n/translate";
import type { Locale } from "../lib/i18n/locales";

const entries: CatalogueEntry[] = SERVED_CSVS.map(({ schema, kind }) => ({ ...schema, kind, rows: 0, bytes: 0 }));
const EN = catalogueIn(entries, "en");
const FR = catalogueIn(entries, "fr");
const entry = (views: CatalogueEntryView[], file: string) => views.find((e) => e.file === file)!;
const column = (views: CatalogueEntryView[], file: string, name: string) =>
  entry(views, file).fields.find((f) => f.name === name)!;
/** The figures a text states: its runs of digits, sorted (English 11.3 and French 11,3 both give 11, 3). */
const digits = (s: string) => [...s.matchAll(/\d+/g)].map((m) => m[0]).sort();

describe("the catalogue's words, by message id, in English and in French", () => {
  test("a reporter named in a sentence takes each language's grammar (select on its code)", () => {
    expect(entry(EN, "trade-russia.csv").title).toBe("Goods trade reported by Russia, by partner, 2000–2020");
    expect(entry(FR, "trade-russia.csv").title).toBe(
      "Échanges de biens déclarés par la Russie, par partenaire, 2000–2020",
    );
    expect(entry(EN, "trade-belarus.csv").description).toMatch(
      /^Belarus's own declarations to the IMF: exports \(FOB\)/,
    );
    expect(entry(FR, "trade-belarus.csv").description).toMatch(
      /^Les déclarations de la Biélorussie elle-même au FMI : exportations \(FAB\)/,
    );
    expect(entry(FR, "trade-france.csv").description).toMatch(/^Les déclarations de la France elle-même au FMI/);
  });

  test("constants are arguments: counts and years from lib/model", () => {
    expect(entry(EN, "russia-customs-main-partners.csv").title).toBe(
      "Russia's customs statistics: trade with its 29 main partners, monthly and yearly, 2006–2021",
    );
    expect(entry(FR, "russia-customs-main-partners.csv").title).toBe(
      "Statistiques douanières de la Russie : échanges avec ses 29 principaux partenaires, par mois et par année, 2006–2021",
    );
    expect(entry(EN, "france-top-partners.csv").title).toBe(
      "France's top 30 trading partners by total goods trade, each year 2010–2020, on each basis",
    );
    expect(column(FR, "fr-ru-annual-trade.csv", "compared_with").description).toBe(
      "Les mois de 2021 depuis lesquels se mesure l’évolution : « 2021 » pour une année complète, sinon les mêmes mois",
    );
  });

  test("columns: shared and per-file messages, units, types", () => {
    expect(column(EN, "countries.csv", "code").description).toBe("ISO 3166-1 alpha-3 code");
    expect(column(FR, "countries.csv", "code").description).toBe("Code ISO 3166-1 alpha-3");
    expect(column(FR, "fr-ru-monthly-trade.csv", "usd_per_eur").description).toMatch(/^Moyenne mensuelle BCE du taux/);
    expect(column(FR, "fr-ru-annual-trade.csv", "usd_per_eur").description).toMatch(/^Moyenne annuelle BCE du taux/);
    expect(column(EN, "fr-ru-annual-trade.csv", "usd_per_eur").description).toMatch(/^ECB annual average of the daily/);
    expect(column(EN, "fr-ru-monthly-trade.csv", "value").unit).toBe("EUR or USD (see unit), current prices");
    expect(column(FR, "fr-ru-monthly-trade.csv", "value").unit).toBe("euros ou dollars US (voir unit), prix courants");
    expect(column(FR, "fdi-projects.csv", "projects")).toMatchObject({ unit: "projets (nombre)", typeLabel: "entier" });
    expect(column(EN, "fdi-projects.csv", "projects")).toMatchObject({
      unit: "projects (count)",
      typeLabel: "integer",
    });
    expect(entry(EN, "bilateral-trade.csv").kindLabel).toBe("derived at build");
    expect(entry(FR, "bilateral-trade.csv").kindLabel).toBe("dérivé à la construction");
  });

  test("a ranking file's basis column: every basis it may hold, with the basis sentence", () => {
    for (const [file, reporter] of [
      ["france-top-partners.csv", FRANCE],
      ["russia-top-partners.csv", RUSSIA],
    ] as const)
      for (const views of [EN, FR]) {
        const text = column(views, file, "basis").description;
        for (const b of basesFor(reporter)) expect(text).toContain(` ${b} = `);
      }
    expect(column(EN, "france-top-partners.csv", "basis").description).toMatch(
      /^Statistical basis: as-reported = Reporter-declared: each country's own declarations to the IMF, .* partner-declared = Partner-declared \(mirror\): /,
    );
    expect(column(FR, "russia-top-partners.csv", "basis").description).toContain(
      "customs = Statistiques douanières russes (Service fédéral des douanes, publiées par Rosstat), qui ne recensent que 29 partenaires principaux, 2006–2021",
    );
  });

  test("sources and licences: structured parts, row scopes, each language's punctuation", () => {
    expect(plainText(entry(EN, "bilateral-trade.csv").licence)).toBe(
      "IMF Terms of Use: free to reuse with attribution (“Source: IMF Direction of Trade Statistics”); Russian customs rows: Rosstat official statistics, reused with the source cited (“Source: Rosstat, FCS data”); the repository that holds the copy is Apache-2.0; Eurostat rows: Eurostat reuse policy, CC BY 4.0 (“Source: Eurostat”), ECB rates (“Source: ECB”)",
    );
    expect(plainText(entry(FR, "bilateral-trade.csv").licence)).toBe(
      "Conditions d’utilisation du FMI : réutilisation libre avec mention de la source (« Source: IMF Direction of Trade Statistics ») ; lignes des douanes russes : Statistiques officielles de Rosstat, réutilisées avec mention de la source (« Source : Rosstat, données du SFD ») ; le dépôt qui en détient la copie est sous licence Apache-2.0 ; lignes d’Eurostat : Politique de réutilisation d’Eurostat, CC BY 4.0 (« Source : Eurostat »), taux de la BCE (« Source : BCE »)",
    );
    // the IMF's credit line, quoted in English, is its own run in the French licence
    expect(entry(FR, "bilateral-trade.csv").licence).toContainEqual({
      text: "Source: IMF Direction of Trade Statistics",
      lang: "en",
    });
    // a source's title as runs (an English title kept as its own run): its text, joined
    const titles = (e: ReturnType<typeof entry>) => e.sources.map((s) => s.title.map((r) => r.text).join(""));
    expect(titles(entry(FR, "fr-ru-annual-trade.csv"))).toContain(
      "Dérivé à la construction du site de data/fr-ru-monthly.csv et data/ecb-usd-per-eur.csv par lib/derive/monthly.ts",
    );
    expect(titles(entry(EN, "trade-all-reporters.csv"))).toContain(
      "Raw workbooks data/raw/imf-dots-all-reporters/DOTS_<n>.xlsx, one per reporter, listed in its INDEX.tsv (see data/raw/imf-dots-all-reporters/PROVENANCE.md)",
    );
  });

  test.each(SERVED_CSVS.map((c) => c.file))("%s: the French states the English text's figures", (file) => {
    const [e, f] = [entry(EN, file), entry(FR, file)];
    expect(digits(f.title)).toEqual(digits(e.title));
    expect(digits(f.description)).toEqual(digits(e.description));
    expect(digits(plainText(f.licence))).toEqual(digits(plainText(e.licence)));
    for (const [i, ef] of e.fields.entries()) {
      const ff = f.fields[i];
      expect({ col: ef.name, figures: digits(ff.description) }).toEqual({
        col: ef.name,
        figures: digits(ef.description),
      });
      expect({ col: ef.name, unit: digits(ff.unit ?? "") }).toEqual({ col: ef.name, unit: digits(ef.unit ?? "") });
    }
  });
});

describe("a missing message stops the build, naming file, column and catalogue", () => {
  const without = (locale: Locale, id: MessageId, run: () => void) => {
    const catalogue = CATALOGUES[locale] as Record<string, string>;
    const saved = catalogue[id];
    delete catalogue[id];
    try {
      run();
    } finally {
      catalogue[id] = saved;
    }
  };

  test("one column's message missing from messages/fr.json", () => {
    without("fr", "data.countries.column.imf_name", () =>
      expect(() => catalogueIn(entries, "fr")).toThrow(
        'column imf_name of countries.csv has no words in messages/fr.json (message "data.countries.column.imf_name")',
      ),
    );
    expect(() => catalogueIn(entries, "fr")).not.toThrow();
  });

  test("a new CSV, or a new column, without its words", () => {
    const countries = entries.find((e) => e.file === "countries.csv")!;
    const added = { ...countries, fields: [...countries.fields, { name: "colour", type: "string" as const }] };
    expect(() => catalogueIn([added], "en")).toThrow(
      'column colour of countries.csv has no words in messages/en.json (message "data.countries.column.colour")',
    );
    expect(() =>
      catalogueIn([{ ...countries, file: "new.csv", title: { id: "data.new.title" as MessageId } }], "fr"),
    ).toThrow('the title of new.csv has no words in messages/fr.json (message "data.new.title")');
  });

  test("a unit or a licence without its words", () => {
    without("fr", "unit.projects", () =>
      expect(() => catalogueIn(entries, "fr")).toThrow(
        'the unit "projects" of column projects of fdi-projects.csv has no words in messages/fr.json',
      ),
    );
    without("fr", "licence.ecbRates", () =>
      expect(() => licenceIn(SERVED_CSVS.find((c) => c.file === "bilateral-trade.csv")!.schema, "fr")).toThrow(
        'the licence of bilateral-trade.csv has no words in messages/fr.json (message "licence.ecbRates")',
      ),
    );
  });
});

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, "fr", "data", "index.html"));
const decode = (s: string) => decodeHTMLStrict(s.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, "")).trim();
/** A data page's section for one file, read from the HTML: heading, description, and each column's row. */
function described(html: string, file: string) {
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

(built ? describe : describe.skip)("the built /en/data/ and /fr/data/ pages", () => {
  const pages = { en: readFileSync(path.join(OUT, "en", "data", "index.html"), "utf8"), fr: "" };
  pages.fr = readFileSync(path.join(OUT, "fr", "data", "index.html"), "utf8");
  const files = readdirSync(path.join(OUT, "data"))
    .filter((f) => f.endsWith(".csv"))
    .sort();

  test("the served CSVs are the catalogue's (23 files)", () => {
    expect(files).toHaveLength(23);
    expect(SERVED_CSVS.map((c) => c.file).sort()).toEqual(files);
  });

  test.each(files)("%s: the page shows the catalogue's words for every column of the file's header", (file) => {
    const header = readFileSync(path.join(OUT, "data", file), "utf8")
      .split(/\r?\n/)[0]
      .split(",");
    for (const [locale, views] of [
      ["en", EN],
      ["fr", FR],
    ] as const) {
      const shown = described(pages[locale], file)!;
      const e = entry(views, file);
      expect(shown.title).toBe(e.title);
      expect(shown.description).toBe(e.description);
      expect([...shown.columns.keys()].sort()).toEqual([...header].sort());
      for (const f of e.fields) expect(shown.columns.get(f.name)).toEqual([f.unit ?? "—", f.description]);
    }
  });

  test("the French page's words: headings, types, French number formats; the CSVs are linked as they are", () => {
    const fr = pages.fr;
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

  test("datapackage.json is English (the machine-readable description)", () => {
    const pkg = JSON.parse(readFileSync(path.join(OUT, "datapackage.json"), "utf8")) as {
      resources: { name: string; title: string }[];
    };
    expect(pkg.resources.find((r) => r.title === "Country codes")).toBeDefined();
  });
});
