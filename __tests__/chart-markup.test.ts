/**
 * The chart SVGs put into the pages' placeholders after `next build` (lib/publish/chart-markup.ts): into the HTML's
 * markup only (never its scripts), described by the takeaways; a placeholder without its SVG stops the build naming the page and the placeholder. On the built site,
 * every placeholder holds its slot's render (lib/publish/chart-svg/read.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chartMarkupFiles, injectChartsInHtml } from "../lib/publish/chart-markup";
import type { ChartSlot } from "../lib/publish/chart-slot";
import { staticChart } from "../lib/publish/chart-svg/read";
import type { Locale } from "../lib/i18n/locales";
import { memoryFiles } from "../lib/publish/files";

const SVG =
  '<svg class="recharts-surface" data-figure="f" data-variant="v" viewBox="0 0 760 10"><path d="M0 0"/></svg>';
const fixtureSvg = (s: ChartSlot) => {
  if (s.figure !== "f") throw new Error(`no render of ${s.figure}/${s.variant}/${s.width}`);
  return SVG;
};

const page = [
  '<html><body><div class="hidden sm:block" data-chart-svg="f/v/760/fr" data-describedby="f-v-takeaways"></div>',
  '<div data-chart-svg="f/v/340/en"></div>',
  '<script>var x = "<div data-chart-svg=\\"f/v/760/fr\\"></div>";</script>',
  "</body></html>",
].join("");

test("the HTML's placeholders get their SVG (described by the takeaways where named); its scripts are untouched", () => {
  const { html, placed } = injectChartsInHtml("fr/charts/x/index.html", page, fixtureSvg);
  expect(placed).toBe(2);
  expect(html).toBe(
    [
      '<html><body><div class="hidden sm:block" data-chart-svg="f/v/760/fr" data-describedby="f-v-takeaways">',
      '<svg class="recharts-surface" aria-describedby="f-v-takeaways" data-figure="f" data-variant="v" viewBox="0 0 760 10"><path d="M0 0"/></svg></div>',
      `<div data-chart-svg="f/v/340/en">${SVG}</div>`,
      page.slice(page.indexOf("<script>")),
    ].join(""),
  );
});

test("a placeholder with no SVG stops the build, naming the page and the placeholder", () => {
  const site = memoryFiles();
  site.write("en/index.html", '<body><div data-chart-svg="f/v/340/en"></div></body>');
  site.write("fr/charts/y/index.html", '<body><div data-chart-svg="nope/v/760/fr"></div></body>');
  expect(() => chartMarkupFiles(site, fixtureSvg)).toThrow(
    'fr/charts/y/index.html: placeholder data-chart-svg="nope/v/760/fr" has no SVG: no render of nope/v/760',
  );
  // with the real renders: a figure prebuild never drew
  expect(() => chartMarkupFiles(site)).toThrow(
    /^en\/index\.html: placeholder data-chart-svg="f\/v\/340\/en" has no SVG/,
  );
});

test("an on-demand placeholder (a view fetched when chosen) is served as a file, left empty; one naming a missing chart stops the build", () => {
  const site = memoryFiles();
  site.write(
    "fr/charts/x/index.html",
    '<body><div data-chart-svg-on-demand="f/v/760/fr" data-describedby="f-v-takeaways"></div></body>',
  );
  // served focusable (the exploration layer takes a chart on its first focus; a page's own charts are made focusable
  // by the page script)
  expect(chartMarkupFiles(site, fixtureSvg)).toEqual([
    { path: "charts/svg/fr/f--v--760.svg", content: SVG.replace("<svg ", '<svg tabindex="0" ') },
  ]);
  site.write("en/charts/y/index.html", '<body><div data-chart-svg-on-demand="nope/v/760/en"></div></body>');
  expect(() => chartMarkupFiles(site, fixtureSvg)).toThrow(
    'en/charts/y/index.html: placeholder data-chart-svg-on-demand="nope/v/760/en" has no SVG: no render of nope/v/760',
  );
  // with the real renders: a view prebuild never drew
  const real = memoryFiles();
  real.write(
    "en/index.html",
    '<body><div data-chart-svg-on-demand="russia-top-partners-total/nope/760/en"></div></body>',
  );
  expect(() => chartMarkupFiles(real)).toThrow(
    /^en\/index\.html: placeholder data-chart-svg-on-demand="russia-top-partners-total\/nope\/760\/en" has no SVG/,
  );
  const filled = memoryFiles();
  filled.write("en/index.html", `<body><div data-chart-svg-on-demand="f/v/760/en">${SVG}</div></body>`);
  expect(() => chartMarkupFiles(filled, fixtureSvg)).toThrow(
    'en/index.html: placeholder data-chart-svg-on-demand="f/v/760/en" is not empty',
  );
});

test("a malformed or already filled placeholder stops the build", () => {
  expect(() => injectChartsInHtml("p.html", '<div data-chart-svg="f/v/wide/en"></div>', fixtureSvg)).toThrow(
    'p.html: placeholder data-chart-svg="f/v/wide/en": the name is not <figure>/<variant>/<width>/<locale>',
  );
  expect(() => injectChartsInHtml("p.html", '<div data-chart-svg="f/v/760/en"><svg></svg></div>', fixtureSvg)).toThrow(
    'p.html: placeholder data-chart-svg="f/v/760/en" is not empty and does not hold its SVG',
  );
});

test("run again over its own output, it changes nothing", () => {
  const once = injectChartsInHtml("p.html", page, fixtureSvg).html;
  expect(injectChartsInHtml("p.html", once, fixtureSvg)).toEqual({ html: once, placed: 0 });
});

test("a page whose script still carries SVG markup stops the build", () => {
  const site = memoryFiles();
  site.write(
    "en/index.html",
    `<body><div data-chart-svg="f/v/340/en"></div><script type="application/json" data-site-script="">["${SVG.replace(/"/g, '\\"')}"]</script></body>`,
  );
  expect(() => chartMarkupFiles(site, fixtureSvg)).toThrow(
    "en/index.html: a script holds SVG markup (a chart rendered without its placeholder?)",
  );
});

const OUT = path.join(__dirname, "..", "out");
(existsSync(path.join(OUT, "en")) ? test : test.skip)(
  "built site: every placeholder holds the SVG drawn for its slot (without recharts' inner class names), and no page's script holds SVG",
  () => {
    const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".html"));
    let placeholders = 0;
    for (const p of pages) {
      const html = readFileSync(path.join(OUT, p), "utf8");
      for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
        expect([p, /<svg/i.test(m[1])]).toEqual([p, false]);
      for (const m of html.matchAll(
        /<div[^>]*data-chart-svg="([^"/]+)\/([^"/]+)\/(\d+)\/([a-z]{2})"([^>]*)>(<svg[\s\S]*?<\/svg>)<\/div>/g,
      )) {
        placeholders++;
        const file = staticChart(m[1], m[2], Number(m[3]), m[4] as Locale).svg;
        const describedBy = /data-describedby="([^"]+)"/.exec(m[0])?.[1];
        const described = file.replace('<svg class="recharts-surface"', `$& aria-describedby="${describedBy}"`);
        // the drawing itself (every element but the groups, with its attributes but class names, and its text),
        // with one class name left: the root's, which the pages' stylesheet styles
        const drawing = (svg: string) =>
          [...svg.replace(/\sclass="[^"]*"/g, "").matchAll(/<[^>]*>|[^<]+/g)]
            .map((x) => x[0])
            .filter((x) => !/^<\/?g[\s>/]/.test(x));
        expect(drawing(m[6])).toEqual(drawing(describedBy ? described : file));
        expect([...m[6].matchAll(/\sclass="([^"]*)"/g)].map((c) => c[1])).toEqual(["recharts-surface"]);
      }
      expect([p, (html.match(/data-chart-svg="[^"]*"[^>]*><\/div>/g) ?? []).length]).toEqual([p, 0]);
    }
    expect(placeholders).toBeGreaterThan(20);
    // the French pages hold the French renders: one French page's first chart is French, not the English file
    const fr = readFileSync(path.join(OUT, "fr", "charts", "bilateral-trade", "index.html"), "utf8");
    expect(fr).toContain('data-chart-svg="bilateral-trade/france-declared/340/fr"');
    const inner = (locale: Locale) =>
      staticChart("bilateral-trade", "france-declared", 340, locale)
        .svg.match(/<text\b[\s\S]*?<\/text>/g)!
        .join("");
    const textsIn = (html: string) =>
      (
        /data-chart-svg="bilateral-trade\/france-declared\/340\/fr"[^>]*>(<svg[\s\S]*?<\/svg>)/
          .exec(html)![1]
          .match(/<text\b[\s\S]*?<\/text>/g) ?? []
      )
        .join("")
        .replace(/\sclass="[^"]*"/g, "");
    expect(inner("fr")).not.toBe(inner("en"));
    expect(textsIn(fr)).toBe(inner("fr").replace(/\sclass="[^"]*"/g, ""));
    expect(textsIn(fr)).not.toBe(inner("en").replace(/\sclass="[^"]*"/g, ""));
  },
);
