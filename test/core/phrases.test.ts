import { PHRASES, fillPhrase } from "../../src/core/phrases";

describe("fillPhrase", () => {
  test.each<[string, Record<string, string>, string]>([
    [PHRASES.growth.up, { cmp: "同比", p: "30.5" }, "同比增长30.5%"],
    [PHRASES.growth.down, { cmp: "比上年", p: "10.0" }, "比上年下降10.0%"],
    [PHRASES.growth.flat, { base: "上年同期" }, "与上年同期持平"],
    [PHRASES.growth.times, { cmp: "同比", t: "2.4" }, "同比增长2.4倍"],
    [PHRASES.base.zero, { base: "上年同期" }, "上年同期为零"],
    [PHRASES.points.declineNarrowed, { p: "12.5" }, "降幅收窄12.5个百分点"],
    [PHRASES.completion.over, { r: "160.0", x: "60.0" }, "完成全年目标的160.0%,超额完成60.0%"],
    [PHRASES.progress.ahead, { p: "4.1" }, "快于时序进度4.1个百分点"],
    [PHRASES.change.revenueUp, { cmp: "同比", v: "902万元" }, "同比增收902万元"],
    [PHRASES.contribution.rate, { total: "零售总额", c: "62.9" }, "对零售总额增长的贡献率为62.9%"],
    [PHRASES.contribution.drag, { total: "规上工业增加值", p: "0.5" }, "下拉规上工业增加值增长0.5个百分点"],
    [PHRASES.report.pointsVersus, { base: "上年同期", points: "提高1.2个百分点" }, "比上年同期提高1.2个百分点"],
    // A placeholder with no value stays visible, so a test catches it.
    [PHRASES.growth.up, { cmp: "同比" }, "同比增长{p}%"],
    ["{name}{value}", { name: "工业总产值", value: "37.57亿元", extra: "x" }, "工业总产值37.57亿元"],
    ["无占位符", {}, "无占位符"],
  ])("fillPhrase(%p, %j) = %p", (template, values, expected) => {
    expect(fillPhrase(template, values)).toBe(expected);
  });
});

describe("PHRASES: the words of Chinese statistical reporting", () => {
  test.each<[string, string]>([
    [PHRASES.comparison.yoy.cmp, "同比"],
    [PHRASES.comparison.yoy.base, "上年同期"],
    [PHRASES.comparison.lastYear.cmp, "比上年"],
    [PHRASES.base.turnProfit, "扭亏为盈"],
    [PHRASES.base.turnLoss, "由盈转亏"],
    [PHRASES.points.flat, "持平"],
    [PHRASES.points.turnUp, "由降转增,提高{p}个百分点"],
    [PHRASES.points.turnDown, "由增转降,回落{p}个百分点"],
    [PHRASES.completion.full, "完成全年目标"],
    [PHRASES.progress.halfAndHalf, "实现时间过半、任务过半"],
    [PHRASES.report.children, "其中"],
    [PHRASES.report.clauseSeparator, ";"],
    [PHRASES.report.end, "。"],
  ])("%p is %p", (phrase, expected) => {
    expect(phrase).toBe(expected);
  });

  it("uses only the placeholders the phrase functions fill", () => {
    const filled = [
      "cmp",
      "base",
      "p",
      "t",
      "r",
      "x",
      "v",
      "c",
      "total",
      "name",
      "value",
      "verb",
      "period",
      "ref",
      "year",
    ];
    const known = new Set([...filled, "growth", "names", "n", "points", "scope", "s", "ordinal", "subject", "kind"]);
    const placeholders = JSON.stringify(PHRASES).match(/\{(\w+)\}/g) ?? [];
    const unknown = placeholders.map((p) => p.slice(1, -1)).filter((key) => !known.has(key));
    expect(unknown).toEqual([]);
  });
});
