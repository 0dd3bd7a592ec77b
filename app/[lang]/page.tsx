/** The overview in one language: what the site does, and one card per chart page with its computed headline and chart. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartSvg } from "../../components/ChartFigure";
import { Legend } from "../../components/Legend";
import { Rich } from "../../components/Rich";
import { isLocale } from "../../lib/i18n/locales";
import { homeCards, homeWords, languageAlternates } from "../../lib/publish/page-data";
import { homePath } from "../../lib/publish/urls";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  return { alternates: languageAlternates(homePath("en"), lang) };
}

export default async function Home({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const w = homeWords(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{w.name}</h1>
      <p className="mt-2 max-w-3xl text-gray-700 dark:text-gray-300">
        <Rich runs={w.intro} />
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {homeCards(lang).map((p) => {
          return (
            <li key={p.slug} className="rounded-lg border border-gray-200 p-4 dark:border-gray-800">
              <p className="text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-400">
                {p.table}
              </p>
              <h2 className="text-lg font-semibold">
                <a href={p.href} className="underline-offset-4 hover:underline">
                  {p.title}
                </a>
              </h2>
              <p className="mt-1 font-medium" data-headline>
                {p.headline}
              </p>
              <div className="mt-3" aria-hidden="true">
                <Legend items={p.legend} label={p.legendLabel} />
                <div className="mt-2">
                  {/* a picture of the chart page's chart: explored there, not here */}
                  <ChartSvg slot={p.chart} preview />
                </div>
              </div>
              <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">{p.summary}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
