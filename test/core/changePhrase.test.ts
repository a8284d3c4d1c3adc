import { changePhrase, isRevenue } from "../../src/core/changePhrase";
import type { Comparison } from "../../src/core/phrases";

describe("changePhrase: 增减额 in words", () => {
  test.each<[number, string, string, Comparison | undefined, string]>([
    [1.2, "1.2亿元", "工业总产值", undefined, "同比增加1.2亿元"],
    [-1.2, "1.2亿元", "工业总产值", undefined, "同比减少1.2亿元"],
    [-1.2, "-1.2亿元", "工业总产值", undefined, "同比减少1.2亿元"],
    [902, "902万元", "财政收入", undefined, "同比增收902万元"],
    [-902, "902万元", "财政收入", undefined, "同比减收902万元"],
    [500, "500万元", "税收收入", undefined, "同比增收500万元"],
    [500, "500万元", "一般公共预算收入", undefined, "同比增收500万元"],
    [500, "500万元", "一般公共预算支出", undefined, "同比增加500万元"],
    [15, "15家", "规上工业企业", undefined, "同比增加15家"],
    [1.2, "1.2亿元", "工业总产值", "lastYear", "比上年增加1.2亿元"],
    [-902, "902万元", "财政收入", "lastYear", "比上年减收902万元"],
    [0, "0万元", "财政收入", undefined, "与上年同期持平"],
    [0, "0亿元", "工业总产值", "lastYear", "与上年持平"],
  ])("changePhrase(%p, %p, %p, %p) = %p", (delta, amount, name, comparison, expected) => {
    expect(changePhrase(delta, amount, name, comparison)).toBe(expected);
  });
});

describe("isRevenue: revenue indicators say 增收/减收", () => {
  test.each<[string, boolean]>([
    ["财政总收入", true],
    ["一般公共预算收入", true],
    ["税收收入", true],
    ["税收入库", true],
    ["营业收入", true],
    ["一般公共预算支出", false],
    ["财政支出", false],
    ["工业总产值", false],
    ["外贸出口", false],
  ])("isRevenue(%p) = %p", (name, expected) => {
    expect(isRevenue(name)).toBe(expected);
  });
});
