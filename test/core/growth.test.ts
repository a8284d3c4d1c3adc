import { formatDecimal } from "../../src/core/decimal";
import { cagr, impliedPrevious, twoYearAverage, yoyGrowth } from "../../src/core/growth";
import type { MetricResult } from "../../src/core/metricResult";

/** The value of a result as a report prints it (percent, 1 decimal), or its problem and message. */
function shown(result: MetricResult, scale = 100, decimals = 1): string {
  return result.ok ? formatDecimal(result.value * scale, decimals) : `${result.problem}: ${result.message}`;
}

describe("yoyGrowth: 同比增速 g = X/X₀ − 1 as a fraction", () => {
  test.each<[number | undefined, number | undefined, string]>([
    [37.57, 28.78, "30.5"],
    [130.5, 100, "30.5"],
    [90, 100, "-10.0"],
    [100, 100, "0.0"],
    [340, 100, "240.0"],
    [46, 37.57, "22.4"], // DESIGN.md worked check: 46亿元 planned against 37.57亿元
    [0, 100, "-100.0"],
    [-20, 100, "-120.0"],
    [100, 0, "zero-base: 上年同期数为零,无法计算增速"],
    [0, 0, "zero-base: 上年同期数为零,无法计算增速"],
    [50, -100, "negative-base: 上年同期数为负数(-100),增速无意义,可用 TJ.YOYTEXT 表述为扭亏为盈、减亏等"],
    [undefined, 100, "missing: 缺少本期数"],
    [100, undefined, "missing: 缺少上年同期数"],
    [Number.NaN, 100, "missing: 缺少本期数"],
  ])("yoyGrowth(%p, %p) -> %p", (current, previous, expected) => {
    expect(shown(yoyGrowth(current, previous))).toBe(expected);
  });

  it("computes on unrounded inputs", () => {
    expect(yoyGrowth(37.57, 28.78)).toEqual({ ok: true, value: 37.57 / 28.78 - 1 });
  });
});

describe("cagr: 年均增长 (水平法) (Xₙ/X₀)^(1/n) − 1", () => {
  test.each<[number | undefined, number | undefined, number | undefined, string]>([
    [121, 100, 2, "10.0"],
    [133.1, 100, 3, "10.0"],
    [200, 100, 5, "14.9"],
    [100, 100, 4, "0.0"],
    [81, 100, 2, "-10.0"],
    [0, 100, 2, "-100.0"],
    [150, 100, 1, "50.0"],
    [121, 0, 2, "zero-base: 基期数为零,无法计算年均增长"],
    [121, -100, 2, "negative-base: 基期数或期末数为负数,无法计算年均增长"],
    [-121, 100, 2, "negative-base: 基期数或期末数为负数,无法计算年均增长"],
    [121, 100, 0, "undefined: 年数必须大于零(现为0)"],
    [121, 100, -2, "undefined: 年数必须大于零(现为-2)"],
    [undefined, 100, 2, "missing: 缺少期末数"],
    [121, undefined, 2, "missing: 缺少基期数"],
    [121, 100, undefined, "missing: 缺少年数"],
  ])("cagr(%p, %p, %p) -> %p", (end, start, years, expected) => {
    expect(shown(cagr(end, start, years))).toBe(expected);
  });
});

describe("twoYearAverage: 两年平均增长 √(X/X₋₂) − 1", () => {
  test.each<[number | undefined, number | undefined, string]>([
    [121, 100, "10.0"],
    [144, 100, "20.0"],
    [81, 100, "-10.0"],
    [100, 100, "0.0"],
    [0, 100, "-100.0"],
    [121, 0, "zero-base: 两年前同期数为零,无法计算两年平均增长"],
    [121, -100, "negative-base: 本期数或两年前同期数为负数,无法计算两年平均增长"],
    [-121, 100, "negative-base: 本期数或两年前同期数为负数,无法计算两年平均增长"],
    [undefined, 100, "missing: 缺少本期数"],
    [121, undefined, "missing: 缺少两年前同期数"],
  ])("twoYearAverage(%p, %p) -> %p", (current, before, expected) => {
    expect(shown(twoYearAverage(current, before))).toBe(expected);
  });
});

describe("impliedPrevious: the base a value and its growth imply, X / (1 + g)", () => {
  test.each<[number | undefined, number | undefined, string]>([
    [130.5, 0.305, "100.00"],
    [290.3, 0.453, "199.79"], // 汽车类 1-9月 (seed 002)
    [1073.1, 0.155, "929.09"], // 限额以上零售总额 1-9月
    [90, -0.1, "100.00"],
    [100, 0, "100.00"],
    [100, -1, "zero-base: 增速为 -100%,无法推算上年同期数"],
    [undefined, 0.1, "missing: 缺少本期数"],
    [100, undefined, "missing: 缺少增速"],
  ])("impliedPrevious(%p, %p) -> %p", (current, growth, expected) => {
    expect(shown(impliedPrevious(current, growth), 1, 2)).toBe(expected);
  });
});
