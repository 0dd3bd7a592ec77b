/**
 * What a reader takes away is the view she is looking at. In Chromium, on the Russia page in each language: a
 * reader switches Russia's partners to the partner-declared (mirror) view, and every file the page then offers holds
 * that view: the view's own CSV (the whole CSV's lines for that measure and basis, no other), the export PNG and SVG,
 * the PowerPoint, Word, Excel and PDF files (read with unzip + an XML parser and Poppler), the embed code, its oEmbed
 * and embed page, and the citation; every file is named for the figure, the view and the language. The default
 * view's block is hidden meanwhile, and comes back with its view.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { XMLParser } from "fast-xml-parser";
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { keepLocal } from "./helpers/page";
import { siteInBrowser } from "./helpers/setup";
import { zipParts } from "../test-support/zip-parts";

const site = siteInBrowser();
const FIG = "russia-top-partners-total";
const VIEW = "partner-declared";
const DEFAULT = "belarus-filled";
/** the view's label as the catalogues word it (messages/<locale>.json: basis.partner-declared.label.RUS) */
const LABEL = {
  en: "Partner-declared (mirror)",
  fr: "Déclarations des partenaires (miroir)",
  ru: "По данным партнёров (зеркальные)",
} as const;

/** The whole CSV as served, read independently: its header and rows as text cells. */
function wholeCsv(): { header: string[]; lines: string[]; rows: Record<string, string>[] } {
  const text = readFileSync("out/data/russia-top-partners.csv", "utf8");
  const lines = text.trimEnd().split("\n");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { header: lines[0].split(","), lines, rows: parsed.data };
}

/** Every text of an XML part, entities decoded, joined by spaces. */
function xmlText(xml: string): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === "string" || typeof node === "number") texts.push(String(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: true }).parse(xml));
  return texts.join(" ");
}

async function chooseView(page: Page, view: string) {
  await page.check(`figure#${FIG} fieldset input[value="${view}"]`);
  await page
    .locator(`[data-view-files="${FIG}"] > [data-view-files-panel="${view}"] [data-downloads] a`)
    .first()
    .waitFor();
}

site.describeBrowser("every view taken away as shown", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "view-files-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const locale of ["en", "fr", "ru"] as const) {
    test(`${locale}: after choosing the mirror view, every download, the embed and the citation hold it`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await keepLocal(context, site.server.origin);
      const page = await context.newPage();
      try {
        await page.goto(site.server.url(`/${locale}/charts/russia-top-partners/`), { waitUntil: "networkidle" });
        await chooseView(page, VIEW);
        const block = page.locator(`[data-view-files="${FIG}"] > [data-view-files-panel="${VIEW}"]`);
        await expect(block.isVisible()).resolves.toBe(true);
        // the default view's block is hidden: one set of buttons on screen, the view's
        await expect(
          page.locator(`[data-view-files="${FIG}"] > [data-view-files-panel="${DEFAULT}"]`).isVisible(),
        ).resolves.toBe(false);
        await expect(block.innerText()).resolves.toContain(LABEL[locale]);

        const links = await block
          .locator("[data-downloads] a")
          .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href")!, file: a.getAttribute("download")! })));
        const byExt = (ext: string) => links.filter((l) => l.file.endsWith(`.${ext}`));
        const get = async (href: string) => {
          const res = await page.request.get(site.server.url(href));
          expect({ href, status: res.status() }).toEqual({ href, status: 200 });
          return res.body();
        };

        // the view's CSV: exactly the whole CSV's lines of the total measure on the mirror basis
        const [viewCsv, allCsv] = byExt("csv");
        expect(viewCsv.file).toBe(`${FIG}--${VIEW}.csv`);
        expect(allCsv.file).toBe("russia-top-partners.csv");
        const whole = wholeCsv();
        const mi = whole.header.indexOf("measure");
        const bi = whole.header.indexOf("basis");
        const expected = whole.lines.filter((l, i) => {
          if (i === 0) return true;
          const r = whole.rows[i - 1];
          return r.measure === "total" && r.basis === VIEW && l.split(",")[mi] === "total" && l.split(",")[bi] === VIEW;
        });
        expect(expected.length).toBeGreaterThan(20);
        expect((await get(viewCsv.href)).toString("utf8").trimEnd().split("\n")).toEqual(expected);
        const france2020 = whole.rows.find(
          (r) => r.measure === "total" && r.basis === VIEW && r.year === "2020" && r.partner === "FRA",
        )!;
        const franceDefault = whole.rows.find(
          (r) => r.measure === "total" && r.basis === DEFAULT && r.year === "2020" && r.partner === "FRA",
        )!;
        expect(france2020.total_usd_m).not.toBe(franceDefault.total_usd_m);

        // every other file is named for the figure, the view and the language
        for (const ext of ["png", "svg", "pptx", "docx", "xlsx", "pdf"]) {
          const [l] = byExt(ext);
          expect({ ext, file: l.file }).toEqual({ ext, file: `${FIG}--${VIEW}--${locale}.${ext}` });
        }
        const svg = (await get(byExt("svg")[0].href)).toString("utf8");
        expect(svg).toContain(`data-variant="${VIEW}"`);
        expect(/<desc>([\s\S]*?)<\/desc>/.exec(svg)![1]).toContain(LABEL[locale]);
        const png = PNG.sync.read(await get(byExt("png")[0].href));
        expect(png.width).toBeGreaterThanOrEqual(1600);

        // the workbook holds the view's numbers and says which view: France's 2020 total on the mirror basis
        const xlsx = await zipParts(await get(byExt("xlsx")[0].href));
        const strings = xmlText(xlsx.get("xl/sharedStrings.xml")?.toString("utf8") ?? "");
        const sheets = [...xlsx.keys()].filter((k) => k.startsWith("xl/worksheets/sheet"));
        const cells = sheets.map((k) => xmlText(xlsx.get(k)!.toString("utf8"))).join(" ");
        expect(`${strings} ${cells}`).toContain(LABEL[locale]);
        expect(cells.split(/\s+/)).toContain(france2020.total_usd_m);
        // the slide and the note say which view
        const pptx = await zipParts(await get(byExt("pptx")[0].href));
        expect(xmlText(pptx.get("ppt/slides/slide1.xml")!.toString("utf8"))).toContain(LABEL[locale]);
        const docx = await zipParts(await get(byExt("docx")[0].href));
        expect(xmlText(docx.get("word/document.xml")!.toString("utf8"))).toContain(LABEL[locale]);
        // the PDF, read by Poppler: the view's label under the title
        const pdf = path.join(dir, `${locale}.pdf`);
        writeFileSync(pdf, await get(byExt("pdf")[0].href));
        const pdfText = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        expect(pdfText).toContain(LABEL[locale]);

        // the embed code points at the view's embed, whose page draws the view, described by the view's takeaways
        await block.locator(`[data-embed-panel="${FIG}--${VIEW}"] summary`).click();
        const code = await block.locator(`textarea#${FIG}--${VIEW}-embed-code`).inputValue();
        const src = /src="([^"]+)"/.exec(code)![1];
        const embedPath = `${locale === "en" ? "" : `/${locale}`}/embed/${FIG}/${VIEW}/`;
        expect(new URL(src).pathname).toBe(embedPath);
        const embed = (await get(embedPath)).toString("utf8");
        expect(embed).toContain(`data-view="${VIEW}"`);
        const takeaways = await page
          .locator(`figure#${FIG} [data-variant-panel="${VIEW}"] [data-takeaways] li`)
          .allInnerTexts();
        expect(takeaways.length).toBeGreaterThan(1);
        const embedTakeaways = /<p id="takeaways" hidden>([^<]*)<\/p>/.exec(embed)![1];
        expect(xmlText(`<p>${embedTakeaways}</p>`)).toBe(takeaways.join(" "));
        const oembedHref = await block.locator(`a[href$="oembed.json"]`).getAttribute("href");
        expect(oembedHref).toBe(`${embedPath}oembed.json`);
        const oembed = JSON.parse((await get(oembedHref!)).toString("utf8")) as { title: string; html: string };
        expect(oembed.title).toContain(LABEL[locale]);
        expect(oembed.html).toContain(`${embedPath}"`);

        // the citation names the view and links to it
        await block.locator(`[data-cite-panel="${FIG}--${VIEW}"] summary`).click();
        const cite = await block.locator(`textarea#${FIG}--${VIEW}-cite-text`).inputValue();
        expect(cite).toContain(LABEL[locale]);
        expect(cite).toContain(`?${FIG}=${VIEW}#${FIG}`);

        // back to the default view: its block again, naming its own files
        await chooseView(page, DEFAULT);
        await expect(block.isVisible()).resolves.toBe(false);
        const back = page.locator(`[data-view-files="${FIG}"] > [data-view-files-panel="${DEFAULT}"]`);
        await expect(back.locator(`[data-downloads] a[download$=".pptx"]`).getAttribute("download")).resolves.toBe(
          `${FIG}--${DEFAULT}--${locale}.pptx`,
        );
      } finally {
        await context.close();
      }
    });
  }
});
