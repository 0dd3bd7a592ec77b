/** /<lang>/claims/: every claim of the article with our value and verdict on each basis, computed at build. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsList } from "../../../components/ClaimsList";
import { ClaimsMatrix } from "../../../components/ClaimsMatrix";
import { isLocale } from "../../../lib/i18n/locales";
import { claimsSummary, claimsWords, languageAlternates } from "../../../lib/publish/page-data";
import { claimsPath } from "../../../lib/publish/urls";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const w = claimsWords(lang);
  return { title: w.title, description: w.description, alternates: languageAlternates(claimsPath("en"), lang) };
}

export default async function ClaimsPage({ params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const w = claimsWords(lang);
  const s = claimsSummary(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{w.heading}</h1>
      <p className="mt-2 max-w-3xl">{w.intro}</p>
      <ul className="mt-3 list-disc pl-5 font-medium" data-matrix-summary>
        {s.matrixSentences.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm" data-claims-summary>
        {s.text}{" "}
        <a href="/data/claims-results.csv" download className="underline">
          {w.downloadResults}
        </a>{" "}
        ·{" "}
        <a href="/data/claims.csv" download className="underline">
          {w.downloadClaims}
        </a>
      </p>
      <h2 className="mt-8 text-xl font-semibold">{w.matrixHeading}</h2>
      <div className="mt-3">
        <ClaimsMatrix matrix={s.matrix} ui={s.ui} />
      </div>
      <h2 className="mt-8 text-xl font-semibold">{w.eachHeading}</h2>
      <div className="mt-4">
        <ClaimsList claims={s.claimViews} ui={s.ui} headingLevel={3} linkToPages />
      </div>
    </>
  );
}
