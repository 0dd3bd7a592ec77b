/**
 * The words of the "since the article" page beyond its chart: the headline, the facts, the annual totals and where the
 * data stop. Every number and every month in them is read from the derived data (lib/derive/monthly.ts), so a change
 * of data changes the sentence, and a sentence can never state a figure the data do not hold.
 */
import type { Derived } from "../derive";
import { BASE_YEAR, FRANCE } from "../model/constants";
import { formatNumber } from "../format";
import { monthName } from "./takeaways";
import type { TableModel } from "./types";

/** A part of a chart page below its figures: a heading, paragraphs, a list, and a table with its CSV if any. */
export interface PageSection {
  id: string;
  heading: string;
  paragraphs: string[];
  list?: string[];
  table?: TableModel;
  /** file under /data/ holding the table's rows */
  csv?: string;
  /** paragraphs after the table */
  after?: string[];
  /** shown above the page's figures instead of below them */
  beforeFigures?: boolean;
}

const eurM = (eur: number) => `EUR ${formatNumber(eur / 1e6, 0)} m`;
/** "fell by 68.1 %" / "rose by 3.2 %" / "did not change" */
const change = (pct: number) =>
  pct < 0 ? `fell by ${formatNumber(-pct, 1)} %` : pct > 0 ? `rose by ${formatNumber(pct, 1)} %` : "did not change";
const versus = (pct: number) =>
  pct < 0 ? `${formatNumber(-pct, 1)} % below` : pct > 0 ? `${formatNumber(pct, 1)} % above` : "equal to";

/** The change from BASE_YEAR of French exports to Russia in `year`, in USD, as the annual table has it. */
function usdChange(d: Derived, year: number): number {
  const r = d.annual.find(
    (x) => x.year === year && x.flow === "exports" && x.product === "total" && x.unit === "USD" && x.months === 12,
  );
  if (!r) throw new Error(`no full year ${year} of exports in USD in the annual totals`);
  return r.change_from_2021_pct;
}

/** The overview card's headline. */
export function since2021Headline(d: Derived): string {
  const f = d.monthlyFacts;
  const c = f.exportsChange;
  return `French exports to Russia ${change(c.pct)} from ${c.from} to ${c.to}; French imports from Russia in these sources end in ${monthName(f.lastMonth.imports)}`;
}

export function since2021Sections(d: Derived): PageSection[] {
  // the last month of Russia's customs figures with France (data/russia-customs-main-partners.csv)
  const customsEnd = d.ds.customs
    .filter((r) => r.partner === FRANCE && r.period_type === "month")
    .map((r) => r.period)
    .sort()
    .at(-1);
  if (!customsEnd) throw new Error("since-2021: no monthly customs figures with France");
  const f = d.monthlyFacts;
  const c = f.exportsChange;
  const imf = f.imfVsEurostat;
  const row = (flow: string) => {
    const r = imf.rows.find((x) => x.flow === flow);
    if (!r) throw new Error(`no ${flow} in the IMF/Eurostat comparison`);
    return r;
  };
  return [
    {
      id: "facts",
      heading: "What the data show",
      beforeFigures: true,
      paragraphs: [],
      list: [
        `French exports to Russia ${change(c.pct)} from ${c.from} (${eurM(c.fromEur)}) to ${c.to} (${eurM(c.toEur)}), as France declared them to Eurostat; in US dollars at each year's ECB average, they ${change(usdChange(d, c.to))}.`,
        `The last month of French exports to Russia in these sources is ${monthName(f.lastMonth.exports)} (${eurM(f.lastValue.exports)}).`,
        `Mineral fuels (HS 27) were ${formatNumber(f.hs27ShareOfImports.pct, 1)} % of French imports from Russia in ${f.hs27ShareOfImports.year}.`,
        `The last month of French imports from Russia in these sources is ${monthName(f.lastMonth.imports)} (${eurM(f.lastValue.imports)}).`,
      ],
    },
    {
      id: "annual",
      heading: "Annual totals by year and source",
      paragraphs: [
        `Sums of the months by calendar year, with the change from ${BASE_YEAR}. A year with fewer than twelve months (column “Months”) is compared with the same months of ${BASE_YEAR}. USD rows convert each year's euros at the ECB average of that year's daily USD rates (shown in the table), and compare dollars with dollars.`,
      ],
      table: {
        caption: `France's goods trade with Russia by year and source, millions, with the change from ${BASE_YEAR}`,
        columns: [
          { key: "year", label: "Year" },
          { key: "flow", label: "Flow" },
          { key: "product", label: "Product" },
          { key: "unit", label: "Unit" },
          { key: "months", label: "Months", numeric: true },
          { key: "value_m", label: "Value (millions)", numeric: true, decimals: 1 },
          { key: "usd_per_eur", label: "USD per EUR (ECB, year)", numeric: true, decimals: 4 },
          { key: "change_from_2021_pct", label: `Change from ${BASE_YEAR} (%)`, numeric: true, decimals: 1 },
          { key: "compared_with", label: "Compared with" },
          { key: "source", label: "Source" },
        ],
        rows: d.annual,
      },
      csv: "fr-ru-annual-trade.csv",
    },
    {
      id: "data-end",
      heading: "Where the data stop",
      paragraphs: [
        `No French imports from Russia after ${monthName(f.lastMonth.imports)} are in these sources. The only Eurostat extraction here with imports (and the mineral-fuel split) runs from ${monthName(f.firstMonth.imports)} to ${monthName(f.lastMonth.imports)} and marks the months after it as not available; the later extraction, which runs to ${monthName(f.lastMonth.exports)}, holds exports only.`,
        `Russia stopped publishing its trade by partner country after ${customsEnd.slice(0, 4)}: its customs statistics by partner (published by Rosstat from the Federal Customs Service's data; Table 1 shows them as a view of its own) end in ${monthName(customsEnd)}, and its later releases give totals by continent or product only (as recorded in data/raw/rosstat-fts-main-partners/PROVENANCE.md). After that there is no Russian side to set against France's declarations.`,
        `The Eurostat figures are France's own declarations to Eurostat, in euros. The IMF figures on the other pages are France's (and Russia's) declarations to the IMF, in US dollars. For ${imf.year}, the last year the IMF files cover, the two France-declared sources side by side, Eurostat converted at the ECB's ${imf.year} average:`,
      ],
      table: {
        caption: `France's ${imf.year} trade with Russia: IMF (USD) and Eurostat (EUR, converted to USD), millions`,
        columns: [
          { key: "flow", label: "Flow" },
          { key: "imf_usd_m", label: "IMF, USD m", numeric: true, decimals: 1 },
          { key: "eurostat_eur_m", label: "Eurostat, EUR m", numeric: true, decimals: 1 },
          { key: "usd_per_eur", label: `USD per EUR (ECB, ${imf.year})`, numeric: true, decimals: 4 },
          { key: "eurostat_usd_m", label: "Eurostat in USD m", numeric: true, decimals: 1 },
          { key: "difference_pct", label: "Eurostat vs IMF (%)", numeric: true, decimals: 1 },
        ],
        rows: imf.rows,
      },
      after: [
        `Converted this way, Eurostat's figure for French exports to Russia is ${versus(row("exports").difference_pct)} the IMF's, and for French imports from Russia ${versus(row("imports").difference_pct)} it. The IMF and Eurostat publish France's declarations separately, and one average rate for the year converts twelve months of euros only approximately: compare the two within a basis, never across.`,
      ],
    },
  ];
}
