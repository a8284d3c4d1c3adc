import { percentToFraction } from "../../src/core/percentToFraction";

/** A percent typed as a number (56.7 in a 增速 column) is the fraction the sheet shows, not 56.7 / 100. */
describe("percentToFraction gives the fraction the sheet shows", () => {
  it.each([
    [8.5, 0.085],
    [1.1, 0.011],
    [56.7, 0.567],
    [0.07, 0.0007],
    [-3.3, -0.033],
    [0, 0],
  ])("%p%% is %p", (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction);
  });
});
