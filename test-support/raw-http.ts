/**
 * One HTTP/1.1 request sent as raw bytes over node:net, so that a path goes out exactly as written (fetch would
 * normalise "//", "%65" or "/./"), and the answer read until it is complete (its Content-Length, the last chunk) or
 * the server closes the connection (workerd keeps it open a few seconds despite "Connection: close"): status,
 * headers (names lower-cased, repeated ones joined with ", ") and the body (chunked framing removed, not
 * decompressed).
 */
import { connect } from "node:net";

export interface Reply {
  request: string;
  /** 0 when the server closed the connection without an answer */
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Removes HTTP/1.1 chunked framing. */
function unchunk(buf: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; ;) {
    const eol = buf.indexOf("\r\n", i);
    const size = eol < 0 ? 0 : parseInt(buf.subarray(i, eol).toString("latin1"), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
}

/** True once a chunked body holds its last (empty) chunk and the blank line after it (no trailers expected). */
function lastChunkRead(body: Buffer): boolean {
  for (let i = 0; ;) {
    const eol = body.indexOf("\r\n", i);
    if (eol < 0) return false;
    const size = parseInt(body.subarray(i, eol).toString("latin1"), 16);
    if (Number.isNaN(size)) return true; // malformed: let the parser see what came
    if (size === 0) return body.length >= eol + 4;
    i = eol + 2 + size + 2;
    if (i > body.length) return false;
  }
}

/** True once `raw` holds a whole answer: headers, then Content-Length bytes or chunks up to the last one. */
function complete(raw: Buffer, head: boolean): boolean {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const headers = raw.subarray(0, end).toString("latin1");
  const status = Number(headers.split(" ")[1]);
  if (head || status === 204 || status === 304 || (status >= 100 && status < 200)) return true;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(headers);
  if (length) return raw.length - (end + 4) >= Number(length[1]);
  if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(headers)) return lastChunkRead(raw.subarray(end + 4));
  return false; // until the server closes
}

/** Sends one request on a new connection to 127.0.0.1:port and reads the whole answer. */
export function sendRaw(port: number, request: string, timeoutMs = 10000): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no end of answer in ${timeoutMs} ms to ${JSON.stringify(request.slice(0, 200))}`));
    }, timeoutMs);
    const head = request.startsWith("HEAD ");
    socket.on("data", (d) => {
      chunks.push(d);
      if (complete(Buffer.concat(chunks), head)) socket.destroy(); // "close" follows
    });
    socket.on("error", () => {}); // a reset after the answer is fine: "close" follows
    socket.on("close", () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf("\r\n\r\n");
      if (end < 0) return resolve({ request, status: 0, headers: {}, body: raw });
      const [statusLine, ...lines] = raw.subarray(0, end).toString("latin1").split("\r\n");
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(":");
        const k = l.slice(0, i).trim().toLowerCase();
        headers[k] = headers[k] === undefined ? l.slice(i + 1).trim() : `${headers[k]}, ${l.slice(i + 1).trim()}`;
      }
      let body: Buffer = raw.subarray(end + 4);
      if (/chunked/i.test(headers["transfer-encoding"] ?? "")) body = unchunk(body);
      resolve({ request, status: Number(statusLine.split(" ")[1]), headers, body });
    });
    socket.write(request, "latin1");
  });
}

/** A GET request line and headers; Connection: close so that the answer ends with the connection. */
export const rawGet = (target: string, headers: Record<string, string> = {}) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
  Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("") +
  "\r\n";

/** Sends requests a few at a time; answers in the order asked. */
export async function sendAllRaw(port: number, requests: string[], parallel = 8): Promise<Reply[]> {
  const got: Reply[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      got[i] = await sendRaw(port, requests[i]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return got;
}
