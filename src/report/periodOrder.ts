import type { Period } from "./types";

/** A period's place in time: a later year, then more months elapsed, is later; unknown parts sort first. */
export function periodRank(period: Period): number {
  return (period.year ?? 0) * 100 + (period.months ?? 0);
}

/**
 * Of several sheets, the one of the latest period (the first of equals); with `before`, only among those
 * of a period earlier than it: the earlier period a sheet is compared with (the command line's
 * `--previous-sheet auto`, the task pane's default 与上期比较).
 */
export function latestPeriod<T>(items: readonly T[], periodOf: (item: T) => Period, before?: Period): T | undefined {
  const limit = before === undefined ? Infinity : periodRank(before);
  let best: T | undefined;
  let bestRank = -Infinity;
  for (const item of items) {
    const rank = periodRank(periodOf(item));
    if (rank < limit && (best === undefined || rank > bestRank)) {
      best = item;
      bestRank = rank;
    }
  }
  return best;
}
