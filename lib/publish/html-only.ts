/**
 * Parts of a page that need no JavaScript (a figure's data tables) in its HTML only. Next writes what a server
 * component renders twice: as HTML and again in the page's inline RSC payload, which hydration reads; for the tables
 * (up to 200 KB of HTML on the monthly page, more again as payload) that second copy only costs bytes and hydration
 * time. `HtmlOnly` (components/HtmlOnly.tsx) wraps such a part in `<div data-html-only="">`; this step, run by
 * postbuild after the payload scripts are joined (inline-flight.ts), replaces that element's children in the inline
 * payload by `dangerouslySetInnerHTML: {__html: ""}`. React does not descend into, compare or patch an element with
 * dangerouslySetInnerHTML when it hydrates it, so it keeps the HTML's content (as for the chart placeholders,
 * chart-markup.ts). The same for the stylesheet Next inlines in the <head> (next.config.js, inlineCss): React finds a
 * `<style precedence href>` by its href when it hydrates, so the payload's copy of its text is left out. The payload
 * files (`*.txt`), which client-side navigations render from, keep everything.
 *
 * The inline payload is React's Flight format, written by Next as `self.__next_f.push([1,"<text>"])` pieces: rows
 * `<id>:<JSON>\n`, or `<id>:<tag><hex byte length>,<bytes>` (large strings, tag T). Rows are rewritten only where they
 * hold such an element; anything unexpected in the script stops the build, naming the page.
 */
import type { Output, SiteFiles } from "./files";

export const HTML_ONLY_ATTR = "data-html-only";

const SCRIPT = /<script>(\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\);[\s\S]*?)<\/script>/g;
const PIECE = /self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g;
const LENGTH_ROW = /^[A-Za-z]([0-9a-f]+),/;

/** The Flight text of a joined payload script, or an error naming the page if it holds anything else. */
function flightText(page: string, script: string): string {
  const pieces = [...script.matchAll(PIECE)];
  const rebuilt = ["(self.__next_f=self.__next_f||[]).push([0])", ...pieces.map((m) => m[0])].join(";");
  if (rebuilt !== script)
    throw new Error(
      `${page}: the RSC payload script holds more than text pieces; cannot leave out its HTML-only parts`,
    );
  return pieces.map((m) => (JSON.parse(m[1]) as [1, string])[1]).join("");
}

/** The row ids a Flight value refers to: "$1f", "$L1f", "$@1f", "$1f:props:children" … (not "$$…", "$Sreact…"). */
function refsOf(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === "string") {
    const m = /^\$[A-Za-z@]?([0-9a-f]+)(?::|$)/.exec(value);
    if (m) into.add(m[1]);
  } else if (Array.isArray(value)) for (const v of value) refsOf(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) refsOf(v, into);
  return into;
}

/**
 * Replaces, in a Flight model value, each HTML-only element's children by an empty dangerouslySetInnerHTML; the row
 * ids the children referred to go into `dropped` (React writes long children as rows of their own).
 */
function strip(value: unknown, count: Count, dropped: Set<string>): unknown {
  if (Array.isArray(value)) {
    const props = value[3] as Record<string, unknown> | undefined;
    // the stylesheet, inline in the <head> (next.config.js, inlineCss): React finds it there by its href when it
    // hydrates, and never compares its text, so the payload need not carry it a second time
    if (
      value[0] === "$" &&
      value[1] === "style" &&
      props &&
      typeof props.href === "string" &&
      typeof props.precedence === "string" &&
      typeof props.children === "string" &&
      props.children !== ""
    ) {
      count.styles++;
      refsOf(props.children, dropped);
      return [value[0], value[1], value[2], { ...props, children: "" }, ...value.slice(4)];
    }
    if (value[0] === "$" && props && typeof props === "object" && HTML_ONLY_ATTR in props) {
      count.n++;
      refsOf(props.children, dropped);
      const rest = Object.fromEntries(Object.entries(props).filter(([k]) => k !== "children"));
      return [value[0], value[1], value[2], { ...rest, dangerouslySetInnerHTML: { __html: "" } }, ...value.slice(4)];
    }
    return value.map((v) => strip(v, count, dropped));
  }
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, count, dropped)]));
  return value;
}

interface Count {
  /** HTML-only elements */
  n: number;
  /** inline stylesheets */
  styles: number;
}

interface Row {
  id: string;
  bytes: Buffer;
  /** the parsed model of a JSON row (`<id>:[…]`, `<id>:{…}`, `<id>:"…"`), if it is one */
  model?: unknown;
  /** what a tagged row (`<id>:I[…]`, `:HL[…]`) holds, for the ids it refers to */
  tagged?: unknown;
  changed?: boolean;
}

function parseRows(page: string, buf: Buffer): Row[] {
  const rows: Row[] = [];
  let at = 0;
  while (at < buf.length) {
    const colon = buf.indexOf(0x3a, at);
    const id = colon < 0 ? "" : buf.toString("latin1", at, colon);
    if (colon < 0 || !/^[0-9a-f]*$/.test(id))
      throw new Error(`${page}: the RSC payload has a row without an id at byte ${at}`);
    const sized = LENGTH_ROW.exec(buf.toString("latin1", colon + 1, colon + 24));
    if (sized) {
      const end = colon + 1 + sized[0].length + parseInt(sized[1], 16);
      rows.push({ id, bytes: buf.subarray(at, end) });
      at = end;
      continue;
    }
    const nl = buf.indexOf(0x0a, colon);
    const end = nl < 0 ? buf.length : nl + 1;
    const body = buf.toString("utf8", colon + 1, nl < 0 ? buf.length : nl);
    const row: Row = { id, bytes: buf.subarray(at, end) };
    if (/^[[{"]/.test(body)) row.model = JSON.parse(body);
    else if (/^[A-Z]+[[{]/.test(body)) row.tagged = JSON.parse(body.replace(/^[A-Z]+/, ""));
    rows.push(row);
    at = end;
  }
  return rows;
}

/**
 * The Flight text with the HTML-only elements' children and the inline stylesheet's text left out, and the rows only
 * they referred to (directly or through other such rows) removed; `n`: how many HTML-only elements.
 */
export function stripFlight(page: string, text: string): { text: string; n: number } {
  const rows = parseRows(page, Buffer.from(text, "utf8"));
  const count: Count = { n: 0, styles: 0 };
  const dropped = new Set<string>();
  for (const r of rows)
    if (r.model !== undefined && (r.bytes.includes(`"${HTML_ONLY_ATTR}"`) || r.bytes.includes('"style"'))) {
      const before = count.n + count.styles;
      r.model = strip(r.model, count, dropped);
      r.changed = count.n + count.styles > before;
    }
  if (!count.n && !count.styles) return { text, n: 0 };
  const byId = new Map(rows.filter((r) => r.id).map((r) => [r.id, r]));
  const closure = (start: Iterable<string>) => {
    const seen = new Set<string>();
    const todo = [...start];
    while (todo.length) {
      const id = todo.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const r = byId.get(id);
      if (r) todo.push(...refsOf(r.model ?? r.tagged, new Set()));
    }
    return seen;
  };
  const candidates = closure(dropped);
  // rows still referred to from anywhere outside the candidates stay
  const roots = new Set<string>();
  for (const r of rows) if (!candidates.has(r.id)) refsOf(r.model ?? r.tagged, roots);
  const kept = closure([...roots].filter((id) => candidates.has(id)));
  const out = rows
    .filter((r) => !(candidates.has(r.id) && !kept.has(r.id)))
    .map((r) => (r.changed ? Buffer.from(`${r.id}:${JSON.stringify(r.model)}\n`, "utf8") : r.bytes));
  return { text: Buffer.concat(out).toString("utf8"), n: count.n };
}

/** The page with its inline payload's HTML-only parts left out (unchanged if it has none). */
export function stripHtmlOnly(page: string, html: string): { html: string; n: number } {
  if (!html.includes(`${HTML_ONLY_ATTR}=`) && !html.includes("<style data-precedence=")) return { html, n: 0 };
  // a page whose payload has left the HTML (late-scripts.ts, postbuild run again over its own output): nothing inline
  if (!html.includes("self.__next_f")) return { html, n: 0 };
  let n = 0;
  const out = html.replace(SCRIPT, (_m, script: string) => {
    const done = stripFlight(page, flightText(page, script));
    n += done.n;
    // one piece; `<` escaped so that no `</script>` or `<!--` can end or change the script
    const piece = JSON.stringify([1, done.text]).replace(/</g, "\\u003c");
    return `<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push(${piece})</script>`;
  });
  const marked = (html.match(new RegExp(`<div[^>]*\\s${HTML_ONLY_ATTR}=`, "g")) ?? []).length;
  if (n !== marked)
    throw new Error(`${page}: ${marked} HTML-only part(s) in the markup, ${n} found in the RSC payload script`);
  return { html: out, n };
}

/** Every page of the site with its inline payload's HTML-only parts left out (only pages that change). */
export function htmlOnlyFiles(site: SiteFiles): Output[] {
  return site
    .list()
    .filter((p) => p.endsWith(".html"))
    .flatMap((p) => {
      const html = site.read(p).toString("utf8");
      const done = stripHtmlOnly(p, html);
      return done.html === html ? [] : [{ path: p, content: done.html }];
    });
}
