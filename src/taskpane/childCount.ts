import type { Indicator } from "../report/types";

/** How many 其中 rows the indicators hold (indicators below another indicator). */
export function childCount(indicators: readonly Indicator[]): number {
  return indicators.filter((indicator) => indicator.parent !== undefined).length;
}
