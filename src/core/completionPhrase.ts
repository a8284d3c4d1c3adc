import { formatDecimal, roundHalfUp, roundsToZero } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { PHRASES, fillPhrase } from "./phrases";

/**
 * The phrase for progress against the annual target: 完成全年目标的54.1%, with the time-progress
 * clause when the months elapsed are known (快于/慢于时序进度x个百分点; at six months with half the
 * target done, 实现时间过半、任务过半), and 超额完成 when the target is passed.
 */
export function completionPhrase(
  actual: number,
  target: number,
  months?: number,
  decimals: number = DEFAULT_DECIMALS,
): string {
  if (!(target > 0)) {
    return PHRASES.completion.noTarget;
  }
  const ratio = actual / target;
  const percent = ratio * 100;
  const shown = roundHalfUp(percent, decimals);
  if (shown > 100) {
    return fillPhrase(PHRASES.completion.over, {
      r: formatDecimal(percent, decimals),
      // From the printed ratio, so that 100.1% is 超额完成0.1% (100.05 − 100 is 0.0499… in binary).
      x: formatDecimal(shown - 100, decimals),
    });
  }
  if (shown === 100) {
    return PHRASES.completion.full;
  }
  const parts = [fillPhrase(PHRASES.completion.share, { r: formatDecimal(percent, decimals) })];
  if (months !== undefined && months > 0 && months < 12) {
    parts.push(progressPhrase(ratio, months, decimals));
    if (months === 6 && shown >= 50) {
      parts.push(PHRASES.progress.halfAndHalf);
    }
  }
  return parts.join(",");
}

/** 快于/慢于时序进度x个百分点 for a completion ratio after `months` months. */
export function progressPhrase(ratio: number, months: number, decimals: number = DEFAULT_DECIMALS): string {
  const gap = (ratio - months / 12) * 100;
  if (roundsToZero(gap, decimals)) {
    return PHRASES.progress.even;
  }
  return fillPhrase(gap > 0 ? PHRASES.progress.ahead : PHRASES.progress.behind, {
    p: formatDecimal(Math.abs(gap), decimals),
  });
}
