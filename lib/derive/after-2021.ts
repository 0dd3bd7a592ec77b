/**
 * Russia's partners after the article's tables stop: ranks by total trade and by imports on every basis that exists
 * for a year, 2000–2024, and the check of the IMF's 2022–2024 estimates that decides which of them a "checked
 * estimates" ranking may use. Nothing is filled across sources: each rank is on one named basis, and a partner or
 * year a basis lacks is missing from it, not imputed.
 *
 * Bases (AFTER_BASES):
 * - russia-declared: Russia's own declarations, DOTS (trade-russia.csv) to 2020 and its 2021 report in IMTS;
 * - imf-estimate: the IMF's estimates, IMTS 2022–2024 (always labelled as estimates);
 * - imf-estimate-checked: the same without the estimates that fail the check below;
 * - partner-declared: what each partner declares to the IMF (DOTS mirror, trade-all-reporters.csv) to 2020;
 * - comtrade-declared: what each partner declares to UN Comtrade as exports to Russia, 2014–2022 (Russia's imports
 *   only: Comtrade's files hold exports, so there is no partner-declared total).
 *
 * The check of an estimate (partner, flow, year), derived from the data, never typed:
 * - mirror test, where the partner itself declares the flow that year (its exports to Russia in Comtrade, 2022; France's
 *   exports in Eurostat, full years, at the ECB annual average): the ratio estimate ÷ declaration must lie within the
 *   band of the same pair's ratios in 2016–2021 (Russia's declaration ÷ the partner's, at least three years), widened
 *   by MIRROR_MARGIN on each side;
 * - level test, where no declaration exists (every export estimate: no source here has partners' imports after 2020;
 *   imports from partners that do not report): the estimate must lie within the pair's 2016–2021 range of Russia's
 *   own values (at least three years), divided by the largest fall and multiplied by the largest rise that partners'
 *   own 2022 declarations show against their 2016–2021 range (levelFactors: computed from Comtrade);
 * - otherwise no test can be made and the estimate counts as failing (it is not a checked estimate).
 */
import { FRANCE, RUSSIA, type Flow } from "../model/constants";
import type { Dataset } from "../model/load";
import { basisIndex } from "./bases";
import { annualTrade } from "./monthly";
import { round1 } from "../format";
import {
  AFTER_BASES,
  AFTER_YEARS,
  basisMeasures,
  BASIS_YEARS,
  ESTIMATE_YEARS,
  HISTORY,
  type AfterBasis,
  type AfterMeasure,
} from "../model/after-2021";

export {
  AFTER_BASES,
  AFTER_YEARS,
  basisMeasures,
  BASIS_YEARS,
  ESTIMATE_YEARS,
  HISTORY,
  type AfterBasis,
  type AfterMeasure,
};

/** Fewest history years a band is drawn from. */
export const MIN_HISTORY = 3;
/**
 * How far beyond a pair's own 2016–2021 mirror ratios an estimate's ratio may go: the margin that the DOTS extract's
 * cross-check leaves beyond the ratios it observed (lib/extract/cross-check.ts MIRROR_BAND, 0.5–3, against observed
 * 0.694–2.595: a factor 0.694 / 0.5 = 1.39 below, 3 / 2.595 = 1.16 above); the larger, 1.39, on both sides.
 */
export const MIRROR_MARGIN = 1.39;
/** Partners whose Comtrade declarations set the level factors: at least USD 100 m a year at their 2016–2021 peak, so
 *  that a few million's swing of a small trade cannot set the factor for everyone. */
export const LEVEL_MIN_USD_M = 100;

export interface RankedAfter {
  measure: AfterMeasure;
  basis: AfterBasis;
  year: number;
  rank: number;
  partner: string;
  value_usd_m: number;
  /** partners ranked on this basis that year */
  ranked: number;
  estimated: boolean;
  /** the value uses an estimate that fails the check (imf-estimate only; excluded from imf-estimate-checked) */
  flagged: boolean;
}

export type CheckTest = "mirror" | "level" | "none";
export interface EstimateCheck {
  partner: string;
  flow: Flow;
  year: number;
  estimate_usd_m: number;
  test: CheckTest;
  /** the partner's own declaration (mirror test) */
  declared_usd_m: number | null;
  declared_source: "comtrade" | "eurostat" | null;
  /** estimate ÷ declaration (mirror test) */
  ratio: number | null;
  /** the pair's 2016–2021 ratios (mirror) or values (level): lowest and highest */
  history_min: number | null;
  history_max: number | null;
  /** the band the ratio (mirror) or the value (level) must stay within */
  band_low: number | null;
  band_high: number | null;
  flagged: boolean;
  reason: "in-band" | "above-band" | "below-band" | "no-history";
}

const key = (partner: string, year: number, flow: Flow) => `${partner}|${year}|${flow}`;

interface Sources {
  imts: Map<string, number>;
  comtrade: Map<string, number>;
  eurostat: Map<number, number>;
}
const sourcesMemo = new WeakMap<Dataset, Sources>();
function sources(ds: Dataset): Sources {
  const done = sourcesMemo.get(ds);
  if (done) return done;
  const imts = new Map(ds.imts.map((r) => [key(r.partner, r.year, r.flow), r.value_usd_m]));
  // Comtrade: partner X's exports to Russia = Russia's imports from X
  const comtrade = new Map(ds.comtrade.map((r) => [key(r.reporter, r.year, "imports"), r.value_usd_m]));
  // France's exports to Russia in Eurostat, full years in USD at the ECB annual average (Russia's imports from France)
  // (a dataset without Eurostat rows has no such declaration)
  const eurostat = new Map(
    (ds.monthly.length ? annualTrade(ds) : [])
      .filter((r) => r.flow === "exports" && r.product === "total" && r.unit === "USD" && r.months === 12)
      .map((r) => [r.year, r.value_m]),
  );
  const s = { imts, comtrade, eurostat };
  sourcesMemo.set(ds, s);
  return s;
}

const isCountry = (ds: Dataset, code: string) => ds.countries.get(code)?.kind === "country";
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The largest rise and the largest fall of a partner's own 2022 declaration (Comtrade) against its 2016–2021 range. */
export function levelFactors(ds: Dataset): { up: number; upPartner: string; down: number; downPartner: string } {
  const { comtrade } = sources(ds);
  let up = { f: 1, p: "" };
  let down = { f: 1, p: "" };
  const partners = new Set(ds.comtrade.map((r) => r.reporter));
  for (const p of [...partners].sort()) {
    if (!isCountry(ds, p)) continue;
    const now = comtrade.get(key(p, ESTIMATE_YEARS.from, "imports"));
    const hist = span(HISTORY.from, HISTORY.to)
      .map((y) => comtrade.get(key(p, y, "imports")))
      .filter((v): v is number => v !== undefined);
    if (now === undefined || hist.length < MIN_HISTORY || Math.max(...hist) < LEVEL_MIN_USD_M) continue;
    if (now / Math.max(...hist) > up.f) up = { f: now / Math.max(...hist), p };
    if (Math.min(...hist) / now > down.f) down = { f: Math.min(...hist) / now, p };
  }
  return { up: up.f, upPartner: up.p, down: down.f, downPartner: down.p };
}

const checksMemo = new WeakMap<Dataset, EstimateCheck[]>();
/** Every IMF estimate of Russia's trade with a country, 2022–2024, checked (sorted by partner, year, flow). */
export function estimateChecks(ds: Dataset): EstimateCheck[] {
  const done = checksMemo.get(ds);
  if (done) return done;
  const { imts, comtrade, eurostat } = sources(ds);
  const factors = levelFactors(ds);
  const out: EstimateCheck[] = [];
  for (const r of ds.imts) {
    if (r.estimated !== "yes" || !isCountry(ds, r.partner)) continue;
    const { partner, flow, year } = r;
    const v = r.value_usd_m;
    const base = { partner, flow, year, estimate_usd_m: v };
    const hist = span(HISTORY.from, HISTORY.to);
    let declared: { value: number; source: "comtrade" | "eurostat" } | undefined;
    if (flow === "imports") {
      const c = comtrade.get(key(partner, year, "imports"));
      const e = partner === FRANCE ? eurostat.get(year) : undefined;
      declared =
        c !== undefined
          ? { value: c, source: "comtrade" }
          : e !== undefined
            ? { value: e, source: "eurostat" }
            : undefined;
    }
    const ratios = hist
      .map((y) => {
        const a = imts.get(key(partner, y, flow));
        const b = comtrade.get(key(partner, y, "imports"));
        return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
      })
      .filter((x): x is number => x !== undefined);
    const judge = (x: number, low: number, high: number) =>
      x > high ? ("above-band" as const) : x < low ? ("below-band" as const) : ("in-band" as const);
    if (declared && declared.value > 0 && ratios.length >= MIN_HISTORY) {
      const ratio = v / declared.value;
      const [lo, hi] = [Math.min(...ratios), Math.max(...ratios)];
      const [low, high] = [lo / MIRROR_MARGIN, hi * MIRROR_MARGIN];
      const reason = judge(ratio, low, high);
      out.push({
        ...base,
        test: "mirror",
        declared_usd_m: declared.value,
        declared_source: declared.source,
        ratio,
        history_min: lo,
        history_max: hi,
        band_low: low,
        band_high: high,
        flagged: reason !== "in-band",
        reason,
      });
      continue;
    }
    const values = hist.map((y) => imts.get(key(partner, y, flow))).filter((x): x is number => x !== undefined);
    const none = { declared_usd_m: null, declared_source: null, ratio: null };
    if (values.length >= MIN_HISTORY) {
      const [lo, hi] = [Math.min(...values), Math.max(...values)];
      const [low, high] = [lo / factors.down, hi * factors.up];
      const reason = judge(v, low, high);
      out.push({
        ...base,
        test: "level",
        ...none,
        history_min: lo,
        history_max: hi,
        band_low: low,
        band_high: high,
        flagged: reason !== "in-band",
        reason,
      });
      continue;
    }
    out.push({
      ...base,
      test: "none",
      ...none,
      history_min: null,
      history_max: null,
      band_low: null,
      band_high: null,
      flagged: true,
      reason: "no-history",
    });
  }
  out.sort((a, b) => a.partner.localeCompare(b.partner) || a.year - b.year || a.flow.localeCompare(b.flow));
  checksMemo.set(ds, out);
  return out;
}

interface Candidate {
  partner: string;
  value: number;
  estimated: boolean;
  flagged: boolean;
}

/** The values one basis gives for a year and measure, country partners only; a partner with no figure is absent. */
function candidates(ds: Dataset, basis: AfterBasis, year: number, measure: AfterMeasure): Candidate[] {
  const { from, to } = BASIS_YEARS[basis];
  if (year < from || year > to || !basisMeasures(basis).includes(measure)) return [];
  const { imts, comtrade } = sources(ds);
  const flows: Flow[] = measure === "total" ? ["exports", "imports"] : ["imports"];
  const out: Candidate[] = [];
  const push = (partner: string, get: (f: Flow) => number | undefined, estimated: boolean, flagged = false) => {
    const vs = flows.map(get).filter((x): x is number => x !== undefined);
    if (vs.length && isCountry(ds, partner))
      out.push({ partner, value: vs.reduce((a, b) => a + b, 0), estimated, flagged });
  };
  if (basis === "russia-declared" && year <= 2020) {
    const idx = basisIndex(ds, RUSSIA, "as-reported");
    for (const p of idx.partners(year)) push(p, (f) => idx.value(p, year, f), false);
  } else if (basis === "partner-declared") {
    const idx = basisIndex(ds, RUSSIA, "partner-declared");
    for (const p of idx.partners(year)) push(p, (f) => idx.value(p, year, f), false);
  } else if (basis === "comtrade-declared") {
    for (const r of ds.comtrade)
      if (r.year === year) push(r.reporter, () => comtrade.get(key(r.reporter, year, "imports")), false);
  } else {
    // IMTS: Russia's 2021 report (russia-declared) or the IMF's estimates
    const flagged = new Set(
      estimateChecks(ds)
        .filter((c) => c.flagged && c.year === year)
        .map((c) => `${c.partner}|${c.flow}`),
    );
    const partners = [...new Set(ds.imts.filter((r) => r.year === year).map((r) => r.partner))].sort();
    for (const p of partners) {
      const isFlagged = flows.some((f) => flagged.has(`${p}|${f}`));
      if (basis === "imf-estimate-checked" && isFlagged) continue;
      push(p, (f) => imts.get(key(p, year, f)), basis !== "russia-declared", basis === "imf-estimate" && isFlagged);
    }
  }
  return out;
}

const ranksMemo = new WeakMap<Dataset, Map<string, RankedAfter[]>>();
/** Every country ranked on a basis in a year by a measure (ties share the better rank), or [] where the basis has no
 *  figure for that year. */
export function rankAfter(ds: Dataset, basis: AfterBasis, year: number, measure: AfterMeasure): RankedAfter[] {
  if (!ranksMemo.has(ds)) ranksMemo.set(ds, new Map());
  const cache = ranksMemo.get(ds)!;
  const k = `${basis}|${year}|${measure}`;
  const done = cache.get(k);
  if (done) return done;
  const list = candidates(ds, basis, year, measure).sort(
    (a, b) => b.value - a.value || a.partner.localeCompare(b.partner),
  );
  const ranked: RankedAfter[] = [];
  list.forEach((c, i) => {
    const rank = i > 0 && list[i - 1].value === c.value ? ranked[i - 1].rank : i + 1;
    ranked.push({
      measure,
      basis,
      year,
      rank,
      partner: c.partner,
      value_usd_m: c.value,
      ranked: list.length,
      estimated: c.estimated,
      flagged: c.flagged,
    });
  });
  cache.set(k, ranked);
  return ranked;
}

/** France's rank per basis, measure and year where the basis ranks it. */
export function franceRanks(ds: Dataset): RankedAfter[] {
  const out: RankedAfter[] = [];
  for (const basis of AFTER_BASES)
    for (const measure of basisMeasures(basis))
      for (const year of span(AFTER_YEARS.from, AFTER_YEARS.to)) {
        const r = rankAfter(ds, basis, year, measure).find((x) => x.partner === FRANCE);
        if (r) out.push(r);
      }
  return out;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const yesNo = (b: boolean) => (b ? "yes" : "no");
const orNull = (x: number | null, round: (v: number) => number) => (x === null ? null : round(x));

/** russia-partner-ranks.csv: per measure, basis and year, the first RUSSIA_DEPTH partners and France. */
export function partnerRankRows(ds: Dataset, depth: number): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const measure of ["total", "imports"] as const)
    for (const basis of AFTER_BASES)
      for (const year of span(AFTER_YEARS.from, AFTER_YEARS.to))
        for (const r of rankAfter(ds, basis, year, measure))
          if (r.rank <= depth || r.partner === FRANCE)
            rows.push({
              measure,
              basis,
              year,
              rank: r.rank,
              partner: r.partner,
              name: ds.countries.get(r.partner)!.name,
              value_usd_m: round1(r.value_usd_m),
              partners_ranked: r.ranked,
              estimated: yesNo(r.estimated),
              flagged: yesNo(r.flagged),
            });
  return rows;
}

/** imf-estimate-checks.csv: every check, values rounded to 0.1 and ratios to 0.001. */
export function estimateCheckRows(ds: Dataset): Record<string, string | number | null>[] {
  return estimateChecks(ds).map((c) => {
    const mirror = c.test === "mirror";
    const level = c.test === "level";
    return {
      partner: c.partner,
      name: ds.countries.get(c.partner)!.name,
      flow: c.flow,
      year: c.year,
      estimate_usd_m: round1(c.estimate_usd_m),
      test: c.test,
      declared_usd_m: orNull(c.declared_usd_m, round1),
      declared_source: c.declared_source,
      mirror_ratio: orNull(c.ratio, round3),
      ratio_min: mirror ? round3(c.history_min!) : null,
      ratio_max: mirror ? round3(c.history_max!) : null,
      ratio_low: mirror ? round3(c.band_low!) : null,
      ratio_high: mirror ? round3(c.band_high!) : null,
      value_min_usd_m: level ? round1(c.history_min!) : null,
      value_max_usd_m: level ? round1(c.history_max!) : null,
      value_low_usd_m: level ? round1(c.band_low!) : null,
      value_high_usd_m: level ? round1(c.band_high!) : null,
      flagged: yesNo(c.flagged),
      reason: c.reason,
    };
  });
}
