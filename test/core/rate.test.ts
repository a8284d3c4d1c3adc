import { progressGapPoints, progressMonths, rateExists, rateOfShownFigure, sheetRate } from "../../src/core/rate";

describe("Rate", () => {
  it.each([
    // value, text, stored as a fraction -> fraction, decimals, stored
    [9.29, "9.29", false, 0.0929, 2, "percent"],
    [0.0929, "9.29%", true, 0.0929, 2, "fraction"],
    [0.30491, "0.30491", true, 0.30491, undefined, "fraction"],
    [-3, "-3", false, -0.03, 0, "percent"],
  ])(
    "a sheet cell %p shown as %p (fraction: %p) is %p with %p decimals, stored as %p",
    (value, text, asFraction, fraction, decimals, stored) => {
      const rate = sheetRate(value, text, asFraction);
      expect(rate.fraction).toBeCloseTo(fraction, 15);
      expect(rate.decimals).toBe(decimals);
      expect(rate.stored).toBe(stored);
      expect(rate.source).toBe("sheet");
    },
  );

  it.each([
    [10, 5, true],
    [0, 5, true],
    [10, 0, false],
    [-1, 5, false],
    [10, -5, false],
  ])("a rate of %p over %p exists: %p", (current, base, exists) => {
    expect(rateExists(current, base)).toBe(exists);
  });

  it("gives months 1 to 11 a time-progress clause, and the gap in points", () => {
    expect([0, 1, 6, 11, 12, undefined].map(progressMonths)).toEqual([undefined, 1, 6, 11, undefined, undefined]);
    expect(progressGapPoints(0.541, 6)).toBeCloseTo(4.1, 10);
  });

  it("reads a % row's figure as a fraction whether the sheet shows 8.5 or 8.5%", () => {
    expect(rateOfShownFigure(8.5, "8.5")).toBe(0.085);
    expect(rateOfShownFigure(0.085, "8.5%")).toBe(0.085);
  });
});
