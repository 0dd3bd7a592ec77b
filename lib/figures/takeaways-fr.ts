/**
 * The takeaways in French for Table 1 and Tables 2–3: the same comparisons as lib/figures/takeaways.ts (the rows the
 * chart and table draw, lib/derive/movers.ts), written as a French note would state them, numbers formatted in French.
 * Country names come from countries.csv's name_fr; sentences are built so that no country needs an article (« Russie :
 * 10e partenaire… »). The FDI and monthly figures' French takeaways are still to write (README).
 */
import type { Derived } from "../derive";
import type { BilateralRow } from "../derive/bilateral";
import type { Ranked } from "../derive/movers";
import { bilateralSummary, groupedSummary, monthlySummary, rankingSummary } from "../derive/summaries";
import { shownAndTotals } from "./fdi-shared";
import { SOURCES as PROJECT_SOURCES } from "./fdi-projects";
import { SOURCES as FLOW_SOURCES } from "./fdi-flows";
import type { GroupedRow } from "./takeaways";
import type { AnnualTradeRow, MonthlyFacts } from "../derive/monthly";
import { formatList, formatMonth, formatNumber, formatPercent, ordinal } from "../format";
import { BASE_YEAR, FRANCE, FRANCE_DEPTH, RUSSIA, RUSSIA_DEPTH } from "../model/constants";
import { frenchNameOf } from "./localize-names";
import { PAIR } from "./shared";
import { FRANCE_TOP } from "./france-top-partners";
import { RUSSIA_TOP } from "./russia-top-partners";
import type { FigureId } from "./types";

/** An amount in USD millions as the French tables print it (one decimal): « 23 884,1 millions de dollars ». */
export const millionsDeDollars = (v: number) => `${formatNumber(v, 1, "fr")} millions de dollars`;

/** Table 1 in French: exports and imports at both ends, the peak of total trade, the balance (same rules as English). */
export function bilateralTakeawaysFr(rows: readonly BilateralRow[], viewLabel: string): string[] {
  const { exp, imp, tot, sameYears, peak, balances, lastBalance, deficits, contiguous } = bilateralSummary(rows);
  const m = millionsDeDollars;
  const n = balances.length;
  const importsPart = sameYears
    ? `les importations françaises en provenance de Russie à ${m(imp.v(imp.first))} et à ${m(imp.v(imp.last))}`
    : `les importations françaises en provenance de Russie à ${m(imp.v(imp.first))} en ${imp.first.year} et à ${m(imp.v(imp.last))} en ${imp.last.year}`;
  const balance = (v: number) =>
    v < 0 ? `déficitaire de ${m(-v)}` : v > 0 ? `excédentaire de ${m(v)}` : "à l’équilibre";
  const years = contiguous
    ? `de ${tot.first.year} à ${tot.last.year}`
    : `où les deux flux sont connus (${formatList(
        balances.map((r) => String(r.year)),
        "fr",
      )})`;
  return [
    `${viewLabel} : les exportations françaises vers la Russie s’élevaient à ${m(exp.v(exp.first))} en ${exp.first.year} et à ${m(exp.v(exp.last))} en ${exp.last.year} ; ${importsPart}.`,
    peak.year === tot.last.year
      ? `Le total des échanges a culminé en ${peak.year}, ${sameYears ? "dernière année présentée" : "dernière année où les deux flux sont connus"}, à ${m(tot.v(peak))}.`
      : `Le total des échanges a culminé en ${peak.year} à ${m(tot.v(peak))} ; en ${tot.last.year}, il s’élevait à ${m(tot.v(tot.last))}.`,
    `Le solde commercial de la France avec la Russie a été déficitaire ${deficits === n ? `chacune des ${n} années` : `${deficits} des ${n} années`} ${years} ; en ${lastBalance.year}, il était ${balance(lastBalance.b)}.`,
  ];
}

export interface RankingWordsFr {
  /** « de la France », « de la Russie » */
  ofReporter: string;
  highlight: string;
  /** « partenaire commercial », « fournisseur » */
  noun: string;
  /** after an amount: « d’échanges au total », « d’importations russes » */
  measure: string;
  valueKey: string;
  top: number;
  depth: number;
  years: { a: number; b: number };
  /** the view's statistical basis, opening the first sentence */
  basis?: string;
}

/** Tables 2 and 3 in French: the highlighted partner's ranks and amounts, the leaders, the largest movers. */
export function rankingTakeawaysFr(
  d: Derived,
  rows: readonly (Ranked & Record<string, unknown>)[],
  w: RankingWordsFr,
): string[] {
  const { a, b } = w.years;
  const m = (r: Record<string, unknown>) => millionsDeDollars(Number(r[w.valueKey]));
  const fr = (name: unknown) => frenchNameOf(d, String(name));
  const { ha, hb, la, lb, up, down } = rankingSummary(rows, w.highlight, w.years, w.top);
  const name = fr(d.countryName(w.highlight));
  const first = ha
    ? `${ordinal(ha.rank, "fr")} ${w.noun} ${w.ofReporter} en ${a} (${m(ha)} ${w.measure})`
    : `hors des ${w.depth} premiers ${w.noun}s ${w.ofReporter} en ${a}`;
  const second = hb ? `${ordinal(hb.rank, "fr")} en ${b} (${m(hb)})` : `hors des ${w.depth} premiers en ${b}`;
  const sentences = [`${w.basis ? `${w.basis}. ` : ""}${name} : ${first}, ${second}.`];
  if (la && lb)
    sentences.push(
      la.partner === lb.partner
        ? `Premier ${w.noun} ${w.ofReporter} les deux années : ${fr(lb.name)} (${m(la)} en ${a}, ${m(lb)} en ${b}).`
        : `Premier ${w.noun} ${w.ofReporter} : ${fr(la.name)} en ${a} (${m(la)}), ${fr(lb.name)} en ${b} (${m(lb)}).`,
    );
  const move = (mv: NonNullable<typeof up>) =>
    `${fr(mv.name)} (${ordinal(mv.from, "fr")} en ${a}, ${ordinal(mv.to, "fr")} en ${b})`;
  const moves = [up && `plus forte progression : ${move(up)}`, down && `plus fort recul : ${move(down)}`].filter(
    (s): s is string => !!s,
  );
  if (moves.length) sentences.push(`Parmi les ${w.top} premiers de l’une ou l’autre année, ${moves.join(" ; ")}.`);
  return sentences;
}

/** The monthly page in French: exports in the base year and the last full year with the change, the base year's
 *  imports and their mineral-fuel share, where the sources end (months written « août 2024 »). */
export function monthlyTakeawaysFr(
  annual: readonly AnnualTradeRow[],
  facts: Pick<MonthlyFacts, "lastMonth">,
  unit: string,
  baseYear: number,
): string[] {
  const { base, last, imp, fuel } = monthlySummary(annual, unit, baseYear);
  const m = (v: number) => `${formatNumber(v, 1, "fr")} millions ${unit === "EUR" ? "d’euros" : "de dollars"}`;
  const pct = last.change_from_2021_pct;
  const moved =
    pct < 0
      ? `une baisse de ${formatPercent(-pct, 1, "fr")}`
      : pct > 0
        ? `une hausse de ${formatPercent(pct, 1, "fr")}`
        : "un niveau inchangé";
  return [
    `Les exportations françaises vers la Russie s’élevaient à ${m(base.value_m)} en ${baseYear} et à ${m(last.value_m)} en ${last.year}, dernière année complète de ces sources : ${moved}.`,
    `Les importations françaises en provenance de Russie s’élevaient à ${m(imp.value_m)} en ${baseYear}, dont ${m(fuel.value_m)} de combustibles minéraux (SH 27).`,
    `Les sources s’arrêtent en ${formatMonth(facts.lastMonth.exports, "fr")} pour les exportations et en ${formatMonth(facts.lastMonth.imports, "fr")} pour les importations.`,
  ];
}

export interface GroupedWordsFr {
  /** « pays d’origine », « pays de contrepartie » (invariable plural) */
  what: string;
  amount: (v: number) => string;
  highlight: string;
  /** with its article: « la France » */
  highlightName: string;
  negative?: string;
  /** before the totals: « EY a recensé, tous pays d’origine confondus, » */
  totalWords: string;
}

/** The FDI charts in French: the highlighted country's rank each year (ties named), the first each year, then the
 *  negative values or the all-countries totals (same rules as English). */
export function groupedTakeawaysFr(
  d: Derived,
  shown: readonly GroupedRow[],
  totals: readonly GroupedRow[],
  w: GroupedWordsFr,
): string[] {
  const fr = (name: string) => frenchNameOf(d, name);
  const list = (items: string[]) => formatList(items, "fr");
  const { count, ranks, missing, firsts, sameLeader, negatives } = groupedSummary(shown, w.highlight);
  const hl = ranks.map(
    (r) =>
      `${ordinal(r.rank, "fr")} en ${r.year} (${w.amount(r.value)}${r.tied.length ? ` ; même rang : ${list(r.tied.map((x) => fr(x.name)))}` : ""})`,
  );
  const sentences = [
    `Parmi les ${count} ${w.what} présentés, ${w.highlightName} se classe ${list(hl)}${missing.length ? ` ; les sources ne donnent aucun chiffre pour ${w.highlightName} en ${list(missing.map(String))}` : ""}.`,
  ];
  const names = (top: GroupedRow[]) => list(top.map((x) => fr(x.name)));
  sentences.push(
    sameLeader
      ? `En tête chaque année présentée : ${names(firsts[0].top)} (${list(firsts.map((f) => `${w.amount(f.top[0].value)} en ${f.y}`))}).`
      : `En tête : ${list(firsts.map((f) => `${names(f.top)} en ${f.y} (${w.amount(f.top[0].value)})`))}.`,
  );
  if (w.negative && negatives.length) {
    sentences.push(
      `Valeurs négatives (${w.negative}) : ${list(negatives.map((r) => `${fr(r.name)} en ${r.year} (${w.amount(r.value)})`))}.`,
    );
  } else if (totals.length) {
    const t = [...totals].sort((p, q) => p.year - q.year);
    sentences.push(`${w.totalWords} ${list(t.map((r) => `${w.amount(r.value)} en ${r.year}`))}.`);
  }
  return sentences;
}

const russiaRows = (d: Derived, measure: "total" | "imports", variant: string) =>
  d.russiaRanks.filter((r) => r.measure === measure && r.basis === variant);

/** The figures whose takeaways are written in French, by id (each from the same rows as its English ones). */
export const TAKEAWAYS_FR: Partial<Record<FigureId, (d: Derived, variant: string, variantLabel: string) => string[]>> =
  {
    "bilateral-trade": (d, variant, label) =>
      bilateralTakeawaysFr(
        d.bilateral.filter((r) => r.basis === variant),
        label,
      ),
    "france-top-partners": (d, variant, label) =>
      rankingTakeawaysFr(
        d,
        d.franceRanks.filter((r) => r.basis === variant),
        {
          basis: label,
          ofReporter: "de la France",
          highlight: RUSSIA,
          noun: "partenaire commercial",
          measure: "d’échanges au total",
          valueKey: "total_usd_m",
          top: FRANCE_TOP,
          depth: FRANCE_DEPTH,
          years: PAIR,
        },
      ),
    "russia-top-partners-total": (d, variant, label) =>
      rankingTakeawaysFr(d, russiaRows(d, "total", variant), {
        basis: label,
        ofReporter: "de la Russie",
        highlight: FRANCE,
        noun: "partenaire commercial",
        measure: "d’échanges au total",
        valueKey: "total_usd_m",
        top: RUSSIA_TOP,
        depth: RUSSIA_DEPTH,
        years: PAIR,
      }),
    "fdi-projects": (d) => {
      const rows = d.ds.fdiProjects.map((r) => ({ year: r.year, source: r.source, value: r.projects }));
      const { shown, totals } = shownAndTotals(d, rows, PROJECT_SOURCES);
      return groupedTakeawaysFr(d, shown, totals, {
        what: "pays d’origine",
        amount: (v) => `${formatNumber(v, 0, "fr")} projet${Math.abs(v) >= 2 ? "s" : ""}`,
        highlight: FRANCE,
        highlightName: "la France",
        totalWords: "EY a recensé, tous pays d’origine confondus,",
      });
    },
    "fdi-flows": (d) => {
      const rows = d.ds.fdiFlows.map((r) => ({ year: r.year, source: r.source, value: r.net_flow_usd_bn }));
      const { shown, totals } = shownAndTotals(d, rows, FLOW_SOURCES);
      return groupedTakeawaysFr(d, shown, totals, {
        what: "pays de contrepartie",
        amount: (v) => `${formatNumber(v, 1, "fr")} Md$`,
        highlight: FRANCE,
        highlightName: "la France",
        negative: "désinvestissement net",
        totalWords: "Les entrées nettes en provenance de l’ensemble des pays ont été de",
      });
    },
    "fr-ru-monthly": (d, variant) => monthlyTakeawaysFr(d.annual, d.monthlyFacts, variant, BASE_YEAR),
    "russia-top-partners-imports": (d, variant, label) =>
      rankingTakeawaysFr(d, russiaRows(d, "imports", variant), {
        basis: label,
        ofReporter: "de la Russie",
        highlight: FRANCE,
        noun: "fournisseur",
        measure: "d’importations russes",
        valueKey: "imports_usd_m",
        top: RUSSIA_TOP,
        depth: RUSSIA_DEPTH,
        years: PAIR,
      }),
  };
