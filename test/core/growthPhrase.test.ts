import { growthPhrase, yoyPhrase, type PhraseOptions } from "../../src/core/growthPhrase";

describe("growthPhrase: the phrase for a growth given as a fraction", () => {
  test.each<[number, PhraseOptions, string]>([
    [0.305, {}, "同比增长30.5%"],
    [0.3053, {}, "同比增长30.5%"],
    [0.3055, {}, "同比增长30.6%"],
    [-0.1, {}, "同比下降10.0%"],
    [-0.0995, {}, "同比下降10.0%"],
    [0.0929, { decimals: 2 }, "同比增长9.29%"],
    [0.1322, { decimals: 2 }, "同比增长13.22%"],
    [0.305, { decimals: 0 }, "同比增长31%"], // 30.5 half-up
    [-0.02675, { decimals: 2 }, "同比下降2.68%"],
    [0.01005, { decimals: 2 }, "同比增长1.01%"],
    [0.0005, {}, "同比增长0.1%"],
    [-0.0005, {}, "同比下降0.1%"],
    [0.953, {}, "同比增长95.3%"],
    [0.999, {}, "同比增长99.9%"],
    // Rounds to zero: 持平, never 增长0.0% or -0.0%.
    [0, {}, "与上年同期持平"],
    [0.0004, {}, "与上年同期持平"],
    [-0.0004, {}, "与上年同期持平"],
    [0.004, { decimals: 0 }, "与上年同期持平"],
    [0.1 + 0.2 - 0.3, {}, "与上年同期持平"],
    // 100% or more is phrased in 倍: 增长2.4倍 = +240%.
    [2.4, {}, "同比增长2.4倍"],
    [1, {}, "同比增长1倍"],
    [1.5, {}, "同比增长1.5倍"],
    [2, {}, "同比增长2倍"],
    [2.45, {}, "同比增长2.5倍"],
    [3.04, {}, "同比增长3倍"],
    [2.4, { decimals: 0 }, "同比增长2.4倍"],
    [2.456, { decimals: 2 }, "同比增长2.46倍"],
    [0.9996, {}, "同比增长1倍"], // shows as 100.0%: in 倍 too
    [0.99996, { decimals: 2 }, "同比增长1倍"],
    // 比上年
    [0.305, { comparison: "lastYear" }, "比上年增长30.5%"],
    [-0.1, { comparison: "lastYear" }, "比上年下降10.0%"],
    [0, { comparison: "lastYear" }, "与上年持平"],
    [2.4, { comparison: "lastYear" }, "比上年增长2.4倍"],
  ])("growthPhrase(%p, %j) = %p", (growth, options, expected) => {
    expect(growthPhrase(growth, options)).toBe(expected);
  });
});

describe("yoyPhrase: a value against its base, for every sign of the base", () => {
  test.each<[number, number, PhraseOptions, string]>([
    [37.57, 28.78, {}, "同比增长30.5%"],
    [90, 100, {}, "同比下降10.0%"],
    [100, 100, {}, "与上年同期持平"],
    [100.04, 100, {}, "与上年同期持平"],
    [340, 100, {}, "同比增长2.4倍"],
    [46, 37.57, {}, "同比增长22.4%"], // DESIGN.md worked check
    [0, 100, {}, "同比下降100.0%"],
    [7534, 6632, { decimals: 2 }, "同比增长13.60%"],
    // Zero base: no rate.
    [50, 0, {}, "上年同期为零"],
    [0, 0, {}, "与上年同期持平"],
    [50, 0, { comparison: "lastYear" }, "上年为零"],
    // Negative base (losses).
    [50, -100, {}, "扭亏为盈"],
    [-50, 100, {}, "由盈转亏"],
    [-50, -100, {}, "同比减亏50.0%"],
    [-150, -100, {}, "同比亏损增加50.0%"],
    [-100, -100, {}, "与上年同期持平"],
    [-100.04, -100, {}, "与上年同期持平"],
    [-0.35, -0.5, { decimals: 2 }, "同比减亏30.00%"],
    [-50, -100, { comparison: "lastYear" }, "比上年减亏50.0%"],
  ])("yoyPhrase(%p, %p, %j) = %p", (current, previous, options, expected) => {
    expect(yoyPhrase(current, previous, options)).toBe(expected);
  });
});
