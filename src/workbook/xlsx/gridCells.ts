import type ExcelJS from "exceljs";
import { displayText } from "../../output/displayText";
import type { SheetCell } from "../../report/types";

// How a cell read from a workbook becomes a grid cell, for every reader (the command line's streaming
// reader, the web page's in-memory one): which cells hold data, and one shared object per look.

/** One blank cell object shared by every blank cell that precedes a cell holding data in its row. */
export const BLANK: SheetCell = { value: null, text: "", numberFormat: "General" };

/** Whether a value holds data (whitespace alone does not, as for the engine). */
export function holdsData(value: string | number | boolean | null): boolean {
  return value !== null && (typeof value !== "string" || /\S/u.test(value));
}

/** A grid cell from a value, its number format and indent; the text is the one the format displays. */
export function cellOf(
  value: string | number | boolean | null,
  numFmt: string | undefined,
  indent: number | undefined,
): SheetCell {
  const numberFormat = numFmt === undefined || numFmt === "" ? "General" : numFmt;
  const base: SheetCell = { value, text: displayText(value, numberFormat), numberFormat };
  return indent !== undefined && indent > 0 ? { ...base, indent } : base;
}

/** A formula cell whose file holds no result (written by a program that does not calculate). */
export function isUncalculatedFormula(value: ExcelJS.CellValue): boolean {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  if (!("formula" in value) && !("sharedFormula" in value)) return false;
  const result = (value as { result?: unknown }).result;
  return result === undefined || result === null;
}
