/**
 * Times `npm run build` (scripts/build.ts: checks, prebuild, export images, briefing files, next build, postbuild) from a clean state: .next/ and out/
 * removed first. The phases are the times scripts/build.ts prints for each stage (`build: <stage> … <seconds> s`).
 */
import { spawn } from "node:child_process";
import { createWriteStream, lstatSync, readlinkSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BuildTiming } from "./types";

export async function timedBuild(root: string): Promise<BuildTiming> {
  const nm = path.join(root, "node_modules");
  if (
    lstatSync(nm, { throwIfNoEntry: false })?.isSymbolicLink() &&
    !path.resolve(root, readlinkSync(nm)).startsWith(root + path.sep)
  )
    throw new Error(
      `node_modules is a symlink to ${readlinkSync(nm)}, outside ${root}: Turbopack then fails with "Could not find the Next.js package". ` +
        `Use a hard-linked copy instead: rm ${nm} && cp -al <repo>/node_modules ${nm}`,
    );
  rmSync(path.join(root, ".next"), { recursive: true, force: true });
  rmSync(path.join(root, "out"), { recursive: true, force: true });
  const logFile = path.join(os.tmpdir(), `bench-build-${process.pid}.log`);
  const log = createWriteStream(logFile);
  const phases_s: Record<string, number> = {};
  const start = performance.now();
  const child = spawn("npm", ["run", "build"], {
    cwd: root,
    // Telemetry off so the timed build makes no network calls; it changes nothing in out/.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const tail: string[] = [];
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString().split("\n")) {
      const m = /^build: (checks|prebuild|export images|briefing files|next build|postbuild)\b.*? ([\d.]+) s$/.exec(
        line.trim(),
      );
      if (m) phases_s[m[1]] = Number(m[2]);
      if (line.trim()) tail.push(line);
    }
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  const end = performance.now();
  log.end();
  if (code !== 0) throw new Error(`npm run build exited ${code} (log: ${logFile}):\n${tail.join("\n")}`);
  return { total_s: round((end - start) / 1000), phases_s };
}

const round = (x: number) => Math.round(x * 10) / 10;
