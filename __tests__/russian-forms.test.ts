/**
 * Russian words that depend on a number, checked against forms written here by hand: every plural message of
 * messages/ru.json rendered with 0, 1, 2, 5 and 21 (Russian's CLDR categories many, one, few, many, one), through
 * the site's translator; an ordinal, a day, a month and a number in Russian style. A message that used the English
 * two-form plural, or a form for the wrong category, fails here.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGUES, message, type MessageId } from "../lib/i18n";
import { ordinalIn, percentIn } from "../lib/i18n/translate";
import { formatDay, formatMonth, formatNumber } from "../lib/format";

const COUNTS = [0, 1, 2, 5, 21] as const;
type Forms = [string, string, string, string, string];

/** Per plural message: the arguments (the count given as `n` is put in every plural argument) and, for each of
 *  0, 1, 2, 5, 21, a part of the rendered text that holds the counted word. */
const PLURALS: Record<string, { args: (n: number) => Record<string, string | number>; forms: Forms }> = {
  "amount.projects": {
    args: (n) => ({ v: n }),
    forms: ["0 проектов", "1 проект", "2 проекта", "5 проектов", "21 проект"],
  },
  "chartExplore.unit.projects": {
    args: (n) => ({ n, v: String(n) }),
    forms: ["0 проектов", "1 проект", "2 проекта", "5 проектов", "21 проект"],
  },
  "chartExplore.enter": {
    args: (n) => ({ title: "Т", series: n }),
    forms: ["0 рядов", "1 ряд", "2 ряда", "5 рядов", "21 ряд"],
  },
  "dataPage.rows": { args: (n) => ({ n }), forms: ["0 строк", "1 строка", "2 строки", "5 строк", "21 строка"] },
  "claim.move": {
    args: (n) => ({ dir: "up", n }),
    forms: ["выше на 0 позиций", "выше на 1 позицию", "выше на 2 позиции", "выше на 5 позиций", "выше на 21 позицию"],
  },
  "claimsPage.summary": {
    args: (n) => ({ claims: n, checks: n, agree: 1, differ: 1, cannot: 0 }),
    forms: [
      "0 утверждений, 0 проверок",
      "1 утверждение, 1 проверка",
      "2 утверждения, 2 проверки",
      "5 утверждений, 5 проверок",
      "21 утверждение, 21 проверка",
    ],
  },
  "claim.summary.group": {
    args: (n) => ({ table: "Т", claims: n, hasBases: "yes", bases: "Б" }),
    forms: [
      "Т (0 утверждений): все воспроизводятся",
      "Т (1 утверждение): воспроизводится",
      "Т (2 утверждения): все воспроизводятся",
      "Т (5 утверждений): все воспроизводятся",
      "Т (21 утверждение): воспроизводится",
    ],
  },
  "claim.summary.reproduced": {
    args: (n) => ({ reproduced: 1, claims: n, none: 0 }),
    forms: ["из 0 утверждений", "из 1 утверждения", "из 2 утверждений", "из 5 утверждений", "из 21 утверждения"],
  },
  "claim.agreeOn": {
    args: (n) => ({ agree: "some", count: 1, n }),
    forms: ["из 0 основ", "из 1 основы", "из 2 основ", "из 5 основ", "из 21 основы"],
  },
  "claim.matrix.sentence": {
    args: (n) => ({ agree: "all", count: n, agreeBases: "Б", differ: "none", cannot: "no" }),
    forms: ["на всех 0 основах", "на всех 1 основе", "на всех 2 основах", "на всех 5 основах", "на всех 21 основе"],
  },
  "claim.rank.absent": {
    args: (n) => ({ subject: "С", count: n, what: "В", expected: 12 }),
    forms: ["в число 0 стран", "в число 1 страны", "в число 2 стран", "в число 5 стран", "в число 21 страны"],
  },
  "claim.rank.explanation": {
    args: (n) => ({
      name: "С",
      rank: 3,
      tied: "no",
      value: "V",
      hasAbove: "no",
      hasBelow: "no",
      count: n,
      what: "В",
      expected: 3,
    }),
    forms: ["всего 0 стран", "всего 1 страна", "всего 2 страны", "всего 5 стран", "всего 21 страна"],
  },
  "takeaway.grouped.highlight": {
    args: (n) => ({ count: n, what: "flows", highlightName: "С", ranks: "Р", hasMissing: "no" }),
    forms: [
      "Среди 0 показанных стран",
      "Среди 1 показанной страны",
      "Среди 2 показанных стран",
      "Среди 5 показанных стран",
      "Среди 21 показанной страны",
    ],
  },
  "takeaway.bilateral.balance": {
    args: (n) => ({
      all: "yes",
      deficits: 1,
      years: n,
      contiguous: "yes",
      from: 2000,
      to: 2020,
      lastYear: 2020,
      sign: "deficit",
      balance: "B",
    }),
    forms: ["все 0 лет", "все 1 год", "все 2 года", "все 5 лет", "все 21 год"],
  },
  "figure.ranking.caption.declaring": {
    args: (n) => ({ basis: "Б", reporter: "RUS", countA: n, countB: 3, yearA: 2010, yearB: 2020 }),
    forms: ["сообщают 0 стран", "сообщают 1 страна", "сообщают 2 страны", "сообщают 5 стран", "сообщают 21 страна"],
  },
  "basis.customs.label.RUS": {
    args: (n) => ({ partners: n }),
    forms: [
      "среди 0 основных партнёров",
      "среди 1 основного партнёра",
      "среди 2 основных партнёров",
      "среди 5 основных партнёров",
      "среди 21 основного партнёра",
    ],
  },
  "claim.ranking": {
    args: (n) => ({ measure: "total", reporter: "RUS", inYear: "no", among: "customs", partners: n }),
    forms: [
      "среди 0 основных партнёров",
      "среди 1 основного партнёра",
      "среди 2 основных партнёров",
      "среди 5 основных партнёров",
      "среди 21 основного партнёра",
    ],
  },
  "data.russia-customs-main-partners.description": {
    args: (n) => ({ partners: n }),
    forms: [
      "в каждую из 0 основных стран-партнёров",
      "в каждую из 1 основной страны-партнёра",
      "в каждую из 2 основных стран-партнёров",
      "в каждую из 5 основных стран-партнёров",
      "в каждую из 21 основной страны-партнёра",
    ],
  },
  "data.russia-customs-main-partners.title": {
    args: (n) => ({ partners: n, yearMin: 2010, yearMax: 2021 }),
    forms: [
      "с 0 основными партнёрами",
      "с 1 основным партнёром",
      "с 2 основными партнёрами",
      "с 5 основными партнёрами",
      "с 21 основным партнёром",
    ],
  },
};

/** The ids of the Russian messages that hold a plural, read from the catalogue with the ICU parser. */
function pluralIds(): string[] {
  const hasPlural = (els: MessageFormatElement[]): boolean =>
    els.some(
      (e) =>
        (e.type === TYPE.plural && e.pluralType === "cardinal") ||
        ((e.type === TYPE.plural || e.type === TYPE.select) &&
          Object.values(e.options).some((o) => hasPlural(o.value))),
    );
  return Object.entries(CATALOGUES.ru)
    .filter(([, source]) => hasPlural(parse(source)))
    .map(([id]) => id)
    .sort();
}

test("every Russian message with a plural is checked here", () => {
  expect(pluralIds()).toEqual(Object.keys(PLURALS).sort());
});

describe.each(Object.entries(PLURALS))("%s", (id, { args, forms }) => {
  test.each(COUNTS.map((n, i) => [n, forms[i]]))("with %i: “%s”", (n, form) => {
    expect(message("ru", id as MessageId, args(n))).toContain(form);
  });
});

test("a deficit counted in years of years: 1 год из 2 лет, 2 года из 5 лет, 5 лет из 21 года", () => {
  const balance = (deficits: number, years: number) =>
    message("ru", "takeaway.bilateral.balance", {
      all: "no",
      deficits,
      years,
      contiguous: "yes",
      from: 2000,
      to: 2020,
      lastYear: 2020,
      sign: "other",
      balance: "B",
    });
  expect(balance(1, 2)).toContain("отрицательным 1 год из 2 лет с 2000 по 2020 г.");
  expect(balance(2, 5)).toContain("отрицательным 2 года из 5 лет");
  expect(balance(5, 21)).toContain("отрицательным 5 лет из 21 года");
  expect(balance(21, 22)).toContain("отрицательным 21 год из 22 лет");
});

test("an ordinal, a percent, a day, a month and a number in Russian", () => {
  expect(ordinalIn("ru", 10)).toBe("10-е");
  expect(percentIn("ru", 36.12, 1)).toBe("36,1\u00a0%");
  expect(formatDay("2022-02-24", "ru")).toBe("24 февраля 2022 г.");
  expect(formatMonth("2022-02", "ru")).toBe("февраль 2022 г.");
  expect(formatNumber(12004.2, 1, "ru")).toBe("12\u00a0004,2");
  expect(message("ru", "amount.millions", { unit: "EUR", v: 6416.1 })).toBe("6\u00a0416,1 млн евро");
  expect(message("ru", "amount.usdBillions", { v: 1.5 })).toBe("1,5 млрд долл. США");
});
