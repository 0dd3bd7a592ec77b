/**
 * The RSC payload scripts of a page joined into one (lib/publish/inline-flight.ts): order kept, other scripts and the
 * page around them untouched, one hash in the page's CSP; on the built site, every page has at most one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { joinFlightScripts } from "../lib/publish/inline-flight";

const page = [
  "<html><body><p>x</p>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script id="_R_">keep()</script>',
  '<script>self.__next_f.push([1,"a:</p>"])</script>',
  "<div>between</div>",
  '<script>self.__next_f.push([1,"b"])</script>',
  "</body></html>",
].join("");

test("joins the payload scripts, in order, at the place of the last; the rest of the page is untouched", () => {
  expect(joinFlightScripts(page)).toBe(
    [
      "<html><body><p>x</p>",
      '<script id="_R_">keep()</script>',
      "<div>between</div>",
      '<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"a:</p>"]);self.__next_f.push([1,"b"])</script>',
      "</body></html>",
    ].join(""),
  );
});

test("a page with one payload script or none is unchanged", () => {
  const one = '<body><script>self.__next_f.push([1,"a"])</script></body>';
  expect(joinFlightScripts(one)).toBe(one);
  expect(joinFlightScripts("<body></body>")).toBe("<body></body>");
});

const OUT = path.join(__dirname, "..", "out");
(existsSync(path.join(OUT, "en")) ? test : test.skip)("every built page has at most one payload script", () => {
  const pages = readdirSync(OUT, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".html"));
  const many = pages.filter(
    (p) => (readFileSync(path.join(OUT, p), "utf8").match(/<script>\(?self\.__next_f/g) ?? []).length > 1,
  );
  expect(many).toEqual([]);
});
