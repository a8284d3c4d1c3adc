import { formatDecimal, shownDecimals } from "./decimal";
import { percentToFraction } from "./percentToFraction";

/** How a sheet stores a rate: a fraction shown as % (0.0929 as "9.29%") or a percent number (9.29). */
export type RateStorage = "fraction" | "percent";

/** Where a rate comes from: the sheet's own cell, or computed from its figures. */
export type RateSource = "sheet" | "computed";

/** A rate (growth, completion, share) as the engine holds it, built once when its cell is read or it is computed. */
export interface Rate {
  /** The rate as a fraction: 0.0929 for 9.29%. */
  readonly fraction: number;
  /**
   * Decimals it is printed with: those the sheet shows for its own cell; undefined for a computed rate and for a
   * fraction in a General cell ("0.30491"), which show none that fit (the report's decimals apply).
   */
  readonly decimals?: number;
  /** How the sheet stored it; undefined for a computed rate. */
  readonly stored?: RateStorage;
  readonly source: RateSource;
}

/**
 * A rate read from a sheet's cell: `value` as the cell holds it, `text` as the sheet shows it, `storedAsFraction`
 * when the cell holds a fraction (formatted as %, or a column of fractions in General cells).
 */
export function sheetRate(value: number, text: string, storedAsFraction: boolean): Rate {
  const fraction = storedAsFraction ? value : percentToFraction(value);
  const stored: RateStorage = storedAsFraction ? "fraction" : "percent";
  return storedAsFraction && !text.endsWith("%")
    ? { fraction, stored, source: "sheet" }
    : { fraction, decimals: shownDecimals(text), stored, source: "sheet" };
}

/** A rate the engine computed from the sheet's figures. */
export function computedRate(fraction: number): Rate {
  return { fraction, source: "computed" };
}

/** A rate figure of a % row as a fraction: "8.5" in a General cell is 0.085, and so is 0.085 shown as "8.5%". */
export function rateOfShownFigure(value: number, text: string): number {
  return text.endsWith("%") ? value : percentToFraction(value);
}

/** The rule of every growth and share: a rate of current over base exists only when base > 0 and current ≥ 0. */
export function rateExists(current: number, base: number): boolean {
  return base > 0 && current >= 0;
}

/** The months of a period that get a time-progress clause (快于/慢于时序进度): 1 to 11; undefined otherwise. */
export function progressMonths(months: number | undefined): number | undefined {
  return months !== undefined && months > 0 && months < 12 ? months : undefined;
}

/**
 * 进度差 in percentage points: completion (a fraction) − months/12 (54.1% at 6 months is 4.1). Given the
 * decimals the completion is printed with, the gap is taken from the printed completion, so that the
 * figures a text prints side by side agree: 48.85% printed as 48.9% at 6 months is 1.1 points behind,
 * as a reader computes it, not 1.15 rounded to 1.2.
 */
export function progressGapPoints(completion: number, months: number, printedDecimals?: number): number {
  const percent = completion * 100;
  const printed = printedDecimals === undefined ? percent : Number(formatDecimal(percent, printedDecimals));
  return printed - (months / 12) * 100;
}
