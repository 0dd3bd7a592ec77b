/**
 * Starts the preview server (scripts/serve.ts) as a child process on a free loopback port and stops it: the one copy
 * of that code for the unit tests (__tests__/serve.test.ts), the browser tests (e2e/helpers/server.ts) and the bench
 * (bench/server.ts). It runs in `node --import tsx`, one process, so close() stops exactly the child it started.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const SERVE = path.join(__dirname, "..", "scripts", "serve.ts");

/** A free TCP port on loopback. */
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

export interface ServeProcess {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** true until the child exits */
  alive(): boolean;
  /** what the child printed on stdout and stderr so far */
  output(): string;
  close(): Promise<void>;
}

/** Starts `scripts/serve.ts <dir> <port>` and resolves once it listens (rejects if it exits or takes > 15 s). */
export async function startServeProcess(
  dir: string,
  opts: { cwd?: string; timeoutMs?: number } = {},
): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", SERVE, dir, String(port)], {
    cwd: opts.cwd ?? path.dirname(__dirname),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (d: Buffer) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`scripts/serve.ts did not start in ${opts.timeoutMs ?? 15000} ms:\n${output}`));
    }, opts.timeoutMs ?? 15000);
    child.stdout!.on("data", (d: Buffer) => {
      output += d;
      if (output.includes("serving ")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.ts exited (${signal ?? code}):\n${output}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    alive,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        if (!alive()) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
