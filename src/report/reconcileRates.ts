import { formatDecimal } from "../core/decimal";
import { yoyGrowth } from "../core/growth";
import { yoyPhrase } from "../core/growthPhrase";
import { NonFiniteError } from "../core/nonFiniteError";
import { computedRate, rateExists, sheetRate, type Rate } from "../core/rate";
import { completion } from "../core/ratio";
import { MESSAGES } from "./messages";
import type { FigureReading } from "./readFigure";
import type { Figure, ReportWarning } from "./types";

/** Adds a warning about the row being read, at a column of it. */
export type RowWarn = (code: ReportWarning["code"], column: number | undefined, message: string) => void;

/** The sheet's growth cell as a rate, when it holds a readable one. */
export function sheetGrowth(reading: FigureReading, columnHoldsFractions: boolean): Rate | undefined {
  if (reading.kind !== "figure") return undefined;
  return sheetRate(reading.figure.value, reading.figure.text, reading.percent || columnHoldsFractions);
}

export interface GrowthFacts {
  readonly current: Figure | undefined;
  readonly previous: Figure | undefined;
  /** The sheet's growth cell, read. */
  readonly reading: FigureReading;
  /** The same as a rate, when readable. */
  readonly given: Rate | undefined;
  readonly growthColumn: number | undefined;
  /** True for a % row, whose change is in points: no growth is computed. */
  readonly percentUnit: boolean;
  readonly tolerance: number;
}

/**
 * The growth the text states: the sheet's own when it has one (with a warning when it is far from the one the
 * figures give), else computed from 本期 and 上年同期 when a rate exists; the warnings say what was done instead.
 */
/** A phrase, or undefined when its figure is past the range of a double (core refuses to print Infinity). */
function phraseOrUndefined(phrase: () => string): string | undefined {
  try {
    return phrase();
  } catch (error) {
    if (error instanceof NonFiniteError) return undefined;
    throw error;
  }
}

export function reconcileGrowth(facts: GrowthFacts, warn: RowWarn): Rate | undefined {
  const { current, previous, reading, given, growthColumn } = facts;
  let computed: number | undefined;
  if (current !== undefined && previous !== undefined && !facts.percentUnit) {
    if (rateExists(current.value, previous.value)) {
      // Core's 同比增速; with both figures finite and the base positive it fails only on overflow.
      const growth = yoyGrowth(current.value, previous.value);
      if (growth.ok) computed = growth.value;
      else if (given === undefined) warn("not-stated", previous.column, MESSAGES.outOfRange("增速"));
    } else if (given === undefined) {
      const phrase = phraseOrUndefined(() => yoyPhrase(current.value, previous.value));
      if (phrase === undefined) {
        // 减亏 of a loss of 5e-324: a change past the range of a double.
        warn("not-stated", previous.column, MESSAGES.outOfRange("增速"));
        return undefined;
      }
      const isZero = previous.value === 0;
      const why = isZero
        ? MESSAGES.zeroBase
        : previous.value < 0
          ? MESSAGES.negativeBase(previous.text)
          : MESSAGES.negativeCurrent(current.text);
      warn(isZero ? "zero-base" : "negative-base", previous.column, MESSAGES.noGrowthRate(why, phrase));
    }
  }
  if (reading.kind === "unreadable" && growthColumn !== undefined) {
    warn("unreadable-number", growthColumn, MESSAGES.growthUnreadable(reading.text, computed !== undefined));
  }
  if (given !== undefined) {
    if (computed !== undefined) {
      const gap = Math.abs(given.fraction - computed) * 100;
      if (gap > facts.tolerance) {
        // As the sheet shows it, in percent: "9.3" of 9.3 or of "9.3%"; a fraction in General as 30.5.
        const shown =
          reading.kind !== "figure" || (given.stored === "fraction" && !reading.percent)
            ? formatDecimal(given.fraction * 100, 1)
            : reading.figure.text.replace(/%$/, "");
        warn(
          "growth-mismatch",
          growthColumn,
          MESSAGES.growthMismatch(shown, formatDecimal(computed * 100, 1), formatDecimal(gap, 1)),
        );
      }
    }
    return given;
  }
  if (computed === undefined) return undefined;
  if (reading.kind === "dash" && growthColumn !== undefined) {
    warn("computed-growth", growthColumn, MESSAGES.computedGrowth(reading.text, formatDecimal(computed * 100, 1)));
  }
  return computedRate(computed);
}

export interface CompletionFacts {
  readonly current: Figure | undefined;
  readonly target: Figure | undefined;
  readonly reading: FigureReading;
  readonly completionColumn: number | undefined;
  readonly percentUnit: boolean;
}

/** The completion of the target: the sheet's own when it has one, else computed when the target is a positive quantity. */
export function reconcileCompletion(facts: CompletionFacts, warn: RowWarn): Rate | undefined {
  const { current, target, reading } = facts;
  let rate: Rate | undefined;
  if (reading.kind === "figure") {
    rate = sheetRate(reading.figure.value, reading.figure.text, reading.percent);
  } else if (target !== undefined && current !== undefined) {
    if (facts.percentUnit) {
      // A target of a rate (增速目标8%, 销售率目标98%) is not a quantity to complete.
      warn("no-target", target.column, MESSAGES.rateTarget(target.text));
    } else if (target.value > 0) {
      const ratio = completion(current.value, target.value);
      if (ratio.ok) rate = computedRate(ratio.value);
      else warn("not-stated", target.column, MESSAGES.outOfRange("完成率"));
    } else {
      warn("no-target", target.column, MESSAGES.targetNotPositive(target.text));
    }
  }
  if (reading.kind === "unreadable" && facts.completionColumn !== undefined) {
    warn("unreadable-number", facts.completionColumn, MESSAGES.completionUnreadable(reading.text));
  }
  return rate;
}
