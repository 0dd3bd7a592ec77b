/**
 * The parts of a chart page below its figures: a heading, paragraphs, a list of facts and a data table with its CSV,
 * each computed at build (lib/figures/pages.ts). A pure function of the page data.
 */
import type { PageSectionView } from "../lib/publish/page-data";
import { DataTable } from "./DataTable";

export function PageSections({ sections }: { sections: PageSectionView[] }) {
  return (
    <>
      {sections.map((s) => (
        <section
          key={s.id}
          id={s.id}
          aria-labelledby={`${s.id}-h`}
          className={s.beforeFigures ? "mt-6 max-w-3xl" : "mt-10 border-t border-gray-200 pt-6 dark:border-gray-800"}
          data-section={s.id}
        >
          <h2 id={`${s.id}-h`} className="text-lg font-semibold">
            {s.heading}
          </h2>
          {s.paragraphs.map((p) => (
            <p key={p} className="mt-2 max-w-3xl">
              {p}
            </p>
          ))}
          {s.list && (
            <ul className="mt-2 max-w-3xl list-disc pl-5" data-facts>
              {s.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {s.table && (
            <details className="mt-3" open data-load-error={s.ui.partLoadError}>
              <summary className="no-print cursor-pointer text-sm font-medium">{s.ui.dataTable}</summary>
              <DataTable
                table={s.table}
                id={`${s.id}-table`}
                locale={s.locale}
                onDemand={
                  s.tableSrc && s.csvUrl && s.csvLabel
                    ? {
                        src: s.tableSrc,
                        needsScript: s.ui.tableNeedsScript,
                        csv: { href: s.csvUrl, label: s.csvLabel },
                      }
                    : undefined
                }
              />
            </details>
          )}
          {s.after?.map((p) => (
            <p key={p} className="mt-2 max-w-3xl">
              {p}
            </p>
          ))}
          {s.csvUrl && (
            <p className="no-print mt-3 text-sm">
              <a
                href={s.csvUrl}
                download
                className="rounded border border-gray-400 px-2 py-1 underline-offset-4 hover:underline"
              >
                {s.csvLabel}
              </a>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
