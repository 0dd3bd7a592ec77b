"use client";
/**
 * The year explorer itself: compare any two years of a ranking. Rendered to HTML at build by Next (a client component
 * only so that Next renders its hooks' first state), and hydrated in the browser by its own island bundle
 * (components/year-explorer.island.tsx, lib/publish/island/bundle.ts), never by Next's runtime, which no page ships.
 * Nothing heavy loads until the reader picks a year: then the CSV behind the chart (the same file as the download) is
 * fetched and parsed with papaparse, and the recharts slope chart is imported and drawn at the container's width. The
 * default pair, on the default basis, is already on the page as a chart above. The reader also picks the statistical
 * basis (rows of the CSV's `basis` column), one at a time: the year pickers offer only that basis's years, and a change
 * of basis keeps the pair where the new basis has both years, else takes the basis's first or last year, so that a
 * comparison never joins two bases. Where the explorer has views (Russia's: total trade, imports; the CSV's
 * `viewColumn`), the reader picks one and only its bases are offered. A year whose figures are the IMF's estimates is
 * labelled so in the pickers, the table, the caption and the chart, and a line under the pickers names the basis and
 * its years. A choice other than the default is kept in the page's query (`?<csv name>-years=2012-2019`, with
 * `-basis` and `-view` where they are not the first), so a reload, a shared link or the language switch shows it again.
 */
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { RankSlopeChartProps } from "../lib/figures/charts/RankSlopeChart";
import { DataTable } from "./DataTable";
import type { Column, ExplorerSpec, TableModel } from "../lib/figures/types";
import type { Locale } from "../lib/i18n/locales";
import type { ExplorerWords } from "../lib/publish/page-data";
import { yearsParam } from "../lib/publish/page-script/attrs";

type Row = Record<string, unknown> & { basis: string; year: number; rank: number; partner: string; name: string };

export interface YearPairExplorerProps extends ExplorerSpec {
  /** the table columns when the explorer has no views: the figure's default view's, so the table reads the same */
  columns: Column[];
  /** the page's language (the table's numbers) and the explorer's words in it */
  locale: Locale;
  words: ExplorerWords;
  /** partner code → name in the page's language, where it is not the CSV's English name */
  names?: Record<string, string>;
  /** what the page's selects held before hydration (the island reads them first: a reader may have chosen) */
  early?: Partial<Record<Choice, string>>;
}

/** What the reader picks: the view (measure), the basis, the two years. */
export interface ExplorerState {
  view: string;
  basis: string;
  a: number;
  b: number;
}
type Choice = "view" | "basis" | "a" | "b";
/** The query parameters that keep a choice: `<csv name>-years` (the one a shared link hydrates for), -basis, -view. */
const params = (csv: string) => {
  const years = yearsParam(csv);
  const base = years.replace(/-years$/, "");
  return { years, basis: `${base}-basis`, view: `${base}-view` };
};

/**
 * A state the explorer can show, from one the reader asked for: a view the explorer has (else its first), a basis of
 * that view (else the view's first), and two years of that basis; a year the basis lacks becomes its first (from) or
 * last (to) year, and two years made equal so become its first and last.
 */
export function settle(spec: Pick<ExplorerSpec, "bases" | "views">, asked: ExplorerState): ExplorerState {
  const views = spec.views?.map((v) => v.key) ?? [""];
  const view = views.includes(asked.view) ? asked.view : views[0];
  const inView = spec.bases.filter((b) => !b.views || !spec.views || b.views.includes(view));
  if (!inView.length) throw new Error(`year explorer: no basis in view "${view}"`);
  const basis = inView.find((b) => b.key === asked.basis) ?? inView[0];
  const ys = basis.years;
  const a = ys.includes(asked.a) ? asked.a : ys[0];
  const b = ys.includes(asked.b) ? asked.b : ys[ys.length - 1];
  const moved = a !== asked.a || b !== asked.b;
  return moved && a === b
    ? { view, basis: basis.key, a: ys[0], b: ys[ys.length - 1] }
    : { view, basis: basis.key, a, b };
}

export function YearPairExplorerApp(props: YearPairExplorerProps) {
  const { csv, columns, initial, top, highlight, label, locale, words, names, bases, views, viewColumn, early } = props;
  const filter = props.filter ?? {};
  const first: ExplorerState = settle(props, { view: views?.[0].key ?? "", basis: bases[0].key, ...initial });
  const [state, setState] = useState(first);
  // not useId: the island hydrates this component in a root of its own, where React's ids would differ from Next's
  const headingId = `${yearsParam(csv)}-h`;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [Chart, setChart] = useState<ComponentType<RankSlopeChartProps> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(760);
  const box = useRef<HTMLDivElement>(null);
  const touched = (Object.keys(first) as (keyof ExplorerState)[]).some((k) => state[k] !== first[k]);
  const basis = bases.find((b) => b.key === state.basis)!;
  const view = views?.find((v) => v.key === state.view);
  const inView = bases.filter((b) => !b.views || !views || b.views.includes(state.view));
  const param = params(csv);
  const yearText = (y: number) =>
    basis.estimated?.includes(y) ? words.estimateYear.replace("{year}", String(y)) : String(y);

  const choose = (asked: Partial<ExplorerState>) => {
    const next = settle(props, { ...state, ...asked });
    setState(next);
    const url = new URL(window.location.href);
    const differs = (Object.keys(first) as (keyof ExplorerState)[]).some((k) => next[k] !== first[k]);
    const keep = (name: string, value: string | null) =>
      value === null ? url.searchParams.delete(name) : url.searchParams.set(name, value);
    keep(param.years, differs ? `${next.a}-${next.b}` : null);
    keep(param.basis, next.basis !== first.basis ? next.basis : null);
    keep(param.view, next.view !== first.view ? next.view : null);
    window.history.replaceState(window.history.state, "", url);
  };
  const selects = useRef<Partial<Record<Choice, HTMLSelectElement | null>>>({});
  useEffect(() => {
    // the island loads on the reader's first interaction with it (lib/publish/static-pages.ts): a choice made in the
    // selects before it hydrated them is in the page, not in the state, and wins over the query
    const read = (k: Choice) => early?.[k] ?? selects.current[k]?.value;
    const seen = { view: read("view") ?? first.view, basis: read("basis") ?? first.basis, a: read("a"), b: read("b") };
    const chosen = settle(props, { view: seen.view, basis: seen.basis, a: Number(seen.a), b: Number(seen.b) });
    if ((Object.keys(first) as (keyof ExplorerState)[]).some((k) => chosen[k] !== first[k])) {
      choose(chosen);
      return;
    }
    const query = new URLSearchParams(window.location.search);
    const m = /^(\d{4})-(\d{4})$/.exec(query.get(param.years) ?? "");
    if (m)
      setState(
        settle(props, {
          view: query.get(param.view) ?? first.view,
          basis: query.get(param.basis) ?? first.basis,
          a: Number(m[1]),
          b: Number(m[2]),
        }),
      );
    // once, on hydration
  }, []);

  const kept = (rows ?? [])
    .filter(
      (r) =>
        r.basis === state.basis &&
        (!viewColumn || String(r[viewColumn]) === state.view) &&
        Object.entries(filter).every(([k, v]) => String(r[k]) === v),
    )
    // the CSV's names are English: the page's language names each partner by its code
    .map((r) => (names ? { ...r, name: names[r.partner] ?? r.name } : r));

  useEffect(() => {
    if (!touched || (rows && Chart)) return;
    Promise.all([
      fetch(`/data/${csv}`).then((r) => r.text()),
      import("papaparse"),
      import("../lib/figures/charts/RankSlopeChart"),
    ])
      .then(([text, Papa, mod]) => {
        const parsed = Papa.default.parse<Row>(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
        setRows(parsed.data);
        setChart(() => mod.RankSlopeChart);
      })
      .catch((e: Error) => setError(`${words.couldNotLoad} ${csv}: ${e.message}`));
  }, [touched, rows, Chart, csv, words.couldNotLoad]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const ranks = (year: number) =>
    kept.filter((r) => r.year === year).map((r) => ({ partner: r.partner, name: r.name, rank: r.rank }));
  const shown = view ? words.viewBasis.replace("{view}", view.label).replace("{basis}", basis.label) : basis.label;
  // an estimated year reads as one in the table too (the cell keeps the year itself in data-value)
  const estimatedLabels = Object.fromEntries((basis.estimated ?? []).map((y) => [String(y), yearText(y)]));
  const table: TableModel | null = rows && {
    caption: `${words.caption
      .replace("{label}", label)
      .replace("{top}", String(top))
      .replace("{a}", yearText(state.a))
      .replace("{b}", yearText(state.b))} (${shown})`,
    columns: (view?.columns ?? columns).map((c) =>
      c.key === "year" && basis.estimated?.length ? { ...c, labels: estimatedLabels } : c,
    ),
    rows: kept.filter(
      (r) => (r.year === state.a || r.year === state.b) && r.rank <= top,
    ) as unknown as TableModel["rows"],
  };

  const selectClass = "rounded border border-gray-400 bg-transparent px-2 py-1 dark:border-gray-600";
  const ref = (key: Choice) => (el: HTMLSelectElement | null) => {
    selects.current[key] = el;
  };
  const yearSelect = (key: "a" | "b", text: string) => (
    <label className="flex items-center gap-2">
      {text}
      <select
        ref={ref(key)}
        name={key}
        className={selectClass}
        value={state[key]}
        onChange={(e) => choose({ [key]: Number(e.target.value) })}
      >
        {basis.years.map((y) => (
          <option key={y} value={y}>
            {yearText(y)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section
      className="no-print my-8 rounded-lg border border-gray-200 p-4 dark:border-gray-800"
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {words.heading}
      </h2>
      <p className="text-sm text-gray-700 dark:text-gray-300">{words.shows}</p>
      <div className="mt-3 flex flex-wrap gap-4 text-sm">
        {views && views.length > 1 && (
          <label className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
            {words.view}
            <select
              ref={ref("view")}
              name="view"
              className={`min-w-0 max-w-full ${selectClass}`}
              value={state.view}
              onChange={(e) => choose({ view: e.target.value })}
            >
              {views.map((v) => (
                <option key={v.key} value={v.key}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {/* a basis name is long (in French most): the select may be no wider than the screen (reflow at 320 px) */}
        <label className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
          {words.basis}
          <select
            ref={ref("basis")}
            name="basis"
            className={`min-w-0 max-w-full ${selectClass}`}
            value={state.basis}
            onChange={(e) => choose({ basis: e.target.value })}
          >
            {inView.map((b) => (
              <option key={b.key} value={b.key}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
        {yearSelect("a", words.from)}
        {yearSelect("b", words.to)}
      </div>
      <p className="mt-2 text-sm" data-basis-note>
        {basis.note}
      </p>
      <div ref={box} className="mt-4" aria-live="polite">
        {error && <p role="alert">{error}</p>}
        {touched && !error && (!rows || !Chart) && <p>{words.loading}</p>}
        {touched && rows && Chart && (
          <>
            <Chart
              a={{ year: state.a, ranks: ranks(state.a) }}
              b={{ year: state.b, ranks: ranks(state.b) }}
              top={top}
              highlight={highlight}
              width={width}
              locale={locale}
              yearLabel={yearText}
              title={`${label}, ${yearText(state.a)} ${words.and} ${yearText(state.b)} (${shown})`}
            />
            {table && (
              <div className="mt-4">
                <DataTable table={table} locale={locale} />
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
