/**
 * The article's claims with our values, one item per claim and one table row per basis (declaring side,
 * Belarus-gap treatment or FDI source). Server component: static HTML, no client JavaScript.
 * Verdicts are given in words (and a symbol), never by colour alone.
 */
import Link from "next/link";
import type { Locale } from "../lib/i18n/locales";
import { chartPagePath } from "../lib/publish/urls";
import { Fragment } from "react";
import type { ClaimEvaluation } from "../lib/derive/claims/evaluate";
import type { Verdict } from "../lib/derive/claims/checks";
import type { CheckKind } from "../lib/model/claims-spec";

const VERDICT: Record<Verdict, { label: string; symbol: string; className: string }> = {
  agrees: {
    label: "Agrees",
    symbol: "✓",
    className:
      "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100",
  },
  differs: {
    label: "Differs",
    symbol: "✗",
    className: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
  },
  "cannot-check": {
    label: "Cannot be checked",
    symbol: "?",
    className: "border-gray-600 bg-gray-50 text-gray-900 dark:border-gray-400 dark:bg-gray-900 dark:text-gray-100",
  },
};

const CHECK_WORDS: Record<CheckKind, string> = {
  rank: "a rank",
  "rank-change": "a change of rank",
  growth: "a growth rate above a threshold",
  change: "a change within a stated range",
  tie: "an equality",
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const v = VERDICT[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${v.className}`}
    >
      <span aria-hidden="true">{v.symbol}</span>
      {v.label}
    </span>
  );
}

function summary(e: ClaimEvaluation): string {
  const n = e.results.length;
  if (n === 1) return "";
  const agree = e.results.filter((r) => r.verdict === "agrees").length;
  if (n === 2)
    return agree === 2 ? "Agrees on both bases." : agree === 0 ? "Agrees on neither basis." : "Agrees on 1 of 2 bases.";
  return agree === n
    ? `Agrees on all ${n} bases.`
    : agree === 0
      ? `Agrees on none of the ${n} bases.`
      : `Agrees on ${agree} of ${n} bases.`;
}

export interface ClaimsListProps {
  /** the page\'s language (links to chart pages stay in it) */
  locale?: Locale;
  results: readonly ClaimEvaluation[];
  /** heading level of each claim's statement, to fit the page outline (default 3) */
  headingLevel?: 2 | 3 | 4;
  /** link each claim to its chart page (for the all-claims page) */
  linkToPages?: boolean;
  /** a generated sentence per claim id (which bases reproduce the article's figure), shown under its statement */
  sentences?: Record<string, string>;
}

export function ClaimsList({
  results,
  headingLevel = 3,
  linkToPages = false,
  locale = "en",
  sentences = {},
}: ClaimsListProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <ul className="space-y-6">
      {results.map((e) => {
        const { claim } = e;
        const headingId = `claim-${claim.id}`;
        const sum = summary(e);
        return (
          <li key={claim.id} id={claim.id} className="rounded-md border border-gray-300 p-4 dark:border-gray-700">
            <Heading id={headingId} className="text-base font-semibold">
              {claim.statement}
            </Heading>
            <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
              The article says:{" "}
              <strong className="font-semibold text-gray-900 dark:text-gray-100">{claim.article_value}</strong>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">. </span>
              Checked as {CHECK_WORDS[claim.check]}.{sum && <> {sum}</>}
              {linkToPages && (
                <>
                  {" "}
                  <Link
                    prefetch={false}
                    href={chartPagePath(claim.page, locale)}
                    className="underline underline-offset-2"
                  >
                    See the chart
                  </Link>
                </>
              )}
            </p>
            {sentences[claim.id] && (
              <p className="mt-1 text-sm font-medium" data-claim-sentence>
                {sentences[claim.id]}
              </p>
            )}
            <div className="mt-3">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">
                  Our value for this claim on each basis, with the verdict and how it was reached
                </caption>
                <thead>
                  <tr className="border-b border-gray-300 dark:border-gray-700">
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      Basis
                    </th>
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      Our value
                    </th>
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      Verdict
                    </th>
                    <th scope="col" className="hidden py-1 font-semibold sm:table-cell">
                      Explanation
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {e.results.map((r) => (
                    <Fragment key={r.basis}>
                      <tr className="border-gray-200 align-top sm:border-b dark:border-gray-800">
                        <th scope="row" className="py-2 pr-3 font-normal">
                          {r.basisLabel}
                        </th>
                        <td className="whitespace-nowrap py-2 pr-3 font-medium tabular-nums">{r.value.text}</td>
                        <td className="py-2 pr-3">
                          <VerdictBadge verdict={r.verdict} />
                        </td>
                        <td className="hidden py-2 text-gray-700 sm:table-cell dark:text-gray-300">{r.explanation}</td>
                      </tr>
                      {/* on phones the explanation takes a full-width row of its own */}
                      <tr className="border-b border-gray-200 sm:hidden dark:border-gray-800">
                        <td colSpan={3} className="pb-2 text-gray-700 dark:text-gray-300">
                          {r.explanation}
                        </td>
                      </tr>
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
