import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsList } from "../../../components/ClaimsList";
import { pageClaims } from "../../../lib/derive/claims/page-claims";
import { ChartFigure } from "../../../components/ChartFigure";
import { chartPage, PAGES } from "../../../lib/figures/pages";
import { figuresOfPage } from "../../../lib/figures/registry";
import { dataset } from "../../../lib/model/load";
import { RANK_YEARS } from "../../../lib/derive/tables";
import { PAIR } from "../../../lib/figures/registry";
import { YearPairExplorer } from "../../../components/YearPairExplorer";
import { SITE } from "../../../lib/site";
import { pngSizeOf } from "../../../lib/publish/images/image-svg";
import { imageUrl } from "../../../lib/publish/urls";
import { oembedUrl } from "../../../lib/publish/embed/code";

export const dynamicParams = false;

function verdictLine(evaluations: ReturnType<typeof pageClaims>) {
  const results = evaluations.flatMap((e) => e.results);
  const agree = results.filter((r) => r.verdict === "agrees").length;
  return `Our check: ${agree} of ${results.length} agree.`;
}

export function generateStaticParams() {
  return PAGES.map((p) => ({ slug: p.slug }));
}

/**
 * Title and description; oEmbed discovery (one <link rel="alternate" type="application/json+oembed"> per figure);
 * Open Graph and Twitter cards with the page's first figure's export PNG (written at postbuild; its size is
 * computed from the same layout).
 */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const page = PAGES.find((p) => p.slug === slug);
  if (!page) return {};
  const figs = figuresOfPage(slug);
  const url = `${SITE.url}/charts/${slug}/`;
  const first = figs[0];
  const size = first ? pngSizeOf(first) : undefined;
  const image = first && size ? { url: imageUrl(first.id, "png"), width: size.width, height: size.height, alt: first.title, type: "image/png" } : undefined;
  return {
    title: page.title,
    description: page.summary,
    alternates: { types: { "application/json+oembed": figs.map((f) => ({ url: oembedUrl(f.id), title: f.title })) } },
    openGraph: { type: "article", title: page.title, description: page.summary, url, siteName: SITE.name, images: image ? [image] : [] },
    twitter: { card: "summary_large_image", title: page.title, description: page.summary, images: image ? [{ url: image.url, alt: image.alt, width: image.width, height: image.height }] : [] },
  };
}

export default async function ChartPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!PAGES.some((p) => p.slug === slug)) notFound();
  const page = chartPage(slug);
  const ds = dataset();
  return (
    <article>
      <p className="text-xs font-semibold uppercase tracking-wide text-gray-600 dark:text-gray-400">{page.table}</p>
      <h1 className="text-2xl font-bold sm:text-3xl">{page.title}</h1>
      <p className="mt-2 max-w-3xl">{page.summary}</p>
      <p className="mt-2 max-w-3xl text-gray-700 dark:text-gray-300"><strong>What the article says:</strong> {page.article}{" "}
        <a href="#claims-h" className="underline">{verdictLine(pageClaims(slug))}</a>
      </p>
      {figuresOfPage(slug).map((fig) => (
        <ChartFigure key={fig.id} fig={fig} ds={ds} />
      ))}
      {slug === "france-top-partners" && (
        <YearPairExplorer csv="france-top-partners.csv" years={RANK_YEARS} initial={PAIR} top={20} highlight="RUS" label="France's top trading partners" />
      )}
      <section className="mt-10 border-t border-gray-200 pt-6 dark:border-gray-800" aria-labelledby="claims-h">
        <h2 id="claims-h" className="text-lg font-semibold">Do the data bear it out?</h2>
        <ClaimsList results={pageClaims(slug)} headingLevel={3} />
        <p className="mt-2 text-sm"><Link prefetch={false} href="/claims/" className="underline">All claims and how each is computed</Link></p>
      </section>
    </article>
  );
}
