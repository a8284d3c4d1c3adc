import { COMPARISON_PHRASES } from "./comparisonPhrases";
import { formatDecimal, formatTrimmed, withoutSign } from "./decimal";
import { finite, NonFiniteError } from "./nonFiniteError";
import { PHRASES, type Comparison } from "./phrases";
import { fillOne } from "./splitPhrase";

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
 * Throws NonFiniteError rather than print Infinity or NaN.
 */
export function growthPhrase(growth: number, options: PhraseOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const phrases = COMPARISON_PHRASES[options.comparison ?? "yoy"];
  const percent = finite(growth) * 100;
  // The percentage as printed; its value decides 持平 and 倍 as the reader sees it (99.96% shows as 100.0%).
  const shownText = formatDecimal(percent, decimals);
  const shown = Number(shownText);
  if (shown === 0) {
    return phrases.flat;
  }
  if (shown >= 100) {
    return fillOne(phrases.times, formatTrimmed(growth, Math.max(decimals, 1)));
  }
  if (!Number.isFinite(percent)) {
    // A fall of more than 1.8e308% (only a given growth can be one).
    throw new NonFiniteError(percent);
  }
  return fillOne(growth > 0 ? phrases.up : phrases.down, withoutSign(shownText));
}

/**
 * The phrase comparing a value with its base, for every sign of the base:
 * 同比增长/下降 for a positive base, 上年同期为零, 扭亏为盈, 由盈转亏, 减亏 and 亏损增加.
 * Throws NonFiniteError rather than print Infinity or NaN.
 */
export function yoyPhrase(current: number, previous: number, options: PhraseOptions = {}): string {
  finite(current);
  finite(previous);
  if (previous > 0) {
    if (current < 0) {
      return PHRASES.base.turnLoss;
    }
    return growthPhrase(current / previous - 1, options);
  }
  const phrases = COMPARISON_PHRASES[options.comparison ?? "yoy"];
  if (previous === 0) {
    return current === 0 ? phrases.zeroBoth : phrases.zero;
  }
  // previous < 0: a loss last year.
  if (current > 0) {
    return PHRASES.base.turnProfit;
  }
  const change = (Math.abs(current) - Math.abs(previous)) / Math.abs(previous);
  const percent = change * 100;
  const shownText = formatDecimal(percent, options.decimals ?? DEFAULT_DECIMALS);
  if (Number(shownText) === 0) {
    return phrases.flat;
  }
  finite(percent);
  return fillOne(change < 0 ? phrases.lossNarrowed : phrases.lossWidened, withoutSign(shownText));
}
