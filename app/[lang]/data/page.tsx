// The /data catalogue: every CSV served under /data/ (columns, units, sources, licences, downloads), and how to open
// them in a spreadsheet as UTF-8 (lib/publish/csv-encoding.ts says why they are served without a BOM).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isLocale } from "../../../lib/i18n/locales";
import { catalogue } from "../../../lib/publish/catalogue";
import { CSV_ENCODING, MOJIBAKE, OPEN_IN_SPREADSHEET, XLSX_DOWNLOADS } from "../../../lib/publish/csv-encoding";
import { dataWords, languageAlternates } from "../../../lib/publish/page-data";
import { dataPagePath } from "../../../lib/publish/urls";

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
  const entries = catalogue();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{w.title}</h1>
      <p className="mt-2 max-w-3xl">
        Every chart is computed at build from these CSV files. Source files are copied from the raw statistical
        workbooks by <code>npm run data</code>; derived files are written by the same code that draws the charts. Text
        cells never start with =, +, - or @.
      </p>
      <p className="mt-2 text-sm">
        Everything at once:{" "}
        <a href="/data/fr-ru-trade-data.zip" download className="underline">
          all CSVs with their descriptions (zip)
        </a>{" "}
        ·{" "}
        <a href="/datapackage.json" className="underline">
          datapackage.json
        </a>{" "}
        (Frictionless Data Package: schemas, units, sources, licences, sizes and SHA-256 hashes).
      </p>
      <section id="opening" className="mt-6 max-w-3xl text-sm" aria-labelledby="opening-h">
        <h2 id="opening-h" className="text-lg font-semibold">
          Opening the files in Excel or LibreOffice
        </h2>
        <p className="mt-1">{MOJIBAKE}</p>
        <ul className="mt-1 list-disc pl-5">
          {OPEN_IN_SPREADSHEET.map((o) => (
            <li key={o.app}>
              <strong>{o.app}</strong>: {o.steps}
            </li>
          ))}
        </ul>
        <p className="mt-1">
          {CSV_ENCODING} {XLSX_DOWNLOADS}
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
            · {e.rows.toLocaleString("en-GB")} rows · {(e.bytes / 1024).toFixed(1)} KB · {e.kind}
            {e.nonAscii && (
              <>
                {" "}
                · text such as “{e.nonAscii}”:{" "}
                <a href="#opening" className="underline" data-open-utf8>
                  open as UTF-8
                </a>
              </>
            )}
          </p>
          <p className="mt-1 max-w-3xl text-sm">{e.description}</p>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Columns of ${e.file}`}>
            <table className="mt-2 w-full text-sm">
              <caption className="sr-only">Columns of {e.file}</caption>
              <thead>
                <tr className="border-b border-gray-300 text-left dark:border-gray-700">
                  <th scope="col" className="px-2 py-1">
                    Column
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Type
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Unit
                  </th>
                  <th scope="col" className="px-2 py-1">
                    Description
                  </th>
                </tr>
              </thead>
              <tbody>
                {e.fields.map((f) => (
                  <tr key={f.name} className="border-b border-gray-100 dark:border-gray-800">
                    <td className="px-2 py-1 font-mono">{f.name}</td>
                    <td className="px-2 py-1">{f.type}</td>
                    <td className="px-2 py-1">{f.unit ?? "—"}</td>
                    <td className="px-2 py-1">{f.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-sm">
            <strong>Source:</strong>{" "}
            {e.sources.map((s, i) => (
              <span key={i}>
                {i > 0 && "; "}
                {s.url ? (
                  <a className="underline" href={s.url} rel="noopener">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </span>
            ))}
            . <strong>Licence:</strong> {e.licence}.
          </p>
        </section>
      ))}
    </>
  );
}
