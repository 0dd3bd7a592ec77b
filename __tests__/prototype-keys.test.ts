/**
 * A name read from a file is looked up in a Map (or among an object's own keys), never as a plain-object property:
 * "__proto__", "constructor" or "toString" in a workbook, in web-figures.md or in claims.csv must be refused with the
 * usual message, not found on Object.prototype (which used to crash with a TypeError or pass a function along).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readImfWorkbook, REPORTERS } from "../lib/extract/imf-workbook";
import { IMF_PARTNER_CODES } from "../lib/extract/imf-partners";
import { countryName } from "../lib/extract/country-names";
import { parseWebFigures } from "../lib/extract/web-figures";
import { parseParams } from "../lib/model/claims-spec";
import { both, workbook } from "../test-support/dots-workbook";

const FRANCE = REPORTERS[0];
const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "prototype-keys-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(KEYS)("the partner table has no %s", (key) => {
  expect(IMF_PARTNER_CODES.get(key)).toBeUndefined();
  expect(IMF_PARTNER_CODES.has(key)).toBe(false);
});

test.each(KEYS)("a workbook partner named %s is an unknown partner", async (key) => {
  writeFileSync(
    path.join(dir, "proto.xlsx"),
    workbook(
      both([
        [null, "World", 5, 6],
        [null, key, 1, 2],
      ]),
    ),
  );
  await expect(readImfWorkbook(dir, "proto.xlsx", FRANCE, 2019, 2020)).rejects.toThrow(
    new Error(`proto.xlsx [Exports, FOB]!B9: unknown IMF partner "${key}"; add it to lib/extract/imf-partners.ts`),
  );
});

test.each(KEYS)("no country name for the code %s", (key) => {
  expect(() => countryName(key)).toThrow(
    new Error(
      `no en name for ${key}: CLDR has none; list it in OVERRIDES in lib/extract/country-names.ts and name it country.${key} in every catalogue (messages/<locale>.json)`,
    ),
  );
});

test.each(KEYS)("web-figures.md: no source country called %s", (key) => {
  const md = [
    "### A1. FDI projects",
    "| figure | value | unit | year | basis | url |",
    "|---|---|---|---|---|---|",
    `| FDI projects from ${key} | 24 | projects | 2018 | EY | https://example.org |`,
    "### A2. FDI flows",
    "| figure | value | unit | year | basis | url |",
    "|---|---|---|---|---|---|",
  ].join("\n");
  expect(() => parseWebFigures(md)).toThrow(
    new Error(`web-figures.md: no source country in "FDI projects from ${key}"`),
  );
});

test.each(KEYS)("claims.csv params: data=%s is not a data source", (key) => {
  const fail = (message: string): never => {
    throw new Error(message);
  };
  expect(() => parseParams("rank", `data=${key}`, fail)).toThrow(
    new Error(`params: data=${key} is not valid for check rank (expected trade or fdi-projects)`),
  );
});
