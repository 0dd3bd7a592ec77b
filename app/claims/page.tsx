/** /claims/: every claim of the article with our value and verdict on each basis, computed at build. */
import type { Metadata } from "next";
import { ClaimsList } from "../../components/ClaimsList";
import { ClaimsMatrix } from "../../components/ClaimsMatrix";
import { claimsSummary } from "../../lib/publish/page-data";

export const metadata: Metadata = {
  title: "Claims checked",
  description:
    "Each quantitative statement of the 2021 Russia Matters article on trade and investment, with our value and verdict.",
};

export default function ClaimsPage() {
  const s = claimsSummary();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">What the article says, checked</h1>
      <p className="mt-2 max-w-3xl">
        Each quantitative statement the article makes about trade and investment, paraphrased, with the figure it
        states, the computation that checks it and our value on every statistical basis that can compute it:
        France&apos;s or Russia&apos;s own declarations, Russia&apos;s with Belarus&apos;s 2009–2010 gap filled or
        Belarus left out, each partner&apos;s declarations (mirror), Russia&apos;s customs statistics, EY&apos;s project
        counts. So you can see on which basis, if any, the article is right. Verdicts are computed at build from the
        same data as the charts and the downloads.
      </p>
      <ul className="mt-3 list-disc pl-5 font-medium" data-matrix-summary>
        {s.matrixSentences.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm" data-claims-summary>
        {s.claims} claims, {s.checks} checks: {s.agree} agree, {s.differ} differ, {s.cannot} cannot be checked.{" "}
        <a href="/data/claims-results.csv" download className="underline">
          Download the results (CSV)
        </a>{" "}
        ·{" "}
        <a href="/data/claims.csv" download className="underline">
          the claims and their computations (CSV)
        </a>
      </p>
      <h2 className="mt-8 text-xl font-semibold">Claims × bases</h2>
      <div className="mt-3">
        <ClaimsMatrix rows={s.matrix} />
      </div>
      <h2 className="mt-8 text-xl font-semibold">Each claim, basis by basis</h2>
      <div className="mt-4">
        <ClaimsList results={s.evaluations} headingLevel={3} linkToPages sentences={s.claimSentences} />
      </div>
    </>
  );
}
