/**
 * A chart page, the same for every page of the registry: words, its figures, the year explorer where a figure has
 * one, the page's computed sections, its claims (when it has any).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "../../../../components/ChartFigure";
import { ClaimsList } from "../../../../components/ClaimsList";
import { PageSections } from "../../../../components/PageSections";
import { YearPairExplorer } from "../../../../components/YearPairExplorer";
import { chartPageMeta, chartPageSlugs, chartPageView } from "../../../../lib/publish/page-data";
import type { PageSlug } from "../../../../lib/figures/types";
import { isLocale, LOCALES } from "../../../../lib/i18n/locales";
import { claimsPath } from "../../../../lib/publish/urls";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => chartPageSlugs().map((slug) => ({ lang, slug })));
}

const known = (slug: string): slug is PageSlug => (chartPageSlugs() as string[]).includes(slug);

/**
 * Title and description; oEmbed discovery (one <link rel="alternate" type="application/json+oembed"> per figure);
 * Open Graph and Twitter cards with the page's first figure's export PNG.
 */
type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!known(slug) || !isLocale(lang)) return {};
  const m = chartPageMeta(slug, lang);
  return {
    title: m.title,
    description: m.description,
    alternates: { ...m.alternates, types: { "application/json+oembed": m.oembed } },
    openGraph: {
      type: "article",
      title: m.title,
      description: m.description,
      url: m.url,
      siteName: m.siteName,
      images: [m.image],
    },
    twitter: {
      card: "summary_large_image",
      title: m.title,
      description: m.description,
      images: [{ url: m.image.url, alt: m.image.alt }],
    },
  };
}

export default async function ChartPage({ params }: Props) {
  const { lang, slug } = await params;
  if (!known(slug) || !isLocale(lang)) notFound();
  const page = chartPageView(slug, lang);
  return (
    <article>
      <p className="text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-400">{page.table}</p>
      <h1 className="text-2xl font-bold sm:text-3xl">{page.title}</h1>
      <p className="mt-2 max-w-3xl">{page.summary}</p>
      <p className="mt-2 max-w-3xl text-gray-700 dark:text-gray-300">
        <strong>{page.ui.articleSays}</strong> {page.article}
        {page.verdictLine && (
          <>
            {" "}
            <a href="#claims-h" className="underline">
              {page.verdictLine}
            </a>
          </>
        )}
      </p>
      <PageSections sections={page.sections.beforeFigures} />
      {page.figures.map((fig) => (
        <ChartFigure key={fig.id} fig={fig} />
      ))}
      {page.figures.map((fig) => fig.explorer && <YearPairExplorer key={`${fig.id}-explorer`} {...fig.explorer} />)}
      <PageSections sections={page.sections.afterFigures} />
      {page.claims.length > 0 && (
        <section className="mt-10 border-t border-gray-200 pt-6 dark:border-gray-800" aria-labelledby="claims-h">
          <h2 id="claims-h" className="text-lg font-semibold">
            {page.ui.bearOut}
          </h2>
          <ClaimsList
            claims={page.claims}
            ui={page.claimsUi}
            headingLevel={3}
            explainedAt={(id) => `${claimsPath(lang)}#${id}`}
          />
          <p className="mt-2 text-sm">
            <a href={claimsPath(lang)} className="underline">
              {page.ui.allClaims}
            </a>
          </p>
        </section>
      )}
    </article>
  );
}
