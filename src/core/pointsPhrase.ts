import { formatDecimal, roundsToZero } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { PHRASES, fillPhrase } from "./phrases";

/**
 * The phrase for the change between two rates (fractions) in percentage points:
 * 提高1.2个百分点, 回落…, both negative 降幅收窄/扩大, 由降转增, 由增转降, 持平.
 */
export function pointsPhrase(rateNow: number, reference: number, decimals: number = DEFAULT_DECIMALS): string {
  const points = (rateNow - reference) * 100;
  if (roundsToZero(points, decimals)) {
    return PHRASES.points.flat;
  }
  const p = formatDecimal(Math.abs(points), decimals);
  const nowNegative = roundsToZero(rateNow * 100, decimals) ? false : rateNow < 0;
  const nowPositive = !roundsToZero(rateNow * 100, decimals) && rateNow > 0;
  let template: string;
  if (reference < 0 && nowNegative) {
    template = points > 0 ? PHRASES.points.declineNarrowed : PHRASES.points.declineWidened;
  } else if (reference < 0 && nowPositive) {
    template = PHRASES.points.turnUp;
  } else if (reference > 0 && nowNegative) {
    template = PHRASES.points.turnDown;
  } else {
    template = points > 0 ? PHRASES.points.up : PHRASES.points.down;
  }
  return fillPhrase(template, { p });
}
