import { fail, finiteResult, firstInvalid, type MetricResult } from "./metricResult";

/** 同比增速 g = X/X₀ − 1, as a fraction. Zero and negative bases have no rate. */
export function yoyGrowth(current: number | undefined, previous: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["本期数", current],
    ["上年同期数", previous],
  ]);
  if (missing) return missing;
  const x = current as number;
  const x0 = previous as number;
  if (x0 === 0) {
    return fail("zero-base", "上年同期数为零,无法计算增速");
  }
  if (x0 < 0) {
    return fail("negative-base", `上年同期数为负数(${x0}),增速无意义,可用 TJ.YOYTEXT 表述为扭亏为盈、减亏等`);
  }
  return finiteResult(x / x0 - 1);
}

/** 年均增长 (水平法): (Xₙ/X₀)^(1/n) − 1. */
export function cagr(end: number | undefined, start: number | undefined, years: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["期末数", end],
    ["基期数", start],
    ["年数", years],
  ]);
  if (missing) return missing;
  const n = years as number;
  if (n <= 0) {
    return fail("undefined", `年数必须大于零(现为${n})`);
  }
  if ((start as number) === 0) {
    return fail("zero-base", "基期数为零,无法计算年均增长");
  }
  if ((start as number) < 0 || (end as number) < 0) {
    return fail("negative-base", "基期数或期末数为负数,无法计算年均增长");
  }
  return finiteResult(Math.pow((end as number) / (start as number), 1 / n) - 1);
}

/** 两年平均增长: √(X/X₋₂) − 1. */
export function twoYearAverage(current: number | undefined, twoYearsBefore: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["本期数", current],
    ["两年前同期数", twoYearsBefore],
  ]);
  if (missing) return missing;
  if ((twoYearsBefore as number) === 0) {
    return fail("zero-base", "两年前同期数为零,无法计算两年平均增长");
  }
  if ((twoYearsBefore as number) < 0 || (current as number) < 0) {
    return fail("negative-base", "本期数或两年前同期数为负数,无法计算两年平均增长");
  }
  return finiteResult(Math.sqrt((current as number) / (twoYearsBefore as number)) - 1);
}

/** The base implied by a value and its growth: X₀ = X / (1 + g). */
export function impliedPrevious(current: number | undefined, growth: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["本期数", current],
    ["增速", growth],
  ]);
  if (missing) return missing;
  if ((growth as number) === -1) {
    return fail("zero-base", "增速为 -100%,无法推算上年同期数");
  }
  return finiteResult((current as number) / (1 + (growth as number)));
}
