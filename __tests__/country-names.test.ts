/**
 * Country names come from CLDR; the hand-kept overrides in lib/extract/country-names.ts are only for codes CLDR cannot
 * name. A stale override (CLDR has learnt the code) or a dead one (no IMF row maps to it) fails here.
 */
import { IMF_PARTNER_CODES } from "../lib/extract/imf-partners";
import { cldrName, countryName, countryNameFr, NAME_OVERRIDES, NAME_OVERRIDES_FR } from "../lib/extract/country-names";

const MAPPED = new Set(IMF_PARTNER_CODES.values());

test.each([...NAME_OVERRIDES.keys()])("override %s: CLDR has no name for it, and an IMF row maps to it", (code) => {
  expect(cldrName(code)).toBeUndefined();
  expect(MAPPED.has(code)).toBe(true);
});

test("every code the IMF rows map to has a name, from CLDR or an override", () => {
  const unnamed = [...MAPPED].filter((code) => !cldrName(code) && !NAME_OVERRIDES.has(code));
  expect(unnamed).toEqual([]);
});

test("CLDR's spelling is used, not a hand-typed one", () => {
  expect(countryName("FRA")).toBe("France");
  expect(countryName("RUS")).toBe("Russia");
  expect(countryName("KOR")).toBe("South Korea");
  expect(countryName("SUN")).toBe("USSR (historical)");
});

test("a code with neither a CLDR name nor an override is refused", () => {
  expect(() => countryName("QQQ")).toThrow(
    "no English name for QQQ: CLDR has none; add one to NAME_OVERRIDES in lib/extract/country-names.ts",
  );
});

test.each([...NAME_OVERRIDES_FR.keys()])("French override %s: CLDR has no French name for it either", (code) => {
  expect(cldrName(code, "fr")).toBeUndefined();
  expect(NAME_OVERRIDES.has(code)).toBe(true);
});

test("the English and French overrides cover the same codes", () => {
  expect([...NAME_OVERRIDES_FR.keys()].sort()).toEqual([...NAME_OVERRIDES.keys()].sort());
});

test("every code the IMF rows map to has a French name", () => {
  const unnamed = [...MAPPED].filter((code) => !cldrName(code, "fr") && !NAME_OVERRIDES_FR.has(code));
  expect(unnamed).toEqual([]);
});

test("French names are CLDR's: Allemagne, Chine, Russie, Tchéquie", () => {
  expect(["DEU", "CHN", "RUS", "CZE", "USA", "KOR"].map(countryNameFr)).toEqual([
    "Allemagne",
    "Chine",
    "Russie",
    "Tchéquie",
    "États-Unis",
    "Corée du Sud",
  ]);
  expect(countryNameFr("SUN")).toBe("URSS (historique)");
  expect(() => countryNameFr("QQQ")).toThrow(
    "no French name for QQQ: CLDR has none; add one to NAME_OVERRIDES_FR in lib/extract/country-names.ts",
  );
});
