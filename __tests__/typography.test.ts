/**
 * One full stop where a sentence ends on an abbreviation (lib/i18n/typography.ts): the rules on known answers, a
 * Russian message whose last argument is a date ending in "г.", and the built site: no page, panel file or Word
 * document in any language has a word followed by exactly two full stops ("г..", "гг.."), and no citation drops
 * an abbreviation's full stop ("2021 г,"). Needs a built site for the last part: `npm test` builds first.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { endSentence, oneFullStop, withoutFinalStop } from "../lib/i18n/typography";
import { translate } from "../lib/i18n/translate";
import { zipParts } from "../test-support/zip-parts";

test("the rules, on known answers", () => {
  expect(oneFullStop("с 2019 г..")).toBe("с 2019 г.");
  expect(oneFullStop("wait...")).toBe("wait...");
  expect(endSentence("2010 и 2020 гг.")).toBe("2010 и 2020 гг.");
  expect(endSentence("USD millions")).toBe("USD millions.");
  expect(withoutFinalStop("calculations by this site.")).toBe("calculations by this site");
  expect(withoutFinalStop("DG Trésor, 18 июня 2021 г.")).toBe("DG Trésor, 18 июня 2021 г.");
  expect(withoutFinalStop("the U.S.")).toBe("the U.S.");
});

test("a Russian sentence ending on a month ends with the month's own full stop", () => {
  const plan = {
    id: "takeaway.monthly.end" as const,
    args: { exportsEnd: { month: "2024-08" }, importsEnd: { month: "2022-11" } },
  };
  const ctx = { country: () => "" };
  expect(translate("ru", plan, ctx)).toBe(
    "Последний месяц в источниках: экспорт — август 2024 г., импорт — ноябрь 2022 г.",
  );
  expect(translate("en", plan, ctx)).toMatch(/November 2022 for imports\.$/);
});

const OUT = path.join(__dirname, "..", "out");
(existsSync(path.join(OUT, "index.html")) ? test : test.skip)(
  "the built site: no word followed by exactly two full stops, no abbreviation's full stop dropped before a comma",
  async () => {
    const files = readdirSync(OUT, { recursive: true, encoding: "utf8" });
    const texts: [string, string][] = files
      .filter((f) => /\.(html|json)$/.test(f))
      .map((f) => [f, readFileSync(path.join(OUT, f), "utf8")]);
    for (const f of files.filter((x) => x.endsWith(".docx")))
      texts.push([f, (await zipParts(readFileSync(path.join(OUT, f)))).get("word/document.xml")!.toString("utf8")]);
    expect(texts.length).toBeGreaterThan(500);
    const bad = texts.flatMap(([f, t]) =>
      [...t.matchAll(/.{0,30}(\p{L}\.\.(?!\.)|\d г,).{0,10}/gu)].map((m) => `${f}: …${m[0]}…`),
    );
    expect(bad).toEqual([]);
  },
);
