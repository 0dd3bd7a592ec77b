/** datapackage.json and the zip of all CSVs, computed from the CSVs as served in out/data/. Stub. */
import type { Output } from "./outputs";

export function dataPackageFiles(_outDir: string): Output[] {
  return [];
}
