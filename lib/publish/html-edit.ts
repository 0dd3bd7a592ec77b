/**
 * Reading and editing built pages through an HTML parser (parse5, the WHATWG algorithm a browser runs), never with
 * regular expressions over markup. The post-build passes (static-pages.ts, chart-markup.ts, critical-css.ts,
 * headers.ts, postbuild.ts's 404 page) find elements in the parsed tree, then edit the page's own text at the source
 * offsets the parser reports: what a pass does not touch stays byte for byte as Next wrote it (no re-serialisation,
 * which would change quoting and entities and so every page's size and hashes).
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** The parsed document, with each node's source offsets. */
export function parseHtml(html: string): DefaultTreeAdapterMap["document"] {
  return parse(html, { sourceCodeLocationInfo: true });
}

const isElement = (n: Node): n is Element => "tagName" in n;
const childrenOf = (n: Node): Node[] =>
  "childNodes" in n
    ? [...(n as ParentNode).childNodes, ...("content" in n ? [(n as Element & { content: ParentNode }).content] : [])]
    : [];

/** Every element of the tree, in document order (the content of `<template>`s included). */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n)) out.push(n);
    for (const c of childrenOf(n)) walk(c);
  };
  walk(root);
  return out;
}

/** An element's attribute value, or null when it has none. */
export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

/** The text inside a raw-text element (`<script>`, `<style>`), as written in the page. */
export function rawText(html: string, el: Element): string {
  const start = el.sourceCodeLocation?.startTag?.endOffset;
  const end = el.sourceCodeLocation?.endTag?.startOffset;
  if (start === undefined || end === undefined) return "";
  return html.slice(start, end);
}

/** The source range of an element's content (between its start and end tags), or null for a void or unclosed one. */
export function innerRange(el: Element): { start: number; end: number } | null {
  const start = el.sourceCodeLocation?.startTag?.endOffset;
  const end = el.sourceCodeLocation?.endTag?.startOffset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** The source range of a whole element, tags included. */
export function outerRange(el: Element): { start: number; end: number } {
  const loc = el.sourceCodeLocation;
  if (!loc) throw new Error(`<${el.tagName}> has no source location`);
  return { start: loc.startOffset, end: loc.endOffset };
}

/** One edit of a page's text: replace [start, end) with `text` (an insertion when start = end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The page with its edits applied (edits must not overlap; insertions at one offset keep their order). */
export function applyEdits(html: string, edits: Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits of a page at offset ${e.start}`);
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + html.slice(at);
}

/** The offset just before `</body>`, where a page's closing scripts go. */
export function bodyEnd(page: string, doc: Node): number {
  const body = elements(doc).find((e) => e.tagName === "body");
  const end = body?.sourceCodeLocation?.endTag?.startOffset;
  if (end === undefined) throw new Error(`${page}: no </body> to put a script before`);
  return end;
}
