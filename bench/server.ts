/** Runs `node scripts/serve.mjs <dir> <port>` on a free loopback port and stops it (only the child it started). */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../e2e/helpers/server";

export interface Served {
  origin: string;
  stop(): Promise<void>;
}

export async function serve(root: string, dir: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), dir, String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start on ${port}: ${stderr}`)), 10_000);
    child.stdout!.on("data", (d) => {
      if (String(d).includes("serving")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (c) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited ${c}: ${stderr}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
