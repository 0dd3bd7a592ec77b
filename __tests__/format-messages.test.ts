/**
 * Percents and ordinals come from the catalogues (`format.percent`, `format.ordinal`), with each language's CLDR
 * ordinal rules: the expectations are written out by hand, as a reader of each language writes them.
 */
import { ordinalIn, percentIn } from "../lib/i18n/translate";

test("English ordinals, the teens included", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => ordinalIn("en", n))).toEqual([
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "23rd",
    "101st",
    "111th",
  ]);
});

test("French ordinals: premier, then e", () => {
  expect([1, 2, 10, 17, 21].map((n) => ordinalIn("fr", n))).toEqual(["1er", "2e", "10e", "17e", "21e"]);
});

test("percents: the sign against the number in English, after a narrow no-break space in French", () => {
  expect(percentIn("en", 36.06, 1)).toBe("36.1%");
  expect(percentIn("en", -1234.5, 1)).toBe("−1,234.5%");
  expect(percentIn("fr", 36.06, 1)).toBe("36,1\u202f%");
  expect(percentIn("fr", 68, 0)).toBe("68\u202f%");
});
