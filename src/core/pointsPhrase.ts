import { formatDecimal, roundsToZero, withoutSign } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { finite } from "./nonFiniteError";
import { PHRASES } from "./phrases";
import { fillOne, splitPhrase, type SplitPhrase } from "./splitPhrase";

const UP = splitPhrase(PHRASES.points.up);
const DOWN = splitPhrase(PHRASES.points.down);
const DECLINE_NARROWED = splitPhrase(PHRASES.points.declineNarrowed);
const DECLINE_WIDENED = splitPhrase(PHRASES.points.declineWidened);
const TURN_UP = splitPhrase(PHRASES.points.turnUp);
const TURN_DOWN = splitPhrase(PHRASES.points.turnDown);

/** The sign of a rate as printed: a rate that shows as 0.0% is neither a rise nor a decline. */
function shownSign(rate: number, decimals: number): number {
  return roundsToZero(rate * 100, decimals) ? 0 : Math.sign(rate);
}

/**
 * The phrase for the change between two rates (fractions) in percentage points:
 * 提高1.2个百分点, 回落…, both negative 降幅收窄/扩大, 由降转增, 由增转降, 持平.
 * Throws NonFiniteError rather than print Infinity or NaN.
 */
export function pointsPhrase(rateNow: number, reference: number, decimals: number = DEFAULT_DECIMALS): string {
  const points = (finite(rateNow) - finite(reference)) * 100;
  const shownText = formatDecimal(finite(points), decimals);
  if (Number(shownText) === 0) {
    return PHRASES.points.flat;
  }
  const p = withoutSign(shownText);
  const now = shownSign(rateNow, decimals);
  const before = shownSign(reference, decimals);
  let phrase: SplitPhrase;
  if (before < 0 && now < 0) {
    phrase = points > 0 ? DECLINE_NARROWED : DECLINE_WIDENED;
  } else if (before < 0 && now > 0) {
    phrase = TURN_UP;
  } else if (before > 0 && now < 0) {
    phrase = TURN_DOWN;
  } else {
    phrase = points > 0 ? UP : DOWN;
  }
  return fillOne(phrase, p);
}
