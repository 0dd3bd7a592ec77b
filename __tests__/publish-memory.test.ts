/**
 * The publish stage runs in memory: postbuild() over memoryFiles(out/) computes every file a static host serves
 * beside the pages without touching the disk, and what it computes is checked here by independent means (sha256 and
 * byte counts of the served CSVs computed in the test, PNG signatures, one _headers rule per page).
 * Needs a built site (npm test builds first).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { diskFiles, memoryFiles } from "../lib/publish/files";
import { postbuild } from "../lib/publish/postbuild";
import { servedCsvFiles } from "../lib/publish/csv-files";
import { derivedFrom } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import { headersFor, parseHeaders } from "../lib/publish/headers-file";

const OUT = path.join(__dirname, "..", "out");

function snapshot(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(path.join(dir, f)).isFile(),
  );
  return new Map(files.map((f) => [f, statSync(path.join(dir, f)).mtimeMs]));
}

test("out/ is built", () => {
  expect(existsSync(path.join(OUT, "index.html"))).toBe(true);
});

describe("postbuild in memory", () => {
  const before = snapshot(OUT);
  const site = memoryFiles(diskFiles(OUT));
  // the served CSVs as the build computes them; the briefing files are checked on their own (briefing-files.test.ts)
  const repo = path.join(__dirname, "..");
  const csvs = servedCsvFiles(repo, derivedFrom(path.join(repo, "data")));
  const written = postbuild(site, { csvs, briefing: [] });
  const after = snapshot(OUT);

  test("writes nothing to disk", () => {
    expect(after).toEqual(before);
  });

  test("writes the sitemap, an image pair and an embed per view, the data package and _headers", () => {
    expect(written).toEqual(
      expect.arrayContaining([
        "sitemap.xml",
        "robots.txt",
        "datapackage.json",
        "data/fr-ru-trade-data.zip",
        "_headers",
        "embed-resize.js",
      ]),
    );
    // one image and one embed a view: the default view at the figure's address, another under its own name
    expect(written.filter((p) => /^charts\/img\/.+\.png$/.test(p)).sort()).toEqual(
      FIGURES.flatMap((f) => f.variants.map((v, i) => `charts/img/${f.id}${i ? `--${v.key}` : ""}.png`)).sort(),
    );
    expect(written.filter((p) => /^embed\/.+\/index\.html$/.test(p)).sort()).toEqual(
      FIGURES.flatMap((f) => f.variants.map((v, i) => `embed/${f.id}/${i ? `${v.key}/` : ""}index.html`)).sort(),
    );
    expect(written).toContain("charts/img/russia-top-partners-total--customs.png");
    expect(new Set(written).size).toBe(written.length);
    for (const p of written.filter((f) => f.endsWith(".png"))) {
      expect(site.written.get(p)!.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    }
  });

  test("the data package describes the CSVs as served (hash and size computed here)", () => {
    const pkg = JSON.parse(site.written.get("datapackage.json")!.toString("utf8")) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(pkg.resources.length).toBeGreaterThanOrEqual(11);
    for (const r of pkg.resources) {
      const buf = readFileSync(path.join(OUT, r.path));
      expect([r.path, r.bytes, r.hash]).toEqual([
        r.path,
        buf.length,
        `sha256:${createHash("sha256").update(buf).digest("hex")}`,
      ]);
    }
  });

  test("_headers has a Content-Security-Policy rule for every page, including the embeds written in memory", () => {
    const headers = site.written.get("_headers")!.toString("utf8");
    for (const url of [
      "/",
      "/en/charts/bilateral-trade/",
      "/fr/claims/",
      "/en/data/",
      "/charts/bilateral-trade/",
      "/embed/fdi-flows/",
      "/fr/embed/fdi-flows/",
    ]) {
      const csp = headersFor(parseHeaders(headers), url).headers.filter(([k]) => k === "Content-Security-Policy");
      expect({ url, policies: csp.length }).toEqual({ url, policies: 1 });
      expect(csp[0][1]).toMatch(/script-src '(self|sha256-[^']+)'/);
    }
  });
});
