/**
 * Half-up decimal rounding on the decimal value of a number.
 *
 * A double such as 2.675 is stored as 2.67499999…; statistics rounds the value that was typed, so
 * the number is first read at 15 significant digits (which removes binary noise such as
 * 0.1 + 0.2 = 0.30000000000000004) and then rounded half away from zero on its decimal digits.
 * `Number.prototype.toFixed` is never used: it rounds 1.005 to "1.00".
 */

/** Digits of |x| at 15 significant digits: value = 0.d1d2…d15 × 10^point. */
function decimalDigits(x: number): { digits: string; point: number } {
  const [mantissa = "0", exponent = "0"] = Math.abs(x).toExponential(14).split("e");
  return { digits: mantissa.replace(".", ""), point: Number(exponent) + 1 };
}

/** Adds one to a string of decimal digits, e.g. "099" -> "100", "99" -> "100". */
function incrementDigits(digits: string): string {
  const chars = digits.split("");
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === "9") {
      chars[i] = "0";
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join("");
    }
  }
  return "1" + chars.join("");
}

/**
 * The same result as the digit path for everyday magnitudes, without converting to a string first:
 * |x| × 10^places is rounded in binary unless it lies within 1e-6 of a half, where binary noise could
 * matter (2.675 × 100 = 267.49999999999997) and the digit path decides. Undefined when it cannot answer.
 */
function formatFast(x: number, places: number): string | undefined {
  const scaled = Math.abs(x) * 10 ** places;
  if (!(scaled < 1e7) || places > 8) {
    return undefined;
  }
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (Math.abs(fraction - 0.5) < 1e-6) {
    return undefined;
  }
  const integer = fraction > 0.5 ? floor + 1 : floor;
  const padded = String(integer).padStart(places + 1, "0");
  const whole = padded.slice(0, padded.length - places);
  const sign = x < 0 && integer !== 0 ? "-" : "";
  return sign + whole + (places > 0 ? "." + padded.slice(padded.length - places) : "");
}

/**
 * Formats `x` with exactly `decimals` digits after the point, rounding half up (away from zero).
 * A result that rounds to zero is "0" / "0.0", never "-0.0". `decimals` is cut to a whole number from
 * 0 to 15; NaN counts as 0.
 */
export function formatDecimal(x: number, decimals: number): string {
  if (!Number.isFinite(x)) {
    return String(x);
  }
  const places = Number.isNaN(decimals) ? 0 : Math.max(0, Math.min(15, Math.trunc(decimals)));
  if (x === 0) {
    return places > 0 ? "0." + "0".repeat(places) : "0";
  }
  const fast = formatFast(x, places);
  if (fast !== undefined) {
    return fast;
  }
  const { digits, point } = decimalDigits(x);
  // Scaled integer digits = digits of |x| × 10^places, truncated, plus the rounding digit.
  const keep = point + places;
  let integerDigits: string;
  if (keep < 0) {
    integerDigits = "0";
  } else if (keep >= digits.length) {
    integerDigits = digits + "0".repeat(keep - digits.length);
  } else {
    integerDigits = keep === 0 ? "0" : digits.slice(0, keep);
    if (Number(digits[keep]) >= 5) {
      integerDigits = incrementDigits(integerDigits);
    }
  }
  integerDigits = integerDigits.replace(/^0+(?=\d)/, "");
  const padded = integerDigits.padStart(places + 1, "0");
  const whole = padded.slice(0, padded.length - places);
  const fraction = padded.slice(padded.length - places);
  const isZero = /^0*$/.test(whole + fraction);
  const sign = x < 0 && !isZero ? "-" : "";
  return sign + whole + (places > 0 ? "." + fraction : "");
}

/** Rounds half up on the decimal value: roundHalfUp(2.675, 2) === 2.68, roundHalfUp(-2.5, 0) === -3. */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) {
    return x;
  }
  const result = Number(formatDecimal(x, decimals));
  return result === 0 ? 0 : result;
}

/** Like formatDecimal, then drops trailing zeros after the point: 4.50 -> "4.5", 2.00 -> "2". */
export function formatTrimmed(x: number, decimals: number): string {
  const text = formatDecimal(x, decimals);
  if (!text.includes(".")) {
    return text;
  }
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  return text.slice(0, end);
}

/**
 * True when `x` shows as zero at `decimals` places (so it must be phrased as 持平). Answered without
 * formatting unless |x| lies within 1e-4 of half a unit of the last place, where the digits decide.
 */
export function roundsToZero(x: number, decimals: number): boolean {
  const places = Number.isNaN(decimals) ? 0 : Math.max(0, Math.min(15, Math.trunc(decimals)));
  const scaled = Math.abs(x) * 10 ** places;
  if (scaled < 0.4999) {
    return true;
  }
  if (scaled > 0.5001) {
    return false;
  }
  return roundHalfUp(x, decimals) === 0;
}

/**
 * A formatted figure without its sign: "-10.0" -> "10.0". formatDecimal(-x) is "-" + formatDecimal(x), so
 * this is formatDecimal(Math.abs(x)) without formatting twice.
 */
export function withoutSign(text: string): string {
  return text.charCodeAt(0) === 45 ? text.slice(1) : text;
}

/** Decimals a displayed number shows ("9.29%" -> 2, "37.6" -> 1, "1,234" -> 0). */
export function shownDecimals(text: string): number {
  // The first "digit . digits" in the text, as /\d\.(\d+)/ finds it, without a regular expression per call.
  for (let dot = text.indexOf(".", 1); dot > 0; dot = text.indexOf(".", dot + 1)) {
    if (!isDigit(text.charCodeAt(dot - 1))) continue;
    let end = dot + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end > dot + 1) return end - dot - 1;
  }
  return 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
