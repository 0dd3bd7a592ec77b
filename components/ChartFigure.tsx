/**
 * One figure as a user sees it on a chart page: title, units, legend, the static SVG chart (narrow and wide
 * renders), source line with links, notes, the data table, the downloads (CSV, and the export images PNG/SVG of the
 * default view, written at postbuild), and the Embed and "Cite this chart" panels (not printed).
 * A pure function of the figure and data.
 */
import type { Dataset } from "../lib/model/load";
import type { Figure } from "../lib/figures/types";
import { readStaticSvg } from "../lib/publish/chart-svg/read";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import { DataTable } from "./DataTable";
import { Legend } from "./Legend";
import { VariantTabs } from "./VariantTabs";
import { EmbedPanel } from "./EmbedPanel";
import { CitePanel } from "./CitePanel";
import { imagePath } from "../lib/publish/urls";

const button = "rounded border border-gray-400 px-2 py-1 underline-offset-4 hover:underline";

function StaticChart({ fig, variant }: { fig: Figure; variant: string }) {
  return (
    <div data-chart={fig.id}>
      <div className="sm:hidden" dangerouslySetInnerHTML={{ __html: readStaticSvg(fig.id, variant, WIDTHS.narrow) }} />
      <div className="hidden sm:block" dangerouslySetInnerHTML={{ __html: readStaticSvg(fig.id, variant, WIDTHS.wide) }} />
    </div>
  );
}

function Panel({ fig, ds, variant }: { fig: Figure; ds: Dataset; variant: string }) {
  return (
    <>
      <StaticChart fig={fig} variant={variant} />
      <details className="mt-4" open>
        <summary className="no-print cursor-pointer text-sm font-medium">Data table</summary>
        <DataTable table={fig.table(ds, variant)} />
      </details>
    </>
  );
}

export function ChartFigure({ fig, ds, extra }: { fig: Figure; ds: Dataset; extra?: React.ReactNode }) {
  const headingId = `${fig.id}-title`;
  return (
    <figure aria-labelledby={headingId} className="my-8" id={fig.id}>
      <h2 id={headingId} className="text-xl font-semibold">{fig.title}</h2>
      <p className="mb-2 text-sm text-gray-700 dark:text-gray-300">{fig.units}</p>
      <Legend items={fig.legend} />
      <div className="mt-3">
        {fig.variants.length > 1 ? (
          <VariantTabs label="Show" variants={fig.variants}>
            {fig.variants.map((v) => <Panel key={v.key} fig={fig} ds={ds} variant={v.key} />)}
          </VariantTabs>
        ) : (
          <Panel fig={fig} ds={ds} variant={fig.variants[0].key} />
        )}
      </div>
      <figcaption className="mt-3 text-sm text-gray-700 dark:text-gray-300">
        <p>
          {fig.source}{" "}
          {fig.links.map((l, i) => (
            <span key={l.url}>
              {i > 0 && " · "}
              <a href={l.url} className="underline" rel="noopener">{l.label}</a>
            </span>
          ))}
        </p>
        <ul className="mt-2 list-disc pl-5">
          {fig.notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      </figcaption>
      <p className="no-print mt-3 flex flex-wrap gap-3 text-sm" data-downloads>
        <a href={`/data/${fig.csv}`} download className={button}>Download CSV ({fig.csv})</a>
        <a href={`/${imagePath(fig.id, "png")}`} download={`${fig.id}.png`} type="image/png" className={button}>Download PNG</a>
        <a href={`/${imagePath(fig.id, "svg")}`} download={`${fig.id}.svg`} type="image/svg+xml" className={button}>Download SVG</a>
      </p>
      <EmbedPanel fig={fig} />
      <CitePanel fig={fig} />
      {extra}
    </figure>
  );
}
