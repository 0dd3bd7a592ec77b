/**
 * The build process derives the data once: the CSVs and static chart SVGs (prebuild), the export images, the embeds
 * and the data catalogue all read the same derivation, counted by lib/derive/index.ts (scripts/build.ts stops if the
 * count is not 1 after postbuild). A stage that loaded and derived the data again would make the count 2 here.
 */
import path from "node:path";
import { derivationCount, derived } from "../lib/derive";
import { computeOutputs } from "../lib/publish/prebuild";
import { composedImage } from "../lib/publish/images/images";
import { catalogue } from "../lib/publish/catalogue";
import { embedHtml } from "../lib/publish/embed/embeds";
import { FIGURES } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";

const repo = path.resolve(__dirname, "..");

test("prebuild, the export images and the embeds share one derivation", () => {
  expect(derivationCount()).toBe(0);
  const outputs = computeOutputs(repo);
  expect(outputs.some((o) => o.path === "data/france-top-partners.csv")).toBe(true);
  expect(derivationCount()).toBe(1);
  expect(composedImage("bilateral-trade", "france-declared", "ru").width).toBeGreaterThanOrEqual(1600);
  expect(catalogue().find((c) => c.file === "france-top-partners.csv")?.rows).toBeGreaterThan(0);
  for (const f of FIGURES) expect(embedHtml(figureIn(f, "fr"), f.variants[0].key, "fr")).toContain("<html");
  expect(derivationCount()).toBe(1);
  expect(derived()).toBe(derived());
}, 120_000);
