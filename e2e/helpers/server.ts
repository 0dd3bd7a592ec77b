/**
 * The built site (out/) served by scripts/serve.mjs on a free localhost port, as a child process.
 *
 *   let server: SiteServer; beforeAll(async () => { server = await startServer(); }); afterAll(() => server?.close());
 *   server.url("/charts/bilateral-trade/") // → "http://127.0.0.1:PORT/charts/bilateral-trade/"
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

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

/** A free TCP port on loopback (also used by bench/). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/serve.mjs <dir> <port>` and resolves once it listens (rejects if it exits or takes > 15 s). */
export async function startServer(dir = OUT_DIR): Promise<SiteServer> {
  requireOut(dir);
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs"), dir, String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`serve.mjs did not start in 15 s:\n${output}`)); }, 15000);
    child.stdout!.on("data", (d: Buffer) => {
      output += d;
      if (output.includes("serving ")) { clearTimeout(timer); resolve(); }
    });
    child.stderr!.on("data", (d: Buffer) => { output += d; });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`serve.mjs exited with ${code}:\n${output}`)); });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => new URL(p, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
