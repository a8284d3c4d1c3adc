import { COMPARISON_PHRASES } from "../core/comparisonPhrases";
import { growthPhrase } from "../core/growthPhrase";
import { PHRASES, fillPhrase } from "../core/phrases";
import { pointsPhrase } from "../core/pointsPhrase";
import { shownDecimals } from "../core/decimal";
import { rateOfShownFigure } from "../core/rate";
import type { ResolvedOptions } from "./resolveOptions";
import type { Indicator } from "./types";

/** The words of a growth compared with last year's growth: 增速比上年同期提高2.4个百分点, 降幅比上年同期收窄…. */
const RATE_WORDS = { growth: "增速", decline: "降幅" } as const;

/**
 * The clause of a 增速类 indicator without its verb: "规上工业增加值同比增长8.5%,增速比上年同期提高2.4个百分点"
 * (the current figure printed with the decimals the sheet shows), or undefined without a current figure.
 */
export function rateGrowthText(indicator: Indicator, name: string, options: ResolvedOptions): string | undefined {
  const { current, previous } = indicator;
  if (current === undefined) return undefined;
  const now = rateOfShownFigure(current.value, current.text);
  const text = name + growthPhrase(now, { decimals: shownDecimals(current.text) });
  if (previous === undefined) return text;
  const decimals = Math.max(options.decimals, shownDecimals(current.text), shownDecimals(previous.text));
  const points = pointsPhrase(now, rateOfShownFigure(previous.value, previous.text), decimals);
  const base = PHRASES.comparison.yoy.base;
  let versus: string;
  if (points === PHRASES.points.flat) {
    versus = RATE_WORDS.growth + COMPARISON_PHRASES.yoy.flat;
  } else if (points.startsWith(RATE_WORDS.decline)) {
    // 降幅收窄1.1个百分点 -> 降幅比上年同期收窄1.1个百分点.
    versus = RATE_WORDS.decline + "比" + base + points.slice(RATE_WORDS.decline.length);
  } else if (points.startsWith("由")) {
    versus = RATE_WORDS.growth + points;
  } else {
    versus = RATE_WORDS.growth + fillPhrase(PHRASES.report.pointsVersus, { base, points });
  }
  return text + PHRASES.report.partSeparator + versus;
}
