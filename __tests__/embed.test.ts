/**
 * Embeds (the static charts drawn in memory; some checks read the built out/): each embed page is standalone (no request to load
 * anything, no script but the height script, whose hash is the exported constant), ≤ 30 KB gzip, shows title,
 * units, legend, both chart renders, source and a link back, and sets the chart colours for both themes (the height
 * script runs in Chromium: e2e/embed.test.ts). The resizer is run in a sandbox: it only obeys a message from an iframe of ours (src on the origin of the resizer's own src, under
 * /embed/), never one from another iframe of the host page. oEmbed JSON is complete. Expected values are written
 * here, not recomputed by lib/: the units lines as literals, the CSP hash helper against the CSP spec's example, the
 * iframe's starting height against the wide chart's viewBox read from the page. The policy each built embed is served
 * with (out/_headers, both languages; needs `npm run build`) is written here directive by directive, its one script
 * and one style hash the sha256 (node:crypto) of the page's inline script and style as parse5 reads them from
 * out/embed/<id>/index.html: it allows exactly those and nothing else.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { PNG } from "pngjs";
import { FIGURES } from "../lib/figures/registry";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../lib/i18n/locales";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import { CHART_TOKENS } from "../lib/figures/theme";
import { embedCode } from "../lib/publish/embed/code";
import {
  EMBED_MESSAGE,
  EMBED_SCRIPT_SHA256,
  EMBED_STYLE,
  EMBED_STYLE_SHA256,
  embedFiles,
  HEIGHT_SCRIPT,
  RESIZER_SCRIPT,
  type OEmbed,
} from "../lib/publish/embed/embeds";
import { sha256 } from "../lib/publish/embed/script";
import { withoutChartClasses } from "../lib/publish/chart-svg/compact-svg";
import { staticChart } from "../lib/publish/chart-svg/read";
import { escapeAttr, escapeText } from "../lib/html";
import { SITE } from "../lib/site";
import { figureIn } from "../lib/figures/localize";
import { headersFor, parseHeaders } from "../lib/publish/headers-file";
import {
  attrOf,
  byTag,
  cspHashSource,
  inlineScriptTexts,
  inlineStyleTexts,
  policyDirectives,
  textOf,
} from "../test-support/html-tree";

const files = new Map(embedFiles().map((f) => [f.path, String(f.content)]));
const MAX_GZIP = 30 * 1024;

/** The units line under each embed's title, as a reader sees it (units, then the basis shown when there is one). */
const UNITS: Record<string, string> = {
  "bilateral-trade": "USD millions, current prices · France-declared",
  "france-top-partners": "Rank by total goods trade (exports + imports), USD basis · France-declared",
  "russia-top-partners-total":
    "Rank by total trade (exports + imports), USD basis · Russia-declared, Belarus gap filled",
  "russia-top-partners-imports":
    "Rank by imports (Russia's imports from each partner), USD basis · Russia-declared, Belarus gap filled",
  "fdi-projects": "Number of projects (a count, not money)",
  "fdi-flows": "USD billions, net flows, immediate counterpart country",
  "france-rank-russia":
    "Rank among partner countries (1 = largest), each line one statistical basis; a year a basis lacks is a gap · By total trade",
  "russia-rank-france-exports":
    "Rank among the countries France exports goods to (1 = largest); one line per declaration; a year a declaration lacks is a gap",
  "fr-ru-monthly":
    "Millions a month, current prices: EUR as France declared them to Eurostat, or USD at the ECB monthly average · EUR, as declared",
};

/** [width, height] of the wide chart's viewBox, read from the embed page. */
function wideViewBox(html: string): [number, number] {
  const m = /<div class="c w"><svg[^>]*viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(html);
  if (!m) throw new Error("no wide chart SVG with a viewBox");
  return [Number(m[1]), Number(m[2])];
}

/**
 * A plausible starting height for the iframe: the wide chart drawn at the embed's width (oEmbed width, 760 px,
 * minus the page padding) plus the title, units, legend and source around it, i.e. at least 60 px and at most
 * 450 px more than the chart.
 */
function expectPlausibleHeight(height: number, html: string, width: number) {
  const [w, h] = wideViewBox(html);
  const chart = (h * width) / w;
  expect(Number.isInteger(height)).toBe(true);
  expect(height).toBeGreaterThanOrEqual(Math.floor(chart * 0.95 + 60));
  // the declared height holds the text wrapped at 320 px over the smallest chart box: up to 450 px of text (the rank
  // chart's French and Russian legends of five long basis names)
  expect(height).toBeLessThanOrEqual(Math.ceil(chart + 450));
}

/** Where a language's embeds are: English at /embed/, every other language at /<locale>/embed/. */
const embedDir = (l: Locale) => (l === DEFAULT_LOCALE ? "embed" : `${l}/embed`);

test("an embed page and an oEmbed JSON per view and language (English at /embed/, others at /<locale>/embed/; a view but the default one in its own folder), a 404 page per language's embeds, and the resizer", () => {
  expect([...files.keys()].sort()).toEqual(
    [
      "embed-resize.js",
      ...LOCALES.map((l) => `${embedDir(l)}/404.html`),
      ...FIGURES.flatMap((f) =>
        f.variants.flatMap((v, i) =>
          LOCALES.flatMap((l) => {
            const dir = `${embedDir(l)}/${f.id}/${i === 0 ? "" : `${v.key}/`}`;
            return [`${dir}index.html`, `${dir}oembed.json`];
          }),
        ),
      ),
    ].sort(),
  );
  expect(files.has("embed/russia-top-partners-total/customs/index.html")).toBe(true);
  expect(files.has("fr/embed/fr-ru-monthly/USD/oembed.json")).toBe(true);
});

test("a view's embed draws that view, says which, and links back to it", () => {
  const fig = figureIn(
    FIGURES.find((f) => f.id === "russia-top-partners-total")!,
    "en",
  );
  const html = files.get("embed/russia-top-partners-total/customs/index.html")!;
  expect(html).toMatch(/^<!doctype html>\n<html lang="en" data-embed="russia-top-partners-total" data-view="customs">/);
  expect(html).toMatch(/<div class="c w"><svg[^>]*data-figure="russia-top-partners-total" data-variant="customs"/);
  expect(html).toContain(`<p class="u">${escapeText(fig.units)} · Russia's customs (FCS), among 29 main partners</p>`);
  expect(html).toContain(
    `href="${SITE.url}/en/charts/russia-top-partners/?russia-top-partners-total=customs#russia-top-partners-total"`,
  );
  const oembed = JSON.parse(files.get("embed/russia-top-partners-total/customs/oembed.json")!) as OEmbed;
  expect(oembed.title).toBe(`${fig.title} · Russia's customs (FCS), among 29 main partners`);
  expect(/src="([^"]*)"/.exec(oembed.html)![1]).toBe(`${SITE.url}/embed/russia-top-partners-total/customs/`);
  // its card: the view's export PNG, at the size the PNG itself has (read by pngjs from the built site)
  const png = PNG.sync.read(
    readFileSync(path.join(__dirname, "..", "out", "charts", "img", "russia-top-partners-total--customs.png")),
  );
  expect([oembed.thumbnail_url, oembed.thumbnail_width, oembed.thumbnail_height]).toEqual([
    `${SITE.url}/charts/img/russia-top-partners-total--customs.png`,
    png.width,
    png.height,
  ]);
});

test("the CSP hash helper gives the Content Security Policy spec's example hash", () => {
  // CSP Level 3, §hash-source example: alert('Hello, world.'); → 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
  expect(sha256("alert('Hello, world.');")).toBe("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
  expect(sha256("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
});

/** out/_headers as built, or null without a built site (the test below then fails saying so). */
const OUT = path.join(__dirname, "..", "out");
const headerRules = existsSync(path.join(OUT, "_headers"))
  ? parseHeaders(readFileSync(path.join(OUT, "_headers"), "utf8"))
  : null;

describe.each(FIGURES.flatMap((f) => LOCALES.map((l) => `/${embedDir(l)}/${f.id}/`)))("served at %s", (url) => {
  test("the policy allows exactly the page's one inline script and one style, by hash, and nothing else", () => {
    if (!headerRules) throw new Error(`${OUT}/_headers is missing: run \`npm run build\` first`);
    const html = readFileSync(path.join(OUT, url, "index.html"), "utf8");
    const scripts = inlineScriptTexts(html);
    const styles = inlineStyleTexts(html);
    expect({ scripts: scripts.length, styles: styles.length }).toEqual({ scripts: 1, styles: 1 });
    for (const spelling of [url, `${url}index.html`]) {
      const csps = headersFor(headerRules, spelling).headers.filter(([k]) => k === "Content-Security-Policy");
      expect(csps).toHaveLength(1);
      expect({ spelling, policy: policyDirectives(csps[0][1]) }).toEqual({
        spelling,
        policy: {
          "default-src": ["'none'"],
          // the one inline script by hash; 'self' for the exploration layer it loads on a first focus or pointer entry
          "script-src": [cspHashSource(scripts[0]), "'self'"],
          "style-src": [cspHashSource(styles[0])],
          "img-src": ["data:"],
          "connect-src": ["'self'"],
          "base-uri": ["'none'"],
          "form-action": ["'none'"],
          "frame-ancestors": ["*"],
        },
      });
    }
  });
});

describe.each(LOCALES.map((l) => [`${embedDir(l)}/404.html`, l] as const))("the embeds' 404 page %s", (file, lang) => {
  const html = files.get(file)!;
  // the catalogue's own words, read as JSON (not through the translator)
  const title = JSON.parse(readFileSync(path.join(__dirname, "..", "messages", `${lang}.json`), "utf8"))[
    "notFound.title"
  ];
  const home = `/${lang}/`;
  test("under the embeds' policy: its one script and one style are the embeds' own (their hashes allowed there)", () => {
    expect(inlineScriptTexts(html)).toEqual([HEIGHT_SCRIPT]);
    expect(inlineStyleTexts(html)).toEqual([EMBED_STYLE]);
    expect(html).not.toMatch(/\ssrc=|<link(?![^>]*href="data:,")/);
  });
  test("says the page is not found, in its language, with a link to the site's home in a new tab; not indexed", () => {
    const h1 = byTag(html, "h1")[0];
    expect(textOf(h1)).toBe(title);
    expect(attrOf(byTag(html, "html")[0], "lang")).toBe(lang);
    const links = byTag(html, "a");
    expect(links.map((a) => [attrOf(a, "href"), attrOf(a, "target")])).toEqual([[`${SITE.url}${home}`, "_blank"]]);
    expect(byTag(html, "meta", (m) => attrOf(m, "name") === "robots").map((m) => attrOf(m, "content"))).toEqual([
      "noindex",
    ]);
  });
});

describe.each(FIGURES.map((f) => [f.id, figureIn(f, "en")] as const))("%s", (id, fig) => {
  const html = files.get(`embed/${id}/index.html`)!;
  const oembed = JSON.parse(files.get(`embed/${id}/oembed.json`)!) as OEmbed;

  test(`≤ 30 KB gzip (zlib.gzipSync)`, () => {
    expect(gzipSync(html).length).toBeLessThanOrEqual(MAX_GZIP);
  });

  test("loads nothing: no src, no stylesheet/preload/icon link, no CSS url() but in-document ones, no @import", () => {
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(
      /@import|<img\b|<iframe\b|<object\b|<embed\b|<video\b|<audio\b|<source\b|<base\b|<meta[^>]+http-equiv/i,
    );
    // the only links: the canonical page, and an inline empty icon that stops the browser asking for /favicon.ico
    for (const m of html.matchAll(/<link\b[^>]*>/gi))
      expect(m[0]).toMatch(/rel="canonical"|^<link rel="icon" href="data:,">$/);
    expect(html).toContain('<link rel="icon" href="data:,">');
    for (const m of html.matchAll(/url\(\s*([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
    for (const m of html.matchAll(/<use\b[^>]*href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  test("one script, the height script, inline and identical on every embed; no inline handlers", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toBe("");
    expect(scripts[0][2]).toBe(HEIGHT_SCRIPT);
    // the CSP hash of the script as the page carries it (hash helper checked against the spec's example above)
    expect(sha256(scripts[0][2])).toBe(EMBED_SCRIPT_SHA256);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles.map((s) => s[1])).toEqual([EMBED_STYLE]);
    expect(sha256(styles[0][1])).toBe(EMBED_STYLE_SHA256);
    expect(html).not.toMatch(/\sstyle="/);
  });

  test("shows title, units, legend, both chart renders (switched by width), source and a link back", () => {
    expect(html).toContain(`<h1>${escapeText(fig.title)}</h1>`);
    expect(html).toContain(`<p class="u">${UNITS[id]}</p>`);
    // the legend of the view the embed shows: exactly the series it draws
    const legend = fig.legend(fig.variants[0].key);
    for (const l of legend) expect(html).toContain(`${escapeText(l.label)}</li>`);
    expect(html.match(/<ul aria-label="Legend">([\s\S]*?)<\/ul>/)?.[1].match(/<li>/g)).toHaveLength(legend.length);
    // the source line, but for a "(links below)" that points at the chart page's links (here one link away)
    expect(html).toContain(`<p class="s">${escapeText(fig.source.replace(" (links below).", "."))}<br>`);
    expect(html).not.toMatch(/links below/i);
    expect(html).toContain(`href="${SITE.url}/en/charts/${fig.page}/#${fig.id}"`);
    expect(html).toMatch(
      new RegExp(
        `<div class="c n"><svg[^>]*data-figure="${id}" data-variant="${fig.variants[0].key}"[^>]*viewBox="0 0 ${WIDTHS.narrow} `,
      ),
    );
    expect(html).toMatch(
      new RegExp(
        `<div class="c w"><svg[^>]*data-figure="${id}" data-variant="${fig.variants[0].key}"[^>]*viewBox="0 0 ${WIDTHS.wide} `,
      ),
    );
    expect(html).toMatch(new RegExp(`<html lang="en" data-embed="${id}" data-view="${fig.variants[0].key}">`));
    expect(html).toContain(`data-embed="${id}"`);
  });

  test("every legend swatch has its colour and shape in the stylesheet", () => {
    const swatches = [...html.matchAll(/<i class="k-([a-z]+)(?: ([a-z]+))?"><\/i>/g)];
    expect(swatches).toHaveLength(fig.legend(fig.variants[0].key).length);
    for (const [, token, shape] of swatches) {
      expect(EMBED_STYLE).toContain(`.k-${token}{background:var(--chart-${token})}`);
      if (shape) expect(EMBED_STYLE).toMatch(new RegExp(`i\\.${shape}\\{[^}]*width:`));
    }
  });

  test("both renders are described by one hidden paragraph (the takeaways), and carry no <title>/<desc> of their own", () => {
    const svgs = [...html.matchAll(/<svg\b([^>]*)>([\s\S]*?)<\/svg>/g)];
    expect(svgs).toHaveLength(2);
    for (const [, attrs, body] of svgs) {
      expect(attrs).toContain(' aria-describedby="takeaways"');
      expect(attrs).toContain(` aria-label="${escapeAttr(fig.title)}"`);
      expect(body).not.toMatch(/<title\b|<desc\b/);
    }
    const described = [...html.matchAll(/<p id="takeaways"( hidden)?>([^<]*)<\/p>/g)];
    expect(described).toHaveLength(1);
    expect(described[0][1]).toBe(" hidden");
    // sentences, each ending with a full stop (their words are checked against the chart page in e2e/embed)
    expect(described[0][2]).toMatch(/^[^.].{40,}\.$/);
  });

  test("oEmbed JSON: rich type with the required fields and one iframe", () => {
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      // the view's label after the title where the figure has several views
      title: fig.variants.length > 1 ? `${fig.title} · ${fig.variants[0].label}` : fig.title,
      provider_name: "France–Russia trade, checked",
      provider_url: `${SITE.url}/`,
    });
    expect(Number.isInteger(oembed.width) && oembed.width > 0).toBe(true);
    expect(Number.isInteger(oembed.height) && oembed.height > 200).toBe(true);
    expect(oembed.width).toBe(760);
    expectPlausibleHeight(oembed.height, html, oembed.width - 24);
    const m = /^<iframe ([^>]*)><\/iframe>$/.exec(oembed.html);
    expect(m).not.toBeNull();
    const attrs = Object.fromEntries([...m![1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    expect(attrs).toEqual({
      title: escapeText(fig.variants.length > 1 ? `${fig.title} · ${fig.variants[0].label}` : fig.title),
      src: `${SITE.url}/embed/${id}/`,
      width: "100%",
      height: String(oembed.height),
      style: "width:100%;min-width:100%;border:0",
      loading: "lazy",
    });
    expect(m![1].replace(/([a-z-]+)="[^"]*"/g, "").trim()).toBe(""); // nothing but well-formed attributes
  });

  test("embed code: the iframe of this embed, then the resizer script", () => {
    const m =
      /^<iframe title="[^"]*" src="([^"]*)" width="100%" height="(\d+)" style="width:100%;min-width:100%;border:0" loading="lazy"><\/iframe>\n<script src="([^"]*)" async><\/script>$/.exec(
        embedCode(fig, fig.variants[0].key, "en"),
      );
    expect(m).not.toBeNull();
    expect(m![1]).toBe(`${SITE.url}/embed/${id}/`);
    expect(m![3]).toBe(`${SITE.url}/embed-resize.js`);
    expectPlausibleHeight(Number(m![2]), html, 760 - 24);
  });
});

test("embed code of bilateral-trade, in full", () => {
  const fig = figureIn(
    FIGURES.find((f) => f.id === "bilateral-trade")!,
    "en",
  );
  const code = embedCode(fig, fig.variants[0].key, "en");
  const height = /height="(\d+)"/.exec(code)![1];
  expectPlausibleHeight(Number(height), files.get("embed/bilateral-trade/index.html")!, 736);
  expect(code).toBe(
    `<iframe title="France–Russia goods trade by year · France-declared" src="${SITE.url}/embed/bilateral-trade/" width="100%" height="${height}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>\n` +
      `<script src="${SITE.url}/embed-resize.js" async></script>`,
  );
});

test("the embed stylesheet sets every --chart-* colour for the light and the dark theme, auto by default", () => {
  for (const [token, v] of Object.entries(CHART_TOKENS))
    expect(EMBED_STYLE).toContain(`--chart-${token}:light-dark(${v.light},${v.dark});`);
  expect(EMBED_STYLE).toContain(":root{color-scheme:light dark;");
  expect(EMBED_STYLE).toContain("[data-theme=light]{color-scheme:light}[data-theme=dark]{color-scheme:dark}");
});

describe("resizer script", () => {
  const OURS = "http://127.0.0.1:4000";
  function setup(currentScript: { src: string } | null = { src: `${OURS}/embed-resize.js` }) {
    const handlers: ((e: unknown) => void)[] = [];
    const mk = (src: string) => ({ src, contentWindow: {}, style: {} as Record<string, string> });
    const frames = [
      mk("https://other.example/x/"),
      mk(`${OURS}/embed/fdi-flows/`),
      mk(`${OURS}/embed/fdi-projects/?theme=dark`),
      mk(`${OURS}/charts/fdi-in-russia/`),
      mk(`${OURS}/embed/../charts/fdi-in-russia/`),
      mk(`${OURS}/fr/embed/fdi-flows/`),
      mk(`${OURS}/fr/charts/fdi-in-russia/`),
      mk(`${OURS}/fr/embed/../charts/fdi-in-russia/`),
    ];
    const win: Record<string, unknown> = {
      addEventListener: (t: string, fn: (e: unknown) => void) => {
        if (t === "message") handlers.push(fn);
      },
    };
    const context = {
      window: win,
      document: { getElementsByTagName: () => frames, currentScript },
      location: { href: "http://localhost:5000/page.html" },
      URL,
    };
    runInNewContext(RESIZER_SCRIPT, context);
    runInNewContext(RESIZER_SCRIPT, context); // pasted twice: one listener
    return { frames, handlers, send: (e: unknown) => handlers.forEach((h) => h(e)) };
  }
  const msg = (height: unknown) => ({ type: EMBED_MESSAGE, id: "fdi-flows", height });

  test("listens once, and not at all without a script src to take its origin from", () => {
    expect(setup().handlers).toHaveLength(1);
    expect(setup(null).handlers).toHaveLength(0);
    expect(setup({ src: "" }).handlers).toHaveLength(0);
  });

  test("sets the height of the embed iframe that sent the message, from the script's origin", () => {
    const { frames, send } = setup();
    send({ data: msg(480.2), origin: OURS, source: frames[1].contentWindow });
    expect(frames[1].style.height).toBe("481px");
    expect(frames[2].style.height).toBeUndefined();
    send({ data: msg(300), origin: OURS, source: frames[2].contentWindow });
    expect(frames[2].style.height).toBe("300px");
    send({ data: msg(1e9), origin: OURS, source: frames[2].contentWindow });
    expect(frames[2].style.height).toBe("20000px");
    // a French embed (/fr/embed/…) is ours too
    send({ data: msg(321), origin: OURS, source: frames[5].contentWindow });
    expect(frames[5].style.height).toBe("321px");
  });

  test.each([
    ["another origin", { data: msg(480), origin: "https://evil.example", source: 1 }],
    ["a foreign iframe, from its own origin", { data: msg(480), origin: "https://other.example", source: 0 }],
    ["an iframe of our origin outside /embed/", { data: msg(480), origin: OURS, source: 3 }],
    ["an iframe whose src leaves /embed/ by a dot segment", { data: msg(480), origin: OURS, source: 4 }],
    ["a French page of our origin, outside /fr/embed/", { data: msg(480), origin: OURS, source: 6 }],
    ["an iframe whose src leaves /fr/embed/ by a dot segment", { data: msg(480), origin: OURS, source: 7 }],
    ["an unknown window", { data: msg(480), origin: OURS, source: {} }],
    ["another message type", { data: { type: "other", height: 480 }, origin: OURS, source: 1 }],
    ["a non-numeric height", { data: msg("480px;background:red"), origin: OURS, source: 1 }],
    ["a negative height", { data: msg(-5), origin: OURS, source: 1 }],
    ["no data", { data: null, origin: OURS, source: 1 }],
  ])("ignores %s", (_label, event) => {
    const { frames, send } = setup();
    send({ ...event, source: typeof event.source === "number" ? frames[event.source].contentWindow : event.source });
    for (const f of frames) expect(f.style.height).toBeUndefined();
  });

  test("loaded from another origin (a mirror), it ignores the embeds of this one", () => {
    const { frames, send } = setup({ src: "https://other.example/embed-resize.js" });
    send({ data: msg(480), origin: OURS, source: frames[1].contentWindow });
    expect(frames[1].style.height).toBeUndefined();
    send({ data: msg(480), origin: "https://other.example", source: frames[0].contentWindow });
    expect(frames[0].style.height).toBeUndefined(); // https://other.example/x/ is not under /embed/
  });
});

/**
 * The French embeds: the same page in French (lang, title, units, legend, source, the link back to the French page
 * and its words), the French static charts (French numbers, no English "k" ticks), and the French oEmbed JSON.
 * Expected words are literals written here (the French translations of the units lines and titles).
 */
const UNITS_FR: Record<string, string> = {
  "bilateral-trade": "En millions de dollars US, prix courants · Déclarations de la France",
  "fdi-projects": "Nombre de projets (un décompte, non un montant)",
  "fdi-flows": "En milliards de dollars US, flux nets, pays de contrepartie immédiate",
};
const TITLES_FR: Record<string, string> = {
  "bilateral-trade": "Échanges de biens France–Russie par année",
  "fdi-flows": "Flux nets d’IDE entrants en Russie par pays de contrepartie, 2019–2020",
  "france-top-partners": "Les 20 premiers partenaires commerciaux de la France, 2010 et 2020",
};

describe.each(FIGURES.map((f) => [f.id, f] as const))("%s in French", (id, fig) => {
  const html = files.get(`fr/embed/${id}/index.html`)!;
  const oembed = JSON.parse(files.get(`fr/embed/${id}/oembed.json`)!) as OEmbed;

  test("French page: lang, legend label, link back to the French chart page in French; same script and style", () => {
    expect(html).toMatch(
      new RegExp(`^<!doctype html>\n<html lang="fr" data-embed="${id}" data-view="${fig.variants[0].key}">`),
    );
    expect(html).toContain('<ul aria-label="Légende">');
    expect(html).toContain(
      `<a href="${SITE.url}/fr/charts/${fig.page}/#${id}" target="_blank" rel="noopener">Données, notes et sources : Le commerce France–Russie, vérifié</a>`,
    );
    expect(html).toContain(`<link rel="canonical" href="${SITE.url}/fr/charts/${fig.page}/#${id}">`);
    expect(html).not.toContain("Data, notes and sources");
    expect(html).not.toMatch(/liens ci-dessous|links below/i);
    expect([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual([HEIGHT_SCRIPT]);
    expect([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])).toEqual([EMBED_STYLE]);
    expect(gzipSync(html).length).toBeLessThanOrEqual(MAX_GZIP);
    if (UNITS_FR[id]) expect(html).toContain(`<p class="u">${UNITS_FR[id]}</p>`);
    if (TITLES_FR[id]) expect(html).toContain(`<h1>${escapeText(TITLES_FR[id])}</h1>`);
  });

  test("French charts: every number drawn is French (no English 'k' tick, no decimal point, no comma grouping)", () => {
    const drawn = [...html.matchAll(/<(?:tspan|text)\b[^>]*>([^<]+)</g)].map((m) => m[1].trim()).filter(Boolean);
    expect(drawn.length).toBeGreaterThan(5);
    for (const t of drawn) {
      expect({ t, english: /^[-−]?\d+k$|^[-−]?\d+\.\d+$|^[-−]?\d{1,3}(,\d{3})+$/.test(t) }).toEqual({
        t,
        english: false,
      });
    }
    expect(html).toMatch(/<svg[^>]*aria-label="[^"]*"/);
    if (TITLES_FR[id]) expect(html).toContain(`aria-label="${escapeText(TITLES_FR[id])}"`);
  });

  test("French oEmbed JSON: the French iframe, title and provider", () => {
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      // the page's title, and the view's label where the figure has several views
      title: [
        (html.match(/<h1>([^<]*)<\/h1>/)![1] ?? "").replace(/&amp;/g, "&"),
        ...(fig.variants.length > 1 ? [figureIn(fig, "fr").variants[0].label] : []),
      ].join(" · "),
      provider_name: "Le commerce France–Russie, vérifié",
      width: 760,
    });
    const src = /src="([^"]*)"/.exec(oembed.html)![1];
    expect(src).toBe(`${SITE.url}/fr/embed/${id}/`);
    expectPlausibleHeight(oembed.height, html, oembed.width - 24);
    expect(oembed.html).toMatch(
      /^<iframe title="[^"]+" src="[^"]+" width="100%" height="\d+" style="[^"]*" loading="lazy"><\/iframe>$/,
    );
  });
});

test("French embed code of bilateral-trade, in full: the French embed, the same resizer", () => {
  const fig = figureIn(
    FIGURES.find((f) => f.id === "bilateral-trade")!,
    "fr",
  );
  const code = embedCode(fig, fig.variants[0].key, "fr");
  const height = /height="(\d+)"/.exec(code)![1];
  expect(code).toBe(
    `<iframe title="Échanges de biens France–Russie par année · Déclarations de la France" src="${SITE.url}/fr/embed/bilateral-trade/" width="100%" height="${height}" style="width:100%;min-width:100%;border:0" loading="lazy"></iframe>\n` +
      `<script src="${SITE.url}/embed-resize.js" async></script>`,
  );
  // the French bilateral chart's ticks: thousands with a narrow no-break space, as CLDR writes them in French
  expect(files.get("fr/embed/bilateral-trade/index.html")).toMatch(/>20\u202f000</);
  expect(files.get("embed/bilateral-trade/index.html")).toMatch(/>20k</);
});

describe("withoutChartClasses (the embed's two renders without recharts' class names)", () => {
  test("same elements but the bare groups, same text, colours and coordinates; no recharts class", () => {
    const svg = staticChart("bilateral-trade", "france-declared", 340, "fr").svg;
    const out = withoutChartClasses(svg);
    const tags = (s: string) => [...s.matchAll(/<([a-zA-Z]+)\b/g)].map((m) => m[1]);
    const texts = (s: string) => [...s.matchAll(/>([^<]+)</g)].map((m) => m[1]);
    const attrs = (s: string) =>
      [...s.matchAll(/\s(?:fill|stroke|x|y|x1|y1|x2|y2|cx|cy|d)="([^"]*)"/g)].map((m) => m[1]);
    expect(svg).toMatch(/class="recharts-/);
    expect(out).not.toMatch(/class="recharts-/);
    const drawn = (s: string) => tags(s).filter((t) => t !== "g");
    expect(drawn(out)).toEqual(drawn(svg));
    expect(tags(out).length).toBeLessThan(tags(svg).length);
    expect(texts(out)).toEqual(texts(svg));
    expect(attrs(out)).toEqual(attrs(svg));
  });
  test("a text that reads like a class name is left as written", () => {
    expect(withoutChartClasses('<svg class="recharts-surface"><text>class="recharts-x"</text></svg>')).toBe(
      // the same text, its quotes escaped
      "<svg><text>class=&quot;recharts-x&quot;</text></svg>",
    );
  });
});
