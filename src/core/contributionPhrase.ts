import { formatDecimal, roundsToZero } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { finite } from "./nonFiniteError";
import { PHRASES } from "./phrases";
import { fillSplit, splitPhrase } from "./splitPhrase";

const RATE = splitPhrase(PHRASES.contribution.rate);
const RATE_OF_DECLINE = splitPhrase(PHRASES.contribution.rateOfDecline);
const PULL = splitPhrase(PHRASES.contribution.pull);
const DRAG = splitPhrase(PHRASES.contribution.drag);

/**
 * 对{total}增长的贡献率为c% for a contribution given as a fraction (对{total}下降的… when the total fell). Throws
 * NonFiniteError rather than print Infinity or NaN.
 */
export function contributionPhrase(
  contribution: number,
  total: string,
  decimals: number = DEFAULT_DECIMALS,
  totalFell = false,
): string {
  return fillSplit(totalFell ? RATE_OF_DECLINE : RATE, {
    total,
    c: formatDecimal(finite(finite(contribution) * 100), decimals),
  });
}

/**
 * 拉动{total}增长p个百分点 (下拉 when negative) for a pull given in percentage points. Throws
 * NonFiniteError rather than print Infinity or NaN.
 */
export function pullPhrase(points: number, total: string, decimals: number = DEFAULT_DECIMALS): string {
  // A pull that shows as 0.0 is no 下拉.
  const phrase = finite(points) < 0 && !roundsToZero(points, decimals) ? DRAG : PULL;
  return fillSplit(phrase, { total, p: formatDecimal(Math.abs(points), decimals) });
}
