/**
 * Reads one cell of a raw IMF workbook straight from the sheet XML inside the .xlsx (yauzl + regular expressions),
 * independently of lib/extract/imf-workbook.ts, so that tests can check the extraction against the source.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { decodeXML } from "entities";
import { zipParts } from "./zip-parts";

/** Every entry of a zip file, as text. */
export async function unzipText(file: string): Promise<Map<string, string>> {
  const parts = await zipParts(readFileSync(file));
  return new Map([...parts].map(([name, bytes]) => [name, bytes.toString("utf8")]));
}

const workbooks = new Map<string, Promise<Map<string, string>>>();

/** One cell of a raw workbook (in `dir`, by default the IMF one): a number, a (shared or inline) string, or
 *  undefined when it holds no value. */
export async function rawCell(
  file: string,
  sheet: string,
  ref: string,
  dir = "data/raw/imf-dots",
): Promise<number | string | undefined> {
  const key = `${dir}/${file}`;
  if (!workbooks.has(key)) workbooks.set(key, unzipText(path.join(__dirname, "..", dir, file)));
  const zip = await workbooks.get(key)!;
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(\\w+)"`).exec(zip.get("xl/workbook.xml")!)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(
    zip.get("xl/_rels/workbook.xml.rels")!,
  )![1];
  const xml = zip.get(`xl/${target}`)!;
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>(.*?)</c>)`).exec(xml);
  if (!cell) return undefined;
  const [, attrs, body = ""] = cell;
  const type = /t="(\w+)"/.exec(attrs)?.[1];
  if (type === "inlineStr") return decodeXML(/<t[^>]*>(.*?)<\/t>/s.exec(body)![1]);
  const v = /<v>(.*?)<\/v>/s.exec(body)?.[1];
  if (v === undefined) return undefined;
  if (type === "s")
    return decodeXML(
      [...zip.get("xl/sharedStrings.xml")!.matchAll(/<si>(.*?)<\/si>/gs)][Number(v)][1].replace(/<[^>]+>/g, ""),
    );
  if (type === undefined || type === "n") return Number(v);
  throw new Error(`${file} [${sheet}]!${ref}: unexpected cell type ${type}`);
}
