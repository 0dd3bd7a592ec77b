/**
 * The message catalogues and the locale formats. Expected French strings are written out here character by character
 * (U+202F is the narrow no-break space CLDR uses for French groups and before %), and French numbers are parsed back
 * by a reader written in this file, not by lib/format.ts.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { DataTable } from "../components/DataTable";
import { formatDay, formatList, formatMonth, formatNumber, numberCell, spokenNumber } from "../lib/format";
import { CATALOGUES, checkCatalogues, type MessageId } from "../lib/i18n";
import { catalogueProblems } from "../lib/i18n/check";
import { ordinalIn, percentIn } from "../lib/i18n/translate";
import { LOCALES } from "../lib/i18n/locales";

const NNBSP = "\u202f";

/** An independent reader of a French number: groups separated by a (narrow) no-break space, decimal comma. */
function parseFrench(text: string): number {
  if (!/^−?\d{1,3}([\u202f\u00a0]\d{3})*(,\d+)?$/u.test(text)) throw new Error(`not a French number: ${text}`);
  return Number(
    text
      .replace(/[\u202f\u00a0]/gu, "")
      .replace(",", ".")
      .replace("−", "-"),
  );
}

describe("message catalogues (the build's check, lib/i18n/check.ts)", () => {
  test("the build's check passes on the real catalogues", () => {
    expect(() => checkCatalogues()).not.toThrow();
  });

  test("a missing, empty, unknown or malformed message stops the build naming the file and the message", () => {
    const en = { "a.b": "x", "a.c": "{n, plural, one {# thing} other {# things}}", d: "y" };
    // the languages this test does not damage, complete
    const rest = Object.fromEntries(LOCALES.filter((l) => l !== "en" && l !== "fr").map((l) => [l, en]));
    expect(() =>
      checkCatalogues({ en, ...rest, fr: { "a.c": "{n, plural, one {# chose} other {# choses}}", d: "y" } }),
    ).toThrow('message catalogues: messages/fr.json: message "a.b" is missing');
    expect(
      catalogueProblems({ en, ...rest, fr: { "a.b": " ", "a.c": "{n, plural, one {# chose}", d: "y", e: "z" } }),
    ).toEqual([
      'messages/fr.json: message "a.b" is empty',
      expect.stringMatching(/^messages\/fr\.json: message "a\.c" is not ICU MessageFormat/),
      'messages/fr.json: message "e" is not in messages/en.json',
    ]);
    expect(catalogueProblems({ en, fr: en })).toEqual(
      LOCALES.filter((l) => l !== "en" && l !== "fr").map((l) => `messages/${l}.json is missing`),
    );
    // a claim's own text is the one thing another language's catalogue has that English does not
    expect(catalogueProblems({ en, ...rest, fr: { ...en, "claim.some-claim.statement": "Une affirmation." } })).toEqual(
      [],
    );
  });

  test("no English message is left untranslated in French but names, codes and forms the same in both", () => {
    const same = Object.keys(CATALOGUES.en).filter(
      (id) => CATALOGUES.en[id as MessageId] === CATALOGUES.fr[id as MessageId],
    );
    expect(same.sort()).toEqual(
      [
        "chartExplore.mark", // a point and its mark, punctuation only
        "country.XKX", // Kosovo
        "figure.shared.link.eurostat", // a dataset's own name
        "figure.shared.link.comtrade",
        "figure.shared.series.year", // "{year}"
        "figure.shared.years", // "{from}–{to}"
        "figure.ranking.series.highlight", // a country's name
        "figure.bilateral-trade.column.total_usd_m", // Total
        "figure.fr-ru-monthly.column.source", // Source
        "figure.monthly.cell.product.total", // total
        "figure.monthly.cell.unit.EUR",
        "figure.monthly.cell.unit.USD",
        "page.since-2021.annual.column.source", // Source
        "claim.number", // a number
        "claim.tie.item",
        "claim.tie.items",
        "claim.withNote",
        "licence.both",
      ].sort(),
    );
  });
});

describe("numbers, percents, months in each language", () => {
  test("English keeps the site's en-GB format", () => {
    expect(formatNumber(12004.2, 1, "en")).toBe("12,004.2");
    // a no-break space: the sign never wraps to the next line on its own
    expect(percentIn("en", 36.08, 1)).toBe("36.1%");
    expect(formatMonth("2022-03", "en")).toBe("March 2022");
    expect(formatDay("2021-05-12", "en")).toBe("12 May 2021");
    expect(ordinalIn("en", 2)).toBe("2nd");
    expect(formatList(["a", "b", "c"], "en")).toBe("a, b and c");
  });

  test("French: narrow no-break space between groups, decimal comma, `36,1 %`, « mars 2022 »", () => {
    expect(formatNumber(12004.2, 1, "fr")).toBe(`12${NNBSP}004,2`);
    expect(formatNumber(-1234567, 0, "fr")).toBe(`−1${NNBSP}234${NNBSP}567`);
    expect(formatNumber(999.95, 1, "fr")).toBe(`1${NNBSP}000,0`);
    expect(percentIn("fr", 36.08, 1)).toBe(`36,1${NNBSP}%`);
    expect(formatMonth("2022-03", "fr")).toBe("mars 2022");
    expect(formatMonth("2021-12", "fr")).toBe("décembre 2021");
    expect(formatDay("2021-05-12", "fr")).toBe("12 mai 2021");
    expect(ordinalIn("fr", 1)).toBe("1er");
    expect(ordinalIn("fr", 2)).toBe("2e");
    expect(formatList(["Allemagne", "Chine", "Russie"], "fr")).toBe("Allemagne, Chine et Russie");
    expect(() => formatMonth("2022-13", "fr")).toThrow("not a month: 2022-13");
  });

  test.each([0, 7, 999.9, 1000, 12004.2, 123456.7, 1759.968074, -6512.4])("French %p parses back", (v) => {
    expect(parseFrench(formatNumber(v, 1, "fr"))).toBeCloseTo(v, 1);
  });

  test("the accessible form of a French number holds no space, so it is read as one number", () => {
    expect(spokenNumber(12004.2, 1, "fr")).toBe("12004,2");
    expect(numberCell(12004.2, 1, "fr")).toEqual({ text: `12${NNBSP}004,2`, label: "12004,2" });
    expect(numberCell(512, 0, "fr")).toEqual({ text: "512" });
    expect(numberCell(12004.2, 1, "en")).toEqual({ text: "12,004.2" });
  });

  test("a French table cell shows the grouped number and names it without the space; a rounded one keeps its value", () => {
    const html = renderToStaticMarkup(
      createElement(DataTable, {
        locale: "fr",
        table: {
          caption: "Essai",
          columns: [
            { key: "partner", label: "Partenaire" },
            { key: "value", label: "Valeur", numeric: true, decimals: 1 },
          ],
          rows: [
            { partner: "Allemagne", value: 12004.2 },
            { partner: "Chine", value: 1759.968074 },
          ],
        },
      }),
    );
    // shown with all its digits: the text is the value; rounded: the value kept in data-value
    expect(html).toContain(`<td aria-label="12004,2" class="n">12${NNBSP}004,2</td>`);
    expect(html).toContain(`<td data-value="1759.968074" aria-label="1760,0" class="n">1${NNBSP}760,0</td>`);
    expect(html).toContain(`<td data-value="Allemagne">Allemagne</td>`);
  });
});
