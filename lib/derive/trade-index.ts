/**
 * Lookup of reporter-declared flows: value(partner, year, flow), undefined where the IMF has no figure.
 * Built once per list of records (memoised), since rankings, tables and claims all look flows up.
 */
import type { Flow } from "../model/constants";
import { origin, type TradeRecord } from "../model/load";

const built = new WeakMap<readonly TradeRecord[], TradeIndex>();

export interface TradeIndex {
  value(partner: string, year: number, flow: Flow): number | undefined;
  partners(year: number): string[];
  /** the `data/<file>:<line>` of the row a value was read from, undefined where there is none */
  source(partner: string, year: number, flow: Flow): string | undefined;
}

export function indexTrade(rows: readonly TradeRecord[]): TradeIndex {
  const done = built.get(rows);
  if (done) return done;
  const map = new Map<string, number>();
  const rowOf = new Map<string, TradeRecord>();
  const byYear = new Map<number, Set<string>>();
  for (const r of rows) {
    map.set(`${r.partner}|${r.year}|${r.flow}`, r.value_usd_m);
    rowOf.set(`${r.partner}|${r.year}|${r.flow}`, r);
    if (!byYear.has(r.year)) byYear.set(r.year, new Set());
    byYear.get(r.year)!.add(r.partner);
  }
  const index: TradeIndex = {
    value: (partner, year, flow) => map.get(`${partner}|${year}|${flow}`),
    partners: (year) => [...(byYear.get(year) ?? [])].sort(),
    source(partner, year, flow) {
      const row = rowOf.get(`${partner}|${year}|${flow}`);
      return row && origin(row);
    },
  };
  built.set(rows, index);
  return index;
}
