/** The words of a figure past the range of a double (1e308 × 100 overflows to Infinity). */
export const OVERFLOW_MESSAGE = "数值过大,无法计算";

/** The words of NaN handed over as a figure. */
export const NOT_A_NUMBER_MESSAGE = "数值无效,无法计算";

/**
 * Thrown by a phrase function instead of printing "Infinity" or "NaN". Phrases return text, so this is
 * their failure path: the custom functions catch it like any other failure and show an error value.
 */
export class NonFiniteError extends RangeError {
  constructor(value: number) {
    super(Number.isNaN(value) ? NOT_A_NUMBER_MESSAGE : OVERFLOW_MESSAGE);
    this.name = "NonFiniteError";
  }
}

/** `x` itself when it is finite; otherwise throws NonFiniteError. */
export function finite(x: number): number {
  if (Number.isFinite(x)) {
    return x;
  }
  throw new NonFiniteError(x);
}
