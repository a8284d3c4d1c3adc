/** The plain value of an .xlsx cell, as the engine reads it; readWorkbook.ts reads whole sheets with it. */
import ExcelJS from "exceljs";

/** Milliseconds per day and the Unix epoch as an Excel (1900 system) serial. */
const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** An Excel date serial for a JS date (what Office.js `values` gives for a date cell). */
export function dateToSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** The plain value of an ExcelJS cell value: formulas give their cached result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) {
    return dateToSerial(value);
  }
  if ("richText" in value) {
    return value.richText.map((run) => run.text).join("");
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return null;
    }
    if (typeof result === "object" && "error" in result) {
      return String((result as { error: string }).error);
    }
    return plainValue(result as ExcelJS.CellValue);
  }
  if ("error" in value) {
    return String(value.error);
  }
  if ("text" in value && typeof value.text === "string") {
    return value.text;
  }
  return null;
}
