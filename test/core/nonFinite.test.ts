import { amountText } from "../../src/core/amountText";
import { changePhrase } from "../../src/core/changePhrase";
import { completionPhrase, progressPhrase } from "../../src/core/completionPhrase";
import { contributionRate, pull } from "../../src/core/contribution";
import { contributionPhrase, pullPhrase } from "../../src/core/contributionPhrase";
import { cagr, impliedPrevious, twoYearAverage, yoyGrowth } from "../../src/core/growth";
import { growthPhrase, yoyPhrase } from "../../src/core/growthPhrase";
import { finiteResult, firstInvalid, type MetricResult } from "../../src/core/metricResult";
import { NonFiniteError, finite } from "../../src/core/nonFiniteError";
import { pointsPhrase } from "../../src/core/pointsPhrase";
import { completion, ppChange, progressGap, rate, timeProgress } from "../../src/core/ratio";
import { sentence } from "../../src/core/sentence";
import { convertAmount, scaleAmount } from "../../src/core/units";

const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;

/** 数值过大: a result beyond the range of a double. */
const OVERFLOW: MetricResult = { ok: false, problem: "undefined", message: "数值过大,无法计算" };
const tooLarge = (label: string): MetricResult => ({
  ok: false,
  problem: "undefined",
  message: `${label}超出数值范围,无法计算`,
});
const missing = (label: string): MetricResult => ({ ok: false, problem: "missing", message: `缺少${label}` });

/** "1" and `zeros` zeros: how a 1e308-scale figure prints at 15 significant digits. */
const big = (zeros: number): string => "1" + "0".repeat(zeros);

describe("metrics never return Infinity or NaN: 1e308-scale figures fail with 数值过大", () => {
  test.each<[string, () => MetricResult, MetricResult]>([
    // 同比增速
    ["yoyGrowth(1e308, 1e-308)", () => yoyGrowth(1e308, 1e-308), OVERFLOW],
    ["yoyGrowth(1e308, 0.5)", () => yoyGrowth(1e308, 0.5), OVERFLOW],
    ["yoyGrowth(-1e308, 1e-308)", () => yoyGrowth(-1e308, 1e-308), OVERFLOW],
    ["yoyGrowth(1e308, 1)", () => yoyGrowth(1e308, 1), { ok: true, value: 1e308 }],
    ["yoyGrowth(Infinity, 1)", () => yoyGrowth(INF, 1), tooLarge("本期数")],
    ["yoyGrowth(1, -Infinity)", () => yoyGrowth(1, -INF), tooLarge("上年同期数")],
    ["yoyGrowth(NaN, 1)", () => yoyGrowth(NAN, 1), missing("本期数")],
    ["yoyGrowth(1, NaN)", () => yoyGrowth(1, NAN), missing("上年同期数")],
    // 年均增长
    ["cagr(1e308, 1e-308, 2)", () => cagr(1e308, 1e-308, 2), OVERFLOW],
    ["cagr(2, 1, 1e-320): 1/n overflows", () => cagr(2, 1, 1e-320), OVERFLOW],
    ["cagr(4, 1, Infinity)", () => cagr(4, 1, INF), tooLarge("年数")],
    ["cagr(Infinity, 1, 2)", () => cagr(INF, 1, 2), tooLarge("期末数")],
    ["cagr(4, -Infinity, 2)", () => cagr(4, -INF, 2), tooLarge("基期数")],
    ["cagr(4, 1, NaN)", () => cagr(4, 1, NAN), missing("年数")],
    // 两年平均
    ["twoYearAverage(1e308, 1e-8)", () => twoYearAverage(1e308, 1e-8), OVERFLOW],
    ["twoYearAverage(Infinity, 1)", () => twoYearAverage(INF, 1), tooLarge("本期数")],
    ["twoYearAverage(1, Infinity)", () => twoYearAverage(1, INF), tooLarge("两年前同期数")],
    ["twoYearAverage(NaN, 1)", () => twoYearAverage(NAN, 1), missing("本期数")],
    // 推算上年同期数
    ["impliedPrevious(1e308, -0.9999999999)", () => impliedPrevious(1e308, -0.9999999999), OVERFLOW],
    ["impliedPrevious(1, Infinity)", () => impliedPrevious(1, INF), tooLarge("增速")],
    ["impliedPrevious(-Infinity, 0.1)", () => impliedPrevious(-INF, 0.1), tooLarge("本期数")],
    ["impliedPrevious(1, NaN)", () => impliedPrevious(1, NAN), missing("增速")],
    // 比率、完成率
    ["rate(1e308, 1e-308)", () => rate(1e308, 1e-308), OVERFLOW],
    ["rate(1e308, 1e308)", () => rate(1e308, 1e308), { ok: true, value: 1 }],
    ["rate(Infinity, 1)", () => rate(INF, 1), tooLarge("分子(部分数)")],
    ["rate(1, Infinity)", () => rate(1, INF), tooLarge("分母(总数)")],
    ["rate(1, NaN)", () => rate(1, NAN), missing("分母(总数)")],
    ["completion(1e308, 0.5)", () => completion(1e308, 0.5), OVERFLOW],
    ["completion(1, Infinity)", () => completion(1, INF), tooLarge("全年目标")],
    ["completion(-Infinity, 1)", () => completion(-INF, 1), tooLarge("完成数")],
    ["completion(NaN, 1)", () => completion(NAN, 1), missing("完成数")],
    // 时序进度、进度差
    ["timeProgress(Infinity)", () => timeProgress(INF), tooLarge("已过月数")],
    ["timeProgress(NaN)", () => timeProgress(NAN), missing("已过月数")],
    ["progressGap(1e307, 1, 6)", () => progressGap(1e307, 1, 6), OVERFLOW],
    ["progressGap(1e306, 1, 6)", () => progressGap(1e306, 1, 6), { ok: true, value: 1e308 }],
    ["progressGap(1e308, 1e-300, 6)", () => progressGap(1e308, 1e-300, 6), OVERFLOW],
    ["progressGap(1, 2, Infinity)", () => progressGap(1, 2, INF), tooLarge("已过月数")],
    // 百分点
    ["ppChange(1e308, -1e308)", () => ppChange(1e308, -1e308), OVERFLOW],
    ["ppChange(1e307, 0)", () => ppChange(1e307, 0), OVERFLOW],
    ["ppChange(1e306, 0)", () => ppChange(1e306, 0), { ok: true, value: 1e308 }],
    ["ppChange(-Infinity, 0)", () => ppChange(-INF, 0), tooLarge("本期比率")],
    ["ppChange(0.1, NaN)", () => ppChange(0.1, NAN), missing("对比比率")],
    // 贡献率: an overflowed total change once divided into a wrong 0.
    ["contributionRate(1e308, -1e308, 1, 0)", () => contributionRate(1e308, -1e308, 1, 0), OVERFLOW],
    ["contributionRate(1, 0, 1e308, -1e308)", () => contributionRate(1, 0, 1e308, -1e308), OVERFLOW],
    ["contributionRate(1e308, 0, 1e-300, 0)", () => contributionRate(1e308, 0, 1e-300, 0), OVERFLOW],
    ["contributionRate(1e308, 0, 1e308, 0)", () => contributionRate(1e308, 0, 1e308, 0), { ok: true, value: 1 }],
    ["contributionRate(Infinity, 0, 1, 0)", () => contributionRate(INF, 0, 1, 0), tooLarge("分项本期数")],
    ["contributionRate(1, 0, 1, -Infinity)", () => contributionRate(1, 0, 1, -INF), tooLarge("总量上年同期数")],
    ["contributionRate(1, NaN, 2, 1)", () => contributionRate(1, NAN, 2, 1), missing("分项上年同期数")],
    // 拉动: an infinite base once gave a pull of 0.
    ["pull(1e308, -1e308, 1)", () => pull(1e308, -1e308, 1), OVERFLOW],
    ["pull(1e308, 0, 1)", () => pull(1e308, 0, 1), OVERFLOW],
    ["pull(1, 0, Infinity)", () => pull(1, 0, INF), tooLarge("总量上年同期数")],
    ["pull(-Infinity, 0, 1)", () => pull(-INF, 0, 1), tooLarge("分项本期数")],
    ["pull(1, NaN, 1)", () => pull(1, NAN, 1), missing("分项上年同期数")],
  ])("%s", (_call, metric, expected) => {
    expect(metric()).toEqual(expected);
  });
});

describe("finiteResult and firstInvalid", () => {
  test.each<[number, MetricResult]>([
    [0.305, { ok: true, value: 0.305 }],
    [-1e308, { ok: true, value: -1e308 }],
    [INF, OVERFLOW],
    [-INF, OVERFLOW],
    [NAN, OVERFLOW],
  ])("finiteResult(%p)", (value, expected) => {
    expect(finiteResult(value)).toEqual(expected);
  });

  it("names the missing input before an infinite one", () => {
    expect(
      firstInvalid([
        ["本期数", INF],
        ["上年同期数", undefined],
      ]),
    ).toEqual(missing("上年同期数"));
    expect(
      firstInvalid([
        ["本期数", 1e308],
        ["上年同期数", -INF],
      ]),
    ).toEqual(tooLarge("上年同期数"));
    expect(
      firstInvalid([
        ["本期数", 1e308],
        ["上年同期数", -1e308],
      ]),
    ).toBeUndefined();
  });
});

/** What a phrase function gives: its text, or the NonFiniteError it throws (anything else is a bug). */
function outcome(phrase: () => string): string {
  try {
    return phrase();
  } catch (error) {
    return error instanceof NonFiniteError ? `NonFiniteError: ${error.message}` : `unexpected: ${String(error)}`;
  }
}

const REFUSED_LARGE = "NonFiniteError: 数值过大,无法计算";
const REFUSED_NAN = "NonFiniteError: 数值无效,无法计算";

describe("phrases never print Infinity or NaN: they throw NonFiniteError", () => {
  test.each<[string, () => string, string]>([
    // 同比增速 given as a fraction
    ["growthPhrase(1e308)", () => growthPhrase(1e308), `同比增长${big(308)}倍`],
    ["growthPhrase(-1e308)", () => growthPhrase(-1e308), REFUSED_LARGE],
    ["growthPhrase(Infinity)", () => growthPhrase(INF), REFUSED_LARGE],
    ["growthPhrase(-Infinity)", () => growthPhrase(-INF), REFUSED_LARGE],
    ["growthPhrase(NaN)", () => growthPhrase(NAN), REFUSED_NAN],
    ["growthPhrase(NaN, 比上年)", () => growthPhrase(NAN, { comparison: "lastYear" }), REFUSED_NAN],
    // 同比 from a value and its base
    ["yoyPhrase(1e308, 1e-308)", () => yoyPhrase(1e308, 1e-308), REFUSED_LARGE],
    ["yoyPhrase(1e308, 1)", () => yoyPhrase(1e308, 1), `同比增长${big(308)}倍`],
    ["yoyPhrase(-1e308, -1e-308): 亏损增加 overflows", () => yoyPhrase(-1e308, -1e-308), REFUSED_LARGE],
    ["yoyPhrase(-1e308, -1e308)", () => yoyPhrase(-1e308, -1e308), "与上年同期持平"],
    ["yoyPhrase(-1e-308, -1e308)", () => yoyPhrase(-1e-308, -1e308), "同比减亏100.0%"],
    ["yoyPhrase(Infinity, 0)", () => yoyPhrase(INF, 0), REFUSED_LARGE],
    ["yoyPhrase(1, -Infinity)", () => yoyPhrase(1, -INF), REFUSED_LARGE],
    ["yoyPhrase(NaN, 1)", () => yoyPhrase(NAN, 1), REFUSED_NAN],
    ["yoyPhrase(1, NaN): no 扭亏为盈 from NaN", () => yoyPhrase(1, NAN), REFUSED_NAN],
    // 百分点
    ["pointsPhrase(1e308, 1)", () => pointsPhrase(1e308, 1), REFUSED_LARGE],
    ["pointsPhrase(-1e308, 1e308)", () => pointsPhrase(-1e308, 1e308), REFUSED_LARGE],
    ["pointsPhrase(1e306, 0)", () => pointsPhrase(1e306, 0), `提高${big(308)}.0个百分点`],
    ["pointsPhrase(-1e306, -1e-3)", () => pointsPhrase(-1e306, -1e-3), `降幅扩大${big(308)}.0个百分点`],
    ["pointsPhrase(Infinity, 0.1)", () => pointsPhrase(INF, 0.1), REFUSED_LARGE],
    ["pointsPhrase(0.1, -Infinity)", () => pointsPhrase(0.1, -INF), REFUSED_LARGE],
    ["pointsPhrase(NaN, 0.1)", () => pointsPhrase(NAN, 0.1), REFUSED_NAN],
    // 完成率 and 时序进度
    ["completionPhrase(1e308, 1e-308)", () => completionPhrase(1e308, 1e-308), REFUSED_LARGE],
    ["completionPhrase(1e307, 1)", () => completionPhrase(1e307, 1), REFUSED_LARGE],
    [
      "completionPhrase(1e306, 1)",
      () => completionPhrase(1e306, 1),
      `完成全年目标的${big(308)}.0%,超额完成${big(308)}.0%`,
    ],
    ["completionPhrase(1, Infinity)", () => completionPhrase(1, INF), REFUSED_LARGE],
    ["completionPhrase(-Infinity, 1)", () => completionPhrase(-INF, 1), REFUSED_LARGE],
    ["completionPhrase(1, NaN)", () => completionPhrase(1, NAN), REFUSED_NAN],
    ["completionPhrase(NaN, 1)", () => completionPhrase(NAN, 1), REFUSED_NAN],
    ["completionPhrase(1, -Infinity)", () => completionPhrase(1, -INF), REFUSED_LARGE],
    ["completionPhrase(50, 100, NaN): no clause", () => completionPhrase(50, 100, NAN), "完成全年目标的50.0%"],
    ["completionPhrase(50, 100, Infinity): no clause", () => completionPhrase(50, 100, INF), "完成全年目标的50.0%"],
    ["progressPhrase(1e308, 6)", () => progressPhrase(1e308, 6), REFUSED_LARGE],
    ["progressPhrase(0.5, Infinity)", () => progressPhrase(0.5, INF), REFUSED_LARGE],
    ["progressPhrase(0.5, NaN)", () => progressPhrase(0.5, NAN), REFUSED_NAN],
    ["progressPhrase(NaN, 6)", () => progressPhrase(NAN, 6), REFUSED_NAN],
    // 贡献率、拉动
    ["contributionPhrase(1e308)", () => contributionPhrase(1e308, "零售总额"), REFUSED_LARGE],
    ["contributionPhrase(Infinity)", () => contributionPhrase(INF, "零售总额"), REFUSED_LARGE],
    ["contributionPhrase(NaN)", () => contributionPhrase(NAN, "零售总额"), REFUSED_NAN],
    ["pullPhrase(1e308)", () => pullPhrase(1e308, "工业"), `拉动工业增长${big(308)}.0个百分点`],
    ["pullPhrase(-1e308)", () => pullPhrase(-1e308, "工业"), `下拉工业增长${big(308)}.0个百分点`],
    ["pullPhrase(-Infinity)", () => pullPhrase(-INF, "工业"), REFUSED_LARGE],
    ["pullPhrase(NaN)", () => pullPhrase(NAN, "工业"), REFUSED_NAN],
    // 增减额
    ["changePhrase(Infinity)", () => changePhrase(INF, "1亿元"), REFUSED_LARGE],
    ["changePhrase(-Infinity, revenue)", () => changePhrase(-INF, "1亿元", "财政收入"), REFUSED_LARGE],
    ["changePhrase(NaN)", () => changePhrase(NAN, "1亿元"), REFUSED_NAN],
    ["changePhrase(-1e308)", () => changePhrase(-1e308, "1万亿元"), "同比减少1万亿元"],
    // Figures with units
    ["amountText(1e308, 万元) moves to 亿元 without overflow", () => amountText(1e308, "万元"), `${big(304)}亿元`],
    ["amountText(1e308, 万元, no conversion)", () => amountText(1e308, "万元", { convert: false }), `${big(308)}万元`],
    ["amountText(Infinity, 万元)", () => amountText(INF, "万元"), REFUSED_LARGE],
    ["amountText(-Infinity, 亿元, no conversion)", () => amountText(-INF, "亿元", { convert: false }), REFUSED_LARGE],
    ["amountText(NaN, 亿元)", () => amountText(NAN, "亿元"), REFUSED_NAN],
    // Sentences
    [
      "sentence: value 1e308 against 1e-308",
      () => sentence({ name: "工业总产值", value: 1e308, unit: "亿元", previous: 1e-308 }),
      REFUSED_LARGE,
    ],
    [
      "sentence: value Infinity with a displayed text",
      () => sentence({ name: "工业总产值", value: INF, unit: "亿元", valueText: "37.57", growth: 0.3 }),
      REFUSED_LARGE,
    ],
    [
      "sentence: growth NaN",
      () => sentence({ name: "工业总产值", value: 37.57, unit: "亿元", growth: NAN }),
      REFUSED_NAN,
    ],
    [
      "sentence: previous -Infinity",
      () => sentence({ name: "工业总产值", value: 37.57, unit: "亿元", previous: -INF }),
      REFUSED_LARGE,
    ],
  ])("%s", (_call, phrase, expected) => {
    expect(outcome(phrase)).toBe(expected);
  });
});

describe("finite and NonFiniteError", () => {
  test.each<[number, string]>([
    [INF, "数值过大,无法计算"],
    [-INF, "数值过大,无法计算"],
    [NAN, "数值无效,无法计算"],
  ])("finite(%p) throws %p", (value, message) => {
    expect(() => finite(value)).toThrow(new NonFiniteError(value));
    expect(new NonFiniteError(value)).toMatchObject({ name: "NonFiniteError", message });
    expect(new NonFiniteError(value)).toBeInstanceOf(RangeError);
  });

  test.each([0, -0, 1e308, -1e308, 5e-324])("finite(%p) is the number itself", (value) => {
    expect(finite(value)).toBe(value);
  });
});

describe("money conversions of 1e308-scale figures do not overflow on the way", () => {
  test.each<[number, string, string, number | undefined]>([
    [1e308, "万元", "亿元", 1e308 / 1e4],
    [-1e308, "元", "万元", -1e308 / 1e4],
    [1e308, "亿美元", "美元", INF],
    [12345, "万元", "亿元", 1.2345],
    [1, "万元", "美元", undefined],
  ])("convertAmount(%p, %p, %p)", (value, from, to, expected) => {
    expect(convertAmount(value, from, to)).toBe(expected);
  });

  it("scaleAmount states 1e308万元 in 亿元", () => {
    expect(scaleAmount(1e308, "万元")).toEqual({ value: 1e308 / 1e4, unit: "亿元", converted: true });
  });
});
