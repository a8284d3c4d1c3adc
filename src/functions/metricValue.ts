import type { MetricProblem, MetricResult } from "../core/metricResult";
import { raise, type ErrorValue } from "./functionError";

/**
 * The Excel error for each reason a metric has no value. Missing data is #N/A; a zero base is
 * #DIV/0!; a negative base or an impossible input is #VALUE!, the code whose message Excel shows,
 * so the cell says why (for example that TJ.YOYTEXT can phrase a loss as 扭亏为盈).
 */
const ERROR_OF_PROBLEM: Readonly<Record<MetricProblem, ErrorValue>> = {
  missing: "#N/A",
  "zero-base": "#DIV/0!",
  "negative-base": "#VALUE!",
  undefined: "#VALUE!",
};

/**
 * The value of a metric, or throws the matching CustomFunctions.Error with the metric's message. Core's
 * metrics are never Infinity or NaN: an overflow is a failure (数值过大,无法计算), shown as #VALUE!.
 */
export function metricValue(result: MetricResult): number {
  return result.ok ? result.value : raise(ERROR_OF_PROBLEM[result.problem], result.message);
}
