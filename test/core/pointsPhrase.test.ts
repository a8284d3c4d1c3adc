import { pointsPhrase } from "../../src/core/pointsPhrase";

describe("pointsPhrase: change between two rates in percentage points", () => {
  test.each<[number, number, number | undefined, string]>([
    [0.35, 0.338, undefined, "提高1.2个百分点"],
    [0.1, 0.15, undefined, "回落5.0个百分点"],
    [0.988, 0.95, undefined, "提高3.8个百分点"],
    [0.0929, 0.0815, 2, "提高1.14个百分点"],
    [0.35, 0.338, 0, "提高1个百分点"],
    // Both negative: the decline narrows or widens (seed 002: -10% against -22.5% at mid-year).
    [-0.1, -0.225, undefined, "降幅收窄12.5个百分点"],
    [-0.2, -0.1, undefined, "降幅扩大10.0个百分点"],
    // Sign changes.
    [0.05, -0.03, undefined, "由降转增,提高8.0个百分点"],
    [-0.03, 0.05, undefined, "由增转降,回落8.0个百分点"],
    // Equal, or a difference that rounds to zero: 持平.
    [0.35, 0.35, undefined, "持平"],
    [0.3504, 0.35, undefined, "持平"],
    [-0.1, -0.1, undefined, "持平"],
    [0.35 + 1e-12, 0.35, 2, "持平"],
    // A rate that shows as 0.0% is neither a rise nor a decline.
    [0.05, 0, undefined, "提高5.0个百分点"],
    [-0.05, 0, undefined, "回落5.0个百分点"],
    [0, -0.05, undefined, "提高5.0个百分点"],
    [0, 0.05, undefined, "回落5.0个百分点"],
    [-0.0004, 0.05, undefined, "回落5.0个百分点"],
    [0.05, -0.0004, undefined, "提高5.0个百分点"],
    [-0.05, -0.0004, undefined, "回落5.0个百分点"],
  ])("pointsPhrase(%p, %p, %p) = %p", (now, reference, decimals, expected) => {
    expect(pointsPhrase(now, reference, decimals)).toBe(expected);
  });
});
