/**
 * Partner rankings of one reporter in one year, by total trade (exports + imports), exports or imports.
 * Only countries are ranked: World and every IMF grouping or "not specified" row are excluded.
 * Ties share the better rank (standard competition ranking: 1, 2, 2, 4). A partner is ranked only in a year with both
 * flows: a missing flow is never read as 0; a partner with one flow that could rank among those shown stops the build.
 *
 * Each statistical basis (lib/model/constants.ts RANK_BASES; the lookups in lib/derive/bases.ts) gives its own
 * ranking: Russia's own declarations have no Belarus rows for 2009–2010, so "as-reported" leaves Belarus out of those
 * years, "belarus-filled" fills them from Belarus's declarations and "belarus-excluded" leaves Belarus out of every
 * year; "partner-declared" ranks the partners that declare their trade with the reporter; "customs" ranks Russia's 29
 * main partners of its customs table.
 */
import {
  FRANCE_DEPTH,
  RUSSIA,
  RUSSIA_DEPTH,
  type Flow,
  type Measure,
  type RankBasis,
  type Reporter,
} from "../model/constants";
import type { Dataset } from "../model/load";
import { basisIndex } from "./bases";
import { indexTrade, type TradeIndex } from "./trade-index";

export interface RankedPartner {
  rank: number;
  partner: string;
  name: string;
  exports_usd_m: number;
  imports_usd_m: number;
  total_usd_m: number;
  /** true when a flow was filled from Belarus's declarations */
  filled: boolean;
}

/** The lookup a ranking reads (lib/derive/bases.ts); kept under this name for the callers that only know the gap. */
export const reporterIndex = (ds: Dataset, reporter: Reporter, basis: RankBasis = "as-reported"): TradeIndex =>
  basisIndex(ds, reporter, basis);

const memo = new WeakMap<Dataset, Map<string, RankedPartner[]>>();

/** Every country partner of `reporter` in `year`, ranked (memoised per dataset: tables, figures and claims share it). */
export function rankPartners(
  ds: Dataset,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: RankBasis = "as-reported",
): RankedPartner[] {
  if (!memo.has(ds)) memo.set(ds, new Map());
  const cache = memo.get(ds)!;
  const key = `${reporter}|${year}|${measure}|${basis}`;
  if (!cache.has(key)) cache.set(key, computeRanks(ds, reporter, year, measure, basis));
  return cache.get(key)!;
}

function computeRanks(
  ds: Dataset,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: RankBasis,
): RankedPartner[] {
  const idx = reporterIndex(ds, reporter, basis);
  const own = indexTrade(ds.trade[reporter]);
  const rows: Omit<RankedPartner, "rank">[] = [];
  const oneFlow: { code: string; flow: Flow; value: number }[] = [];
  for (const code of idx.partners(year).filter((c) => ds.countries.get(c)?.kind === "country")) {
    const exp = idx.value(code, year, "exports");
    const imp = idx.value(code, year, "imports");
    // A missing flow is never 0: a partner with one flow has no total, so it is not ranked (checked below).
    if (exp === undefined || imp === undefined) {
      if (exp !== undefined) oneFlow.push({ code, flow: "exports", value: exp });
      if (imp !== undefined) oneFlow.push({ code, flow: "imports", value: imp });
      continue;
    }
    const filled =
      basis === "belarus-filled" &&
      own.value(code, year, "exports") === undefined &&
      own.value(code, year, "imports") === undefined;
    rows.push({
      partner: code,
      name: ds.countries.get(code)!.name,
      exports_usd_m: exp,
      imports_usd_m: imp,
      total_usd_m: exp + imp,
      filled,
    });
  }
  const key = (r: (typeof rows)[number]) =>
    measure === "total" ? r.total_usd_m : measure === "exports" ? r.exports_usd_m : r.imports_usd_m;
  rows.sort((a, b) => key(b) - key(a) || a.partner.localeCompare(b.partner));
  const ranked: RankedPartner[] = [];
  rows.forEach((r, i) => {
    const prev = ranked[i - 1];
    const rank = prev && key(rows[i - 1]) === key(r) ? prev.rank : i + 1;
    ranked.push({ rank, ...r });
  });
  checkOneFlowPartners(idx, reporter, year, measure, basis, ranked, oneFlow);
  return ranked;
}

/**
 * Leaving a partner that declares one flow out of a ranking is harmless only while it could not stand among the
 * partners the site shows: the flow it has is a floor under its total (and its exact key when the ranking is by that
 * flow). In the real data such partners are small: of 1,669 one-flow cases in 2010–2020 over every basis and
 * measure, the nearest would rank 59th or lower (Russia's partners, partner-declared, 2018: Nigeria declares
 * USD 1,197.5 m of imports from Russia and no exports to it), against 30 and 25 shown. One that would rank among
 * those shown means a row has gone missing, and the build stops at the row of the flow that is there.
 */
function checkOneFlowPartners(
  idx: TradeIndex,
  reporter: Reporter,
  year: number,
  measure: Measure,
  basis: RankBasis,
  ranked: readonly RankedPartner[],
  oneFlow: readonly { code: string; flow: Flow; value: number }[],
) {
  const depth = reporter === RUSSIA ? RUSSIA_DEPTH : FRANCE_DEPTH;
  const keyOf = (p: RankedPartner) =>
    measure === "total" ? p.total_usd_m : measure === "exports" ? p.exports_usd_m : p.imports_usd_m;
  for (const { code, flow, value } of oneFlow) {
    if (measure !== "total" && measure !== flow) continue;
    const floor = 1 + ranked.filter((p) => keyOf(p) > value).length;
    if (floor > depth) continue;
    const missing = flow === "exports" ? "imports" : "exports";
    throw new Error(
      `${idx.source(code, year, flow) ?? `${code} ${year}`}: ${code} ${year} has ${flow} (${value}) but no ${missing} ` +
        `(basis ${basis}); a missing flow is not 0, and with ${flow} alone ${code} would rank no lower than ${floor} by ` +
        `${measure}, among the ${depth} shown: restore the missing row`,
    );
  }
}

/** Rank of one partner, or undefined when the reporter declares no trade with it that year. */
export function rankOf(
  ds: Dataset,
  reporter: Reporter,
  partner: string,
  year: number,
  measure: Measure,
  basis: RankBasis = "as-reported",
) {
  return rankPartners(ds, reporter, year, measure, basis).find((r) => r.partner === partner);
}
