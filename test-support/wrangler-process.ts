/**
 * Cloudflare Pages' own runtime on this machine: `wrangler pages dev <dir>` (the wrangler dev dependency, pinned in
 * package.json; its workerd binary comes from npm as an optional dependency) on a free loopback port, for
 * e2e/host.test.ts. Nothing leaves the machine: metrics, error reports and the Request.cf download are switched off,
 * and wrangler's state and config go to a temporary folder, removed at close(). The child starts a process group of
 * its own (wrangler and its workerd), and close() ends that group only.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./serve-process";

const ROOT = path.join(__dirname, "..");
export const WRANGLER_BIN = path.join(ROOT, "node_modules", "wrangler", "bin", "wrangler.js");
/** The date of the runtime's behaviour; the workerd that wrangler 4.86 ships supports dates up to its own. */
export const COMPATIBILITY_DATE = "2026-04-26";

export const wranglerInstalled = () => existsSync(WRANGLER_BIN);

export interface WranglerProcess {
  origin: string;
  port: number;
  output(): string;
  close(): Promise<void>;
}

export async function startWrangler(dir: string, timeoutMs = 60000): Promise<WranglerProcess> {
  const port = await freePort();
  const home = mkdtempSync(path.join(os.tmpdir(), "wrangler-"));
  const child = spawn(
    process.execPath,
    [
      WRANGLER_BIN,
      "pages",
      "dev",
      dir,
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--compatibility-date",
      COMPATIBILITY_DATE,
      "--show-interactive-dev-session=false",
    ],
    {
      cwd: home, // wrangler writes .wrangler/ state in its working folder
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: home,
        WRANGLER_SEND_METRICS: "false",
        WRANGLER_SEND_ERROR_REPORTS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
        WRANGLER_LOG_PATH: path.join(home, "logs"),
        WRANGLER_HIDE_BANNER: "true",
        NO_COLOR: "1",
      },
    },
  );
  let output = "";
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM"); // the group this child leads: wrangler and its workerd
    } catch {
      // already gone
    }
  };
  child.stderr!.on("data", (d: Buffer) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`wrangler pages dev did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout!.on("data", (d: Buffer) => {
      output += d;
      if (/Ready on http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`wrangler pages dev exited (${signal ?? code}):\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => (rmSync(home, { recursive: true, force: true }), resolve());
        if (!alive()) return done();
        child.once("exit", done);
        stop();
      }),
  };
}
