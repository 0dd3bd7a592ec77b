/**
 * The claims × bases matrix of /claims/: one row per claim, one column per statistical basis. Each cell holds the
 * verdict (in words and a symbol) and our value as text, with the explanation as its tooltip; a claim that cannot be
 * computed on a basis says so, with the reason. Server component: static HTML, no client JavaScript.
 */
import { MATRIX_LABELS, type MatrixRow } from "../lib/derive/claims/matrix";
import { MATRIX_BASES } from "../lib/derive/claims/evaluate";
import { VerdictBadge } from "./ClaimsList";

export function ClaimsMatrix({ rows }: { rows: readonly MatrixRow[] }) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-gray-300 dark:border-gray-700"
      role="region"
      aria-labelledby="claims-matrix-caption"
      tabIndex={0}
    >
      <table className="w-full min-w-[60rem] border-collapse text-left text-sm" data-claims-matrix>
        <caption id="claims-matrix-caption" className="p-2 text-left font-semibold">
          Each claim on each basis: the verdict and our value; “not computable” where the basis cannot compute the claim
          (the reason is given in the cell)
        </caption>
        <thead>
          <tr className="border-b border-gray-300 dark:border-gray-700">
            <th scope="col" className="p-2 font-semibold">
              Claim
            </th>
            {MATRIX_BASES.map((b) => (
              <th key={b} scope="col" className="p-2 font-semibold" data-basis={b}>
                {MATRIX_LABELS[b]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.evaluation.claim.id}
              className="border-b border-gray-200 align-top dark:border-gray-800"
              data-claim={row.evaluation.claim.id}
            >
              <th scope="row" className="p-2 font-normal">
                <a href={`#${row.evaluation.claim.id}`} className="underline underline-offset-2">
                  {row.evaluation.claim.statement}
                </a>{" "}
                <span className="text-gray-700 dark:text-gray-300">
                  (article: {row.evaluation.claim.article_value})
                </span>
              </th>
              {row.cells.map((cell) =>
                "result" in cell ? (
                  <td
                    key={cell.basis}
                    className="p-2"
                    title={cell.result.explanation}
                    data-verdict={cell.result.verdict}
                  >
                    <VerdictBadge verdict={cell.result.verdict} />
                    <span className="mt-1 block tabular-nums">{cell.result.value.text}</span>
                  </td>
                ) : (
                  <td
                    key={cell.basis}
                    className="p-2 text-xs text-gray-700 dark:text-gray-300"
                    data-verdict="not-computable"
                  >
                    <span className="font-semibold">Not computable:</span> {cell.reason}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
