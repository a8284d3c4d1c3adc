import { formatTrimmed } from "./decimal";
import { finite } from "./nonFiniteError";
import { normalizeUnit, scaleAmount } from "./units";

export interface AmountOptions {
  /** Decimals of a figure that is printed from its value (default 2; trailing zeros dropped). */
  readonly decimals?: number;
  /** Move large money figures to 亿元/万元 (default true). */
  readonly convert?: boolean;
  /** The indicator's name, so that per-capita figures (人均…) keep their unit. */
  readonly name?: string;
}

export const DEFAULT_AMOUNT_DECIMALS = 2;

/**
 * A figure with its unit as a report prints it: (45000, 万元) -> 4.5亿元; (37.57, 亿元) -> 37.57亿元.
 * Throws NonFiniteError rather than print Infinity or NaN.
 */
export function amountText(value: number, unit: string, options: AmountOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_AMOUNT_DECIMALS;
  const scaled =
    options.convert === false
      ? { value: finite(value), unit: normalizeUnit(unit) }
      : scaleAmount(finite(value), unit, options.name ?? "");
  return formatTrimmed(scaled.value, decimals) + scaled.unit;
}
