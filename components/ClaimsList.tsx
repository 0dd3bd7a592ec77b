/**
 * The article's claims with our values, one item per claim and one table row per basis (declaring side,
 * Belarus-gap treatment or FDI source), in the page's language: plain text from lib/publish/page-data.ts (claimViews).
 * The claims page explains each verdict in the table; a chart page (`explainedAt`) links to that instead: the
 * explanations were the larger part of the claims' bytes, in a page whose first round trip holds ~13.8 KB.
 * Server component: static HTML, no client JavaScript. Verdicts are given in words (and a symbol), never by colour alone.
 * An explanation holding a French grouped number (`23 884 M$`) is named without the group spaces (aria-label), so a
 * screen reader reads one number.
 */
import Link from "next/link";
import { Fragment } from "react";
import type { ClaimsUi, ClaimView, Verdict } from "../lib/publish/page-data";

const VERDICT: Record<Verdict, { symbol: string; className: string }> = {
  agrees: {
    symbol: "✓",
    className:
      "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100",
  },
  differs: {
    symbol: "✗",
    className: "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
  },
  "cannot-check": {
    symbol: "?",
    className: "border-gray-600 bg-gray-50 text-gray-900 dark:border-gray-400 dark:bg-gray-900 dark:text-gray-100",
  },
};

/** A verdict in words (`label`, in the page's language) and a symbol. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label: string }) {
  const v = VERDICT[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${v.className}`}
    >
      <span aria-hidden="true">{v.symbol}</span>
      {label}
    </span>
  );
}

export interface ClaimsListProps {
  claims: readonly ClaimView[];
  /** the list's words in the page's language */
  ui: ClaimsUi;
  /** heading level of each claim's statement, to fit the page outline (default 3) */
  headingLevel?: 2 | 3 | 4;
  /** link each claim to its chart page (for the all-claims page) */
  linkToPages?: boolean;
  /** where a claim's verdicts are explained (a chart page: the claims page's item); the table then has none */
  explainedAt?: (claimId: string) => string;
}

export function ClaimsList({ claims, ui, headingLevel = 3, linkToPages = false, explainedAt }: ClaimsListProps) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const explained = !explainedAt;
  return (
    <ul className="space-y-6" data-claims-list>
      {claims.map((claim) => (
        <li key={claim.id} id={claim.id} className="rounded-md border border-gray-300 p-4 dark:border-gray-700">
          <Heading id={`claim-${claim.id}`} className="text-base font-semibold">
            {claim.statement}
          </Heading>
          <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
            {ui.articleSays}{" "}
            <strong className="font-semibold text-gray-900 dark:text-gray-100">{claim.articleValue}</strong>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">. </span>
            {claim.checkedAs}
            {claim.agreeOn && <> {claim.agreeOn}</>}
            {linkToPages && (
              <>
                {" "}
                <Link prefetch={false} href={claim.href} className="underline underline-offset-2">
                  {ui.seeChart}
                </Link>
              </>
            )}
          </p>
          <p className="mt-1 text-sm font-medium" data-claim-sentence>
            {claim.sentence}
          </p>
          {/* on a narrow phone a French table can be wider than the screen: it scrolls in its own box, and the page does
              not (reflow at 320 px); focusable and named (by its claim: a region's name is unique on the page) */}
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`claim-${claim.id}`}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{explained ? ui.tableCaption : ui.shortTableCaption}</caption>
              <thead>
                <tr className="border-b border-gray-300 dark:border-gray-700">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    {ui.basis}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    {ui.ourValue}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    {ui.verdict}
                  </th>
                  {explained && (
                    <th scope="col" className="hidden py-1 font-semibold sm:table-cell">
                      {ui.explanation}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {claim.results.map((r) => (
                  <Fragment key={r.basis}>
                    <tr
                      className={`border-gray-200 align-top dark:border-gray-800 ${explained ? "sm:border-b" : "border-b"}`}
                    >
                      <th scope="row" className="py-2 pr-3 font-normal">
                        {r.label}
                      </th>
                      {/* kept on one line from sm up; on a phone it wraps, so the table fits the screen (reflow at 320 px) */}
                      <td className="py-2 pr-3 font-medium tabular-nums sm:whitespace-nowrap">{r.value}</td>
                      <td className="py-2 pr-3">
                        <VerdictBadge verdict={r.verdict} label={ui.verdicts[r.verdict]} />
                      </td>
                      {explained && (
                        <td
                          className="hidden py-2 text-gray-700 sm:table-cell dark:text-gray-300"
                          aria-label={r.spokenExplanation}
                        >
                          {r.explanation}
                        </td>
                      )}
                    </tr>
                    {/* on phones the explanation takes a full-width row of its own */}
                    {explained && (
                      <tr className="border-b border-gray-200 sm:hidden dark:border-gray-800">
                        <td
                          colSpan={3}
                          className="pb-2 text-gray-700 dark:text-gray-300"
                          aria-label={r.spokenExplanation}
                        >
                          {r.explanation}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {explainedAt && (
            <p className="mt-2 text-sm">
              <a
                href={explainedAt(claim.id)}
                aria-describedby={`claim-${claim.id}`}
                className="underline underline-offset-2"
              >
                {ui.howReached}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
