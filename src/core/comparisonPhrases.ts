import { PHRASES, type Comparison } from "./phrases";
import { fillSplit, splitPhrase, type SplitPhrase } from "./splitPhrase";

/**
 * The phrases that name the comparison (同比 / 比上年), with its words already filled in, split once at
 * module load: a call fills only the figure ("同比增长{p}%" -> "同比增长" + p + "%").
 */
export interface ComparisonPhrases {
  /** 与上年同期持平. */
  readonly flat: string;
  /** 上年同期为零. */
  readonly zero: string;
  /** 与上年同期持平, when the figure and its base are both zero. */
  readonly zeroBoth: string;
  readonly up: SplitPhrase;
  readonly down: SplitPhrase;
  readonly times: SplitPhrase;
  readonly lossNarrowed: SplitPhrase;
  readonly lossWidened: SplitPhrase;
  readonly changeUp: SplitPhrase;
  readonly changeDown: SplitPhrase;
  readonly revenueUp: SplitPhrase;
  readonly revenueDown: SplitPhrase;
}

function comparisonPhrases(comparison: Comparison): ComparisonPhrases {
  const words = PHRASES.comparison[comparison];
  const split = (template: string): SplitPhrase => splitPhrase(template, words);
  return {
    flat: fillSplit(split(PHRASES.growth.flat), {}),
    zero: fillSplit(split(PHRASES.base.zero), {}),
    zeroBoth: fillSplit(split(PHRASES.base.zeroBoth), {}),
    up: split(PHRASES.growth.up),
    down: split(PHRASES.growth.down),
    times: split(PHRASES.growth.times),
    lossNarrowed: split(PHRASES.base.lossNarrowed),
    lossWidened: split(PHRASES.base.lossWidened),
    changeUp: split(PHRASES.change.up),
    changeDown: split(PHRASES.change.down),
    revenueUp: split(PHRASES.change.revenueUp),
    revenueDown: split(PHRASES.change.revenueDown),
  };
}

export const COMPARISON_PHRASES: Readonly<Record<Comparison, ComparisonPhrases>> = {
  yoy: comparisonPhrases("yoy"),
  lastYear: comparisonPhrases("lastYear"),
  twoYears: comparisonPhrases("twoYears"),
  twoYearAverage: comparisonPhrases("twoYearAverage"),
};
