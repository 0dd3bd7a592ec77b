/**
 * Every basis that can rank a reporter's partners has its label and sentence in every catalogue, and the customs
 * basis states its own coverage (29 partners, 2006–2021) from the model's constants, in each language.
 */
import { basisLabel, basisSentence } from "../lib/i18n/bases";
import { translate } from "../lib/i18n/translate";
import { LOCALES } from "../lib/i18n/locales";
import { basesFor, RANK_BASES } from "../lib/model/constants";

const ctx = { country: (c: string) => c };

test.each(LOCALES)("%s: each basis has a label per reporter it ranks and a sentence", (locale) => {
  for (const reporter of ["FRA", "RUS"] as const)
    for (const b of basesFor(reporter))
      expect(translate(locale, basisLabel(b, reporter), ctx).length).toBeGreaterThan(8);
  for (const b of RANK_BASES) expect(translate(locale, basisSentence(b), ctx)).toMatch(/\.$/);
});

test("the customs basis states its partners and years, in English and in French", () => {
  expect(translate("en", basisLabel("customs", "RUS"), ctx)).toBe("Russia's customs (FCS), among 29 main partners");
  expect(translate("fr", basisSentence("customs"), ctx)).toContain("que 29 partenaires principaux, 2006–2021 :");
  expect(translate("en", basisSentence("customs"), ctx)).toContain("among those 29, not among all countries");
});

test("a basis that cannot rank France's partners is refused", () => {
  expect(() => basisLabel("belarus-filled", "FRA")).toThrow(/belarus-filled cannot rank FRA/);
});
