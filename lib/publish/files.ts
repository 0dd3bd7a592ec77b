/**
 * The one place where the publish stage touches files: a folder on disk, or memory (for tests, which can then run a
 * stage and inspect what it would write without writing anything). Paths are relative to the folder, with "/".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One file a stage computes: its path (relative to the folder it is written to) and content. */
export interface Output {
  path: string;
  content: string | Buffer;
}

export interface SiteFiles {
  read(rel: string): Buffer;
  exists(rel: string): boolean;
  /** every file under `dir` (recursively), as paths relative to the root */
  list(dir?: string): string[];
  write(rel: string, content: string | Buffer): void;
  /** deletes a file (what next build wrote that the site does not serve: lib/publish/static-pages.ts) */
  remove(rel: string): void;
}

function safe(rel: string): string {
  const norm = path.posix.normalize(rel);
  if (norm.startsWith("../") || norm === ".." || path.posix.isAbsolute(norm))
    throw new Error(`refusing to write outside the site: ${rel}`);
  return norm;
}

export function diskFiles(root: string): SiteFiles {
  const abs = (rel: string) => path.join(root, safe(rel));
  return {
    read: (rel) => readFileSync(abs(rel)),
    exists: (rel) => existsSync(abs(rel)),
    list: (dir = ".") =>
      existsSync(abs(dir))
        ? readdirSync(abs(dir), { recursive: true, encoding: "utf8" }) // Node ≥ 20.1 (Dirent.parentPath needs 20.12)
            .map((rel) => path.join(abs(dir), rel))
            .filter((file) => statSync(file).isFile())
            .map((file) => path.relative(root, file).split(path.sep).join("/"))
            .sort()
        : [],
    write: (rel, content) => {
      mkdirSync(path.dirname(abs(rel)), { recursive: true });
      writeFileSync(abs(rel), content);
    },
    remove: (rel) => {
      rmSync(abs(rel), { force: true });
      // and the folders it leaves empty, up to the root
      for (let dir = path.dirname(abs(rel)); dir.startsWith(path.resolve(root) + path.sep); dir = path.dirname(dir)) {
        if (readdirSync(dir).length) break;
        rmdirSync(dir);
      }
    },
  };
}

/** Writes and deletions go to memory (`written`, `removed`); reads see them first, then `base` (e.g. the real out/). */
export function memoryFiles(base?: SiteFiles): SiteFiles & { written: Map<string, Buffer>; removed: Set<string> } {
  const written = new Map<string, Buffer>();
  const removed = new Set<string>();
  const under = (dir: string) => (p: string) => dir === "." || p.startsWith(safe(dir).replace(/\/?$/, "/"));
  return {
    written,
    removed,
    read: (rel) =>
      written.get(safe(rel)) ??
      (base && !removed.has(safe(rel))
        ? base.read(rel)
        : (() => {
            throw new Error(`no file ${rel}`);
          })()),
    exists: (rel) => written.has(safe(rel)) || (!removed.has(safe(rel)) && (base?.exists(rel) ?? false)),
    list: (dir = ".") =>
      [
        ...new Set([
          ...(base?.list(dir) ?? []).filter((p) => !removed.has(p)),
          ...[...written.keys()].filter(under(dir)),
        ]),
      ].sort(),
    write: (rel, content) => {
      removed.delete(safe(rel));
      written.set(safe(rel), Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8"));
    },
    remove: (rel) => {
      written.delete(safe(rel));
      removed.add(safe(rel));
    },
  };
}

/** Writes what `mem` wrote (and deletes what it removed) into `disk`: the build's one write of the site. Returns how
 *  many files were written. */
export function flushFiles(mem: ReturnType<typeof memoryFiles>, disk: SiteFiles): number {
  for (const p of mem.removed) if (disk.exists(p)) disk.remove(p);
  for (const [p, content] of mem.written) disk.write(p, content);
  return mem.written.size;
}
