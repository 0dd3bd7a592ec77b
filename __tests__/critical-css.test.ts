/**
 * Each page's inline stylesheet cut to the rules its markup uses (lib/publish/critical-css.ts): a rule whose class,
 * attribute or custom property the page (or a panel it shows at load, in an open `<details>`) uses is kept, in its place; one it does not use
 * goes; the page keeps its `<style data-href>` so the whole stylesheet can follow; a page without Next's stylesheet
 * is unchanged; two stylesheets, or one whose file is missing, stop the build, naming the page. (That the cut draws
 * the pages as the whole stylesheet does is checked in Chromium: e2e/critical-css.test.ts.)
 */
import { memoryFiles } from "../lib/publish/files";
import {
  criticalCssFiles,
  pageWithCriticalCss,
  withoutAbsentFieldParts,
  withoutUnreadProperties,
} from "../lib/publish/critical-css";

const HREF = "/_next/static/chunks/s.css";
const CSS = [
  ":root{--chart-grid:#ccc;--unused:1px}",
  ".used{color:red}",
  ".unused{color:blue}",
  "[data-table] td{padding:1px}",
  "[data-other] td{padding:2px}",
  ".has-\\[\\:checked\\]\\:bg-blue-50:has(:checked){background:blue}",
  ".in-panel{margin:0}",
  ".in-closed-panel{margin:1px}",
].join("");
const page = (body: string) =>
  `<html><head><style data-precedence="next" data-href="${HREF}">${CSS}</style></head><body>${body}</body></html>`;

function site() {
  const s = memoryFiles();
  s.write(HREF.slice(1), CSS);
  s.write("charts/panels/en/f--v.json", JSON.stringify({ html: '<p class="in-panel">x</p>' }));
  s.write("charts/panels/en/f--w.json", JSON.stringify({ html: '<p class="in-closed-panel">x</p>' }));
  return s;
}

test("keeps what the page and the panels it shows at load use, in order, and drops the rest", async () => {
  const html = page(
    '<p class="used has-[:checked]:bg-blue-50">a</p><table data-table="true"><tr><td>1</td></tr></table>' +
      '<svg><line stroke="var(--chart-grid)"/></svg>' +
      '<details open=""><summary>t</summary><div data-panel-src="/charts/panels/en/f--v.json"></div></details>' +
      '<details><summary>c</summary><div data-panel-src="/charts/panels/en/f--w.json"></div></details>',
  );
  const out = await pageWithCriticalCss("en/index.html", html, site());
  const css = /<style data-precedence="next" data-href="([^"]+)">([\s\S]*?)<\/style>/.exec(out)!;
  expect(css[1]).toBe(HREF);
  const kept = css[2].replace(/\s+/g, "");
  expect(kept).toContain("--chart-grid:#ccc");
  expect(kept).not.toContain("--unused");
  expect(kept).toContain(".used{color:red}");
  expect(kept).not.toContain(".unused");
  expect(kept).toContain("[data-table]td{padding:1px}");
  expect(kept).not.toContain("[data-other]");
  expect(kept).toContain(".has-\\[\\:checked\\]\\:bg-blue-50:has(:checked)");
  expect(kept).toContain(".in-panel{margin:0}");
  // a closed panel's content arrives when opened, after the whole stylesheet
  expect(kept).not.toContain(".in-closed-panel");
  expect(kept.indexOf(".used")).toBeLessThan(kept.indexOf("[data-table]"));
  // the rest of the page is untouched
  expect(out.replace(css[0], "")).toBe(html.replace(/<style[\s\S]*?<\/style>/, ""));
});

test("a page without the site's stylesheet is unchanged; bad input stops the build, naming the page", async () => {
  const plain = "<html><body><p>x</p></body></html>";
  expect(await pageWithCriticalCss("a.html", plain, site())).toBe(plain);
  const s = site();
  s.write("two.html", page("<p></p>") + page("<p></p>"));
  await expect(criticalCssFiles(s)).rejects.toThrow("two.html: 2 inline stylesheets with a data-href, expected one");
  const missing = memoryFiles();
  missing.write("p.html", page("<p></p>"));
  await expect(criticalCssFiles(missing)).rejects.toThrow(`p.html: its stylesheet ${HREF} is not in the site`);
  // a <style> that names no stylesheet file is the page's own: left as it is
  const own = memoryFiles();
  own.write("q.html", `<html><head><style data-precedence="next">.a{}</style></head></html>`);
  await expect(criticalCssFiles(own)).resolves.toEqual([]);
});

test("the base styles of form-field parts go where the page has no such field, and stay where it has one", () => {
  const css =
    "::-webkit-datetime-edit{display:inline-flex}::-webkit-datetime-edit-year-field{padding-block:0}" +
    "::-webkit-search-decoration{-webkit-appearance:none}::file-selector-button{margin:0}" +
    "::-webkit-inner-spin-button,::-webkit-outer-spin-button{height:auto}" +
    "@supports (not (x:y)){::placeholder{color:currentColor}@supports (color:red){::placeholder{color:red}}}" +
    "p,::placeholder{margin:0}.keep{color:blue}";
  const none = withoutAbsentFieldParts("<p class=keep>x</p>", css).replace(/\s+/g, "");
  expect(none).toBe("p{margin:0}.keep{color:blue}");
  const all = withoutAbsentFieldParts(
    '<input type="date"><input type="search"><input type="file"><input type="number" placeholder="n">',
    css,
  );
  expect(all).toBe(css);
  // one field keeps its own parts only
  const search = withoutAbsentFieldParts('<input type="search">', css).replace(/\s+/g, "");
  expect(search).toBe("::-webkit-search-decoration{-webkit-appearance:none}p{margin:0}.keep{color:blue}");
});

test("a property's registration stays where something reads it, and goes where nothing does", () => {
  const css =
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}' +
    '@property --tw-ring-color{syntax:"*";inherits:false}' +
    '@property --tw-font-weight{syntax:"*";inherits:false}' +
    '@property --chart-grid{syntax:"*";inherits:true}' +
    ".border{border-style:var( --tw-border-style);border-width:1px}.font-semibold{--tw-font-weight:600;font-weight:600}";
  const out = withoutUnreadProperties(css, ["--chart-grid"]);
  // read by a rule (with a space after the parenthesis) and by the markup: kept; set but never read, or unused: gone
  expect(out).toBe(
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}' +
      '@property --chart-grid{syntax:"*";inherits:true}' +
      ".border{border-style:var( --tw-border-style);border-width:1px}.font-semibold{--tw-font-weight:600;font-weight:600}",
  );
  expect(withoutUnreadProperties(css)).not.toContain("--chart-grid{");
});
