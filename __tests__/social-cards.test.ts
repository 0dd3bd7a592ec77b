/**
 * The social cards' sizes (lib/publish/social-cards.ts): postbuild adds og:image:width/height and
 * twitter:image:width/height after the card's URL, from the size of the PNG the build composed; a card naming an
 * image the build did not compose stops the build, naming the page; a page that already gives them is left alone.
 * The built pages' sizes are checked against the PNG files' own headers in charts-fr.test.ts.
 */
import { withCardSizes } from "../lib/publish/social-cards";
import { parseHtml, elements, attr } from "../lib/publish/html-edit";

const URL_A = "https://example.org/charts/img/a.png";
const sizes = new Map([[URL_A, { width: 1600, height: 1234 }]]);
const page = (url: string) =>
  `<!doctype html><html><head><meta property="og:image" content="${url}"/><meta property="og:image:alt" content="A"/>` +
  `<meta name="twitter:image" content="${url}"/></head><body></body></html>`;
const metas = (html: string) =>
  elements(parseHtml(html))
    .filter((e) => e.tagName === "meta")
    .map((e) => `${attr(e, "property") ?? attr(e, "name")}=${attr(e, "content")}`);

test("each card gets its PNG's width and height right after it", () => {
  const html = withCardSizes("en/x/index.html", page(URL_A), sizes)!;
  expect(metas(html)).toEqual([
    `og:image=${URL_A}`,
    "og:image:width=1600",
    "og:image:height=1234",
    "og:image:alt=A",
    `twitter:image=${URL_A}`,
    "twitter:image:width=1600",
    "twitter:image:height=1234",
  ]);
  // run again over its own output: nothing to add
  expect(withCardSizes("en/x/index.html", html, sizes)).toBeNull();
});

test("a page without a card is left alone", () => {
  expect(withCardSizes("en/data/index.html", "<html><head><title>t</title></head></html>", sizes)).toBeNull();
});

test("a card naming an image the build did not compose stops the build, naming the page", () => {
  expect(() => withCardSizes("fr/charts/y/index.html", page("https://example.org/charts/img/nope.png"), sizes)).toThrow(
    "fr/charts/y/index.html: og:image https://example.org/charts/img/nope.png is not an export image the build composed",
  );
});
