import { readCellValue, toHalfWidth, type CellReading } from "../core/cellValue";
import { isDateFormat } from "../core/dateFormat";
import { formatTrimmed } from "../core/decimal";
import type { Figure, SheetCell } from "./types";

/** A cell of a number column: a figure, nothing (blank), or what stands there instead of a number. */
export type FigureReading =
  | { readonly kind: "figure"; readonly figure: Figure; readonly percent: boolean; readonly unit?: string }
  | { readonly kind: "blank" }
  | { readonly kind: "dash"; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string };

const HASH = 35;

/**
 * Below this a number is floating-point noise, not a figure: =(C3/D3-1)*100 of two equal figures gives
 * -1.42e-14, which the sheet shows as 0.0 (or -0.0). Such a value is read as the zero the sheet shows.
 */
export const NOISE = 1e-9;

/** A plain decimal of at most 15 significant digits and 10 decimals, as String() writes it ("1234.5", "-0.25"). */
const SHORT_DECIMAL = /^-?(\d+)(?:\.(\d{1,10}))?$/;

/**
 * A number without a displayed text, at up to 10 decimals with trailing zeros dropped (formatTrimmed(x, 10)).
 * A number whose shortest form has at most 15 significant digits and 10 decimals is that form (a decimal of
 * 15 digits survives the trip through a double), so the digit-by-digit rounding is only needed for the rest.
 */
function plainNumberText(x: number): string {
  const shortest = String(x);
  const match = SHORT_DECIMAL.exec(shortest);
  if (match !== null) {
    const digits = ((match[1] ?? "") + (match[2] ?? "")).replace(/^0+/, "");
    if (digits.length <= 15) return shortest;
  }
  return formatTrimmed(x, 10);
}

/** The text shown for a cell: Excel's own text unless it is "####" (column too narrow) or absent. */
export function displayedText(cell: SheetCell, reading: CellReading): string {
  const shown = cell.text?.trim();
  // "####": Excel's text for a number too wide for its column.
  if (shown !== undefined && shown !== "" && !(shown.charCodeAt(0) === HASH && /^#+$/.test(shown))) {
    return shown;
  }
  if (reading.kind === "number") {
    return plainNumberText(reading.percent ? reading.value * 100 : reading.value) + (reading.percent ? "%" : "");
  }
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return typeof cell.value === "string" ? cell.value.trim() : String(cell.value ?? "");
}

/** Below this (inclusive) a rate cell's value is noise: no sheet states a growth of a millionth of a percent. */
const RATE_NOISE = 1e-6;

/**
 * A rate cell (增速, 完成率) read as a figure, with floating-point noise read as zero whatever the format
 * shows (-1.42E-14 or 1E-09 in a General cell).
 */
export function withoutNoise(reading: FigureReading): FigureReading {
  if (reading.kind !== "figure" || reading.figure.value === 0 || Math.abs(reading.figure.value) > RATE_NOISE) {
    return reading;
  }
  return { ...reading, figure: { ...reading.figure, value: 0, text: reading.percent ? "0%" : "0" } };
}

/** Reads the cell at (row, column) as a figure. */
export function readFigure(cell: SheetCell | undefined, row: number, column: number): FigureReading {
  if (cell === undefined) {
    return { kind: "blank" };
  }
  // A date where a figure belongs (a date-formatted cell) is not a figure, whatever its serial number.
  if (typeof cell.value === "number" && isDateFormat(cell.numberFormat)) {
    return { kind: "unreadable", text: cell.text?.trim() || String(cell.value) };
  }
  const reading = readCellValue(cell.value);
  switch (reading.kind) {
    case "blank":
      return { kind: "blank" };
    case "dash":
      return { kind: "dash", text: reading.text };
    case "number": {
      // Printed as displayed, in half-width digits and without thousands separators ("1,234.5" -> "1234.5").
      let text = displayedText(cell, reading);
      if (!/^[-0-9.%]*$/.test(text)) {
        text = toHalfWidth(text)
          .replace(/(\d),(?=\d{3}\b)/g, "$1")
          .trim();
      }
      if (reading.unit !== undefined && text.endsWith(reading.unit)) {
        text = text.slice(0, -reading.unit.length).trim();
      }
      const percent = reading.percent || text.includes("%") || (cell.numberFormat ?? "").includes("%");
      // Noise the sheet shows as zero ("-0.0") is the zero it shows.
      const figure: Figure =
        reading.value !== 0 && Math.abs(reading.value) < NOISE && /^-?[0.]+%?$/.test(text)
          ? { value: 0, text: text.replace(/^-/, ""), row, column }
          : { value: reading.value, text, row, column };
      return reading.unit === undefined
        ? { kind: "figure", figure, percent }
        : { kind: "figure", figure, percent, unit: reading.unit };
    }
    case "error":
    case "text":
      return { kind: "unreadable", text: reading.text };
    case "boolean":
      return { kind: "unreadable", text: displayedText(cell, reading) };
  }
}
