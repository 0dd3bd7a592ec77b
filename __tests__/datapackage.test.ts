/**
 * out/datapackage.json and out/data/fr-ru-trade-data.zip, as built: the package validates (required properties,
 * resource paths, field types, keys), it describes every CSV in out/data/ with the right bytes and sha256 and with
 * constraints the data meet, and the zip holds exactly the CSVs, datapackage.json and README.txt, intact, with fixed
 * timestamps and permissions. The zip is read with yauzl (through its central directory) and, a second time, entry
 * by entry from its local headers with zlib (as `unzip -t` reads it), never with the code that writes it. Field types
 * are checked against the Table Schema specification's list, written here. Needs a built site (npm run build; npm test
 * builds it first, in pretest).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync, inflateRawSync } from "node:zlib";
import Papa from "papaparse";
import yauzl from "yauzl";
import { dataPackageFiles, DATAPACKAGE_PATH, ZIP_PATH, type DataPackage } from "../lib/publish/datapackage";
import { zip } from "../lib/publish/zip";

const OUT = path.join(__dirname, "..", "out");
const built = existsSync(path.join(OUT, DATAPACKAGE_PATH)) && existsSync(path.join(OUT, ZIP_PATH));
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The field types of Table Schema v1 (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
const TABLE_SCHEMA_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
];

// ---- a focused Data Package (v1) validator ----------------------------------------------------------------------

const NAME = /^[a-z0-9._-]+$/;
const isText = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function checkLicenses(where: string, licenses: unknown, problems: string[]) {
  if (!Array.isArray(licenses) || licenses.length === 0)
    return void problems.push(`${where}: licenses must be a non-empty array`);
  for (const l of licenses) {
    if (!isObject(l) || !(isText(l.name) || isText(l.path)))
      problems.push(`${where}: a license needs a name or a path`);
    else if (isText(l.path) && !/^https?:\/\//.test(l.path))
      problems.push(`${where}: license path ${l.path} is not a URL`);
  }
}

function checkSources(where: string, sources: unknown, paths: Set<string>, problems: string[]) {
  if (!Array.isArray(sources) || sources.length === 0)
    return void problems.push(`${where}: sources must be a non-empty array`);
  for (const s of sources) {
    if (!isObject(s) || !isText(s.title)) problems.push(`${where}: a source needs a title`);
    else if (s.path !== undefined && !(isText(s.path) && (/^https?:\/\//.test(s.path) || paths.has(s.path)))) {
      problems.push(`${where}: source path ${String(s.path)} is neither a URL nor a file of the package`);
    }
  }
}

/** Problems (empty when none) of a data package whose resource paths are relative to `dir`. */
function validateDataPackage(pkg: unknown, dir: string): string[] {
  const problems: string[] = [];
  if (!isObject(pkg)) return ["datapackage.json is not an object"];
  if (!isText(pkg.name) || !NAME.test(pkg.name))
    problems.push(`name "${String(pkg.name)}" must be lower-case [a-z0-9._-]`);
  for (const k of ["title", "description"]) if (!isText(pkg[k])) problems.push(`${k} is required`);
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0)
    return [...problems, "resources must be a non-empty array"];
  const resources = pkg.resources as unknown[];
  const paths = new Set(resources.map((r) => (isObject(r) ? String(r.path) : "")));
  checkLicenses("package", pkg.licenses, problems);
  checkSources("package", pkg.sources, paths, problems);
  const names = new Set<string>();
  const fieldsOf = new Map<string, Set<string>>();
  for (const r of resources) {
    if (!isObject(r)) {
      problems.push("a resource is not an object");
      continue;
    }
    const where = `resource ${String(r.name)}`;
    if (!isText(r.name) || !NAME.test(r.name)) problems.push(`${where}: name must be lower-case [a-z0-9._-]`);
    else if (names.has(r.name)) problems.push(`${where}: duplicate name`);
    else names.add(r.name);
    if (!isText(r.path) || !/^data\/[^/]+\.csv$/.test(r.path))
      problems.push(`${where}: path "${String(r.path)}" must be data/<file>.csv`);
    else if (!existsSync(path.join(dir, r.path))) problems.push(`${where}: ${r.path} does not exist in ${dir}`);
    for (const k of ["title", "description"]) if (!isText(r[k])) problems.push(`${where}: ${k} is required`);
    if (r.format !== "csv") problems.push(`${where}: format must be csv`);
    if (r.mediatype !== "text/csv") problems.push(`${where}: mediatype must be text/csv`);
    if (r.encoding !== "utf-8") problems.push(`${where}: encoding must be utf-8`);
    if (!Number.isInteger(r.bytes) || (r.bytes as number) <= 0)
      problems.push(`${where}: bytes must be a positive integer`);
    if (typeof r.hash !== "string" || !/^sha256:[0-9a-f]{64}$/.test(r.hash))
      problems.push(`${where}: hash must be sha256:<64 hex>`);
    checkLicenses(where, r.licenses, problems);
    checkSources(where, r.sources, paths, problems);
    const schema = r.schema;
    if (!isObject(schema) || !Array.isArray(schema.fields) || schema.fields.length === 0) {
      problems.push(`${where}: schema.fields must be a non-empty array`);
      continue;
    }
    const fields = new Set<string>();
    for (const f of schema.fields as unknown[]) {
      if (!isObject(f) || !isText(f.name)) {
        problems.push(`${where}: a field has no name`);
        continue;
      }
      const fw = `${where}.${f.name}`;
      if (fields.has(f.name)) problems.push(`${fw}: duplicate field`);
      fields.add(f.name);
      if (!TABLE_SCHEMA_TYPES.includes(f.type as string))
        problems.push(`${fw}: type "${String(f.type)}" is not a Table Schema type`);
      if (!isText(f.description)) problems.push(`${fw}: description is required`);
      if (f.unit !== undefined && !isText(f.unit)) problems.push(`${fw}: unit must be text`);
      if (f.constraints === undefined) continue;
      if (!isObject(f.constraints)) {
        problems.push(`${fw}: constraints must be an object`);
        continue;
      }
      const c = f.constraints;
      const numeric = f.type === "integer" || f.type === "number";
      for (const k of ["minimum", "maximum"]) {
        if (c[k] !== undefined && (!numeric || typeof c[k] !== "number"))
          problems.push(`${fw}: ${k} needs a numeric field and a number`);
      }
      if (
        c.enum !== undefined &&
        (!Array.isArray(c.enum) || c.enum.length === 0 || c.enum.some((v) => typeof v !== "string"))
      )
        problems.push(`${fw}: enum must be a non-empty array of strings`);
      if (c.pattern !== undefined) {
        try {
          new RegExp(`^(?:${String(c.pattern)})$`);
        } catch {
          problems.push(`${fw}: pattern does not compile`);
        }
      }
      const allowed = ["required", "unique", "minimum", "maximum", "enum", "pattern", "minLength", "maxLength"];
      for (const k of Object.keys(c)) if (!allowed.includes(k)) problems.push(`${fw}: unknown constraint ${k}`);
    }
    fieldsOf.set(String(r.name), fields);
    const pk = schema.primaryKey;
    if (!Array.isArray(pk) || pk.length === 0) problems.push(`${where}: primaryKey must be a non-empty array`);
    else for (const k of pk) if (!fields.has(k)) problems.push(`${where}: primaryKey field "${k}" is not a field`);
  }
  for (const r of resources) {
    if (!isObject(r) || !isObject(r.schema) || r.schema.foreignKeys === undefined) continue;
    for (const fk of r.schema.foreignKeys as { fields: string; reference: { resource: string; fields: string } }[]) {
      const own = fieldsOf.get(String(r.name));
      const target = fieldsOf.get(fk.reference?.resource);
      if (!own?.has(fk.fields))
        problems.push(`resource ${String(r.name)}: foreign key field ${fk.fields} is not a field`);
      if (!target?.has(fk.reference?.fields))
        problems.push(
          `resource ${String(r.name)}: foreign key target ${fk.reference?.resource}.${fk.reference?.fields} does not exist`,
        );
    }
  }
  return problems;
}

/** Rows that break the resource's Table Schema (types, required, enum, min/max, whole-value pattern, unique key). */
function dataProblems(pkg: DataPackage, r: DataPackage["resources"][number], dir: string): string[] {
  const text = readFileSync(path.join(dir, r.path), "utf8");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const problems: string[] = parsed.errors.map((e) => `${r.path}: ${e.message}`);
  const names = r.schema.fields.map((f) => f.name);
  if (header.join(",") !== names.join(","))
    return [`${r.path}: header ${header.join(",")} ≠ fields ${names.join(",")}`];
  const keys = new Set<string>();
  const countries = new Set(
    Papa.parse<string[]>(readFileSync(path.join(dir, "data/countries.csv"), "utf8"), { skipEmptyLines: true })
      .data.slice(1)
      .map((row) => row[0]),
  );
  for (const [i, row] of rows.entries()) {
    const at = `${r.path} row ${i + 2}`;
    r.schema.fields.forEach((f, j) => {
      const v = row[j] ?? "";
      const c = f.constraints;
      if (v === "") return void (c.required && problems.push(`${at}: ${f.name} is empty`));
      if (f.type === "integer" && !/^-?\d+$/.test(v)) problems.push(`${at}: ${f.name} "${v}" is not an integer`);
      if (f.type === "number" && !Number.isFinite(Number(v))) problems.push(`${at}: ${f.name} "${v}" is not a number`);
      if (c.minimum !== undefined && Number(v) < c.minimum) problems.push(`${at}: ${f.name} ${v} < ${c.minimum}`);
      if (c.maximum !== undefined && Number(v) > c.maximum) problems.push(`${at}: ${f.name} ${v} > ${c.maximum}`);
      if (c.enum && !c.enum.includes(v)) problems.push(`${at}: ${f.name} "${v}" not in enum`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v))
        problems.push(`${at}: ${f.name} "${v}" does not match ${c.pattern}`);
    });
    const key = JSON.stringify(r.schema.primaryKey.map((k) => row[names.indexOf(k)]));
    if (keys.has(key)) problems.push(`${at}: duplicate primary key ${key}`);
    keys.add(key);
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = pkg.resources.find((x) => x.name === fk.reference.resource);
      if (target?.path !== "data/countries.csv") problems.push(`${r.path}: foreign key to an unexpected resource`);
      else if (!countries.has(row[names.indexOf(fk.fields)]))
        problems.push(`${at}: ${fk.fields} "${row[names.indexOf(fk.fields)]}" not in countries.csv`);
    }
    if (problems.length > 20) break;
  }
  return problems;
}

// ---- zip reader: yauzl, independent of lib/publish/zip.ts (and of fflate) ---------------------------------------

interface ZipItem {
  name: string;
  method: number;
  crc: number;
  size: number;
  madeBy: number;
  mode: number;
  dosDate: number;
  dosTime: number;
  data: Buffer;
}

/** Every entry of a zip, in order: its central-directory fields and its extracted bytes (yauzl checks the sizes). */
function readZip(buf: Buffer): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zipfile) => {
      if (err) return reject(err);
      const items: ZipItem[] = [];
      zipfile.on("error", reject);
      zipfile.on("end", () => resolve(items));
      zipfile.on("entry", (entry: yauzl.Entry) => {
        zipfile.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            items.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              crc: entry.crc32,
              size: entry.uncompressedSize,
              madeBy: entry.versionMadeBy >> 8,
              mode: entry.externalFileAttributes >>> 16,
              dosDate: entry.lastModFileDate,
              dosTime: entry.lastModFileTime,
              data: Buffer.concat(chunks),
            });
            zipfile.readEntry();
          });
        });
      });
      zipfile.readEntry();
    });
  });
}

/**
 * Every entry of a zip read front to back from its local file headers (signature PK\x03\x04), the way `unzip -t`
 * walks it, independently of the central directory that yauzl reads: name, CRC-32 and size as the local header
 * records them, and the data inflated with zlib (method 8) or taken as stored (method 0).
 */
function readLocalEntries(buf: Buffer): { name: string; crc: number; size: number; data: Buffer }[] {
  const entries: { name: string; crc: number; size: number; data: Buffer }[] = [];
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const flags = buf.readUInt16LE(at + 6);
    const method = buf.readUInt16LE(at + 8);
    const [crc, packed, size] = [buf.readUInt32LE(at + 14), buf.readUInt32LE(at + 18), buf.readUInt32LE(at + 22)];
    const [nameLength, extraLength] = [buf.readUInt16LE(at + 26), buf.readUInt16LE(at + 28)];
    if (flags & 0x08) throw new Error(`entry at ${at}: sizes in a data descriptor, not in the local header`);
    const name = buf.toString("utf8", at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    const raw = buf.subarray(start, start + packed);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    entries.push({ name, crc, size, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at = start + packed;
  }
  expect(buf.readUInt32LE(at)).toBe(0x02014b50); // the central directory follows the last entry
  return entries;
}

/** CRC-32 of some bytes, from zlib: the trailer of a gzip member is the CRC-32 of its content, then its size. */
function crc32(data: Buffer): number {
  const gz = gzipSync(data);
  return gz.readUInt32LE(gz.length - 8);
}

/** 1980-01-01 as a DOS date ((year - 1980) << 9 | month << 5 | day), and 00:00:00 as a DOS time. */
const DOS_1980_01_01 = (1 << 5) | 1;

// ---- tests ----------------------------------------------------------------------------------------------------

if (!built) {
  test("the built site is present", () => {
    throw new Error(
      `${path.join(OUT, DATAPACKAGE_PATH)} or ${path.join(OUT, ZIP_PATH)} is missing: build the site first with \`npm run build\` (npm test builds it in pretest)`,
    );
  });
} else {
  const pkgText = readFileSync(path.join(OUT, DATAPACKAGE_PATH), "utf8");
  const pkg = JSON.parse(pkgText) as DataPackage;
  const served = readdirSync(path.join(OUT, "data"))
    .filter((f) => f.endsWith(".csv"))
    .sort();

  describe("datapackage.json", () => {
    test("validates as a Data Package (required properties, paths, types, keys)", () => {
      expect(validateDataPackage(pkg, OUT)).toEqual([]);
    });

    test("describes exactly the CSVs served in out/data/", () => {
      expect(pkg.resources.map((r) => r.path).sort()).toEqual(served.map((f) => `data/${f}`));
      expect(served.length).toBeGreaterThanOrEqual(9);
    });

    test("bytes and sha256 of every resource are those of the served file", () => {
      for (const r of pkg.resources) {
        const buf = readFileSync(path.join(OUT, r.path));
        expect({ path: r.path, bytes: r.bytes, hash: r.hash }).toEqual({
          path: r.path,
          bytes: buf.length,
          hash: `sha256:${sha256(buf)}`,
        });
      }
    });

    test("every file meets its Table Schema (types, enums, ranges, patterns, primary and foreign keys)", () => {
      for (const r of pkg.resources) expect(dataProblems(pkg, r, OUT)).toEqual([]);
    });

    test("units are kept as a custom property; licences and sources are at package and resource level", () => {
      const value = pkg.resources
        .find((r) => r.path === "data/trade-france.csv")!
        .schema.fields.find((f) => f.name === "value_usd_m")!;
      expect(value.unit).toBe("USD millions, current prices");
      expect(value.description).toMatch(/USD millions/);
      expect(pkg.licenses.length).toBeGreaterThan(0);
      expect(pkg.sources.some((s) => s.path === "https://data.imf.org/")).toBe(true);
    });

    test("rebuilt now from out/data, it is byte for byte the one the build wrote, and so is the zip", () => {
      const again = dataPackageFiles(OUT);
      expect(again.map((o) => o.path)).toEqual([DATAPACKAGE_PATH, ZIP_PATH]);
      expect(again[0].content).toBe(pkgText);
      const zipNow = Buffer.from(again[1].content);
      const zipBuilt = readFileSync(path.join(OUT, ZIP_PATH));
      expect({ bytes: zipNow.length, sha256: sha256(zipNow) }).toEqual({
        bytes: zipBuilt.length,
        sha256: sha256(zipBuilt),
      });
    });
  });

  describe(ZIP_PATH, () => {
    const buf = readFileSync(path.join(OUT, ZIP_PATH));
    let items: ZipItem[];
    beforeAll(async () => {
      items = await readZip(buf);
    });

    test("holds exactly datapackage.json, README.txt and every CSV under data/, in the package's order", () => {
      expect(items.map((i) => i.name)).toEqual([DATAPACKAGE_PATH, "README.txt", ...pkg.resources.map((r) => r.path)]);
      expect(items.map((i) => i.name).sort()).toEqual(
        [DATAPACKAGE_PATH, "README.txt", ...served.map((f) => `data/${f}`)].sort(),
      );
    });

    test("every source file README.txt names exists (lib/…, scripts/…)", () => {
      const text = items.find((i) => i.name === "README.txt")!.data.toString("utf8");
      const paths = [...text.matchAll(/\b((?:lib|scripts)\/[\w./-]+\.(?:ts|tsx))\b/g)].map((m) => m[1]);
      expect(paths.length).toBeGreaterThanOrEqual(4);
      expect(paths.filter((p) => !existsSync(path.join(__dirname, "..", p)))).toEqual([]);
    });

    test("every entry's CRC-32 and size match its content, and the content is the served file", () => {
      for (const item of items) {
        expect({ name: item.name, crc: item.crc, size: item.size }).toEqual({
          name: item.name,
          crc: crc32(item.data),
          size: item.data.length,
        });
        if (item.name !== "README.txt")
          expect({ name: item.name, same: item.data.equals(readFileSync(path.join(OUT, item.name))) }).toEqual({
            name: item.name,
            same: true,
          });
      }
      expect(items.find((i) => i.name === DATAPACKAGE_PATH)!.data.toString("utf8")).toBe(pkgText);
    });

    test("every entry has the fixed timestamp 1980-01-01 00:00:00 and Unix mode rw-r--r--; the CSVs are deflated", () => {
      for (const item of items) {
        expect({
          name: item.name,
          date: item.dosDate,
          time: item.dosTime,
          madeBy: item.madeBy,
          mode: item.mode.toString(8),
        }).toEqual({
          name: item.name,
          date: DOS_1980_01_01,
          time: 0,
          madeBy: 3,
          mode: "100644",
        });
        if (item.name.endsWith(".csv"))
          expect({ name: item.name, method: item.method }).toEqual({ name: item.name, method: 8 });
      }
    });

    test("README.txt says what it is, how to open the CSVs as UTF-8, the sources, the licences and how it was built", () => {
      const readme = items.find((i) => i.name === "README.txt")!.data.toString("utf8");
      for (const heading of ["WHAT THIS IS", "OPENING IN A SPREADSHEET", "SOURCES", "LICENCES", "HOW IT WAS BUILT"])
        expect(readme).toContain(heading);
      expect(readme).toContain("IMF, Direction of Trade Statistics");
      const opening = /OPENING IN A SPREADSHEET\n([\s\S]*?)\n\n/.exec(readme)![1];
      expect(opening.replace(/\s+/g, " ")).toContain("File origin to 65001: Unicode (UTF-8)");
      expect(opening).toContain("without a byte-order mark (BOM)");
      for (const line of opening.split("\n")) expect(line.length).toBeLessThanOrEqual(115);
      for (const f of served) expect(readme).toContain(`data/${f}`);
    });

    test("read from its local headers (as unzip -t does), every entry inflates to its CRC-32 and size, the same bytes", () => {
      const local = readLocalEntries(buf);
      expect(local.map((e) => e.name)).toEqual(items.map((i) => i.name));
      for (const e of local) {
        expect({ name: e.name, crc: crc32(e.data), size: e.data.length }).toEqual({
          name: e.name,
          crc: e.crc,
          size: e.size,
        });
        const file =
          e.name === "README.txt"
            ? items.find((i) => i.name === "README.txt")!.data
            : readFileSync(path.join(OUT, e.name));
        expect({ name: e.name, sha256: sha256(e.data) }).toEqual({ name: e.name, sha256: sha256(file) });
      }
    });
  });

  describe("dataPackageFiles on a copy of out/data", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), "datapackage-"));
      mkdirSync(path.join(dir, "data"));
      for (const f of served) copyFileSync(path.join(OUT, "data", f), path.join(dir, "data", f));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test("the copy gives a package of the 23 CSVs, named after their files, derived ones first", () => {
      const copy = JSON.parse(String(dataPackageFiles(dir)[0].content)) as DataPackage;
      const names = [
        "bilateral-trade",
        "france-top-partners",
        "russia-top-partners",
        "russia-partner-ranks",
        "france-export-markets",
        "imf-estimate-checks",
        "fr-ru-monthly-trade",
        "fr-ru-annual-trade",
        "claims-results",
        "claims",
        "countries",
        "trade-france",
        "trade-russia",
        "trade-belarus",
        "trade-all-reporters",
        "trade-russia-imts",
        "comtrade-exports-to-russia",
        "comtrade-exports-france",
        "russia-customs-main-partners",
        "fdi-projects",
        "fdi-flows",
        "fr-ru-monthly",
        "ecb-usd-per-eur",
      ];
      expect(copy.resources).toHaveLength(23);
      expect(copy.resources.map((r) => r.name)).toEqual(names);
      expect(copy.resources.map((r) => r.path)).toEqual(names.map((n) => `data/${n}.csv`));
    });

    test("a CSV without a schema stops the build, naming the file", () => {
      writeFileSync(path.join(dir, "data", "mystery.csv"), "a,b\n1,2\n");
      expect(() => dataPackageFiles(dir)).toThrow(/out\/data\/mystery\.csv is served without a schema/);
    });

    test("a CSV in a subfolder of out/data is caught too", () => {
      mkdirSync(path.join(dir, "data", "extra"));
      writeFileSync(path.join(dir, "data", "extra", "x.csv"), "a\n1\n");
      expect(() => dataPackageFiles(dir)).toThrow(/out\/data\/extra\/x\.csv/);
    });

    test("a listed CSV that is missing, or whose header differs from its schema, stops the build", () => {
      rmSync(path.join(dir, "data", "countries.csv"));
      expect(() => dataPackageFiles(dir)).toThrow(/out\/data\/countries\.csv listed in SERVED_CSVS but not found/);
      writeFileSync(path.join(dir, "data", "countries.csv"), "code,name\nFRA,France\n");
      expect(() => dataPackageFiles(dir)).toThrow(/out\/data\/countries\.csv: header "code,name" does not match/);
    });
  });
}

describe("zip writer", () => {
  const entries = [
    { name: "a.txt", data: "x".repeat(1000) },
    { name: "dir/é.txt", data: Buffer.from([1, 2, 3]) },
  ];

  test("is deterministic and readable, entries in order, deflated when that is smaller, else stored", async () => {
    const z = zip(entries);
    expect(zip(entries).equals(z)).toBe(true);
    const items = await readZip(z);
    expect(items.map((i) => [i.name, i.method, i.data.toString("latin1")])).toEqual([
      ["a.txt", 8, "x".repeat(1000)],
      ["dir/é.txt", 0, "\x01\x02\x03"],
    ]);
    for (const i of items) expect([i.crc, i.size]).toEqual([crc32(i.data), i.data.length]);
    expect(z.length).toBeLessThan(300); // 1000 × "x" deflated
    const names = await readZip(
      zip([
        { name: "b", data: "" },
        { name: "a", data: "" },
        { name: "c/d", data: "" },
      ]),
    );
    expect(names.map((i) => i.name)).toEqual(["b", "a", "c/d"]);
  });

  test("gives the same bytes, dated 1980-01-01 00:00:00, in any time zone", async () => {
    // a separate process per zone (TZ is read at start-up); entries as strings, to pass them as JSON
    const textEntries = [
      { name: "a.txt", data: "x".repeat(1000) },
      { name: "dir/é.txt", data: "\u0001\u0002\u0003" },
    ];
    const script = `import { zip } from "./lib/publish/zip"; process.stdout.write(zip(${JSON.stringify(textEntries)}).toString("base64"));`;
    const tsx = path.join(__dirname, "..", "node_modules", ".bin", "tsx");
    const inZone = (TZ: string) =>
      Buffer.from(
        execFileSync(tsx, ["-e", script], {
          cwd: path.join(__dirname, ".."),
          env: { ...process.env, TZ },
          encoding: "utf8",
        }),
        "base64",
      );
    const [utc, kiritimati, newfoundland] = ["UTC", "Pacific/Kiritimati", "America/St_Johns"].map(inZone);
    expect(utc.equals(zip(textEntries))).toBe(true);
    expect(kiritimati.equals(utc)).toBe(true);
    expect(newfoundland.equals(utc)).toBe(true);
    for (const i of await readZip(kiritimati))
      expect([i.name, i.dosDate, i.dosTime]).toEqual([i.name, DOS_1980_01_01, 0]);
  });

  test.each([
    ["../x", /invalid entry name "\.\.\/x"/],
    ["a/../b", /invalid entry name/],
    ["/etc/passwd", /invalid entry name "\/etc\/passwd"/],
    ["a\\b", /invalid entry name/],
    ["", /invalid entry name ""/],
    ["7", /bare number/],
  ])("refuses the entry name %j", (name, error) => {
    expect(() => zip([{ name, data: "" }])).toThrow(error);
  });

  test("refuses a duplicate entry", () => {
    expect(() =>
      zip([
        { name: "a", data: "1" },
        { name: "b", data: "" },
        { name: "a", data: "2" },
      ]),
    ).toThrow(/duplicate entry "a"/);
  });
});
