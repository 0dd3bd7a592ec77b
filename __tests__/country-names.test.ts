/**
 * Country names come from CLDR; the hand-kept overrides in lib/extract/country-names.ts are only for codes CLDR cannot
 * name. A stale override (CLDR has learnt the code) or a dead one (no IMF row maps to it) fails here.
 */
import { IMF_PARTNER_CODES } from "../lib/extract/imf-partners";
import { cldrName, countryName, NAME_OVERRIDES } from "../lib/extract/country-names";

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
