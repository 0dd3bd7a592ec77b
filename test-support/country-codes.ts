/**
 * The codes of data/countries.csv whose kind is "country" (what a ranking may rank), read by hand, line by line: the
 * first and last fields of each line, so a quoted name holding a comma cannot shift them. The tests that recompute
 * ranks from raw files share it instead of each splitting the file again.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export function countryCodes(root = path.resolve(__dirname, "..")): Set<string> {
  return new Set(
    readFileSync(path.join(root, "data", "countries.csv"), "utf8")
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","))
      .filter((c) => c[c.length - 1] === "country")
      .map((c) => c[0]),
  );
}
