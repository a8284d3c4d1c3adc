import { contributionPhrase, pullPhrase } from "../../src/core/contributionPhrase";

describe("contributionPhrase: 对…增长的贡献率为c%", () => {
  test.each<[number, string, number | undefined, string]>([
    [0.629, "零售总额", undefined, "对零售总额增长的贡献率为62.9%"],
    [0.6285, "零售总额", undefined, "对零售总额增长的贡献率为62.9%"],
    [0.62848, "零售总额", 2, "对零售总额增长的贡献率为62.85%"],
    [0.6, "工业总产值", 0, "对工业总产值增长的贡献率为60%"],
    [1.25, "工业总产值", undefined, "对工业总产值增长的贡献率为125.0%"],
    [-0.2, "工业总产值", undefined, "对工业总产值增长的贡献率为-20.0%"],
    [-0.0004, "工业总产值", undefined, "对工业总产值增长的贡献率为0.0%"],
  ])("contributionPhrase(%p, %p, %p) = %p", (contribution, total, decimals, expected) => {
    expect(contributionPhrase(contribution, total, decimals)).toBe(expected);
  });
});

describe("pullPhrase: 拉动 (下拉) …增长p个百分点", () => {
  test.each<[number, string, number | undefined, string]>([
    [9.74, "零售总额", undefined, "拉动零售总额增长9.7个百分点"],
    [2.675, "规上工业增加值", 2, "拉动规上工业增加值增长2.68个百分点"],
    [-0.5, "规上工业增加值", undefined, "下拉规上工业增加值增长0.5个百分点"],
    [-0.04, "规上工业增加值", undefined, "拉动规上工业增加值增长0.0个百分点"],
    [0, "规上工业增加值", undefined, "拉动规上工业增加值增长0.0个百分点"],
  ])("pullPhrase(%p, %p, %p) = %p", (points, total, decimals, expected) => {
    expect(pullPhrase(points, total, decimals)).toBe(expected);
  });
});
