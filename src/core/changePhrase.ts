import { COMPARISON_PHRASES } from "./comparisonPhrases";
import { finite } from "./nonFiniteError";
import type { Comparison } from "./phrases";
import { fillOne } from "./splitPhrase";

/** True for revenue indicators, whose change is 增收/减收. */
export function isRevenue(name: string): boolean {
  return /收入|税收|财政|税金/.test(name) && !/支出/.test(name);
}

/**
 * 增减额: 同比增加/减少 followed by an amount already in words ("1.2亿元"), or 增收/减收 for revenue.
 * `delta` decides the direction only; its text is `amount`. No change at all is 与上年同期持平.
 * Throws NonFiniteError for a delta of Infinity or NaN: such a difference overflowed, and its amount cannot be
 * printed either.
 */
export function changePhrase(delta: number, amount: string, name = "", comparison: Comparison = "yoy"): string {
  const phrases = COMPARISON_PHRASES[comparison];
  if (finite(delta) === 0) {
    return phrases.flat;
  }
  const revenue = isRevenue(name);
  const phrase =
    delta >= 0 ? (revenue ? phrases.revenueUp : phrases.changeUp) : revenue ? phrases.revenueDown : phrases.changeDown;
  return fillOne(phrase, amount.replace(/^-/, ""));
}
