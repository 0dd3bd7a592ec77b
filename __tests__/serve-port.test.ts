/**
 * The port of the preview server (scripts/serve.ts, run by `npm start` and `npm run serve`): PORT is honoured and
 * the port printed; a port already in use, or a PORT that is not a port, ends it with a message saying which port and
 * what to do, both when serving and for `--check-port` (what `npm start` asks before it builds). Needs a built site.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { freePort } from "../test-support/serve-process";

const ROOT = path.join(__dirname, "..");
const SERVE = path.join(ROOT, "scripts", "serve.ts");
const node = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", SERVE, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 20000,
  });

/** A port taken by a server of this test, on loopback. */
async function takenPort(): Promise<{ port: number; server: Server }> {
  const port = await freePort();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, server };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "out", "index.html"))) throw new Error("out/ is not built: npm run build first");
});

test("PORT is honoured, and the port printed", async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", SERVE, "out"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no output in 15 s: ${out}`)), 15000);
      child.stdout!.on("data", (d: Buffer) => {
        out += d;
        if (!out.includes("\n")) return;
        clearTimeout(timer);
        resolve(out);
      });
      child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`exited ${code}: ${out}`))));
    });
    expect(line).toContain(`on http://localhost:${port}/ (port ${port}; another: PORT=<port> npm run serve)`);
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { Connection: "close" } });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  } finally {
    await new Promise<void>((resolve) =>
      child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill()),
    );
  }
});

test.each([[["out"]], [["--check-port"]]])(
  "%j on a port in use: exit 1 naming the port and another to choose",
  async (args) => {
    const { port, server } = await takenPort();
    try {
      const run = node(args, { PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`serve: port ${port} is already in use`);
      expect(run.stderr).toMatch(/choose another port, e\.g\. PORT=\d+ npm run serve/);
    } finally {
      server.close();
    }
  },
);

test("--check-port on a free port: exit 0, nothing said", async () => {
  const run = node(["--check-port"], { PORT: String(await freePort()) });
  expect([run.status, run.stderr]).toEqual([0, ""]);
});

test("a PORT that is not a port: exit 2 saying so", () => {
  const run = node(["out"], { PORT: "http" });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(
    "serve: the port must be a whole number from 0 to 65535 (got http; set PORT or pass it)",
  );
});
