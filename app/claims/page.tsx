/** /claims/: every claim of the article with our value and verdict on each basis, computed at build. */
import type { Metadata } from "next";
import { ClaimsList } from "../../components/ClaimsList";
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
        states, the computation that checks it and our value. Where the basis matters (France&apos;s or Russia&apos;s
        declarations; Russia&apos;s 2010 data with or without Belarus) each basis is shown, so you can see which one, if
        any, matches the article. Verdicts are computed at build from the same data as the charts.
      </p>
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
      <div className="mt-6">
        <ClaimsList results={s.evaluations} headingLevel={2} linkToPages />
      </div>
    </>
  );
}
