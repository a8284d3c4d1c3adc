import { formatDecimal, withoutSign } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { finite } from "./nonFiniteError";
import { PHRASES } from "./phrases";
import { progressGapPoints, progressMonths } from "./rate";
import { fillOne, fillSplit, splitPhrase } from "./splitPhrase";

const SHARE = splitPhrase(PHRASES.completion.share);
const OVER = splitPhrase(PHRASES.completion.over);
const AHEAD = splitPhrase(PHRASES.progress.ahead);
const BEHIND = splitPhrase(PHRASES.progress.behind);

/**
 * The phrase for progress against the annual target: 完成全年目标的54.1%, with the time-progress
 * clause when the months elapsed are known (快于/慢于时序进度x个百分点; at six months with half the
 * target done, 实现时间过半、任务过半), and 超额完成 when the target is passed. Months that are not a
 * number from 1 to 11 add no clause. Throws NonFiniteError rather than print Infinity or NaN.
 */
export function completionPhrase(
  actual: number,
  target: number,
  months?: number,
  decimals: number = DEFAULT_DECIMALS,
): string {
  finite(actual);
  if (!(finite(target) > 0)) {
    return PHRASES.completion.noTarget;
  }
  const ratio = actual / target;
  const percent = finite(ratio * 100);
  const r = formatDecimal(percent, decimals);
  const shown = Number(r);
  if (shown > 100) {
    // From the printed ratio, so that 100.1% is 超额完成0.1% (100.05 − 100 is 0.0499… in binary).
    return fillSplit(OVER, { r, x: formatDecimal(shown - 100, decimals) });
  }
  if (shown === 100) {
    return PHRASES.completion.full;
  }
  const share = fillOne(SHARE, r);
  const progressAt = progressMonths(months);
  if (progressAt === undefined) {
    return share;
  }
  const progress = progressPhrase(ratio, progressAt, decimals);
  return progressAt === 6 && shown >= 50
    ? share + "," + progress + "," + PHRASES.progress.halfAndHalf
    : share + "," + progress;
}

/**
 * 快于/慢于时序进度x个百分点 for a completion ratio after `months` months. Throws NonFiniteError rather
 * than print Infinity or NaN.
 */
export function progressPhrase(ratio: number, months: number, decimals: number = DEFAULT_DECIMALS): string {
  const gap = progressGapPoints(finite(ratio), finite(months), decimals);
  const shownText = formatDecimal(finite(gap), decimals);
  if (Number(shownText) === 0) {
    return PHRASES.progress.even;
  }
  return fillOne(gap > 0 ? AHEAD : BEHIND, withoutSign(shownText));
}
