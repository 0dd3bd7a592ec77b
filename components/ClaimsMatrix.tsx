/**
 * The claims × bases matrix of /claims/: one row per claim, one column per statistical basis. Each cell holds the
 * verdict (in words and a symbol) and our value as text, with the explanation as its tooltip; a claim that cannot be
 * computed on a basis says so, with the reason. Plain data in the page's language from lib/publish/page-data.ts
 * (claimsSummary's matrix). Server component: static HTML, no client JavaScript.
 */
import type { ClaimsUi, MatrixView } from "../lib/publish/page-data";
import { VerdictBadge } from "./ClaimsList";

export function ClaimsMatrix({ matrix, ui }: { matrix: MatrixView; ui: ClaimsUi }) {
  // the caption above the scroller, not a <caption> inside it: a table's caption is as wide as the table (60rem), so
  // on a phone it would run off the screen and scroll with the table; it names the region and the table instead
  return (
    <>
      <p id="claims-matrix-caption" className="mb-1 text-sm font-semibold" data-matrix-caption>
        {matrix.caption}
      </p>
      <div
        className="overflow-x-auto rounded-md border border-gray-300 dark:border-gray-700"
        role="region"
        aria-labelledby="claims-matrix-caption"
        tabIndex={0}
      >
        <table
          className="w-full min-w-[60rem] border-collapse text-left text-sm"
          data-claims-matrix
          aria-labelledby="claims-matrix-caption"
        >
          <thead>
            <tr className="border-b border-gray-300 dark:border-gray-700">
              <th scope="col" className="p-2 font-semibold">
                {matrix.claimColumn}
              </th>
              {matrix.columns.map((c) => (
                <th key={c.basis} scope="col" className="p-2 font-semibold" data-basis={c.basis}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id} className="border-b border-gray-200 align-top dark:border-gray-800" data-claim={row.id}>
                <th scope="row" className="p-2 font-normal">
                  <a href={`#${row.id}`} className="underline underline-offset-2">
                    {row.statement}
                  </a>{" "}
                  <span className="text-gray-700 dark:text-gray-300">{row.articleValue}</span>
                </th>
                {row.cells.map((cell) =>
                  "verdict" in cell ? (
                    <td key={cell.basis} className="p-2" title={cell.explanation} data-verdict={cell.verdict}>
                      <VerdictBadge verdict={cell.verdict} label={ui.verdicts[cell.verdict]} />
                      <span className="mt-1 block tabular-nums">{cell.value}</span>
                    </td>
                  ) : (
                    <td
                      key={cell.basis}
                      className="p-2 text-xs text-gray-700 dark:text-gray-300"
                      data-verdict="not-computable"
                    >
                      <span className="font-semibold">{matrix.notComputable}</span> {cell.reason}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
