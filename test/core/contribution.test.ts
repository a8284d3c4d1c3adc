import { contributionRate, pull } from "../../src/core/contribution";
import { formatDecimal } from "../../src/core/decimal";
import type { MetricResult } from "../../src/core/metricResult";

function shown(result: MetricResult, scale: number): string {
  return result.ok ? formatDecimal(result.value * scale, 1) : `${result.problem}: ${result.message}`;
}

// Seed 002, 1-9月: 汽车类 290.3亿元 (+45.3%) in 限额以上零售总额 1073.1亿元 (+15.5%).
const carNow = 290.3;
const carBefore = 290.3 / 1.453;
const totalNow = 1073.1;
const totalBefore = 1073.1 / 1.155;

describe("contributionRate: 贡献率 ΔXᵢ / ΔX", () => {
  test.each<[number | undefined, number | undefined, number | undefined, number | undefined, string]>([
    [130, 100, 250, 200, "60.0"],
    [90, 100, 250, 200, "-20.0"],
    [100, 100, 250, 200, "0.0"],
    [150, 100, 150, 100, "100.0"],
    [110, 100, 190, 200, "-100.0"],
    [130, 100, 200, 200, "undefined: 总量与上年同期持平,贡献率无定义"],
    [undefined, 100, 250, 200, "missing: 缺少分项本期数"],
    [130, undefined, 250, 200, "missing: 缺少分项上年同期数"],
    [130, 100, undefined, 200, "missing: 缺少总量本期数"],
    [130, 100, 250, undefined, "missing: 缺少总量上年同期数"],
  ])("contributionRate(%p, %p, %p, %p) -> %p%", (partNow, partBefore, now, before, expected) => {
    expect(shown(contributionRate(partNow, partBefore, now, before), 100)).toBe(expected);
  });
});

describe("DESIGN.md worked check: 汽车类 290.3 (+45.3%) in a total of 1073.1 (+15.5%), 贡献率 62.9%", () => {
  it("from the published (rounded) figures the 贡献率 is 62.85%, which half-up at 1 decimal is 62.8%", () => {
    const result = contributionRate(carNow, carBefore, totalNow, totalBefore);
    expect(result.ok && formatDecimal(result.value * 100, 2)).toBe("62.85");
    expect(result.ok && formatDecimal(result.value * 100, 1)).toBe("62.8");
  });

  // The seed printed 62.9% from its unrounded source figures; growths that round to the published
  // 45.3% and 15.5% give it. Rounding twice (62.848 -> 62.85 -> 62.9) would be wrong.
  test.each<[number, number, string]>([
    [0.453, 0.1548, "62.9"],
    [0.4534, 0.155, "62.9"],
    [0.4525, 0.1545, "63.0"],
    [0.4525, 0.1552, "62.7"],
  ])("with 汽车类 +%p and the total +%p the 贡献率 is %p%", (carGrowth, totalGrowth, expected) => {
    const result = contributionRate(carNow, carNow / (1 + carGrowth), totalNow, totalNow / (1 + totalGrowth));
    expect(result.ok && formatDecimal(result.value * 100, 1)).toBe(expected);
  });
});

describe("pull: 拉动 ΔXᵢ / X₀,total × 100, in percentage points", () => {
  test.each<[number | undefined, number | undefined, number | undefined, string]>([
    [carNow, carBefore, totalBefore, "9.7"],
    [130, 100, 200, "15.0"],
    [90, 100, 200, "-5.0"],
    [100, 100, 200, "0.0"],
    [130, 100, 0, "zero-base: 总量上年同期数为零,无法计算拉动"],
    [130, 100, -200, "negative-base: 总量上年同期数为负数,无法计算拉动"],
    [undefined, 100, 200, "missing: 缺少分项本期数"],
    [130, undefined, 200, "missing: 缺少分项上年同期数"],
    [130, 100, undefined, "missing: 缺少总量上年同期数"],
  ])("pull(%p, %p, %p) -> %p points", (partNow, partBefore, before, expected) => {
    expect(shown(pull(partNow, partBefore, before), 1)).toBe(expected);
  });

  it("the part's pull is its contribution times the total's growth", () => {
    const c = contributionRate(carNow, carBefore, totalNow, totalBefore);
    const p = pull(carNow, carBefore, totalBefore);
    expect(c.ok && p.ok).toBe(true);
    if (c.ok && p.ok) expect(p.value).toBeCloseTo(c.value * 15.5, 10);
  });
});
