/**
 * Conditional requests for the preview server (scripts/serve.ts), as RFC 9110 §13.2.2 orders them: sirv only compares
 * If-None-Match with its ETag as one exact string, so `If-None-Match: *`, a list of tags, If-Match,
 * If-Unmodified-Since, If-Modified-Since and If-Range were ignored. The server works out the validators of the file
 * sirv will send (its weak ETag `W/"<size>-<mtime ms>"` and its Last-Modified, whole seconds) and asks this module what
 * the request's preconditions make of them, before sirv sees the request.
 */

export interface Validators {
  /** the entity tag sirv gives the file, weak: W/"<size>-<mtime in ms>" */
  etag: string;
  /** the file's modification time, in ms since 1970, truncated to whole seconds as Last-Modified carries it */
  lastModified: number;
}

/** What the preconditions decide: send the file (honouring any Range), send it whole (If-Range failed), 304 or 412. */
export type Decision = "send" | "send-whole" | 304 | 412;

/** The entity tags of an If-Match or If-None-Match value, or "*"; undefined for a value that is not a list of tags. */
function entityTags(value: string): "*" | string[] | undefined {
  if (value.trim() === "*") return "*";
  const tags = value.match(/(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"/g) ?? [];
  const rest = value.replace(/(?:W\/)?"[\x21\x23-\x7e\x80-\xff]*"/g, "").replace(/[\s,]/g, "");
  return rest === "" && tags.length > 0 ? tags : undefined;
}

const opaque = (tag: string) => tag.replace(/^W\//, "");
/** RFC 9110 §8.8.3.2: strong comparison needs both tags strong; weak comparison only the opaque parts equal. */
const strongMatch = (a: string, b: string) => !a.startsWith("W/") && !b.startsWith("W/") && a === b;
const weakMatch = (a: string, b: string) => opaque(a) === opaque(b);

/** An HTTP-date as ms since 1970, or undefined when the value is not one (an invalid date is ignored, §13.1.3). */
function httpDate(value: string | undefined): number | undefined {
  if (value === undefined || !/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value.trim()))
    return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** RFC 9110 §13.2.2, for GET and HEAD of a file that exists, with the request's (lower-cased) headers. */
export function evaluatePreconditions(headers: Record<string, string | string[] | undefined>, v: Validators): Decision {
  const one = (name: string) => {
    const h = headers[name];
    return Array.isArray(h) ? h.join(", ") : h;
  };
  const ifMatch = one("if-match");
  if (ifMatch !== undefined) {
    const tags = entityTags(ifMatch);
    // the file exists, so "*" matches; sirv's tags are weak, and If-Match compares strongly: any listed tag fails
    if (tags !== "*" && !(tags ?? []).some((t) => strongMatch(t, v.etag))) return 412;
  } else {
    const since = httpDate(one("if-unmodified-since"));
    if (since !== undefined && v.lastModified > since) return 412;
  }
  const ifNoneMatch = one("if-none-match");
  if (ifNoneMatch !== undefined) {
    const tags = entityTags(ifNoneMatch);
    if (tags === "*" || (tags ?? []).some((t) => weakMatch(t, v.etag))) return 304;
  } else {
    const since = httpDate(one("if-modified-since"));
    if (since !== undefined && v.lastModified <= since) return 304;
  }
  const ifRange = one("if-range");
  if (ifRange !== undefined && one("range") !== undefined) {
    const date = httpDate(ifRange);
    // §13.1.5: an entity tag must match strongly (sirv's are weak, so never), a date exactly
    const holds = date !== undefined ? date === v.lastModified : strongMatch(ifRange.trim(), v.etag);
    if (!holds) return "send-whole";
  }
  return "send";
}
