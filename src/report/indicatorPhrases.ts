import { amountText } from "../core/amountText";
import { changePhrase } from "../core/changePhrase";
import { COMPARISON_PHRASES } from "../core/comparisonPhrases";
import { completionPhrase } from "../core/completionPhrase";
import { growthPhrase, yoyPhrase } from "../core/growthPhrase";
import { PHRASES, fillPhrase } from "../core/phrases";
import { pointsPhrase } from "../core/pointsPhrase";
import { progressMonths, rateExists, rateOfShownFigure } from "../core/rate";
import { formatDecimal, shownDecimals } from "../core/decimal";
import { scaleAmount } from "../core/units";
import { canonicalUnit } from "./canonicalUnit";
import type { ResolvedOptions } from "./resolveOptions";
import type { Rate } from "../core/rate";
import type { Figure, Indicator, Period } from "./types";

/** True for rate indicators (unit %), whose change is stated in percentage points, not as a growth. */
export function isRateIndicator(indicator: Indicator): boolean {
  return indicator.unit === "%" || indicator.unit === "百分点";
}

/**
 * A money figure moved to the unit it reads best in (45000万元 -> 4.5亿元) when the options convert units,
 * or undefined when it stays in its own unit. Scaled once; amountText only prints the scaled figure.
 */
function convertedAmount(
  magnitude: number,
  unit: string,
  indicator: Indicator,
  options: ResolvedOptions,
): string | undefined {
  if (!options.convertUnits) return undefined;
  const scaled = scaleAmount(magnitude, unit, indicator.name);
  return scaled.converted
    ? amountText(scaled.value, scaled.unit, { decimals: options.amountDecimals, convert: false })
    : undefined;
}

/** A figure with its unit as the narrative prints it: as displayed, or moved to 亿元 when converted. Sign dropped. */
export function figureText(figure: Figure, indicator: Indicator, options: ResolvedOptions): string {
  const unit = canonicalUnit(indicator.unit);
  const converted = convertedAmount(Math.abs(figure.value), unit, indicator, options);
  if (converted !== undefined) return converted;
  const first = figure.text.charAt(0);
  // Accounting brackets "(12.3)" and a leading minus are dropped; most texts start with a digit and skip both.
  const shown =
    first === "(" || first === "-" || first === "−"
      ? figure.text.replace(/^\((.*)\)$/, "$1").replace(/^[-−]/, "")
      : figure.text;
  return shown.endsWith("%") && unit === "%" ? shown : shown + unit;
}

/** True when the growth part of a clause states the growth rate (not a base ≤ 0 phrase such as 扭亏为盈, not points). */
export function growthStatedAsRate(indicator: Indicator): boolean {
  const { current, previous } = indicator;
  if (isRateIndicator(indicator)) return false;
  return !(current !== undefined && previous !== undefined && !rateExists(current.value, previous.value));
}

/** The growth part of a clause: the sheet's growth as it shows it, else computed; bases ≤ 0 phrased. */
export function growthText(indicator: Indicator, options: ResolvedOptions): string | undefined {
  const { current, previous } = indicator;
  if (isRateIndicator(indicator)) {
    if (current === undefined || previous === undefined) return undefined;
    const points = pointsPhrase(
      rateOfShownFigure(current.value, current.text),
      rateOfShownFigure(previous.value, previous.text),
      options.decimals,
    );
    return points === PHRASES.points.flat
      ? COMPARISON_PHRASES.yoy.flat
      : fillPhrase(PHRASES.report.pointsVersus, { base: PHRASES.comparison.yoy.base, points });
  }
  if (current !== undefined && previous !== undefined && !rateExists(current.value, previous.value)) {
    return yoyPhrase(current.value, previous.value, { decimals: options.decimals });
  }
  if (indicator.growth === undefined) return undefined;
  return growthPhrase(indicator.growth.fraction, { decimals: rateDecimals(indicator.growth, options) });
}

/** The decimals a rate is printed with: those the sheet shows for its own cell, else the report's. */
export function rateDecimals(rate: Rate, options: ResolvedOptions): number {
  return rate.decimals ?? options.decimals;
}

/** 同比增加/减少Δ (增收/减收 for revenue), or undefined when there is no change to state. */
export function changeText(indicator: Indicator, options: ResolvedOptions): string | undefined {
  const { current, previous } = indicator;
  if (current === undefined || previous === undefined || isRateIndicator(indicator)) return undefined;
  // The sheet's 增减额 as it shows it, else current − previous with the decimals of both.
  const given = indicator.change;
  const delta = given !== undefined ? given.value : current.value - previous.value;
  const decimals =
    given !== undefined
      ? shownDecimals(given.text)
      : Math.max(shownDecimals(current.text), shownDecimals(previous.text));
  const unit = canonicalUnit(indicator.unit);
  const magnitude = Math.abs(delta);
  const converted = convertedAmount(magnitude, unit, indicator, options);
  if (converted !== undefined) return changePhrase(delta, converted, indicator.name);
  const digits = formatDecimal(magnitude, decimals);
  if (/^[0.]+$/.test(digits)) return undefined;
  return changePhrase(delta, digits + unit, indicator.name);
}

/** 完成全年目标的r% with the time-progress clause when the period's months are known. */
export function completionText(indicator: Indicator, period: Period, options: ResolvedOptions): string | undefined {
  if (indicator.completion === undefined) return undefined;
  const months = options.progress ? progressMonths(period.months) : undefined;
  return completionPhrase(indicator.completion.fraction, 1, months, rateDecimals(indicator.completion, options));
}
