/**
 * The words of the "since the article" page beyond its chart: the headline, the facts, the annual totals and where the
 * data stop, one template per language over the same values. Every number and every month in them is computed once
 * in lib/derive/monthly.ts (monthlyFacts), so a change of data changes the sentence in both languages, and a sentence
 * can never state a figure the data do not hold. The tables' text cells are the CSVs' values (flow, product, source,
 * compared_with): a French page shows them in French through the columns' `labels`, its cells keep the CSV value.
 */
import type { Derived } from "../derive";
import { CONVERSION_TEXT, SOURCE_EXTRACTED, sourceTexts, type MonthlyFacts } from "../derive/monthly";
import { BASE_YEAR } from "../model/constants";
import { formatDay, formatMonth, formatNumber, formatPercent } from "../format";
import type { Locale } from "../i18n/locales";
import { CATALOGUES, translate, type MessageId, type Plan } from "../i18n/translate";
import type { CellWords, Column, TableModel } from "./types";

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

const CONVERSION_FR: Record<keyof typeof CONVERSION_TEXT, string> = {
  monthly: "moyenne mensuelle de la BCE",
  annual: "moyenne annuelle de la BCE",
};
/** The source column in French, from what each English text is made of (lib/derive/monthly.ts sourceTexts). */
function sourceLabelsFr(): Record<string, string> {
  return Object.fromEntries(
    sourceTexts().map(({ text, source, conversion }) => {
      const fr = `Eurostat, déclarations de la France (extraction du ${formatDay(SOURCE_EXTRACTED[source], "fr")})`;
      return [text, conversion ? `${fr} ; ${CONVERSION_FR[conversion]}` : fr];
    }),
  );
}
/** compared_with in French: "2021" stays, "2021-01 to 2021-08" reads « janvier 2021 à août 2021 ». */
function comparedWithFr(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const m = /^(\d{4}-\d{2}) to (\d{4}-\d{2})$/.exec(value);
  if (!m) throw new Error(`fr: compared_with "${value}" has no French wording (lib/figures/since-2021.ts)`);
  return `${formatMonth(m[1], "fr")} à ${formatMonth(m[2], "fr")}`;
}

/** A text cell worded by the catalogue, `figure.monthly.cell.<column>.<value>`; a value without a message stops the
 *  build, naming the column, the value and the catalogue. */
const catalogueCells =
  (column: "flow" | "product" | "unit"): CellWords =>
  (value, locale) => {
    const id = `figure.monthly.cell.${column}.${value}` as MessageId;
    if (!Object.prototype.hasOwnProperty.call(CATALOGUES[locale], id))
      throw new Error(
        `${locale}: monthly column ${column} has no words for "${value}" (messages/${locale}.json ${id})`,
      );
    return translate(locale, { id }, { country: String });
  };
/** A text cell worded by a template of its own language (the English CSV text is already English). */
const templateCells =
  (column: string, fr: (value: string) => string | undefined): CellWords =>
  (value, locale) => {
    const words = locale === "en" ? value : fr(value);
    if (words === undefined)
      throw new Error(`${locale}: monthly column ${column} has no words for "${value}" (lib/figures/since-2021.ts)`);
    return words;
  };

/** The words of the monthly CSVs' text cells (flow, product, unit, source, compared_with), by column. */
export const MONTHLY_CELLS: Record<"flow" | "product" | "unit" | "source" | "compared_with", CellWords> = {
  flow: catalogueCells("flow"),
  product: catalogueCells("product"),
  unit: catalogueCells("unit"),
  source: templateCells("source", (v) => sourceLabelsFr()[v]),
  compared_with: templateCells("compared_with", comparedWithFr),
};

/** The labels of a column's text cells in a language, for the values its rows hold; none where every label is the
 *  value itself. */
export function cellLabels(
  cells: CellWords,
  column: string,
  rows: readonly Record<string, unknown>[],
  locale: Locale,
): { labels?: Record<string, string> } {
  const values = [...new Set(rows.map((r) => String(r[column])))];
  const labels = Object.fromEntries(values.map((v) => [v, cells(v, locale)]));
  return values.some((v) => labels[v] !== v) ? { labels } : {};
}

/** Columns in a language: labels from the catalogue, and words for the text cells. */
function localColumns(
  columns: readonly (Omit<Column, "label"> & { label: MessageId; args?: Plan["args"] })[],
  rows: readonly Record<string, unknown>[],
  locale: Locale,
): Column[] {
  return columns.map(({ label, args, ...c }) => ({
    ...c,
    label: translate(locale, { id: label, args }, { country: String }),
    ...(c.key in MONTHLY_CELLS
      ? cellLabels(MONTHLY_CELLS[c.key as keyof typeof MONTHLY_CELLS], c.key, rows, locale)
      : {}),
  }));
}

/** The page's sentences and headings in one language, from the facts (nothing here computes a number). */
interface SinceWords {
  factsHeading: string;
  facts(f: MonthlyFacts): string[];
  annualHeading: string;
  annualIntro: string;
  annualCaption: string;
  dataEndHeading: string;
  dataEnd(f: MonthlyFacts): string[];
  imfCaption(year: number): string;
  imfAfter(f: MonthlyFacts): string;
}

const pctEn = (v: number) => formatPercent(v, 1, "en");
/** "fell by 68.1 %" / "rose by 3.2 %" / "did not change" */
const changeEn = (pct: number) =>
  pct < 0 ? `fell by ${pctEn(-pct)}` : pct > 0 ? `rose by ${pctEn(pct)}` : "did not change";
const versusEn = (pct: number) => (pct < 0 ? `${pctEn(-pct)} below` : pct > 0 ? `${pctEn(pct)} above` : "equal to");
const eurMEn = (eur: number) => `EUR ${formatNumber(eur / 1e6, 0, "en")} m`;
const monthEn = (period: string) => formatMonth(period, "en");

const pctFr = (v: number) => formatPercent(v, 1, "fr");
/** « ont baissé de 68,1 % » / « ont augmenté de 3,2 % » / « n’ont pas varié » */
const changeFr = (pct: number) =>
  pct < 0 ? `ont baissé de ${pctFr(-pct)}` : pct > 0 ? `ont augmenté de ${pctFr(pct)}` : "n’ont pas varié";
const versusFr = (pct: number) =>
  pct < 0 ? `inférieur de ${pctFr(-pct)} à celui` : pct > 0 ? `supérieur de ${pctFr(pct)} à celui` : "égal à celui";
const eurMFr = (eur: number) => `${formatNumber(eur / 1e6, 0, "fr")} millions d’euros`;
const monthFr = (period: string) => formatMonth(period, "fr");

const WORDS: Record<Locale, SinceWords> = {
  en: {
    factsHeading: "What the data show",
    facts: (f) => {
      const c = f.exportsChange;
      return [
        `French exports to Russia ${changeEn(c.pct)} from ${c.from} (${eurMEn(c.fromEur)}) to ${c.to} (${eurMEn(c.toEur)}), as France declared them to Eurostat; in US dollars at each year's ECB average, they ${changeEn(f.exportsChangeUsdPct)}.`,
        `The last month of French exports to Russia in these sources is ${monthEn(f.lastMonth.exports)} (${eurMEn(f.lastValue.exports)}).`,
        `Mineral fuels (HS 27) were ${pctEn(f.hs27ShareOfImports.pct)} of French imports from Russia in ${f.hs27ShareOfImports.year}.`,
        `The last month of French imports from Russia in these sources is ${monthEn(f.lastMonth.imports)} (${eurMEn(f.lastValue.imports)}).`,
      ];
    },
    annualHeading: "Annual totals by year and source",
    annualIntro: `Sums of the months by calendar year, with the change from ${BASE_YEAR}. A year with fewer than twelve months (column “Months”) is compared with the same months of ${BASE_YEAR}. USD rows convert each year's euros at the ECB average of that year's daily USD rates (shown in the table), and compare dollars with dollars.`,
    annualCaption: `France's goods trade with Russia by year and source, millions, with the change from ${BASE_YEAR}`,
    dataEndHeading: "Where the data stop",
    dataEnd: (f) => [
      `No French imports from Russia after ${monthEn(f.lastMonth.imports)} are in these sources. The only Eurostat extraction here with imports (and the mineral-fuel split) runs from ${monthEn(f.firstMonth.imports)} to ${monthEn(f.lastMonth.imports)} and marks the months after it as not available; the later extraction, which runs to ${monthEn(f.lastMonth.exports)}, holds exports only.`,
      `Russia stopped publishing its trade by partner country after ${f.customsEnd.slice(0, 4)}: its customs statistics by partner (published by Rosstat from the Federal Customs Service's data; Table 1 shows them as a view of its own) end in ${monthEn(f.customsEnd)}, and its later releases give totals by continent or product only (as recorded in data/raw/rosstat-fts-main-partners/PROVENANCE.md). After that there is no Russian side to set against France's declarations.`,
      `The Eurostat figures are France's own declarations to Eurostat, in euros. The IMF figures on the other pages are France's (and Russia's) declarations to the IMF, in US dollars. For ${f.imfVsEurostat.year}, the last year the IMF files cover, the two France-declared sources side by side, Eurostat converted at the ECB's ${f.imfVsEurostat.year} average:`,
    ],
    imfCaption: (year) =>
      `France's ${year} trade with Russia: IMF (USD) and Eurostat (EUR, converted to USD), millions`,
    imfAfter: (f) =>
      `Converted this way, Eurostat's figure for French exports to Russia is ${versusEn(f.imfDifferencePct.exports)} the IMF's, and for French imports from Russia ${versusEn(f.imfDifferencePct.imports)} it. The IMF and Eurostat publish France's declarations separately, and one average rate for the year converts twelve months of euros only approximately: compare the two within a basis, never across.`,
  },
  fr: {
    factsHeading: "Ce que montrent les données",
    facts: (f) => {
      const c = f.exportsChange;
      return [
        `Les exportations françaises vers la Russie ${changeFr(c.pct)} de ${c.from} (${eurMFr(c.fromEur)}) à ${c.to} (${eurMFr(c.toEur)}), telles que la France les a déclarées à Eurostat ; en dollars US, au cours moyen annuel de la BCE, elles ${changeFr(f.exportsChangeUsdPct)}.`,
        `Dans ces sources, le dernier mois d’exportations françaises vers la Russie est ${monthFr(f.lastMonth.exports)} (${eurMFr(f.lastValue.exports)}).`,
        `Les combustibles minéraux (SH 27) représentaient ${pctFr(f.hs27ShareOfImports.pct)} des importations françaises en provenance de Russie en ${f.hs27ShareOfImports.year}.`,
        `Dans ces sources, le dernier mois d’importations françaises en provenance de Russie est ${monthFr(f.lastMonth.imports)} (${eurMFr(f.lastValue.imports)}).`,
      ];
    },
    annualHeading: "Totaux annuels par année et par source",
    annualIntro: `Sommes des mois par année civile, avec l’évolution depuis ${BASE_YEAR}. Une année de moins de douze mois (colonne « Mois ») est comparée aux mêmes mois de ${BASE_YEAR}. Les lignes en dollars US convertissent les euros de chaque année à la moyenne des cours quotidiens du dollar publiés par la BCE cette année-là (indiquée dans le tableau), et comparent des dollars à des dollars.`,
    annualCaption: `Échanges de biens de la France avec la Russie par année et par source, en millions, avec l’évolution depuis ${BASE_YEAR}`,
    dataEndHeading: "Où s’arrêtent les données",
    dataEnd: (f) => [
      `Ces sources ne contiennent aucune importation française en provenance de Russie après ${monthFr(f.lastMonth.imports)}. La seule extraction d’Eurostat utilisée ici qui comprenne les importations (et la part des combustibles minéraux) va de ${monthFr(f.firstMonth.imports)} à ${monthFr(f.lastMonth.imports)} et marque les mois suivants comme non disponibles ; l’extraction plus récente, qui va jusqu’à ${monthFr(f.lastMonth.exports)}, ne contient que les exportations.`,
      `La Russie a cessé de publier son commerce par pays partenaire après ${f.customsEnd.slice(0, 4)} : ses statistiques douanières par partenaire (publiées par Rosstat à partir des données du Service fédéral des douanes ; le tableau 1 en fait une vue distincte) s’arrêtent en ${monthFr(f.customsEnd)}, et ses publications ultérieures ne donnent plus que des totaux par continent ou par produit (comme le consigne data/raw/rosstat-fts-main-partners/PROVENANCE.md). Au-delà, il n’y a plus de côté russe à confronter aux déclarations de la France.`,
      `Les chiffres d’Eurostat sont les déclarations de la France elle-même à Eurostat, en euros. Les chiffres du FMI des autres pages sont les déclarations de la France (et de la Russie) au FMI, en dollars US. Pour ${f.imfVsEurostat.year}, dernière année couverte par les fichiers du FMI, voici les deux sources déclarées par la France côte à côte, Eurostat converti au cours moyen de la BCE de ${f.imfVsEurostat.year} :`,
    ],
    imfCaption: (year) =>
      `Échanges de la France avec la Russie en ${year} : FMI (dollars US) et Eurostat (euros convertis en dollars US), en millions`,
    imfAfter: (f) =>
      `Ainsi converti, le chiffre d’Eurostat pour les exportations françaises vers la Russie est ${versusFr(f.imfDifferencePct.exports)} du FMI, et pour les importations françaises en provenance de Russie ${versusFr(f.imfDifferencePct.imports)} du FMI. Le FMI et Eurostat publient séparément les déclarations de la France, et un seul cours moyen pour l’année ne convertit douze mois d’euros qu’approximativement : comparez les deux au sein d’une même base, jamais d’une base à l’autre.`,
  },
};

/** The overview card's headline: the change of French exports since the base year, and where imports end. */
export function since2021Headline(d: Derived): Plan {
  const f = d.monthlyFacts;
  const c = f.exportsChange;
  return {
    id: "headline.since-2021",
    args: {
      direction: c.pct < 0 ? "fall" : c.pct > 0 ? "rise" : "none",
      change: Math.abs(c.pct),
      from: String(c.from),
      to: String(c.to),
      importsEnd: { month: f.lastMonth.imports },
    },
  };
}

export function since2021Sections(d: Derived, locale: Locale): PageSection[] {
  const f = d.monthlyFacts;
  const w = WORDS[locale];
  const imf = f.imfVsEurostat;
  return [
    { id: "facts", heading: w.factsHeading, beforeFigures: true, paragraphs: [], list: w.facts(f) },
    {
      id: "annual",
      heading: w.annualHeading,
      paragraphs: [w.annualIntro],
      table: {
        caption: w.annualCaption,
        columns: localColumns(
          [
            { key: "year", label: "page.since-2021.annual.column.year" },
            { key: "flow", label: "page.since-2021.annual.column.flow" },
            { key: "product", label: "page.since-2021.annual.column.product" },
            { key: "unit", label: "page.since-2021.annual.column.unit" },
            { key: "months", label: "page.since-2021.annual.column.months", numeric: true },
            { key: "value_m", label: "page.since-2021.annual.column.value_m", numeric: true, decimals: 1 },
            { key: "usd_per_eur", label: "page.since-2021.annual.column.usd_per_eur", numeric: true, decimals: 4 },
            {
              key: "change_from_2021_pct",
              label: "page.since-2021.annual.column.change_from_base_pct",
              args: { base: String(BASE_YEAR) },
              numeric: true,
              decimals: 1,
            },
            { key: "compared_with", label: "page.since-2021.annual.column.compared_with" },
            { key: "source", label: "page.since-2021.annual.column.source" },
          ],
          d.annual,
          locale,
        ),
        rows: d.annual,
      },
      csv: "fr-ru-annual-trade.csv",
    },
    {
      id: "data-end",
      heading: w.dataEndHeading,
      paragraphs: w.dataEnd(f),
      table: {
        caption: w.imfCaption(imf.year),
        columns: localColumns(
          [
            { key: "flow", label: "page.since-2021.imf.column.flow" },
            { key: "imf_usd_m", label: "page.since-2021.imf.column.imf_usd_m", numeric: true, decimals: 1 },
            { key: "eurostat_eur_m", label: "page.since-2021.imf.column.eurostat_eur_m", numeric: true, decimals: 1 },
            {
              key: "usd_per_eur",
              label: "page.since-2021.imf.column.usd_per_eur",
              args: { year: String(imf.year) },
              numeric: true,
              decimals: 4,
            },
            { key: "eurostat_usd_m", label: "page.since-2021.imf.column.eurostat_usd_m", numeric: true, decimals: 1 },
            { key: "difference_pct", label: "page.since-2021.imf.column.difference_pct", numeric: true, decimals: 1 },
          ],
          imf.rows,
          locale,
        ),
        rows: imf.rows,
      },
      after: [w.imfAfter(f)],
    },
  ];
}
