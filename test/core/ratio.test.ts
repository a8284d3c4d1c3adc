import { formatDecimal } from "../../src/core/decimal";
import type { MetricResult } from "../../src/core/metricResult";
import { completion, ppChange, progressGap, rate, timeProgress } from "../../src/core/ratio";

function shown(result: MetricResult, scale: number, decimals = 1): string {
  return result.ok ? formatDecimal(result.value * scale, decimals) : `${result.problem}: ${result.message}`;
}

describe("rate: 开工率、竣工率、投产率、占比 = part / whole", () => {
  test.each<[number | undefined, number | undefined, number, string]>([
    // DESIGN.md worked checks (seed 000): 81 projects ready to start.
    [80, 81, 1, "98.8"],
    [80, 81, 0, "99"],
    [52, 81, 0, "64"],
    [48, 81, 0, "59"],
    [52, 81, 1, "64.2"],
    [48, 81, 1, "59.3"],
    [22.53, 37.59, 1, "59.9"],
    [81, 81, 1, "100.0"],
    [0, 81, 1, "0.0"],
    [5, 0, 1, "zero-base: 分母为零,无法计算比率"],
    [undefined, 81, 1, "missing: 缺少分子(部分数)"],
    [80, undefined, 1, "missing: 缺少分母(总数)"],
  ])("rate(%p, %p) at %p decimals -> %p%", (part, whole, decimals, expected) => {
    expect(shown(rate(part, whole), 100, decimals)).toBe(expected);
  });
});

describe("completion: 完成率 = actual / target", () => {
  test.each<[number | undefined, number | undefined, number, string]>([
    [11, 5, 0, "220"], // DESIGN.md worked check: 11 projects against a task of 5
    [800, 500, 1, "160.0"], // seed 002: 800 merchants against 500
    [541, 1000, 1, "54.1"],
    [500, 500, 1, "100.0"],
    [0, 500, 1, "0.0"],
    [100, 0, 1, "zero-base: 全年目标为零,无法计算完成率"],
    [100, -50, 1, "negative-base: 全年目标为负数(-50),无法计算完成率"],
    [undefined, 500, 1, "missing: 缺少完成数"],
    [100, undefined, 1, "missing: 缺少全年目标"],
  ])("completion(%p, %p) -> %p%", (actual, target, decimals, expected) => {
    expect(shown(completion(actual, target), 100, decimals)).toBe(expected);
  });
});

describe("timeProgress: months / 12", () => {
  test.each<[number | undefined, string]>([
    [6, "50.0"],
    [9, "75.0"],
    [3, "25.0"],
    [12, "100.0"],
    [0, "0.0"],
    [1, "8.3"],
    [10, "83.3"],
    [13, "undefined: 已过月数应在 0 到 12 之间(现为13)"],
    [-1, "undefined: 已过月数应在 0 到 12 之间(现为-1)"],
    [undefined, "missing: 缺少已过月数"],
  ])("timeProgress(%p) -> %p%", (months, expected) => {
    expect(shown(timeProgress(months), 100)).toBe(expected);
  });
});

describe("progressGap: completion − months/12 in percentage points", () => {
  test.each<[number | undefined, number | undefined, number | undefined, string]>([
    [541, 1000, 6, "4.1"],
    [700, 1000, 9, "-5.0"],
    [750, 1000, 9, "0.0"],
    [800, 500, 6, "110.0"],
    [541, 0, 6, "zero-base: 全年目标为零,无法计算完成率"],
    [541, 1000, 14, "undefined: 已过月数应在 0 到 12 之间(现为14)"],
    [541, 1000, undefined, "missing: 缺少已过月数"],
    [undefined, 1000, 6, "missing: 缺少完成数"],
  ])("progressGap(%p, %p, %p) -> %p", (actual, target, months, expected) => {
    expect(shown(progressGap(actual, target, months), 1)).toBe(expected);
  });
});

describe("ppChange: r − r₀ in percentage points", () => {
  test.each<[number | undefined, number | undefined, string]>([
    [0.35, 0.338, "1.2"],
    [0.1, 0.15, "-5.0"],
    [-0.1, -0.225, "12.5"], // seed 002: 石油及制品类 -10% against -22.5% at mid-year
    [0.988, 0.988, "0.0"],
    [undefined, 0.1, "missing: 缺少本期比率"],
    [0.1, undefined, "missing: 缺少对比比率"],
  ])("ppChange(%p, %p) -> %p", (now, reference, expected) => {
    expect(shown(ppChange(now, reference), 1)).toBe(expected);
  });
});
