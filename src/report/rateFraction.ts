import { percentToFraction } from "../core/percentToFraction";
import type { Figure } from "./types";

/**
 * A rate figure (unit %) as a fraction: 8.5 typed in a General cell is 0.085, and so is a cell holding 0.085 that
 * the sheet shows as "8.5%" (a percent number format).
 */
export function rateFraction(figure: Figure): number {
  return figure.text.endsWith("%") ? figure.value : percentToFraction(figure.value);
}
