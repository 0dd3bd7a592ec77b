// The /data catalogue: every CSV served under /data/ (columns, units, sources, licences, downloads), and how to open
// them in a spreadsheet as UTF-8 (lib/publish/csv-encoding.ts says why they are served without a BOM), all in the
// page's language: the schemas' message ids worded by messages/<locale>.json (lib/publish/catalogue.ts); the CSVs
// themselves stay English.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "../../../lib/i18n/locales";
import { dataCatalogue, dataWords, languageAlternates } from "../../../lib/publish/page-data";
import { dataPagePath } from "../../../lib/publish/urls";
import { Rich } from "../../../components/Rich";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const w = dataWords(lang);
  return { title: w.title, description: w.description, alternates: languageAlternates(dataPagePath("en"), lang) };
}

export default async function DataPage({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const w = dataWords(lang);
  const { entries, encoding, number } = dataCatalogue(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{w.title}</h1>
      <p className="mt-2 max-w-3xl">
        {w.introBefore} <code>npm run data</code>
        {w.introAfter}
      </p>
      <p className="mt-2 text-sm">
        {w.everything}{" "}
        <a href="/data/fr-ru-trade-data.zip" download className="underline">
          {w.zip}
        </a>{" "}
        ·{" "}
        <a href="/datapackage.json" className="underline">
          datapackage.json
        </a>{" "}
        {w.packageNote}
      </p>
      <section id="opening" className="mt-6 max-w-3xl text-sm" aria-labelledby="opening-h">
        <h2 id="opening-h" className="text-lg font-semibold">
          {w.openingHeading}
        </h2>
        <p className="mt-1">{encoding.mojibake}</p>
        <ul className="mt-1 list-disc pl-5">
          {encoding.openInSpreadsheet.map((o) => (
            <li key={o.app}>
              <strong>{o.app}</strong>: {o.steps}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          {encoding.csvEncoding} {encoding.xlsxDownloads}
        </p>
      </section>
      {entries.map((e) => (
        <section
          key={e.file}
          id={e.file}
          className="mt-8 border-t border-gray-200 pt-4 dark:border-gray-800"
          aria-labelledby={`${e.file}-h`}
        >
          <h2 id={`${e.file}-h`} className="text-lg font-semibold">
            {e.title}
          </h2>
          <p className="text-sm">
            <a href={`/data/${e.file}`} download className="font-mono underline">
              /data/{e.file}
            </a>{" "}
            · {w.rows(e.rows)} · {w.kilobytes(number(e.bytes / 1024, 1))} · {e.kindLabel}
            {e.nonAscii && (
              <>
                {" "}
                · {w.textSuch(e.nonAscii)}{" "}
                <a href="#opening" className="underline" data-open-utf8>
                  {w.openUtf8}
                </a>
              </>
            )}
          </p>
          <p className="mt-1 max-w-3xl text-sm">{e.description}</p>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={w.columnsOf(e.file)}>
            <table className="mt-2 w-full text-sm">
              <caption className="sr-only">{w.columnsOf(e.file)}</caption>
              <thead>
                <tr className="border-b border-gray-300 text-left dark:border-gray-700">
                  <th scope="col" className="px-2 py-1">
                    {w.column}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {w.type}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {w.unit}
                  </th>
                  <th scope="col" className="px-2 py-1">
                    {w.columnDescription}
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.fields.map((f) => (
                  <tr key={f.name} className="border-b border-gray-100 dark:border-gray-800">
                    <td className="px-2 py-1 font-mono">{f.name}</td>
                    <td className="px-2 py-1">{f.typeLabel}</td>
                    <td className="px-2 py-1">{f.unit ?? "—"}</td>
                    <td className="px-2 py-1">{f.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {/* wrap-anywhere: a source names a file path, one long word on a phone */}
          <p className="mt-2 text-sm wrap-anywhere">
            <strong>{w.source}</strong>{" "}
            {e.sources.map((s, i) => (
              <span key={i}>
                {i > 0 && w.sourceSeparator}
                {s.url ? (
                  <a className="underline" href={s.url} rel="noopener">
                    <Rich runs={s.title} />
                  </a>
                ) : (
                  <Rich runs={s.title} />
                )}
              </span>
            ))}
            . <strong>{w.licence}</strong> <Rich runs={e.licence} />.
          </p>
        </section>
      ))}
    </>
  );
}
