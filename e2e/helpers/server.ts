/**
 * The built site (out/) served by scripts/serve.ts on a free localhost port, as a child process
 * (started by test-support/serve-process.ts, which the unit tests and the bench use too).
 *
 *   let server: SiteServer; beforeAll(async () => { server = await startServer(); }); afterAll(() => server?.close());
 *   server.url("/charts/bilateral-trade/") // → "http://127.0.0.1:PORT/charts/bilateral-trade/"
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { startServeProcess } from "../../test-support/serve-process";

export const ROOT = path.resolve(__dirname, "../..");
export const OUT_DIR = path.join(ROOT, "out");

/** Throws a clear error when the site has not been built. */
export function requireOut(dir = OUT_DIR): void {
  if (!existsSync(path.join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html is missing: build the site first (npm run build; npm test does it in pretest)`);
  }
}

export interface SiteServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** absolute URL of a site path */
  url(p: string): string;
  close(): Promise<void>;
}

/** Starts `tsx scripts/serve.ts <dir> <port>` and resolves once it listens (rejects if it exits or takes > 15 s). */
export async function startServer(dir = OUT_DIR): Promise<SiteServer> {
  requireOut(dir);
  const server = await startServeProcess(dir);
  return { origin: server.origin, url: (p) => new URL(p, server.origin).href, close: server.close };
}
