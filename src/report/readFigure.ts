import { readCellValue, toHalfWidth, type CellReading } from "../core/cellValue";
import { formatTrimmed } from "../core/decimal";
import type { Figure, SheetCell } from "./types";

/** A cell of a number column: a figure, nothing (blank), or what stands there instead of a number. */
export type FigureReading =
  | { readonly kind: "figure"; readonly figure: Figure; readonly percent: boolean; readonly unit?: string }
  | { readonly kind: "blank" }
  | { readonly kind: "dash"; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string };

const HASH = 35;

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

/** Reads the cell at (row, column) as a figure. */
export function readFigure(cell: SheetCell | undefined, row: number, column: number): FigureReading {
  if (cell === undefined) {
    return { kind: "blank" };
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
      const figure: Figure = { value: reading.value, text, row, column };
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
