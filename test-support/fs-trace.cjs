/**
 * Preloaded into a build (NODE_OPTIONS="--require <this file>", FRT_FS_TRACE=<log file>) by the test that checks the
 * build reads back no file it wrote: in the process that runs scripts/build.ts only (its script is argv[1]; tsx's
 * launcher, next build and its workers log nothing), every file it writes and every file it reads whole through
 * node:fs (readFileSync, writeFileSync, readFile, writeFile and their promise forms: how the site's code reads and
 * writes files) is logged, in order, as JSON lines `{"op":"write"|"read","path":<absolute>}`.
 */
const fs = require("node:fs");
const path = require("node:path");
const { syncBuiltinESMExports } = require("node:module");

const log = process.env.FRT_FS_TRACE;
if (log && /scripts[\\/]build\.ts$/.test(process.argv[1] ?? "")) {
  const lines = [];
  const note = (op, file) => {
    if (typeof file === "string") lines.push(JSON.stringify({ op, path: path.resolve(file) }));
  };
  const wrap = (obj, name, op) => {
    const original = obj[name];
    obj[name] = function (file, ...rest) {
      note(op, file);
      return original.call(this, file, ...rest);
    };
  };
  wrap(fs, "readFileSync", "read");
  wrap(fs, "writeFileSync", "write");
  wrap(fs, "readFile", "read");
  wrap(fs, "writeFile", "write");
  wrap(fs.promises, "readFile", "read");
  wrap(fs.promises, "writeFile", "write");
  syncBuiltinESMExports();
  process.on("exit", () => fs.appendFileSync(log, lines.map((l) => `${l}\n`).join("")));
}
