/**
 * Reading built pages for the tests with parse5 (the WHATWG parsing algorithm) and node:crypto, independently of the
 * site's own readers (lib/publish/html-edit.ts, lib/publish/headers.ts): elements, attributes, text, the inline
 * scripts and styles a browser would run or apply, and their CSP hash sources.
 */
import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

const isElement = (n: Node): n is Element => "tagName" in n;
const isText = (n: Node): n is DefaultTreeAdapterMap["textNode"] => n.nodeName === "#text";
const children = (n: Node): Node[] => [
  ...("childNodes" in n ? n.childNodes : []),
  ...(isElement(n) && n.tagName === "template" ? [(n as DefaultTreeAdapterMap["template"]).content] : []),
];

/** Every element of a page (or of an element), in document order. */
export function elementsOf(root: string | Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) out.push(n);
    for (const c of children(n)) walk(c);
  };
  walk(typeof root === "string" ? parse(root) : root);
  return out;
}

/** An attribute's value (entities decoded by the parser), or undefined. */
export const attrOf = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

/** The text of an element and its descendants, as the parser reads it (textContent). */
export function textOf(el: Node): string {
  if (isText(el)) return el.value;
  return children(el).map(textOf).join("");
}

/** The elements with a tag name (and optionally an attribute value) under a root. */
export const byTag = (root: string | Node, tag: string, where: (e: Element) => boolean = () => true) =>
  elementsOf(root).filter((e) => e.tagName === tag && where(e));

/** The `type` values of a script a browser runs (HTML's JavaScript MIME type essences, and module); any other is data. */
const RUN_TYPES = new Set([
  "",
  "module",
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);

/** The text of each inline script of a page a browser runs (no src; a JavaScript type or none). */
export const inlineScriptTexts = (html: string): string[] =>
  byTag(
    html,
    "script",
    (e) => attrOf(e, "src") === undefined && RUN_TYPES.has((attrOf(e, "type") ?? "").trim().toLowerCase()),
  ).map(textOf);

/** The text of each <style> element of a page. */
export const inlineStyleTexts = (html: string): string[] => byTag(html, "style").map(textOf);

/** The CSP hash source of a script or style text: 'sha256-<base64 of the UTF-8 bytes' SHA-256>'. */
export const cspHashSource = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** A Content-Security-Policy as { directive: sources }, in the order written. */
export function policyDirectives(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of csp.split(";")) {
    const [name, ...sources] = d.trim().split(/\s+/);
    if (name) {
      if (name.toLowerCase() in out) throw new Error(`directive ${name} twice in ${csp}`);
      out[name.toLowerCase()] = sources;
    }
  }
  return out;
}
