/** Runs `tsx scripts/serve.ts <dir> <port>` on a free loopback port and stops it (only the child it started). */
import { startServeProcess } from "../test-support/serve-process";

export interface Served {
  origin: string;
  stop(): Promise<void>;
}

export async function serve(root: string, dir: string): Promise<Served> {
  const server = await startServeProcess(dir, { cwd: root, timeoutMs: 10_000 });
  return { origin: server.origin, stop: server.close };
}
