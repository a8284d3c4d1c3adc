/**
 * Ranks among places as statistics bureaus give them (and as Excel's RANK.EQ does): ties share a rank and
 * the next rank is skipped (9.3, 9.3, 7.1 rank 1, 1, 3).
 */

/** Larger first (总量、增速) or smaller first (能耗、单位GDP能耗). */
export interface RankOrder {
  /** True (the default) when the largest value ranks first. */
  readonly descending?: boolean;
}

/** 1 + the number of values strictly ahead of `value`; `value` need not be among `values`. */
export function competitionRank(value: number, values: readonly number[], order: RankOrder = {}): number {
  const descending = order.descending ?? true;
  let ahead = 0;
  for (const other of values) {
    if (descending ? other > value : other < value) {
      ahead++;
    }
  }
  return ahead + 1;
}

/** The competition rank of every value, in the order given (one sort, not one count per value). */
export function competitionRanks(values: readonly number[], order: RankOrder = {}): number[] {
  const descending = order.descending ?? true;
  const byRank = values.map((_, i) => i);
  byRank.sort((a, b) => (descending ? values[b]! - values[a]! : values[a]! - values[b]!));
  const ranks = new Array<number>(values.length);
  let previous = Number.NaN;
  let rank = 0;
  byRank.forEach((index, position) => {
    const value = values[index]!;
    if (value !== previous) {
      rank = position + 1;
      previous = value;
    }
    ranks[index] = rank;
  });
  return ranks;
}
