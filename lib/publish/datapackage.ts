/**
 * datapackage.json (a Frictionless Data Package, v1 spec, tabular profile) and out/data/fr-ru-trade-data.zip,
 * computed from the CSVs as they are served in out/data/: bytes and sha256 are those of the served files.
 *
 * Every *.csv under out/data/ must be listed, with its schema, in SERVED_CSVS (lib/publish/served-csvs.ts), and every
 * listed CSV must be there with the header its schema gives: otherwise the build stops, naming the file, so that no
 * CSV is served undocumented.
 *
 * The package is English, the machine-readable copy: every title, description, unit, source and licence is the
 * schemas' message ids worded by messages/en.json, the catalogue's own words (lib/publish/catalogue.ts).
 */
import { VIEW_CSV_DIR } from "./view-csv";
import Papa from "papaparse";
import type { Output } from "./files";
import { SERVED_CSVS, type ServedCsv } from "./served-csvs";
import { zip } from "./zip";
import { sha256Hex } from "./hash";
import { CSV_ENCODING, MOJIBAKE, OPEN_IN_SPREADSHEET, XLSX_DOWNLOADS } from "./csv-encoding";
import { diskFiles, type SiteFiles } from "./files";
import type { Field, Licence, Source } from "../model/schemas";
import type { Locale } from "../i18n/locales";
import { columnIn, licenceIn, unitIn, wordsIn } from "./catalogue";
import { SITE } from "../site";
import { message } from "../i18n/translate";

export const DATAPACKAGE_PATH = "datapackage.json";
export const ZIP_PATH = "data/fr-ru-trade-data.zip";
export const PACKAGE_NAME = "fr-ru-trade";

export const TABLE_FIELD_TYPES = ["string", "number", "integer"] as const;

export interface PackageSource {
  title: string;
  path?: string;
}
export interface PackageLicense {
  title: string;
  path: string;
}
export interface TableField {
  name: string;
  type: (typeof TABLE_FIELD_TYPES)[number];
  description: string;
  /** custom property: unit of the values (also at the end of the description) */
  unit?: string;
  constraints: { required: boolean; enum?: string[]; minimum?: number; maximum?: number; pattern?: string };
}
export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}
export interface DataResource {
  profile: "tabular-data-resource";
  name: string;
  path: string;
  title: string;
  description: string;
  /** custom property: source data, derived at build, claims… */
  kind: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: { delimiter: ","; lineTerminator: string; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: TableField[]; primaryKey: string[]; foreignKeys?: ForeignKey[] };
  sources: PackageSource[];
  licenses: PackageLicense[];
}
export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  licenses: PackageLicense[];
  sources: PackageSource[];
  resources: DataResource[];
}

/** The package's language. */
const PACKAGE_LOCALE: Locale = "en";
/** The page of a licence that has one (the IMF's terms); any other licence points to its file on the /data page. */
const licencePage = (licence: Licence): string | undefined =>
  licence.length === 1 && licence[0] === "imf" ? "https://www.imf.org/external/terms.htm" : undefined;
const COUNTRIES = "countries.csv";

const resourceName = (file: string) =>
  file
    .replace(/\.csv$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-");

/** CSV paths under data/ of the site, relative to data/, sorted (subfolders included). */
/** The CSVs under data/, but each view's rows under data/views/ (./view-csv.ts): those are lines of a CSV listed here,
 *  under its schema, not data of their own. */
const csvFiles = (site: SiteFiles) =>
  site
    .list("data")
    .filter((f) => /\.csv$/i.test(f) && !f.startsWith(`${VIEW_CSV_DIR}/`))
    .map((f) => f.slice("data/".length))
    .sort();

/**
 * A JavaScript pattern (as lib/model/csv-parse.ts applies it: RegExp.test, anchored only by its own ^ and $) as a Table Schema
 * pattern, which must match the whole value: the outer ^…$ are dropped, an unanchored side gets [\s\S]*.
 */
export function fullMatchPattern(js: string): string {
  let core = js;
  const start = core.startsWith("^");
  if (start) core = core.slice(1);
  const end = core.endsWith("$") && !core.endsWith("\\$");
  if (end) core = core.slice(0, -1);
  if (start && end && !core.includes("|")) return core;
  return `${start ? "" : "[\\s\\S]*"}(?:${core})${end ? "" : "[\\s\\S]*"}`;
}

function tableField(file: string, f: Field, locale: Locale): TableField {
  const constraints: TableField["constraints"] = { required: !f.optional }; // csv-parse.ts refuses empty cells but in optional fields
  if (f.enum) constraints.enum = [...f.enum];
  if (f.minimum !== undefined) constraints.minimum = f.minimum;
  if (f.maximum !== undefined) constraints.maximum = f.maximum;
  if (f.pattern) constraints.pattern = fullMatchPattern(f.pattern);
  const description = columnIn(file, f, locale);
  const unit = f.unit && unitIn(f.unit, locale, `column ${f.name} of ${file}`);
  return {
    name: f.name,
    type: f.type,
    description: unit ? `${description} (unit: ${unit})` : description,
    ...(unit ? { unit } : {}),
    constraints,
  };
}

/** A schema source as a package source: a URL, or a path inside the package; repository paths go in the title. */
function packageSource(file: string, s: Source, packagePaths: ReadonlySet<string>, locale: Locale): PackageSource {
  const inPackage = s.path !== undefined && packagePaths.has(s.path);
  const words = wordsIn(locale, s.words, `a source of ${file}`);
  const title =
    s.path && !inPackage && !words.includes(s.path)
      ? `${words} (transcribed in ${s.path} in the site's source repository)`
      : words;
  const target = s.url ?? (inPackage ? s.path : undefined);
  return target ? { title, path: target } : { title };
}

function dedupeBy<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
const dedupe = <T>(items: T[]) => dedupeBy(items, (x) => JSON.stringify(x));

function checkServedFile(where: string, buf: Buffer, c: ServedCsv): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new Error(`${where}: not valid UTF-8, but datapackage.json would declare it utf-8`);
  }
  const header = (Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { preview: 1 }).data[0] ?? []).map(String);
  const expected = c.schema.fields.map((f) => f.name);
  if (header.join(",") !== expected.join(",")) {
    throw new Error(
      `${where}: header "${header.join(",")}" does not match the fields of its schema "${expected.join(",")}"`,
    );
  }
  for (const k of c.schema.primaryKey)
    if (!expected.includes(k)) throw new Error(`${where}: primary key field "${k}" is not a field of its schema`);
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The data package for the CSVs under data/ of the site `out` (a folder, or files in memory); throws, naming the
 *  file, on any CSV it cannot document. */
export function buildDataPackage(
  out: string | SiteFiles,
  served: readonly ServedCsv[] = SERVED_CSVS,
): { pkg: DataPackage; files: Map<string, Buffer> } {
  const site = typeof out === "string" ? diskFiles(out) : out;
  const found = csvFiles(site);
  if (found.length === 0)
    throw new Error("out/data/ has no CSV: the CSVs must be exported to out/data/ before the data package is written");
  const known = new Map(served.map((c) => [c.file, c]));
  const undocumented = found.filter((f) => !known.has(f));
  if (undocumented.length) {
    throw new Error(
      `data package: ${undocumented.map((f) => `out/data/${f}`).join(", ")} ${undocumented.length > 1 ? "are" : "is"} served without a schema; ` +
        "list each CSV with its schema in SERVED_CSVS (lib/publish/served-csvs.ts), or stop writing it, so that nothing is served undocumented",
    );
  }
  const missing = served.filter((c) => !found.includes(c.file));
  if (missing.length) {
    throw new Error(
      `data package: ${missing.map((c) => `out/data/${c.file}`).join(", ")} listed in SERVED_CSVS but not found in the export`,
    );
  }

  const packagePaths = new Set(served.map((c) => `data/${c.file}`));
  const names = new Set<string>();
  const files = new Map<string, Buffer>();
  const resources = served.map((c): DataResource => {
    const rel = `data/${c.file}`;
    const buf = site.read(rel);
    const lineTerminator = checkServedFile(`out/${rel}`, buf, c);
    const name = resourceName(c.file);
    if (names.has(name)) throw new Error(`data package: two CSVs give the resource name "${name}" (out/${rel})`);
    names.add(name);
    files.set(rel, buf);
    const foreignKeys: ForeignKey[] =
      known.has(COUNTRIES) && c.file !== COUNTRIES
        ? c.schema.fields
            .filter((f) => f.country)
            .map((f) => ({ fields: f.name, reference: { resource: resourceName(COUNTRIES), fields: "code" } }))
        : [];
    return {
      profile: "tabular-data-resource",
      name,
      path: rel,
      title: wordsIn(PACKAGE_LOCALE, c.schema.title, `the title of ${c.file}`),
      description: wordsIn(PACKAGE_LOCALE, c.schema.description, `the description of ${c.file}`),
      kind: c.kind,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: buf.length,
      hash: `sha256:${sha256Hex(buf)}`,
      dialect: { delimiter: ",", lineTerminator, quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: c.schema.fields.map((f) => tableField(c.file, f, PACKAGE_LOCALE)),
        primaryKey: [...c.schema.primaryKey],
        ...(foreignKeys.length ? { foreignKeys } : {}),
      },
      sources: dedupe(c.schema.sources.map((s) => packageSource(c.file, s, packagePaths, PACKAGE_LOCALE))),
      licenses: [
        {
          title: licenceIn(c.schema, PACKAGE_LOCALE),
          path: licencePage(c.schema.licence) ?? `${SITE.url}/data/#${c.file}`,
        },
      ],
    };
  });

  const pkg: DataPackage = {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    title: `${message("en", "site.name")}: data`,
    description:
      `${message("en", "site.description")} This package holds every CSV the site serves under /data/: the source tables extracted from ` +
      "the IMF workbooks and sourced web figures, the tables derived from them at build, and the article's claims with their checks.",
    homepage: `${SITE.url}/`,
    keywords: ["France", "Russia", "trade", "foreign direct investment", "IMF DOTS", "fact-check"],
    licenses: dedupe(resources.flatMap((r) => r.licenses)),
    sources: dedupeBy(
      [
        {
          title: `${SITE.article.author}, “${SITE.article.title}”, ${SITE.article.publisher}, ${SITE.article.date} (the article checked)`,
          path: SITE.article.url,
        },
        ...resources.flatMap((r) => r.sources),
      ],
      (s) => s.path ?? s.title,
    ),
    resources,
  };
  return { pkg, files };
}

/** `text` cut into lines of at most 115 characters at spaces, the first line after `first`, the others after `rest`. */
function wrap(text: string, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(" ")) {
    if (line.length + word.length > 115 && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  return [...lines, line.trimEnd()];
}

function readme(pkg: DataPackage): string {
  const width = Math.max(...pkg.resources.map((r) => r.path.length));
  const lines = [
    `${pkg.title}`,
    "=".repeat(pkg.title.length),
    "",
    "WHAT THIS IS",
    `Every CSV that ${pkg.homepage} serves under /data/, with datapackage.json: a Frictionless Data Package`,
    "(https://specs.frictionlessdata.io/data-package/) that describes each file: columns, types, units, constraints,",
    "primary key, sources, licence, size in bytes and SHA-256 hash. The files are UTF-8, comma-separated, with a header.",
    "",
    "OPENING IN A SPREADSHEET",
    ...wrap(MOJIBAKE, "  "),
    ...OPEN_IN_SPREADSHEET.flatMap((o) => wrap(`${o.app}: ${o.steps}`, "  - ", "    ")),
    ...wrap(`${CSV_ENCODING} ${XLSX_DOWNLOADS}`, "  "),
    "",
    "FILES",
    ...pkg.resources.map((r) => `  ${r.path.padEnd(width)}  ${r.title} (${r.bytes} bytes)`),
    `  ${"datapackage.json".padEnd(width)}  the description of the files above`,
    "",
    "SOURCES",
    ...pkg.sources
      .filter((s) => !s.path?.startsWith("data/"))
      .map((s) => `  - ${s.title}${s.path ? `\n    ${s.path}` : ""}`),
    "",
    "LICENCES",
    ...pkg.resources.map((r) => `  ${r.path.padEnd(width)}  ${r.licenses.map((l) => l.title).join("; ")}`),
    ...dedupe(
      pkg.licenses.filter((l) => l.path.startsWith("https://www.imf.org/")).map((l) => `  IMF terms: ${l.path}`),
    ),
    "",
    "HOW IT WAS BUILT",
    "  The source CSVs are extracted, deterministically, from the raw IMF Direction of Trade Statistics workbooks and",
    "  the sourced web figures (scripts/build-data.ts), and validated against their schemas (lib/model/schemas.ts) at",
    "  every build. The derived CSVs are computed from them by lib/derive/tables.ts, the same code that draws the",
    "  charts. The claims spec (data/claims.csv) is written by hand; the claims results are computed from it and the",
    "  data by lib/derive/claims/evaluate.ts. datapackage.json and this zip are written by",
    "  lib/publish/datapackage.ts from the files exactly as the site serves them; the zip has fixed timestamps, so the",
    "  same data give the same bytes.",
    "",
    "CHECKING",
    '  Compare `sha256sum data/*.csv` with the "hash" of each resource in datapackage.json, or run',
    "  `frictionless validate datapackage.json`.",
    "",
  ];
  return lines.join("\n");
}

/** out/datapackage.json and out/data/fr-ru-trade-data.zip (CSVs + datapackage.json + README.txt). */
export function dataPackageFiles(out: string | SiteFiles, served: readonly ServedCsv[] = SERVED_CSVS): Output[] {
  const { pkg, files } = buildDataPackage(out, served);
  const json = `${JSON.stringify(pkg, null, 2)}\n`;
  const archive = zip([
    { name: DATAPACKAGE_PATH, data: json },
    { name: "README.txt", data: readme(pkg) },
    ...[...files].map(([name, data]) => ({ name, data })),
  ]);
  return [
    { path: DATAPACKAGE_PATH, content: json },
    { path: ZIP_PATH, content: archive },
  ];
}
