/**
 * LibreOffice as an analyst's own Office: every PowerPoint, Word and Excel briefing file as served (out/), in every
 * language, opened by LibreOffice (Debian's Impress, Writer and Calc, headless) and printed to PDF, once for the whole
 * file (three conversions, one a format, each with its own throw-away user profile). The printed words are read back
 * with Poppler (pdftotext, word boxes from `pdftotext -bbox-layout`): the title, the units, the legend (or, on a slope
 * chart, the names at the lines' ends), the 24 February 2022 mark's label on the monthly chart, and the source are
 * there, and on the slide and in the document the title's last line ends above the units line (LibreOffice without
 * Calibri sets the slide in another face: a title box too small for it overprints the units). LibreOffice is not the
 * library that wrote the files, so what it prints is what a reader's Office shows. Needs a built site and soffice
 * (skipped with a warning without it, failed when CI=true, as the other readers are).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { derived } from "../lib/derive";
import { FIGURES } from "../lib/figures/registry";
import { figureIn } from "../lib/figures/localize";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { message } from "../lib/i18n/translate";
import { briefingOf, withoutLinksBelow } from "../lib/publish/briefing/content";

const OUT = path.join(__dirname, "..", "out");
const served = (id: string, ext: string, locale: Locale) =>
  path.join(OUT, locale === "en" ? "charts/files" : `${locale}/charts/files`, `${id}--${locale}.${ext}`);
const OFFICE = ["pptx", "docx", "xlsx"] as const;
type Office = (typeof OFFICE)[number];

const haveSoffice = !spawnSync("soffice", ["--version"]).error && !spawnSync("pdftotext", ["-v"]).error;
if (!haveSoffice) {
  const warning =
    "soffice or pdftotext is missing: install Debian's libreoffice-impress, -writer, -calc and poppler-utils (.ci/run does)";
  if (process.env.CI) throw new Error(warning);
  console.warn(`${warning}; the LibreOffice tests are skipped`);
}
const describeLo = haveSoffice ? describe : describe.skip;

let work = "";
const printed = (id: string, ext: Office, locale: Locale) => path.join(work, ext, `${id}--${locale}.pdf`);

describeLo("briefing files printed by LibreOffice", () => {
  beforeAll(() => {
    if (!existsSync(path.join(OUT, "charts/files")))
      throw new Error("out/charts/files is missing: run `npm run build` first (`npm test` does)");
    work = mkdtempSync(path.join(tmpdir(), "briefing-lo-"));
    const started = Date.now();
    for (const ext of OFFICE) {
      const files = LOCALES.flatMap((l) => FIGURES.map((f) => served(f.id, ext, l)));
      // a profile of its own: no user's settings, and no clash with a LibreOffice already running
      const profile = pathToFileURL(path.join(work, `profile-${ext}`)).href;
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          path.join(work, ext),
          ...files,
        ],
        { stdio: "ignore", timeout: 100_000 },
      );
      const made = readdirSync(path.join(work, ext)).filter((n) => n.endsWith(".pdf"));
      expect({ ext, converted: made.length }).toEqual({ ext, converted: files.length });
    }
    console.log(
      `LibreOffice printed ${OFFICE.length * LOCALES.length * FIGURES.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 115_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const d = derived();
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  // a line may break after a dash or a slash (pdftotext then writes "2019– 2020"), and pdftotext drops a hyphen that
  // ends a line ("Direction-of-" "Trade" read as "Direction-ofTrade"): compared without hyphens
  const joined = (s: string) =>
    squash(s)
      .replace(/([–\-/]) /g, "$1")
      .replace(/-/g, "");
  const textOf = (pdf: string) => joined(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));

  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false });
  type Word = { text: string; yMin: number; yMax: number };
  const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  /** The first page's words in reading order, each with its line's top and bottom (pdftotext -bbox-layout). */
  function firstPageWords(pdf: string): Word[] {
    const html = execFileSync("pdftotext", ["-bbox-layout", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" });
    type N = Record<string, unknown>;
    const page = (xml.parse(html) as N).html as N;
    const words: Word[] = [];
    const doc = (page.body as N).doc as N;
    for (const flow of list((doc.page as N).flow as N | N[]))
      for (const block of list(flow.block as N | N[]))
        for (const line of list(block.line as N | N[]))
          for (const w of list(line.word as N | N[] | string))
            words.push({
              text: typeof w === "string" ? w : String((w as N)["#text"] ?? ""),
              yMin: Number(line["@_yMin"]),
              yMax: Number(line["@_yMax"]),
            });
    return words;
  }
  /** Where `phrase` runs in `words`: the indexes of its first and last word, or undefined. */
  function find(words: Word[], phrase: string, from = 0): { first: number; last: number } | undefined {
    const want = joined(phrase);
    for (let i = from; i < words.length; i++) {
      let raw = "";
      for (let j = i; j < words.length; j++) {
        raw = `${raw} ${words[j].text}`;
        const run = joined(raw);
        if (run.length >= want.length) {
          if (run.startsWith(want)) return { first: i, last: j };
          break;
        }
        if (!want.startsWith(run)) break;
      }
    }
    return undefined;
  }

  describe.each(LOCALES.flatMap((l) => FIGURES.map((f) => [f.id, l] as const)))("%s in %s", (id, locale) => {
    const fig = figureIn(
      FIGURES.find((f) => f.id === id)!,
      locale,
    );
    const b = briefingOf(fig, d, locale, fig.variants[0].key);
    const slope = b.chart.reversed;
    // the words the chart names its series with: the default view's legend, or on a slope chart the lines' names
    const seriesNames = slope ? b.chart.series.map((s) => s.name) : fig.legend(b.variant).map((s) => s.label);
    const mark = id === "fr-ru-monthly" ? [message(locale, "figure.fr-ru-monthly.mark")] : [];

    test.each(OFFICE)("%s: title, units, legend, mark and source printed", (ext) => {
      const text = textOf(printed(id, ext, locale));
      const source = ext === "pptx" ? withoutLinksBelow(b.source, locale) : b.source;
      const charted = ext === "xlsx" ? [] : [...seriesNames, ...mark];
      const missing = [b.title, b.units, source, ...charted].filter((s) => !text.includes(joined(s)));
      expect(missing).toEqual([]);
    });

    test.each(["pptx", "docx"] as const)("%s: the title's last line ends above the units line", (ext) => {
      const words = firstPageWords(printed(id, ext, locale));
      const title = find(words, b.title);
      expect(title).toBeDefined();
      const units = find(words, b.units, title!.last + 1);
      expect(units).toBeDefined();
      const last = words[title!.last];
      const first = words[units!.first];
      // a line's box runs from the ascender to the descender: lines of one paragraph overlap a little; a title
      // printed over the units line overlaps it by more than a quarter of the title's line
      const slack = 0.25 * (last.yMax - last.yMin);
      expect({ ext, unitsTop: first.yMin >= last.yMax - slack }).toEqual({ ext, unitsTop: true });
    });
  });
});
