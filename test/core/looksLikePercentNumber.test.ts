import { looksLikePercentNumber } from "../../src/core/looksLikePercentNumber";

describe("looksLikePercentNumber: a given growth that is a percent number by mistake", () => {
  it.each<[string, number, number, boolean]>([
    ["9.29 given, 9.3% computed: the percent number of the same growth", 9.29, 0.093, true],
    ["official 8.5 against a computed 9.3%: still a percent number", 8.5, 0.093, true],
    ["a decline written -4.6 against -4.6%", -4.6, -0.046, true],
    ["1.2 against 1.1%: at least 1, about 100 times", 1.2, 0.011, true],
    ["the fraction 0.0929 itself", 0.0929, 0.093, false],
    ["an official fraction points away from the computed growth", 0.085, 0.093, false],
    ["240% growth as a fraction (2.4) against 2.4 computed", 2.4, 2.4, false],
    ["below 1 it may be a fraction: 0.5 against 0.2% is left alone", 0.5, 0.002, false],
    ["opposite signs are not a unit slip", 9.3, -0.093, false],
    ["a factor of 1000 is something else", 9.3, 0.0093, false],
    ["a factor of 10 is something else", 9.3, 0.93, false],
    ["zero computed growth says nothing", 5, 0, false],
    ["not finite", Number.POSITIVE_INFINITY, 0.1, false],
  ])("%s", (_case, given, computed, expected) => {
    expect(looksLikePercentNumber(given, computed)).toBe(expected);
  });
});
