import { roundsToZero } from "../core/decimal";
import { PHRASES, fillPhrase } from "../core/phrases";
import { progressGapPoints, progressMonths, rateExists } from "../core/rate";
import { growthText, isRateIndicator } from "./indicatorPhrases";
import type { ResolvedOptions } from "./resolveOptions";
import type { Analysis, Indicator, Period } from "./types";

/** Names listed in full up to this many; more are "A、B、C等N项指标". */
const LIST_LIMIT = 3;

/** True when a percentage shows as zero at `decimals` places; a value of 1 or more never does, so it is not rounded. */
function showsAsZero(percent: number, decimals: number): boolean {
  return Math.abs(percent) < 1 && roundsToZero(percent, decimals);
}

/** The growth as a fraction, 0 without one. */
function growthOf(indicator: Indicator): number {
  return indicator.growth?.fraction ?? 0;
}

function nameList(names: readonly string[], one: string, many: string): string {
  const sep = PHRASES.report.listSeparator;
  const cmp = PHRASES.comparison.yoy.cmp;
  return names.length <= LIST_LIMIT
    ? fillPhrase(one, { names: names.join(sep), cmp })
    : fillPhrase(many, { names: names.slice(0, LIST_LIMIT).join(sep), n: String(names.length), cmp });
}

/**
 * The highlights paragraph: the fastest-growing indicator, the ones that declined, and the ones behind
 * the time schedule, e.g. "从主要指标看,规上工业总产值增长最快,同比增长16.2%;税收收入同比下降。". Undefined when there is nothing to say.
 */
export function buildHighlights(analysis: Analysis, period: Period, options: ResolvedOptions): string | undefined {
  const stated = analysis.indicators.filter(
    (indicator) =>
      indicator.current !== undefined &&
      indicator.growth !== undefined &&
      !isRateIndicator(indicator) &&
      !(indicator.previous !== undefined && !rateExists(indicator.current.value, indicator.previous.value)),
  );
  const parts: string[] = [];
  const growing = stated.filter(
    (indicator) => growthOf(indicator) > 0 && !showsAsZero(growthOf(indicator) * 100, options.decimals),
  );
  if (stated.length >= 2 && growing.length > 0) {
    const fastest = growing.reduce((best, indicator) => (growthOf(indicator) > growthOf(best) ? indicator : best));
    const growth = growthText(fastest, options);
    if (growth !== undefined) {
      parts.push(fillPhrase(PHRASES.report.highlights.fastest, { name: fastest.name, growth }));
    }
  }
  const declining = stated
    .filter((indicator) => growthOf(indicator) < 0 && !showsAsZero(growthOf(indicator) * 100, options.decimals))
    .map((indicator) => indicator.name);
  if (declining.length > 0) {
    parts.push(nameList(declining, PHRASES.report.highlights.declines, PHRASES.report.highlights.declinesMany));
  }
  const months = progressMonths(period.months);
  if (options.progress && months !== undefined) {
    const behind = analysis.indicators
      .filter((indicator) => {
        if (indicator.completion === undefined || indicator.current === undefined) return false;
        const gap = progressGapPoints(indicator.completion.fraction, months, options.decimals);
        return gap < 0 && !showsAsZero(gap, options.decimals);
      })
      .map((indicator) => indicator.name);
    if (behind.length > 0) {
      parts.push(nameList(behind, PHRASES.report.highlights.behind, PHRASES.report.highlights.behindMany));
    }
  }
  return parts.length === 0
    ? undefined
    : PHRASES.report.highlights.opening + parts.join(PHRASES.report.clauseSeparator) + PHRASES.report.end;
}
