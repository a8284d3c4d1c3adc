import { formatDecimal, roundsToZero } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { PHRASES, fillPhrase } from "./phrases";

/** 对{total}增长的贡献率为c% for a contribution given as a fraction. */
export function contributionPhrase(contribution: number, total: string, decimals: number = DEFAULT_DECIMALS): string {
  return fillPhrase(PHRASES.contribution.rate, { total, c: formatDecimal(contribution * 100, decimals) });
}

/** 拉动{total}增长p个百分点 (下拉 when negative) for a pull given in percentage points. */
export function pullPhrase(points: number, total: string, decimals: number = DEFAULT_DECIMALS): string {
  // A pull that shows as 0.0 is no 下拉.
  const template =
    points < 0 && !roundsToZero(points, decimals) ? PHRASES.contribution.drag : PHRASES.contribution.pull;
  return fillPhrase(template, { total, p: formatDecimal(Math.abs(points), decimals) });
}
