/**
 * A language is one catalogue and one line of the locale table. This test proves it on a copy of the project: it
 * adds messages/xx.json, a pseudo-translation of the English catalogue (every message wrapped in ‹ › (marks the export images’ font can draw), so any word on
 * a page that did not come through the catalogue shows up unwrapped, plus the claims' text from data/claims.csv), and
 * one line to lib/i18n/locales.ts, touches nothing else, then runs `npm run data` (countries.csv gets its name_xx
 * column from CLDR) and the whole build. Every page kind, image, embed, oEmbed file and briefing file must exist
 * under /xx/, worded by the pseudo-catalogue. Slow (one data run and one full build, ~2 min): the copy lives in
 * .scratch/ (ignored by git, the linters and jest) so that it resolves the project's packages, and is removed
 * afterwards.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { decodeHTMLStrict } from "entities";
import { FIGURES } from "../lib/figures/registry";
import { DEFAULT_LOCALE, LOCALES } from "../lib/i18n/locales";
import { PAGES } from "../lib/figures/pages";
import { BRIEFING_EXTS } from "../lib/publish/briefing/formats";

const repo = path.resolve(__dirname, "..");
const copy = path.join(repo, ".scratch", `pseudo-locale-${process.pid}`);
const out = path.join(copy, "out");
const LINE = `  xx: { tag: "en-XA", endonym: "Pseudo" },`;

/** The site's tracked files, as git lists them (so a stale out/ or generated/ never gets in): the tests, which speak
 *  of English and French by name, stay behind. */
function trackedFiles(): string[] {
  const ls = spawnSync("git", ["ls-files", "-z"], { cwd: repo, encoding: "utf8" });
  if (ls.status !== 0) throw new Error(`git ls-files: ${ls.stderr}`);
  const tests = /^(__tests__|e2e|test-support|bench)\//;
  // without the lock file: Next then takes the project's root (whose node_modules the copy uses) as its workspace
  return ls.stdout
    .split("\0")
    .filter((f) => f && f !== "package-lock.json" && !tests.test(f) && existsSync(path.join(repo, f)));
}

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.join(copy, script), ...args], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0)
    throw new Error(`${script} exited with ${r.status}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
}

beforeAll(() => {
  rmSync(copy, { recursive: true, force: true });
  for (const f of trackedFiles()) {
    mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    cpSync(path.join(repo, f), path.join(copy, f));
  }
  // the catalogue: every English message wrapped (text outside ICU arguments, so it stays a valid message)
  const en: Record<string, string> = JSON.parse(readFileSync(path.join(repo, "messages", "en.json"), "utf8"));
  const xx = Object.fromEntries(Object.entries(en).map(([id, m]) => [id, `‹${m}›`]));
  // the claims' own text, which English keeps in data/claims.csv
  const claims = Papa.parse<Record<string, string>>(readFileSync(path.join(repo, "data", "claims.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  for (const c of claims) {
    xx[`claim.${c.id}.statement`] = `‹${c.statement}›`;
    xx[`claim.${c.id}.articleValue`] = `‹${c.article_value}›`;
  }
  writeFileSync(path.join(copy, "messages", "xx.json"), JSON.stringify(xx, null, 2) + "\n");
  // the one line
  const locales = path.join(copy, "lib", "i18n", "locales.ts");
  const table = readFileSync(locales, "utf8");
  const withXx = table.replace(/(\n {2}fr: \{[^\n]*\},\n)/, `$1${LINE}\n`);
  if (withXx === table) throw new Error("lib/i18n/locales.ts: the locale table's fr line was not found");
  writeFileSync(locales, withXx);
  run("scripts/build-data.ts", []);
  run("scripts/build.ts", [copy]);
}, 1_200_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const page = (rel: string) => readFileSync(path.join(out, rel), "utf8");
/** The visible text of a page: scripts, styles and tags taken out. */
const text = (html: string) =>
  decodeHTMLStrict(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  );

test("the one line and the catalogue are the whole change", () => {
  const diff = spawnSync("git", ["diff", "--no-index", "--numstat", path.join(repo, "lib"), path.join(copy, "lib")], {
    encoding: "utf8",
  });
  expect(diff.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^1\t0\t.*lib\/i18n\/locales\.ts$/)]);
});

test("countries.csv has the new language's names, from CLDR", () => {
  const header = readFileSync(path.join(copy, "data", "countries.csv"), "utf8").split("\n")[0];
  // a name column per language, in the locale table's order: the new line comes right after French's
  const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE).flatMap((l) => (l === "fr" ? ["fr", "xx"] : [l]));
  expect(header).toBe(`code,name,${others.map((l) => `name_${l}`).join(",")},imf_name,kind`);
});

describe("every page kind exists in the new language, worded by its catalogue", () => {
  const pages = [
    "xx/index.html",
    ...PAGES.map((p) => `xx/charts/${p.slug}/index.html`),
    "xx/claims/index.html",
    "xx/data/index.html",
    ...FIGURES.map((f) => `xx/embed/${f.id}/index.html`),
  ];
  test.each(pages)("%s", (rel) => {
    const html = page(rel);
    expect(html).toContain("‹");
    // its frame, title and language are the new language's
    expect(html).toMatch(/<title>[^<]*‹/);
  });

  test("the chart pages' takeaways, headlines and tables are the catalogue's", () => {
    const bilateral = text(page("xx/charts/bilateral-trade/index.html"));
    expect(bilateral).toContain("‹France–Russia goods trade by year›");
    expect(bilateral).toContain("‹France-declared›");
    expect(text(page("xx/claims/index.html"))).toContain(
      "‹In 2010 Russia ranked tenth among France's trading partners",
    );
  });

  test("the other languages' pages link the new one, named by its endonym, titled in its own words", () => {
    for (const rel of ["en/index.html", "fr/charts/bilateral-trade/index.html"]) {
      const html = page(rel);
      expect(html).toContain('hrefLang="xx"');
      expect(html).toMatch(/<a [^>]*hrefLang="xx"[^>]*title="‹Read in English›"[^>]*>Pseudo<\/a>/);
    }
  });
});

describe("images, embeds and briefing files exist in the new language", () => {
  test.each(FIGURES.map((f) => f.id))("%s", (id) => {
    for (const ext of ["png", "svg"])
      expect(existsSync(path.join(out, "xx", "charts", "img", `${id}.${ext}`))).toBe(true);
    expect(readFileSync(path.join(out, "xx", "charts", "img", `${id}.svg`), "utf8")).toContain("‹");
    const oembed = JSON.parse(readFileSync(path.join(out, "xx", "embed", id, "oembed.json"), "utf8"));
    expect(oembed.title).toMatch(/^‹/);
    for (const ext of BRIEFING_EXTS)
      expect(existsSync(path.join(out, "xx", "charts", "files", `${id}--xx.${ext}`))).toBe(true);
  });
});
