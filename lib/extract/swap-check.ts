/**
 * Catches values moved between two partners: two partner names swapped between rows of a reporter's IMF workbook,
 * or two column headers swapped in Rosstat's table, keep every layout check and the mirror cross-check
 * (./cross-check.ts) happy and change hundreds of published numbers. Each partner's figures are compared with a
 * second, independent declaration of the same flows:
 *   - France's and Russia's declarations for their main partners against those partners' own declarations (the
 *     workbooks of every reporter, ./imf-all-reporters.ts): France's exports to X against X's imports from France;
 *   - Rosstat's customs figures for its 29 partners against Russia's declarations to the IMF for the same year.
 * For two partners A and B, over every year and flow where the four values exist, the test asks whether the figures
 * fit the other declaration better as they are or exchanged: score = mean over the comparisons of
 *   |ln(other_A / own_A)| + |ln(other_B / own_B)| − |ln(other_A / own_B)| − |ln(other_B / own_A)|.
 * A positive score means the exchanged assignment fits better; a swap turns a pair's score s into −s. SWAP_THRESHOLD
 * has the figures it was derived from.
 */
import type { Flow } from "../model/constants";

/**
 * The score above which a pair is taken for swapped, derived from the real data (2000–2020 for the IMF pairs,
 * 2006–2020 for Rosstat's; __tests__/swap-check.test.ts recomputes every figure here):
 *   - IMF, main partners (the ten largest by total trade in any year: 13 of France's, 16 of Russia's, 198 pairs):
 *     the highest real score is +0.099 (Russia's figures for Italy and the United States; France's highest is
 *     −0.099, Spain–Italy), so 0.12 raises no alarm. A swap is caught when its pair's real score is below −0.12:
 *     193 of the 198 pairs. The 5 missed are pairs whose flows are too alike, or whose mirror figures too
 *     scattered, to tell apart: France's Spain–Italy (−0.099), Russia's Belarus–United States (+0.007),
 *     Finland–United Kingdom (−0.065), Italy–United States (+0.099), Netherlands–United States (−0.091). Russia's
 *     four are among Rosstat's partners, and a swap in Russia's workbook is caught by the next comparison, which
 *     reads Russia's workbook as its reference: 197 of the 198 swaps stop the script.
 *   - Rosstat against the IMF (29 partners, 406 pairs): the highest real score is −0.289 (Kazakhstan–Poland), so
 *     every one of the 406 swaps is caught.
 */
export const SWAP_THRESHOLD = 0.12;

/** How many main partners of each reporter are compared: those among its ten largest in any year. */
export const MAIN_PARTNERS = 10;

/** A lookup of one side's figures: value(partner, year, flow), undefined where there is none. */
export type Figures = (partner: string, year: number, flow: Flow) => number | undefined;

export interface PairScore {
  a: string;
  b: string;
  score: number;
  /** how many year × flow comparisons the score averages */
  compared: number;
}

/** The score of every pair of `partners` (in the order given), `own` against `other`, over `years`. */
export function swapScores(
  own: Figures,
  other: Figures,
  partners: readonly string[],
  years: readonly number[],
): PairScore[] {
  // every value looked up once: per partner, one slot per year and flow
  const slots = years.flatMap((year) => (["exports", "imports"] as const).map((flow) => ({ year, flow })));
  const read = (figures: Figures, p: string) =>
    slots.map(({ year, flow }) => {
      const v = figures(p, year, flow);
      return v !== undefined && v > 0 ? v : NaN;
    });
  const mine = partners.map((p) => read(own, p));
  const theirs = partners.map((p) => read(other, p));
  const gap = (m: number, o: number) => Math.abs(Math.log(m / o));
  const scores: PairScore[] = [];
  for (let i = 0; i < partners.length; i++)
    for (let j = i + 1; j < partners.length; j++) {
      let sum = 0;
      let compared = 0;
      for (let k = 0; k < slots.length; k++) {
        const [oa, ob, ma, mb] = [mine[i][k], mine[j][k], theirs[i][k], theirs[j][k]];
        if (Number.isNaN(oa + ob + ma + mb)) continue; // a value missing or not positive on one side
        sum += gap(ma, oa) + gap(mb, ob) - gap(ma, ob) - gap(mb, oa);
        compared++;
      }
      if (compared > 0) scores.push({ a: partners[i], b: partners[j], score: sum / compared, compared });
    }
  return scores;
}

/** The partners among a reporter's `depth` largest by total trade (exports + imports) in any of `years`. */
export function mainPartners(
  own: Figures,
  partnersOf: (year: number) => readonly string[],
  years: readonly number[],
  depth = MAIN_PARTNERS,
): string[] {
  const main = new Set<string>();
  for (const year of years) {
    // which partners count as main ones, nothing more: a partner with one flow is ordered by that flow alone
    const total = new Map(
      partnersOf(year).map((p) => [p, (own(p, year, "exports") ?? 0) + (own(p, year, "imports") ?? 0)]),
    );
    for (const [p] of [...total].sort(([x, tx], [y, ty]) => ty - tx || x.localeCompare(y)).slice(0, depth)) main.add(p);
  }
  return [...main].sort();
}

/**
 * Throws on the pair with the highest score above SWAP_THRESHOLD, naming `what` (whose figures, against what) and,
 * through `where`, the places of both partners' figures.
 */
export function checkSwaps(
  what: string,
  scores: readonly PairScore[],
  where: (partner: string) => string,
  name: (code: string) => string,
): { pairs: number; highest: PairScore | undefined } {
  const highest = [...scores].sort((x, y) => y.score - x.score)[0];
  if (highest && highest.score > SWAP_THRESHOLD) {
    const { a, b, score, compared } = highest;
    throw new Error(
      `swap check: ${what}: the figures of ${name(a)} (${a}, ${where(a)}) and ${name(b)} (${b}, ${where(b)}) fit ` +
        `the other declaration better exchanged than as they are (score ${score.toFixed(3)} over ${compared} ` +
        `comparisons, above ${SWAP_THRESHOLD}): two partner names or headers swapped? (lib/extract/swap-check.ts)`,
    );
  }
  return { pairs: scores.length, highest };
}
