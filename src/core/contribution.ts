import { fail, finiteResult, firstInvalid, type MetricResult } from "./metricResult";
import { OVERFLOW_MESSAGE } from "./nonFiniteError";

/**
 * 贡献率: ΔXᵢ / ΔX, the share of the total's increase that a part brought, as a fraction. Undefined
 * (not a division by a zero base) when the total did not change.
 */
export function contributionRate(
  partNow: number | undefined,
  partBefore: number | undefined,
  totalNow: number | undefined,
  totalBefore: number | undefined,
): MetricResult {
  const missing = firstInvalid([
    ["分项本期数", partNow],
    ["分项上年同期数", partBefore],
    ["总量本期数", totalNow],
    ["总量上年同期数", totalBefore],
  ]);
  if (missing) return missing;
  const totalChange = (totalNow as number) - (totalBefore as number);
  const partChange = (partNow as number) - (partBefore as number);
  // A change past the range of a double would divide into a wrong 0 or NaN.
  if (!Number.isFinite(totalChange) || !Number.isFinite(partChange)) {
    return fail("undefined", OVERFLOW_MESSAGE);
  }
  if (totalChange === 0) {
    return fail("undefined", "总量与上年同期持平,贡献率无定义");
  }
  return finiteResult(partChange / totalChange);
}

/** 拉动: ΔXᵢ / X₀,total × 100, in percentage points of the total's growth. */
export function pull(
  partNow: number | undefined,
  partBefore: number | undefined,
  totalBefore: number | undefined,
): MetricResult {
  const missing = firstInvalid([
    ["分项本期数", partNow],
    ["分项上年同期数", partBefore],
    ["总量上年同期数", totalBefore],
  ]);
  if (missing) return missing;
  if ((totalBefore as number) === 0) {
    return fail("zero-base", "总量上年同期数为零,无法计算拉动");
  }
  if ((totalBefore as number) < 0) {
    return fail("negative-base", "总量上年同期数为负数,无法计算拉动");
  }
  return finiteResult((((partNow as number) - (partBefore as number)) / (totalBefore as number)) * 100);
}
