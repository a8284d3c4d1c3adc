import { formatDecimal, formatTrimmed, roundHalfUp, roundsToZero } from "./decimal";
import { PHRASES, fillPhrase, type Comparison } from "./phrases";

export interface PhraseOptions {
  /** Decimals of percentages and percentage points (default 1). */
  readonly decimals?: number;
  /** 同比 (default) or 比上年. */
  readonly comparison?: Comparison;
}

export const DEFAULT_DECIMALS = 1;

/**
 * The phrase for a growth given as a fraction: 0.305 -> 同比增长30.5%, -0.1 -> 同比下降10.0%,
 * a growth that rounds to zero -> 与上年同期持平, 100% or more (as rounded) in 倍: 2.4 (240%) -> 同比增长2.4倍.
 */
export function growthPhrase(growth: number, options: PhraseOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const words = PHRASES.comparison[options.comparison ?? "yoy"];
  const percent = growth * 100;
  if (roundsToZero(percent, decimals)) {
    return fillPhrase(PHRASES.growth.flat, words);
  }
  // 100% or more as the reader sees it (99.96% shows as 100.0%) is stated in 倍.
  if (roundHalfUp(percent, decimals) >= 100) {
    return fillPhrase(PHRASES.growth.times, { ...words, t: formatTrimmed(growth, Math.max(decimals, 1)) });
  }
  const template = growth > 0 ? PHRASES.growth.up : PHRASES.growth.down;
  return fillPhrase(template, { ...words, p: formatDecimal(Math.abs(percent), decimals) });
}

/**
 * The phrase comparing a value with its base, for every sign of the base:
 * 同比增长/下降 for a positive base, 上年同期为零, 扭亏为盈, 由盈转亏, 减亏 and 亏损增加.
 */
export function yoyPhrase(current: number, previous: number, options: PhraseOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const words = PHRASES.comparison[options.comparison ?? "yoy"];
  if (previous > 0) {
    if (current < 0) {
      return PHRASES.base.turnLoss;
    }
    return growthPhrase(current / previous - 1, options);
  }
  if (previous === 0) {
    return fillPhrase(current === 0 ? PHRASES.base.zeroBoth : PHRASES.base.zero, words);
  }
  // previous < 0: a loss last year.
  if (current > 0) {
    return PHRASES.base.turnProfit;
  }
  const change = (Math.abs(current) - Math.abs(previous)) / Math.abs(previous);
  const percent = change * 100;
  if (roundsToZero(percent, decimals)) {
    return fillPhrase(PHRASES.growth.flat, words);
  }
  const template = change < 0 ? PHRASES.base.lossNarrowed : PHRASES.base.lossWidened;
  return fillPhrase(template, { ...words, p: formatDecimal(Math.abs(percent), decimals) });
}
