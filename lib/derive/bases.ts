/**
 * One trade lookup per statistical basis (lib/model/constants.ts RANK_BASES): value(partner, year, flow) and the
 * partners with a figure in a year, seen from the reporter whose partners are ranked (France or Russia), so that
 * rankings, tables and claims compute every basis the same way.
 *
 * - as-reported: the reporter's own declarations (trade-france.csv, trade-russia.csv).
 * - belarus-filled: Russia's, with Belarus's missing flows taken from Belarus's declarations (Russia's exports to
 *   Belarus = Belarus's imports from Russia, and the reverse).
 * - belarus-excluded: Russia's, without Belarus in any year.
 * - partner-declared: each partner country's own declaration (trade-all-reporters.csv, countries only): the
 *   reporter's exports to X = X's declared imports from the reporter; its imports from X = X's declared exports to it.
 * - customs: Russia's customs figures for its 29 main partners (russia-customs-main-partners.csv, yearly rows).
 */
import { BELARUS, RUSSIA, type Flow, type RankBasis, type Reporter } from "../model/constants";
import { origin, type Dataset } from "../model/load";
import { indexTrade, type TradeIndex } from "./trade-index";

const other = (flow: Flow): Flow => (flow === "exports" ? "imports" : "exports");

/** A lookup over rows of the dataset, each under its key partner|year|flow with the value it gives there. */
function lookup(
  entries: Iterable<[string, { value: number; row: object }]>,
  byYear: Map<number, Set<string>>,
): TradeIndex {
  const map = new Map(entries);
  return {
    value: (partner, year, flow) => map.get(`${partner}|${year}|${flow}`)?.value,
    partners: (year) => [...(byYear.get(year) ?? [])].sort(),
    source(partner, year, flow) {
      const entry = map.get(`${partner}|${year}|${flow}`);
      return entry && origin(entry.row);
    },
  };
}

function partnerDeclared(ds: Dataset, reporter: Reporter): TradeIndex {
  const entries: [string, { value: number; row: object }][] = [];
  const byYear = new Map<number, Set<string>>();
  for (const r of ds.declared) {
    if (r.partner !== reporter || r.reporter_kind !== "country") continue;
    entries.push([`${r.reporter}|${r.year}|${other(r.flow)}`, { value: r.value_usd_m, row: r }]);
    if (!byYear.has(r.year)) byYear.set(r.year, new Set());
    byYear.get(r.year)!.add(r.reporter);
  }
  return lookup(entries, byYear);
}

function customs(ds: Dataset): TradeIndex {
  const entries: [string, { value: number; row: object }][] = [];
  const byYear = new Map<number, Set<string>>();
  for (const r of ds.customs) {
    if (r.period_type !== "year") continue;
    const year = Number(r.period);
    entries.push([`${r.partner}|${year}|${r.flow}`, { value: r.value_usd_m, row: r }]);
    if (!byYear.has(year)) byYear.set(year, new Set());
    byYear.get(year)!.add(r.partner);
  }
  return lookup(entries, byYear);
}

function belarusFilled(ds: Dataset): TradeIndex {
  const own = indexTrade(ds.trade.RUS);
  const by = indexTrade(ds.trade.BLR);
  return {
    value(partner, year, flow) {
      const v = own.value(partner, year, flow);
      if (v !== undefined || partner !== BELARUS) return v;
      return by.value(RUSSIA, year, other(flow));
    },
    source(partner, year, flow) {
      if (own.value(partner, year, flow) !== undefined || partner !== BELARUS) return own.source(partner, year, flow);
      return by.source(RUSSIA, year, other(flow));
    },
    partners(year) {
      const list = own.partners(year);
      return list.includes(BELARUS) || by.value(RUSSIA, year, "exports") === undefined
        ? list
        : [...list, BELARUS].sort();
    },
  };
}

function belarusExcluded(ds: Dataset): TradeIndex {
  const own = indexTrade(ds.trade.RUS);
  return {
    value: (partner, year, flow) => (partner === BELARUS ? undefined : own.value(partner, year, flow)),
    partners: (year) => own.partners(year).filter((p) => p !== BELARUS),
    source: (partner, year, flow) => (partner === BELARUS ? undefined : own.source(partner, year, flow)),
  };
}

const memo = new WeakMap<Dataset, Map<string, TradeIndex>>();

/** The lookup of `reporter`'s trade on `basis` (memoised per dataset); a basis that cannot rank this reporter's
 *  partners (a Russia-only basis for France) throws. */
export function basisIndex(ds: Dataset, reporter: Reporter, basis: RankBasis): TradeIndex {
  if (!memo.has(ds)) memo.set(ds, new Map());
  const cache = memo.get(ds)!;
  const key = `${reporter}|${basis}`;
  const done = cache.get(key);
  if (done) return done;
  if (reporter !== RUSSIA && basis !== "as-reported" && basis !== "partner-declared")
    throw new Error(`basis ${basis} ranks Russia's partners only, not ${reporter}'s`);
  const index =
    basis === "as-reported"
      ? indexTrade(ds.trade[reporter])
      : basis === "belarus-filled"
        ? belarusFilled(ds)
        : basis === "belarus-excluded"
          ? belarusExcluded(ds)
          : basis === "partner-declared"
            ? partnerDeclared(ds, reporter)
            : customs(ds);
  cache.set(key, index);
  return index;
}

/** How many countries declare some trade with `subject` (France or Russia) in `year`: the partners the
 *  partner-declared basis can rank; the others are missing from it. */
export function declaringPartners(ds: Dataset, subject: Reporter, year: number): number {
  return basisIndex(ds, subject, "partner-declared")
    .partners(year)
    .filter((c) => ds.countries.get(c)?.kind === "country").length;
}
