/**
 * The CSV downloads in the built site (out/data/) are byte-identical to the data files, and the derived ones are
 * exactly what the data module produces for the charts. Needs a built site: `npm test` builds first.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { toCsv } from "../lib/model/csv-write";
import { derivedTables } from "../lib/derive/tables";
import { loadDataset } from "../lib/model/load";
import { SCHEMAS } from "../lib/model/schemas";
import { SERVED_CSVS } from "../lib/publish/served-csvs";
import { claimsCsv } from "../lib/derive/claims/evaluate";

const root = path.resolve(__dirname, "..");
const served = (file: string) => readFileSync(path.join(root, "out/data", file));

beforeAll(() => {
  if (!existsSync(path.join(root, "out/index.html"))) throw new Error("out/ is missing: run `npm run build` first (`npm test` does)");
});

test.each([...Object.keys(SCHEMAS), "claims.csv"])("out/data/%s is byte-identical to data/%s", (file) => {
  expect(served(file).equals(readFileSync(path.join(root, "data", file)))).toBe(true);
});

test("derived CSVs are the data module's output, byte for byte", () => {
  const ds = loadDataset();
  for (const [file, t] of Object.entries(derivedTables(ds))) {
    expect(served(file).toString("utf8")).toBe(toCsv(t.schema.fields.map((f) => f.name), t.rows));
  }
  expect(served("claims-results.csv").toString("utf8")).toBe(claimsCsv(ds));
});

test("every served CSV is in the registry that documents it, and vice versa", () => {
  const files = readdirSync(path.join(root, "out/data")).filter((f: string) => f.endsWith(".csv")).sort();
  expect(files).toEqual(SERVED_CSVS.map((c) => c.file).sort());
});
