/**
 * Country names come from CLDR; the catalogues name only the codes CLDR cannot (`country.<CODE>`, listed in
 * lib/extract/country-names.ts with the reason). A stale override (CLDR has learnt the code) or a dead one (no IMF row
 * maps to it) fails here, as does a language whose catalogue lacks one.
 */
import { IMF_PARTNER_CODES } from "../lib/extract/imf-partners";
import { cldrName, countryName, countryNameIn, OVERRIDDEN } from "../lib/extract/country-names";
import { LOCALES } from "../lib/i18n/locales";

const MAPPED = new Set(IMF_PARTNER_CODES.values());

test.each([...OVERRIDDEN])(
  "override %s: CLDR has no name for it in any language, and an IMF row maps to it",
  (code) => {
    for (const l of LOCALES) expect(cldrName(code, l)).toBeUndefined();
    expect(MAPPED.has(code)).toBe(true);
  },
);

test("every code the IMF rows map to has a name in every language, from CLDR or the catalogue", () => {
  for (const l of LOCALES) {
    const unnamed = [...MAPPED].filter((code) => !cldrName(code, l) && !OVERRIDDEN.has(code));
    expect(unnamed).toEqual([]);
    for (const code of MAPPED) expect(countryNameIn(code, l).trim()).not.toBe("");
  }
});

test("CLDR's spelling is used, not a hand-typed one; the catalogues name the historical entities", () => {
  expect(countryName("FRA")).toBe("France");
  expect(countryName("RUS")).toBe("Russia");
  expect(countryName("KOR")).toBe("South Korea");
  expect(countryName("SUN")).toBe("USSR (historical)");
  expect(countryNameIn("DEU", "fr")).toBe("Allemagne");
  expect(countryNameIn("CZE", "fr")).toBe("Tchéquie");
  expect(countryNameIn("DDR", "fr")).toBe("RDA (historique)");
  expect(countryNameIn("WLD", "fr")).toBe("Monde");
});

test("a code with neither a CLDR name nor an override is refused, naming what to add", () => {
  expect(() => countryName("QQQ")).toThrow(
    "no en name for QQQ: CLDR has none; list it in OVERRIDES in lib/extract/country-names.ts and name it country.QQQ in every catalogue (messages/<locale>.json)",
  );
});
