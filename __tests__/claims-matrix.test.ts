/**
 * The claims × bases matrix (lib/derive/claims/matrix.ts) on the real data: every claim has, on every basis, either a
 * verdict or "cannot be computed on this basis" with its reason; the per-claim sentences and the summary are
 * generated from the matrix (checked here against the verdicts established in downloads.test.ts and bases.test.ts).
 * They are sentence plans, read here in English through the translator.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { derived } from "../lib/derive";
import { MATRIX_BASES } from "../lib/derive/claims/evaluate";
import { claimSentence, claimsMatrix, matrixSummary } from "../lib/derive/claims/matrix";
import { contextOf } from "../lib/figures/localize-names";
import { translate, type Plan } from "../lib/i18n/translate";

const d = derived();
const matrix = claimsMatrix(d.claims);
const en = (plan: Plan) => translate("en", plan, contextOf(d));

test("every claim × basis cell is a verdict or a reason", () => {
  expect(matrix).toHaveLength(d.claims.length);
  for (const row of matrix) {
    expect(row.cells.map((c) => c.basis)).toEqual([...MATRIX_BASES]);
    for (const cell of row.cells) {
      if ("result" in cell) expect(["agrees", "differs", "cannot-check"]).toContain(cell.result.verdict);
      else expect(en(cell.reason)).toMatch(/^[A-Z].{20,}\.$/);
    }
  }
});

test("each claim is computed on every basis that can compute it", () => {
  const computed = (id: string) =>
    matrix
      .find((r) => r.evaluation.claim.id === id)!
      .cells.filter((c) => "result" in c)
      .map((c) => c.basis);
  expect(computed("russia-rank-france-2010")).toEqual(["france-declared", "partner-declared"]);
  expect(computed("france-rank-russia-2010")).toEqual([
    "as-reported",
    "belarus-filled",
    "belarus-excluded",
    "partner-declared",
    "customs",
  ]);
  expect(computed("total-fall-2013-2017")).toEqual(["france-declared", "as-reported", "customs"]);
  expect(computed("fdi-projects-tie-2019")).toEqual(["ey-projects"]);
});

test("a claim's sentence names the bases that reproduce it and those that do not", () => {
  const sentence = (id: string) => en(matrix.find((r) => r.evaluation.claim.id === id)!.sentence);
  expect(sentence("france-rank-russia-imports-2020")).toBe(
    "Reproduced on Russia-declared (Belarus left out); not on Russia-declared (Belarus gap filled), Russia-declared (as reported), Partner-declared (mirror) and Russia's customs (FCS).",
  );
  expect(sentence("balance-fall-2013-2017")).toBe("Reproduced on none of the 3 bases that can compute it.");
  expect(sentence("fdi-projects-rank-2019")).toBe(
    "Reproduced on the one basis that can compute it (EY project counts).",
  );
});

test("the sentence follows the verdicts it is given (a fixture)", () => {
  const r = (column: (typeof MATRIX_BASES)[number], verdict: "agrees" | "differs" | "cannot-check") => ({
    column,
    verdict,
  });
  expect(en(claimSentence([r("france-declared", "agrees"), r("as-reported", "agrees")]))).toBe(
    "Reproduced on all 2 bases that can compute it (France-declared and Russia-declared (as reported)).",
  );
  expect(en(claimSentence([r("france-declared", "differs"), r("customs", "cannot-check")]))).toBe(
    "Reproduced on none of the 2 bases that can compute it; differs on France-declared; cannot be checked on Russia's customs (FCS).",
  );
});

test("the summary: claims reproduced somewhere, and the bases that reproduce a whole table", () => {
  const s = matrixSummary(matrix, { "france-top-partners": "Table 2", "russia-top-partners": "Table 3" });
  const sentences = s.sentences.map(en);
  // Only balance-fall-2013-2017 is reproduced on no basis (downloads.test.ts: differs on all three).
  expect([s.claims, s.reproduced]).toEqual([11, 10]);
  expect(s.groups.find((g) => g.page === "france-top-partners")!.bases).toEqual(["france-declared"]);
  expect(s.groups.find((g) => g.page === "russia-top-partners")!.bases).toEqual([]);
  expect(sentences[0]).toBe("10 of the 11 claims are reproduced on at least one basis; 1 on none.");
  expect(sentences).toContain("Table 3 (4 claims): no single basis reproduces all of them.");
  expect(sentences).toContain("Table 2 (2 claims): every one reproduced by France-declared.");
});

describe("the built /claims/ page (out/, from npm run build)", () => {
  const html = readFileSync(path.join(__dirname, "..", "out", "en", "claims", "index.html"), "utf8");
  const matrixHtml = html.slice(
    html.indexOf("data-claims-matrix"),
    html.indexOf("</table>", html.indexOf("data-claims-matrix")),
  );

  test("the matrix: one row per claim, one cell per basis, each a verdict or not computable with its reason", () => {
    expect(matrixHtml.match(/<tr[^>]*data-claim=/g)).toHaveLength(matrix.length);
    const cells = [...matrixHtml.matchAll(/<td[^>]*data-verdict="([^"]+)"/g)].map((m) => m[1]);
    expect(cells).toHaveLength(matrix.length * MATRIX_BASES.length);
    const expected = matrix.flatMap((r) => r.cells.map((c) => ("result" in c ? c.result.verdict : "not-computable")));
    expect(cells).toEqual(expected);
    expect(matrixHtml).toContain(
      "Not computable:</span> <!-- -->France&#x27;s declarations rank France&#x27;s partners, not Russia&#x27;s.",
    );
  });

  test("the generated summary and sentences are on the page", () => {
    expect(html).toContain("10 of the 11 claims are reproduced on at least one basis; 1 on none.");
    expect(html).toContain("Table 3 of the article (4 claims): no single basis reproduces all of them.");
    for (const r of matrix) expect(html).toContain(en(r.sentence).replace(/'/g, "&#x27;"));
  });
});
