/**
 * One figure as a user sees it on a chart page: title, units, each view's legend, the static SVG chart (narrow and wide
 * renders), the takeaways of each view (the chart's long description, with a copy button), source line with links,
 * notes, the data table, and the view's files (./ViewFilesBlock.tsx: CSV, export images, briefing files, Embed and
 * "Cite this chart" panels of the view shown; not printed).
 * A pure function of the figure and data.
 */
import type { FigureView } from "../lib/publish/page-data";
import { ON_DEMAND_ATTR, PLACEHOLDER_ATTR, PREVIEW_ATTR, slotName, type ChartSlot } from "../lib/publish/chart-slot";
import { WIDTHS } from "../lib/publish/chart-svg/paths";
import {
  PANEL_CONTENT_ATTR,
  PANEL_SRC_ATTR,
  servedPanelPath,
  VIEW_FILES_ATTR,
  VIEW_FILES_PANEL_ATTR,
} from "../lib/publish/panels";
import { DataTable } from "./DataTable";
import { Legend } from "./Legend";
import { VariantTabs } from "./VariantTabs";
import { ViewFilesBlock } from "./ViewFilesBlock";
import { CopyButton } from "./CopyButton";
import { Rich } from "./Rich";

/**
 * Where a static chart SVG goes: an empty element that postbuild fills with the SVG (lib/publish/chart-markup.ts),
 * drawn once per build (lib/publish/chart-svg/read.ts), rather than rendered again by every page that shows it.
 * `describedBy`: the id of the element that describes the chart (its takeaways), set on the <svg> as aria-describedby.
 * `onDemand`: the SVG is not put into the page; the page script fetches it when the view is chosen (VariantTabs).
 * `preview`: a chart hidden from assistive technology (a card's picture): not focusable, not explored.
 */
export function ChartSvg({
  slot,
  describedBy,
  className,
  onDemand = false,
  preview = false,
}: {
  slot: ChartSlot;
  describedBy?: string;
  className?: string;
  onDemand?: boolean;
  preview?: boolean;
}) {
  const attrs: Record<string, string> = { [onDemand ? ON_DEMAND_ATTR : PLACEHOLDER_ATTR]: slotName(slot) };
  if (describedBy) attrs["data-describedby"] = describedBy;
  if (preview) attrs[PREVIEW_ATTR] = "";
  return <div className={className} {...attrs} />;
}

/** One view: the default view carries a phone and a desktop render; the other views (up to five bases per ranking
 *  figure) carry the desktop render only, scaled to the width. Those other views are hidden until chosen, which
 *  takes JavaScript, so their whole content is one part that postbuild moves out of the page into the file
 *  the page script fetches (lib/publish/panels.ts), and their chart is fetched after it. */
function Panel({
  id,
  variant,
  both,
  locale,
  ui,
}: {
  id: string;
  variant: FigureView["variants"][number];
  both: boolean;
  locale: FigureView["locale"];
  ui: FigureView["ui"];
}) {
  const slot = (width: number) => ({ figure: id, variant: variant.key, width, locale });
  const content = (
    <>
      {/* each view's own legend: the series it draws, and only those */}
      <Legend items={variant.legend} label={ui.legend} />
      <div data-chart={id} className="mt-3">
        {both ? (
          <>
            <ChartSvg className="sm:hidden" slot={slot(WIDTHS.narrow)} describedBy={variant.takeawaysId} />
            <ChartSvg className="hidden sm:block" slot={slot(WIDTHS.wide)} describedBy={variant.takeawaysId} />
          </>
        ) : (
          <ChartSvg slot={slot(WIDTHS.wide)} describedBy={variant.takeawaysId} onDemand />
        )}
      </div>
      {/* not a <section>: labelled, it would be a region landmark, named "Takeaways" once per figure */}
      <div className="mt-4" data-takeaways>
        <h3 className="text-base font-semibold">{ui.takeaways}</h3>
        <ul id={variant.takeawaysId} className="mt-1 list-disc pl-5">
          {variant.takeaways.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <p className="no-print mt-2 text-sm">
          <CopyButton
            target={variant.takeawaysId}
            label={ui.copyTakeaways}
            copied={ui.copied}
            fallback={ui.copyFallback}
          />
        </p>
      </div>
      <details className="mt-4" open data-load-error={ui.partLoadError}>
        <summary className="no-print cursor-pointer text-sm font-medium">{ui.dataTable}</summary>
        <DataTable
          table={variant.table}
          locale={locale}
          onDemand={{
            src: servedPanelPath(id, `${variant.key}--table`, locale),
            needsScript: ui.tableNeedsScript,
            csv: variant.csv[0],
          }}
        />
      </details>
    </>
  );
  return both ? content : <div {...{ [PANEL_CONTENT_ATTR]: "" }}>{content}</div>;
}

export function ChartFigure({ fig }: { fig: FigureView }) {
  const headingId = `${fig.id}-title`;
  return (
    <figure aria-labelledby={headingId} className="my-8" id={fig.id}>
      <h2 id={headingId} className="text-xl font-semibold">
        {fig.title}
      </h2>
      <p className="mb-2 text-sm text-gray-700 dark:text-gray-300">{fig.units}</p>
      <div className="mt-3">
        {fig.variants.length > 1 ? (
          <VariantTabs
            label={fig.ui.show}
            param={fig.id}
            variants={fig.variants.map((v, i) => ({
              key: v.key,
              label: v.label,
              src: i === 0 ? undefined : servedPanelPath(fig.id, v.key, fig.locale),
            }))}
            loadError={fig.ui.viewLoadError}
          >
            {fig.variants.map((v, i) => (
              <Panel key={v.key} id={fig.id} variant={v} both={i === 0} locale={fig.locale} ui={fig.ui} />
            ))}
          </VariantTabs>
        ) : (
          <Panel id={fig.id} variant={fig.variants[0]} both locale={fig.locale} ui={fig.ui} />
        )}
      </div>
      <figcaption className="mt-3 text-sm text-gray-700 dark:text-gray-300">
        <p>
          <Rich runs={fig.sourceRuns} />{" "}
          {fig.links.map((l, i) => (
            <span key={l.url}>
              {i > 0 && " · "}
              <a href={l.url} className="underline" rel="noopener">
                <Rich runs={l.labelRuns} />
              </a>
            </span>
          ))}
        </p>
        <ul className="mt-2 list-disc pl-5">
          {fig.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </figcaption>
      {fig.variants.length > 1 ? (
        // one block of files per view, shown with its view (the page script switches both: VIEW_FILES_ATTR); the
        // other views' blocks are fetched when chosen, like their panels
        <div {...{ [VIEW_FILES_ATTR]: fig.id }}>
          {fig.variants.map((v, i) => (
            <div
              key={v.key}
              hidden={i !== 0}
              {...{ [VIEW_FILES_PANEL_ATTR]: v.key }}
              {...(i === 0 ? {} : { [PANEL_SRC_ATTR]: servedPanelPath(fig.id, `${v.key}--files`, fig.locale) })}
            >
              {i === 0 ? (
                <ViewFilesBlock fig={fig} view={v} />
              ) : (
                <div {...{ [PANEL_CONTENT_ATTR]: "" }}>
                  <ViewFilesBlock fig={fig} view={v} />
                </div>
              )}
            </div>
          ))}
        </div>
      ) : (
        <ViewFilesBlock fig={fig} view={fig.variants[0]} />
      )}
    </figure>
  );
}
