/** The /data catalogue: every CSV served under /data/, with its schema and row count. */
import { dataset } from "./load";
import { derivedTables } from "./derived";
import { SCHEMAS, type Schema } from "./schemas";

export interface CatalogueEntry extends Schema { rows: number; kind: "source data" | "derived at build" }

export function catalogue(): CatalogueEntry[] {
  const ds = dataset();
  const counts: Record<string, number> = {
    "countries.csv": ds.countries.size,
    "trade-france.csv": ds.trade.FRA.length,
    "trade-russia.csv": ds.trade.RUS.length,
    "trade-belarus.csv": ds.trade.BLR.length,
    "fdi-projects.csv": ds.fdiProjects.length,
    "fdi-flows.csv": ds.fdiFlows.length,
  };
  const source = Object.values(SCHEMAS).map((s) => ({ ...s, rows: counts[s.file], kind: "source data" as const }));
  const derived = Object.values(derivedTables(ds)).map((t) => ({ ...t.schema, rows: t.rows.length, kind: "derived at build" as const }));
  return [...derived, ...source];
}
