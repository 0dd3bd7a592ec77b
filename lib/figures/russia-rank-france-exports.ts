/**
 * After the article: Russia's rank among France's export markets each year 2010–2022 (Table 2's question asked of
 * exports alone), one line per declaration of France's, to the IMF (DOTS, to 2020) and to UN Comtrade (2014–2022),
 * ranked by lib/derive/france-markets.ts. The lines are never joined; after Comtrade's last year the monthly Eurostat
 * chart on the same page carries the story.
 */
import type { Derived } from "../derive";
import { rankMarkets, russiaMarketRanks, type RankedMarket } from "../derive/france-markets";
import { MARKET_BASES, MARKET_YEARS, type MarketBasis } from "../model/after-2021";
import { RUSSIA } from "../model/constants";
import { message, type Plan } from "../i18n/translate";
import { COMTRADE_LINK, IMF_LINK } from "./shared";
import type { CellWords, ColumnDefinition, FigureDefinition, SeriesDefinition, YearPoint } from "./types";
import type { ChartToken } from "./theme";

const TOKENS: Record<MarketBasis, ChartToken> = {
  "dots-france-declared": "exports",
  "comtrade-france-declared": "balance",
};
type BasisKey = "dotsFranceDeclared" | "comtradeFranceDeclared";
const camel = (b: MarketBasis) => b.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as BasisKey;

const SERIES: SeriesDefinition[] = MARKET_BASES.map((b) => ({
  key: b,
  label: { id: `figure.russia-rank-france-exports.series.${camel(b)}` },
  token: TOKENS[b],
  shape: "line",
}));
const years = Array.from({ length: MARKET_YEARS.to - MARKET_YEARS.from + 1 }, (_, i) => MARKET_YEARS.from + i);
const VIEW = "exports";
const checkView = (variant: string) => {
  if (variant !== VIEW) throw new Error(`russia-rank-france-exports: no view "${variant}"`);
};

function points(d: Derived): YearPoint[] {
  return years.map((year) => ({
    year,
    values: Object.fromEntries(
      MARKET_BASES.map((b) => [b, rankMarkets(d.ds, b, year).find((r) => r.partner === RUSSIA)?.rank ?? null]),
    ),
  }));
}

/** The table's rows: one per declaration and year where it ranks Russia. */
const rows = (d: Derived) =>
  MARKET_BASES.flatMap((b) =>
    russiaMarketRanks(d.ds, b).map((r) => ({
      year: r.year,
      basis: b,
      rank: r.rank,
      partners_ranked: r.ranked,
      value_usd_m: Math.round(r.value_usd_m * 10) / 10,
    })),
  );

const basisCells: CellWords = (value, locale) =>
  message(locale, `figure.russia-rank-france-exports.series.${camel(value as MarketBasis)}`);
const column = (key: string, extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({
  key,
  label: { id: `figure.russia-rank-france-exports.column.${key}` as ColumnDefinition["label"]["id"] },
  ...extra,
});

/** Per declaration: Russia's first rank, its rank the year before the last, and its last. */
function statements(d: Derived): Plan[] {
  return MARKET_BASES.map((b) => {
    const ranks: RankedMarket[] = russiaMarketRanks(d.ds, b);
    if (ranks.length < 3) throw new Error(`russia-rank-france-exports: fewer than three ranks of Russia on ${b}`);
    const [first, prev, last] = [ranks[0], ranks[ranks.length - 2], ranks[ranks.length - 1]];
    return {
      id: "figure.russia-rank-france-exports.takeaway.basis",
      args: {
        basis: camel(b),
        rankA: first.rank,
        yearA: String(first.year),
        rankP: prev.rank,
        yearP: String(prev.year),
        rankB: last.rank,
        yearB: String(last.year),
        of: last.ranked,
        amountB: { id: "amount.millions", args: { unit: "USD", v: last.value_usd_m } },
      },
    };
  });
}

export const russiaRankFranceExports: FigureDefinition = {
  id: "russia-rank-france-exports",
  page: "since-2021",
  title: {
    id: "figure.russia-rank-france-exports.title",
    args: { from: String(MARKET_YEARS.from), to: String(MARKET_YEARS.to) },
  },
  units: { id: "figure.russia-rank-france-exports.units" },
  source: { id: "figure.russia-rank-france-exports.source" },
  links: [IMF_LINK, COMTRADE_LINK],
  notes: [{ id: "figure.russia-rank-france-exports.note.nes" }, { id: "figure.russia-rank-france-exports.note.after" }],
  csv: "france-export-markets.csv",
  series: SERIES,
  variants: [{ key: VIEW, label: { id: "figure.russia-rank-france-exports.view.exports" } }],
  // a point's value is Russia's rank among France's markets on the line's declaration that year
  point: { words: () => ({ id: "chartExplore.unit.rank" }), decimals: 0 },
  chart: (d, variant) => {
    checkView(variant);
    return { kind: "rank-lines", points: points(d), series: SERIES };
  },
  table: (d, variant) => {
    checkView(variant);
    return {
      caption: { id: "figure.russia-rank-france-exports.caption" },
      columns: [
        column("year"),
        column("basis", { cells: basisCells }),
        column("rank", { numeric: true, decimals: 0 }),
        column("partners_ranked", { numeric: true, decimals: 0 }),
        column("value_usd_m", { numeric: true, decimals: 1 }),
      ],
      rows: rows(d),
    };
  },
  statements: (d, variant) => {
    checkView(variant);
    return statements(d);
  },
};
