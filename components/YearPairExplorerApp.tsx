"use client";
/**
 * The year explorer itself: compare any two years of a ranking. Rendered to HTML at build by Next (a client component
 * only so that Next renders its hooks' first state), and hydrated in the browser by its own island bundle
 * (components/year-explorer.island.tsx, lib/publish/island/bundle.ts), never by Next's runtime, which no page ships.
 * Nothing heavy loads until the reader picks a year: then the CSV behind the chart (the same file as the download) is
 * fetched and parsed with papaparse, and the recharts slope chart is imported and drawn at the container's width. The
 * default pair, on the default basis, is already on the page as static SVG. The reader also picks the statistical
 * basis: rows are those of the CSV's `basis` column, and of the figure's fixed `filter` (Russia's `measure`). A pair
 * other than the default is kept in the page's query (`?<csv name>-years=2012-2019`), so a reload, a shared link or
 * the language switch shows it again.
 */
import { useEffect, useRef, useState, type ComponentType } from "react";
import type { RankSlopeChartProps } from "../lib/figures/charts/RankSlopeChart";
import { DataTable } from "./DataTable";
import type { Column, TableModel, Variant } from "../lib/figures/types";
import type { RankRow } from "../lib/derive/tables";
import type { Locale } from "../lib/i18n/locales";
import type { ExplorerWords } from "../lib/publish/page-data";
import { yearsParam } from "../lib/publish/page-script/attrs";

type Row = RankRow & { basis: string };

export interface YearPairExplorerProps {
  csv: string;
  /** the table columns of the figure's default view, so the explorer's table reads the same */
  columns: Column[];
  years: readonly number[];
  initial: { a: number; b: number };
  top: number;
  highlight: string;
  label: string;
  /** the page's language (the table's numbers) and the explorer's words in it */
  locale: Locale;
  words: ExplorerWords;
  /** partner code → name in the page's language, where it is not the CSV's English name */
  names?: Record<string, string>;
  /** the bases the CSV holds, the default first */
  bases: readonly Variant[];
  /** other columns fixed for this figure */
  filter?: Record<string, string>;
  /** what the page's selects held before hydration (the island reads them first: a reader may have chosen) */
  early?: { a: string; b: string; basis: string };
}

export function YearPairExplorerApp({
  csv,
  columns,
  years,
  initial,
  top,
  highlight,
  label,
  locale,
  words,
  names,
  bases,
  filter = {},
  early,
}: YearPairExplorerProps) {
  const [pair, setPair] = useState(initial);
  const [basis, setBasis] = useState(bases[0].key);
  // not useId: the island hydrates this component in a root of its own, where React's ids would differ from Next's
  const headingId = `${yearsParam(csv)}-h`;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [Chart, setChart] = useState<ComponentType<RankSlopeChartProps> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(760);
  const box = useRef<HTMLDivElement>(null);
  const touched = pair.a !== initial.a || pair.b !== initial.b || basis !== bases[0].key;
  const basisLabel = bases.find((b) => b.key === basis)?.label ?? basis;
  const param = yearsParam(csv);

  const choose = (next: { a: number; b: number }) => {
    setPair(next);
    const url = new URL(window.location.href);
    if (next.a === initial.a && next.b === initial.b) url.searchParams.delete(param);
    else url.searchParams.set(param, `${next.a}-${next.b}`);
    window.history.replaceState(window.history.state, "", url);
  };
  const selects = useRef<Record<"a" | "b" | "basis", HTMLSelectElement | null>>({ a: null, b: null, basis: null });
  useEffect(() => {
    // the island loads on the reader's first interaction with it (lib/publish/static-pages.ts): a choice made in the
    // selects before it hydrated them is in the page, not in the state, and wins over the query
    const { a: selA, b: selB, basis: selBasis } = selects.current;
    const seen = early ?? { a: selA?.value, b: selB?.value, basis: selBasis?.value };
    const chosen = { a: Number(seen.a), b: Number(seen.b) };
    if (seen.basis && seen.basis !== bases[0].key && bases.some((v) => v.key === seen.basis)) setBasis(seen.basis);
    if (years.includes(chosen.a) && years.includes(chosen.b) && (chosen.a !== initial.a || chosen.b !== initial.b)) {
      choose(chosen);
      return;
    }
    const m = /^(\d{4})-(\d{4})$/.exec(new URLSearchParams(window.location.search).get(param) ?? "");
    const [a, b] = m ? [Number(m[1]), Number(m[2])] : [];
    if (a && b && years.includes(a) && years.includes(b)) setPair({ a, b });
  }, [param, years, bases, initial, early]);

  const kept = (rows ?? [])
    .filter(
      (r) =>
        r.basis === basis && Object.entries(filter).every(([k, v]) => String((r as Record<string, unknown>)[k]) === v),
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
  const table: TableModel | null = rows && {
    caption: `${words.caption
      .replace("{label}", label)
      .replace("{top}", String(top))
      .replace("{a}", String(pair.a))
      .replace("{b}", String(pair.b))} (${basisLabel})`,
    columns,
    rows: kept.filter(
      (r) => (r.year === pair.a || r.year === pair.b) && r.rank <= top,
    ) as unknown as TableModel["rows"],
  };

  const select = (key: "a" | "b", text: string) => (
    <label className="flex items-center gap-2">
      {text}
      <select
        ref={(el) => {
          selects.current[key] = el;
        }}
        className="rounded border border-gray-400 bg-transparent px-2 py-1 dark:border-gray-600"
        value={pair[key]}
        onChange={(e) => choose({ ...pair, [key]: Number(e.target.value) })}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
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
        {select("a", words.from)}
        {select("b", words.to)}
        {/* a basis name is long (in French most): the select may be no wider than the screen (reflow at 320 px) */}
        <label className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
          {words.basis}
          <select
            ref={(el) => {
              selects.current.basis = el;
            }}
            className="min-w-0 max-w-full rounded border border-gray-400 bg-transparent px-2 py-1 dark:border-gray-600"
            value={basis}
            onChange={(e) => setBasis(e.target.value)}
          >
            {bases.map((b) => (
              <option key={b.key} value={b.key}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div ref={box} className="mt-4" aria-live="polite">
        {error && <p role="alert">{error}</p>}
        {touched && !error && (!rows || !Chart) && <p>{words.loading}</p>}
        {touched && rows && Chart && (
          <>
            <Chart
              a={{ year: pair.a, ranks: ranks(pair.a) }}
              b={{ year: pair.b, ranks: ranks(pair.b) }}
              top={top}
              highlight={highlight}
              width={width}
              locale={locale}
              title={`${label}, ${pair.a} ${words.and} ${pair.b} (${basisLabel})`}
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
