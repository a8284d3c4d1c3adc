import { contributionRate, pull } from "../core/contribution";
import { contributionPhrase, pullPhrase } from "../core/contributionPhrase";
import { twoYearAverage, yoyGrowth } from "../core/growth";
import { growthPhrase } from "../core/growthPhrase";
import { growthVersusPhrase } from "../core/growthVersusPhrase";
import { PHRASES, fillPhrase } from "../core/phrases";
import { rateExists, type Rate } from "../core/rate";
import { canonicalUnit } from "./canonicalUnit";
import { isRateIndicator, rateDecimals } from "./indicatorPhrases";
import type { ResolvedOptions } from "./resolveOptions";
import type { Analysis, Indicator } from "./types";

/** What an indicator's clause is compared with beyond last year: an earlier period, two years before, its whole. */
export interface ComparisonContext {
  /** The earlier period of Indicator.previousGrowth, as the sheet names it ("1-8月"). */
  readonly previousPeriod?: string;
  /** The base of 两年平均增长 as printed: "2022年同期" or "两年前同期". */
  readonly twoYearsBase: string;
  /** The parent of a 其中 row, for 贡献率 and 拉动. */
  readonly parent?: Indicator;
  /** A place's sheet with the whole beside it: the whole's scope word (全市) for 占全市的…, 居全市…. */
  readonly scope?: string;
}

/** The comparisons of a sheet, without the parent (set per row). */
export function comparisonContext(analysis: Analysis): ComparisonContext {
  const year = analysis.twoYearsBeforeYear;
  const twoYearsBase =
    year !== undefined ? fillPhrase(PHRASES.twoYearBase.year, { year: String(year) }) : PHRASES.twoYearBase.unknownYear;
  const scope = analysis.across?.scope;
  const context: ComparisonContext =
    analysis.previousPeriod !== undefined
      ? { previousPeriod: analysis.previousPeriod, twoYearsBase }
      : { twoYearsBase };
  return scope === undefined ? context : { ...context, scope };
}

/** 增速比1-8月提高0.6个百分点…, for a growth the text states and the earlier period's growth, on the figures as printed. */
export function versusText(
  growth: Rate | undefined,
  indicator: Indicator,
  context: ComparisonContext,
  options: ResolvedOptions,
): string | undefined {
  const before = indicator.previousGrowth;
  if (growth === undefined || before === undefined || context.previousPeriod === undefined) return undefined;
  return growthVersusPhrase(
    growth.fraction,
    before.fraction,
    context.previousPeriod,
    rateDecimals(growth, options),
    rateDecimals(before, options),
  );
}

/** 比2022年同期增长10.3%,两年平均增长5.0%, when the sheet gives the figure of two years before. */
export function twoYearText(
  indicator: Indicator,
  context: ComparisonContext,
  options: ResolvedOptions,
): string | undefined {
  const { current, twoYearsBefore } = indicator;
  if (current === undefined || twoYearsBefore === undefined || isRateIndicator(indicator)) return undefined;
  if (!rateExists(current.value, twoYearsBefore.value)) return undefined;
  const total = yoyGrowth(current.value, twoYearsBefore.value);
  const average = twoYearAverage(current.value, twoYearsBefore.value);
  if (!total.ok || !average.ok) return undefined;
  const versus = fillPhrase(growthPhrase(total.value, { decimals: options.decimals, comparison: "twoYears" }), {
    year: context.twoYearsBase,
  });
  return (
    versus +
    PHRASES.report.partSeparator +
    growthPhrase(average.value, { decimals: options.decimals, comparison: "twoYearAverage" })
  );
}

/** The figures of a 其中 row and its parent that 贡献率 and 拉动 are computed from, in one unit; undefined when missing. */
function partAndWhole(indicator: Indicator, parent: Indicator | undefined) {
  if (parent === undefined || isRateIndicator(indicator) || isRateIndicator(parent)) return undefined;
  const { current, previous } = indicator;
  if (current === undefined || previous === undefined) return undefined;
  if (parent.current === undefined || parent.previous === undefined) return undefined;
  if (canonicalUnit(indicator.unit) !== canonicalUnit(parent.unit)) return undefined;
  return { current, previous, whole: parent.current, wholeBefore: parent.previous, total: parent.name };
}

/** The 贡献率 and 拉动 clauses the options ask for, joined ("" when neither can be stated). */
export function partsText(indicator: Indicator, context: ComparisonContext, options: ResolvedOptions): string {
  if (partAndWhole(indicator, context.parent) === undefined) return "";
  const contribution = options.contribution ? contributionText(indicator, context, options) : undefined;
  const pulled = options.pull ? pullText(indicator, context, options) : undefined;
  if (contribution === undefined) return pulled ?? "";
  return pulled === undefined ? contribution : contribution + PHRASES.report.partSeparator + pulled;
}

/** 对规上工业总产值增长的贡献率为62.9% (对…下降的 when the whole fell); undefined when the whole did not change. */
export function contributionText(
  indicator: Indicator,
  context: ComparisonContext,
  options: ResolvedOptions,
): string | undefined {
  const figures = partAndWhole(indicator, context.parent);
  if (figures === undefined) return undefined;
  const rate = contributionRate(
    figures.current.value,
    figures.previous.value,
    figures.whole.value,
    figures.wholeBefore.value,
  );
  if (!rate.ok) return undefined;
  const fell = figures.whole.value < figures.wholeBefore.value;
  return contributionPhrase(rate.value, figures.total, options.decimals, fell);
}

/** 拉动规上工业总产值增长4.6个百分点 (下拉 when the part fell); undefined when the whole's base is not positive. */
export function pullText(
  indicator: Indicator,
  context: ComparisonContext,
  options: ResolvedOptions,
): string | undefined {
  const figures = partAndWhole(indicator, context.parent);
  if (figures === undefined || !(figures.wholeBefore.value > 0)) return undefined;
  const points = pull(figures.current.value, figures.previous.value, figures.wholeBefore.value);
  return points.ok ? pullPhrase(points.value, figures.total, options.decimals) : undefined;
}
