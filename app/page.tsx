/** The overview: what the site does, and one card per chart page with its computed headline and chart. */
import Link from "next/link";
import { homeCards } from "../lib/publish/page-data";
import { SITE } from "../lib/site";

export default function Home() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{SITE.name}</h1>
      <p className="mt-2 max-w-3xl text-gray-700 dark:text-gray-300">
        In May 2021 a Russia Matters analysis of Macron&apos;s dialogue with Russia backed its argument with three trade
        tables and a claim about investment. This site rebuilds each table from the IMF&apos;s Direction of Trade
        Statistics and sourced FDI figures, shows the numbers behind every chart, and says where the data agree with the
        article and where they do not.
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {homeCards().map((p) => {
          return (
            <li key={p.slug} className="rounded-lg border border-gray-200 p-4 dark:border-gray-800">
              <p className="text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-400">
                {p.table}
              </p>
              <h2 className="text-lg font-semibold">
                <Link prefetch={false} href={p.href} className="underline-offset-4 hover:underline">
                  {p.title}
                </Link>
              </h2>
              <p className="mt-1 font-medium" data-headline>
                {p.headline}
              </p>
              <div className="mt-3" aria-hidden="true" dangerouslySetInnerHTML={{ __html: p.svg }} />
              <p className="mt-2 text-sm text-gray-700 dark:text-gray-300">{p.summary}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
