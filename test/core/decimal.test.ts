import { formatDecimal, formatTrimmed, roundHalfUp, roundsToZero, withoutSign } from "../../src/core/decimal";

describe("formatDecimal: half-up rounding on the decimal value, never toFixed", () => {
  test.each<[number, number, string]>([
    // Halves that binary doubles store just below the half: the typed value wins.
    [2.675, 2, "2.68"],
    [1.005, 2, "1.01"],
    [0.05, 1, "0.1"],
    [0.145, 2, "0.15"],
    [1.45, 1, "1.5"],
    [9.995, 2, "10.00"],
    [0.5, 0, "1"],
    [2.5, 0, "3"],
    [30.05, 1, "30.1"],
    [8.345, 2, "8.35"],
    // Not a half: ordinary rounding.
    [30.53, 1, "30.5"],
    [30.56, 1, "30.6"],
    [13.6, 2, "13.60"],
    [98.76543209876543, 1, "98.8"],
    [98.76543209876543, 0, "99"],
    [64.19753086419753, 0, "64"],
    [59.25925925925926, 0, "59"],
    // Negatives round half away from zero.
    [-2.675, 2, "-2.68"],
    [-1.005, 2, "-1.01"],
    [-0.05, 1, "-0.1"],
    [-2.5, 0, "-3"],
    [-10, 1, "-10.0"],
    // Large numbers.
    [123456789.125, 2, "123456789.13"],
    [1234567.891, 2, "1234567.89"],
    [9999999.995, 2, "10000000.00"],
    [1e20, 2, "100000000000000000000.00"],
    [-987654321.5, 0, "-987654322"],
    // 15-significant-digit artefacts of binary arithmetic.
    [0.1 + 0.2, 1, "0.3"],
    [0.1 + 0.2, 2, "0.30"],
    [0.1 + 0.2, 15, "0.300000000000000"],
    [0.1 + 0.2, 20, "0.300000000000000"],
    [1.1 * 1.1, 2, "1.21"],
    [0.7 + 0.1, 1, "0.8"],
    [(0.541 - 0.5) * 100, 1, "4.1"],
    // Small magnitudes.
    [0.0005, 3, "0.001"],
    [0.00049, 3, "0.000"],
    [2.5e-7, 6, "0.000000"],
    [1.5e-7, 7, "0.0000002"],
    // Exact zeros and decimals below zero.
    [0, 1, "0.0"],
    [0, 0, "0"],
    [1234.5, -2, "1235"],
  ])("formatDecimal(%p, %p) = %p", (x, decimals, expected) => {
    expect(formatDecimal(x, decimals)).toBe(expected);
  });

  test.each<[number, number, string]>([
    [-0.04, 1, "0.0"],
    [-0.049999, 1, "0.0"],
    [-0.4, 0, "0"],
    [-0.004, 2, "0.00"],
    [-1e-20, 2, "0.00"],
    [-0, 1, "0.0"],
  ])(
    "a negative figure that rounds to zero never prints a minus sign: formatDecimal(%p, %p) = %p",
    (x, decimals, expected) => {
      expect(formatDecimal(x, decimals)).toBe(expected);
      expect(formatDecimal(x, decimals)).not.toMatch(/^-0(\.0*)?$/);
    },
  );

  test.each<[number, string]>([
    [Number.NaN, "3"],
    [Number.POSITIVE_INFINITY, "2.675000000000000"],
    [2.9, "2.68"],
  ])(
    "decimals %p: not a number means whole numbers, more than 15 means 15, fractions are cut",
    (decimals, expected) => {
      expect(formatDecimal(2.675, decimals)).toBe(expected);
    },
  );
});

describe("roundHalfUp: the rounded number", () => {
  test.each<[number, number, number]>([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.05, 1, 0.1],
    [-2.5, 0, -3],
    [-2.675, 2, -2.68],
    [0.1 + 0.2, 2, 0.3],
    [123456789.125, 2, 123456789.13],
    [98.76543209876543, 1, 98.8],
  ])("roundHalfUp(%p, %p) = %p", (x, decimals, expected) => {
    expect(roundHalfUp(x, decimals)).toBe(expected);
  });

  test.each<[number, number]>([
    [-0.04, 1],
    [-0.4, 0],
    [-0.0049, 2],
  ])("a negative that rounds to zero is +0, not -0: roundHalfUp(%p, %p)", (x, decimals) => {
    expect(Object.is(roundHalfUp(x, decimals), 0)).toBe(true);
  });
});

describe("formatTrimmed: trailing zeros dropped (amounts and 倍)", () => {
  test.each<[number, number, string]>([
    [4.5, 2, "4.5"],
    [2, 2, "2"],
    [37.57, 2, "37.57"],
    [4.5678, 2, "4.57"],
    [10.0, 1, "10"],
    [100, 2, "100"],
    [0.0001, 2, "0"],
    [-0.001, 2, "0"],
    [1.005, 2, "1.01"],
    [2.4, 1, "2.4"],
    [7534, 2, "7534"],
  ])("formatTrimmed(%p, %p) = %p", (x, decimals, expected) => {
    expect(formatTrimmed(x, decimals)).toBe(expected);
  });
});

describe("roundsToZero: figures phrased as 持平", () => {
  test.each<[number, number, boolean]>([
    [0, 1, true],
    [0.04, 1, true],
    [-0.04, 1, true],
    [0.049999, 1, true],
    [0.05, 1, false],
    [-0.05, 1, false],
    [0.4, 0, true],
    [0.5, 0, false],
    [0.004, 2, true],
    [0.005, 2, false],
    [(0.1 + 0.2 - 0.3) * 100, 1, true],
    // Near half a unit the digits decide: 0.005 − 1e-19 is the double 0.005.
    [0.005 - 1e-19, 2, false],
    [0.00499999999999, 2, true],
    [0.049999999999999996, 1, false],
    [-0.0499999, 1, true],
    [0.5e-15, 15, false],
    [0.4e-15, 20, true],
    [0.5, Number.NaN, false],
    [0.4, Number.NaN, true],
    [1e308, 1, false],
    [Number.POSITIVE_INFINITY, 1, false],
    [Number.NEGATIVE_INFINITY, 1, false],
    [Number.NaN, 1, false],
  ])("roundsToZero(%p, %p) = %p", (x, decimals, expected) => {
    expect(roundsToZero(x, decimals)).toBe(expected);
  });

  it("agrees with the printed figure for every value around half a unit", () => {
    const disagreements: string[] = [];
    for (let decimals = 0; decimals <= 6; decimals++) {
      const half = 0.5 / 10 ** decimals;
      for (let i = -2000; i <= 2000; i++) {
        const x = half * (1 + i * 1e-7);
        for (const value of [x, -x]) {
          const printedZero = /^-?0(\.0+)?$/.test(formatDecimal(value, decimals));
          if (roundsToZero(value, decimals) !== printedZero) disagreements.push(`${value} at ${decimals}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe("withoutSign: a printed figure's magnitude", () => {
  test.each<[number, number]>([
    [-10, 1],
    [10, 1],
    [-2.675, 2],
    [-0.04, 1],
    [-1e308, 1],
    [-123456789.125, 2],
  ])("withoutSign(formatDecimal(%p, %p)) is formatDecimal of its absolute value", (x, decimals) => {
    expect(withoutSign(formatDecimal(x, decimals))).toBe(formatDecimal(Math.abs(x), decimals));
  });

  test.each<[string, string]>([
    ["-30.5", "30.5"],
    ["30.5", "30.5"],
    ["0.0", "0.0"],
  ])("withoutSign(%p) = %p", (text, expected) => {
    expect(withoutSign(text)).toBe(expected);
  });
});

/**
 * An independent reference: the number read at 15 significant digits, scaled and rounded half up
 * in BigInt arithmetic.
 */
function referenceFormat(x: number, places: number): string {
  const [mantissa = "0", exponent = "0"] = Math.abs(x).toExponential(14).split("e");
  const digits = BigInt(mantissa.replace(".", "")); // 15 digits, value = digits × 10^(exponent − 14)
  const shift = Number(exponent) - 14 + places;
  let scaled: bigint;
  if (shift >= 0) {
    scaled = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    scaled = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) scaled += 1n;
  }
  const text = scaled.toString().padStart(places + 1, "0");
  const whole = text.slice(0, text.length - places);
  const fraction = text.slice(text.length - places);
  const sign = x < 0 && scaled !== 0n ? "-" : "";
  return sign + whole + (places > 0 ? "." + fraction : "");
}

describe("formatDecimal agrees with a BigInt reference on 30,000 generated figures", () => {
  it("every magnitude, every number of decimals, halves included", () => {
    let seed = 20240917;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const mismatches: string[] = [];
    for (let i = 0; i < 30000; i++) {
      const places = Math.floor(next() * 7);
      const magnitude = 10 ** Math.floor(next() * 16 - 6);
      // A third are exact halves at the rounding digit (typed values such as 2.675).
      const raw = next() * magnitude;
      const x =
        i % 3 === 0
          ? Number((Math.floor(raw * 10 ** places) + 0.5).toString() + "e-" + String(places))
          : raw * (next() < 0.5 ? -1 : 1);
      const got = formatDecimal(x, places);
      const expected = referenceFormat(x, places);
      if (got !== expected) mismatches.push(`${x} @${places}: ${got} ≠ ${expected}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
