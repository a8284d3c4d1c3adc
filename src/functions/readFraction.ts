import { percentToFraction } from "../core/percentToFraction";
import { readNumberReading, readOptionalNumberReading } from "./readArgument";

/**
 * Rate and growth arguments as fractions (0.0929 for 9.29%). With `percentNumber` a plain number is
 * a percent number (9.29 means 9.29%), as sheets often hold growth; "9.29%" text is a percent either
 * way and is never divided twice. Nothing is guessed: without the flag 9.29 is 929%.
 */
export function readFraction(raw: unknown, label: string, percentNumber: boolean): number {
  return asFraction(readNumberReading(raw, label), percentNumber);
}

/** An optional rate or growth: undefined when blank, a dash or omitted; otherwise as `readFraction`. */
export function readOptionalFraction(raw: unknown, label: string, percentNumber: boolean): number | undefined {
  const reading = readOptionalNumberReading(raw, label);
  if (reading === undefined) {
    return undefined;
  }
  return asFraction(reading, percentNumber);
}

function asFraction(reading: { readonly value: number; readonly percent: boolean }, percentNumber: boolean): number {
  return percentNumber && !reading.percent ? percentToFraction(reading.value) : reading.value;
}
