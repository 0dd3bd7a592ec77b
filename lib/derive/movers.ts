/**
 * Comparisons the takeaways state, computed here once so a sentence never does its own arithmetic: how partners'
 * ranks moved between two years of a ranking (the largest climb and fall), and competition ranks (1, 2, 2, 4) of a
 * handful of values, such as the source countries an FDI chart shows.
 */

export interface Ranked {
  year: number;
  rank: number;
  partner: string;
  name: string;
}

export interface RankMove {
  partner: string;
  name: string;
  from: number;
  to: number;
  /** places gained (positive) or lost (negative) */
  change: number;
}

/**
 * Rank changes from year `a` to year `b` of partners in the top `top` of either year and ranked (within the
 * published depth) in both: a partner missing from one year has no measurable move and is left out.
 */
export function rankMoves(rows: readonly Ranked[], a: number, b: number, top: number): RankMove[] {
  const inYear = (year: number) => new Map(rows.filter((r) => r.year === year).map((r) => [r.partner, r]));
  const ra = inYear(a);
  const rb = inYear(b);
  const moves: RankMove[] = [];
  for (const [code, x] of ra) {
    const y = rb.get(code);
    if (!y || (x.rank > top && y.rank > top)) continue;
    moves.push({ partner: code, name: y.name, from: x.rank, to: y.rank, change: x.rank - y.rank });
  }
  return moves.sort((p, q) => p.partner.localeCompare(q.partner));
}

/**
 * The largest climb and the largest fall (undefined when nobody moved that way). Equal moves: the one ending
 * higher in year b, so the answer never depends on the order of the rows.
 */
export function largestMoves(moves: readonly RankMove[]): { up?: RankMove; down?: RankMove } {
  const best = (sign: 1 | -1) =>
    moves
      .filter((m) => Math.sign(m.change) === sign)
      .sort((p, q) => sign * (q.change - p.change) || p.to - q.to || p.partner.localeCompare(q.partner))[0];
  return { up: best(1), down: best(-1) };
}

/** Competition ranks, largest value first (1, 2, 2, 4); equal values keep their input order. */
export function competitionRanks<T>(items: readonly T[], value: (t: T) => number): (T & { rank: number })[] {
  const sorted = [...items].sort((p, q) => value(q) - value(p));
  const out: (T & { rank: number })[] = [];
  sorted.forEach((t, i) => {
    const prev = out[i - 1];
    out.push({ ...t, rank: prev && value(sorted[i - 1]) === value(t) ? prev.rank : i + 1 });
  });
  return out;
}
