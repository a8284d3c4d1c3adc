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
  // The sign of a rate as printed: a rate that shows as 0.0% is neither a rise nor a decline.
  const sign = (rate: number): number => (roundsToZero(rate * 100, decimals) ? 0 : Math.sign(rate));
  const now = sign(rateNow);
  const before = sign(reference);
  let template: string;
  if (before < 0 && now < 0) {
    template = points > 0 ? PHRASES.points.declineNarrowed : PHRASES.points.declineWidened;
  } else if (before < 0 && now > 0) {
    template = PHRASES.points.turnUp;
  } else if (before > 0 && now < 0) {
    template = PHRASES.points.turnDown;
  } else {
    template = points > 0 ? PHRASES.points.up : PHRASES.points.down;
  }
  return fillPhrase(template, { p });
}
