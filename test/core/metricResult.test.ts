import { fail, firstMissing, ok, type Input } from "../../src/core/metricResult";

describe("MetricResult", () => {
  it("ok holds the value", () => {
    expect(ok(0.305)).toEqual({ ok: true, value: 0.305 });
  });

  it("fail holds the problem and the Chinese message", () => {
    expect(fail("zero-base", "上年同期数为零,无法计算增速")).toEqual({
      ok: false,
      problem: "zero-base",
      message: "上年同期数为零,无法计算增速",
    });
  });
});

describe("firstMissing: blanks are missing data, never zero", () => {
  test.each<[readonly Input[], string | undefined]>([
    [
      [
        ["本期数", 1],
        ["上年同期数", 2],
      ],
      undefined,
    ],
    [
      [
        ["本期数", 0],
        ["上年同期数", 0],
      ],
      undefined,
    ],
    [
      [
        ["本期数", 1],
        ["上年同期数", undefined],
      ],
      "缺少上年同期数",
    ],
    [
      [
        ["本期数", undefined],
        ["上年同期数", undefined],
      ],
      "缺少本期数",
    ],
    [
      [
        ["本期数", Number.NaN],
        ["上年同期数", 2],
      ],
      "缺少本期数",
    ],
    [[], undefined],
  ])("firstMissing(%j) gives %p", (inputs, message) => {
    const result = firstMissing(inputs);
    if (message === undefined) {
      expect(result).toBeUndefined();
    } else {
      expect(result).toEqual({ ok: false, problem: "missing", message });
    }
  });
});
