import { growthPhrase } from "../core/growthPhrase";
import { NonFiniteError } from "../core/nonFiniteError";
import { rankPhrase, shareOf, sharePhrase, versusWholePhrase } from "../core/placePhrases";
import { PHRASES } from "../core/phrases";
import { fillSplit, splitPhrase } from "../core/splitPhrase";
import { growthRateName } from "./growthRateName";
import { sheetRate } from "../core/rate";
import { partsText, twoYearText, versusText, type ComparisonContext } from "./comparisonTexts";
import {
  changeText,
  completionText,
  figureText,
  growthStatedAsRate,
  growthText,
  rateDecimals,
} from "./indicatorPhrases";
import { rateGrowthText } from "./rateGrowthText";
import type { ResolvedOptions } from "./resolveOptions";
import type { Indicator, Period } from "./types";

const VALUE_CLAUSE = splitPhrase(PHRASES.clause.value);
const LOSS_CLAUSE = splitPhrase(PHRASES.report.loss);
const NAME_ENDS_IN_DIGIT = /[0-9A-Za-z.%]$/;
const LINKING_VERB = "为";
const NO_COMPARISONS: ComparisonContext = { twoYearsBase: PHRASES.twoYearBase.unknownYear };

/**
 * A part of a clause, or nothing when its figure is past the range of a double (core refuses to print
 * Infinity): the rest of the clause still stands, and analyzeSheet has warned about the row.
 */
function statable(part: () => string | undefined): string | undefined {
  try {
    return part();
  } catch (error) {
    if (error instanceof NonFiniteError) return undefined;
    throw error;
  }
}

/** One indicator's clause without its verb: 固定资产投资37.59亿元,同比增长23.8%[,同比增加…][,完成全年目标的…]. */
export function indicatorClause(
  indicator: Indicator,
  period: Period,
  options: ResolvedOptions,
  context: ComparisonContext = NO_COMPARISONS,
): string | undefined {
  const current = indicator.current;
  if (current === undefined) {
    // A row that gives only its growth: 规上工业增加值同比增长8.5%.
    const given = indicator.growth;
    if (given?.source !== "sheet") return undefined;
    // growthText states a % row in points against last year; a row of growth alone is its growth.
    const growth = statable(() => growthPhrase(given.fraction, { decimals: rateDecimals(given, options) }));
    if (growth === undefined) return undefined;
    const versus = statable(() => versusText(given, indicator, context, options));
    const text = (growthRateName(indicator) ?? indicator.name) + growth;
    return versus === undefined ? text : text + PHRASES.report.partSeparator + versus;
  }
  const rateName = growthRateName(indicator);
  if (rateName !== undefined) {
    const text = statable(() => rateGrowthText(indicator, rateName, options));
    // The current figure of a 增速类 row is its growth, compared with the earlier period's as the others are.
    const versus = statable(() =>
      versusText(sheetRate(current.value, current.text, current.text.endsWith("%")), indicator, context, options),
    );
    return text === undefined || versus === undefined ? text : text + PHRASES.report.partSeparator + versus;
  }
  const value = figureText(current, indicator, options);
  // "PM2.5" then "35微克/立方米" would read as PM2.535: a name ending in a digit or letter takes 为.
  const name = NAME_ENDS_IN_DIGIT.test(indicator.name) ? indicator.name + LINKING_VERB : indicator.name;
  const head =
    current.value < 0 ? indicator.name + fillSplit(LOSS_CLAUSE, { value }) : fillSplit(VALUE_CLAUSE, { name, value });
  const separator = PHRASES.report.partSeparator;
  let clause = head;
  const growth = statable(() => growthText(indicator, options));
  if (growth !== undefined) clause += separator + growth;
  // The comparisons beyond last year, each only when the row has its figures (most rows have none).
  if (indicator.previousGrowth !== undefined && indicator.growth !== undefined && growthStatedAsRate(indicator)) {
    const growthRate = indicator.growth;
    const versus = statable(() => versusText(growthRate, indicator, context, options));
    if (versus !== undefined) clause += separator + versus;
  }
  if (indicator.twoYearsBefore !== undefined) {
    const twoYears = statable(() => twoYearText(indicator, context, options));
    if (twoYears !== undefined) clause += separator + twoYears;
  }
  const { scope } = context;
  if (scope !== undefined) {
    for (const text of wholeComparisons(indicator, scope, options)) clause += separator + text;
  }
  if (context.parent !== undefined && (options.contribution || options.pull)) {
    const parts = statable(() => partsText(indicator, context, options));
    if (parts !== undefined && parts !== "") clause += separator + parts;
  }
  if (options.change) {
    const change = statable(() => changeText(indicator, options));
    if (change !== undefined) clause += separator + change;
  }
  if (options.completion) {
    const completion = statable(() => completionText(indicator, period, options));
    if (completion !== undefined) clause += separator + completion;
  }
  return clause;
}

/**
 * A place against the whole beside it (DESIGN section 9): 占全市的36.73% (the sheet's share, else computed from the
 * 全市 column), 居全市第一位 (the sheet's rank), 增速高于全市2.1个百分点 (on the growths as printed).
 */
function wholeComparisons(indicator: Indicator, scope: string, options: ResolvedOptions): string[] {
  const parts: (string | undefined)[] = [];
  const { current, whole, growth, wholeGrowth } = indicator;
  if (indicator.share !== undefined) {
    const share = indicator.share;
    parts.push(statable(() => sharePhrase(share.fraction, scope, rateDecimals(share, options))));
  } else if (current !== undefined && whole !== undefined) {
    const share = shareOf(current.value, whole.value);
    if (share.ok) parts.push(statable(() => sharePhrase(share.value, scope, options.decimals)));
  }
  if (indicator.rank !== undefined) parts.push(rankPhrase(indicator.rank, scope));
  if (growth !== undefined && wholeGrowth !== undefined) {
    const decimals = Math.max(rateDecimals(growth, options), rateDecimals(wholeGrowth, options));
    parts.push(statable(() => versusWholePhrase(growth.fraction, wholeGrowth.fraction, scope, decimals)));
  }
  if (indicator.growthRank !== undefined && growth !== undefined) {
    parts.push(rankPhrase(indicator.growthRank, scope, { measure: "growth" }));
  }
  return parts.filter((part): part is string => part !== undefined);
}
