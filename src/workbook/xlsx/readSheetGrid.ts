import ExcelJS from "exceljs";
import { displayText } from "../../output/displayText";
import type { SheetCell, SheetGrid } from "../../report/types";

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

/** The sheet names of a workbook, in order. */
export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** A grid cell from a number format and indent level (the style a cell has or would have). */
function styledCell(
  value: string | number | boolean | null,
  numFmt: string | undefined,
  indent: number | undefined,
): SheetCell {
  const numberFormat = numFmt === undefined || numFmt === "" ? "General" : numFmt;
  const base: SheetCell = { value, text: displayText(value, numberFormat), numberFormat };
  return indent !== undefined && indent > 0 ? { ...base, indent } : base;
}

/**
 * Reads a worksheet into the engine's grid: raw value, displayed text, number format and indent for
 * every cell of the used range starting at A1. A merged cell's value is given to its top-left cell only,
 * as Excel reports it. Cells the file does not hold are read as blank with the style of their row or
 * column, as ExcelJS would create them, without creating them.
 */
export function readSheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const columnCount = sheet.columnCount;
  const columnStyles: Partial<ExcelJS.Style>[] = [];
  for (let c = 1; c <= columnCount; c += 1) {
    columnStyles.push(sheet.getColumn(c).style ?? {});
  }
  /** Blank cells by row style: every absent cell of an unstyled row shares one object per column. */
  const blankUnstyled = columnStyles.map((style) => styledCell(null, style.numFmt, style.alignment?.indent));
  const cells: SheetCell[][] = [];
  for (let r = 1; r <= rowCount; r += 1) {
    const row = sheet.findRow(r);
    const rowNumFmt: string | undefined = row?.numFmt;
    const rowAlignment: Partial<ExcelJS.Alignment> | undefined = row?.alignment;
    const rowStyled = rowNumFmt !== undefined || rowAlignment !== undefined;
    const out: SheetCell[] = [];
    for (let c = 1; c <= columnCount; c += 1) {
      const cell = row?.findCell(c);
      if (cell === undefined) {
        const columnStyle = columnStyles[c - 1] ?? {};
        out.push(
          rowStyled
            ? styledCell(null, rowNumFmt || columnStyle.numFmt, (rowAlignment ?? columnStyle.alignment)?.indent)
            : (blankUnstyled[c - 1] ?? styledCell(null, undefined, undefined)),
        );
        continue;
      }
      const isMergedSlave = cell.isMerged && cell.master.address !== cell.address;
      const value = isMergedSlave ? null : plainValue(cell.value);
      out.push(styledCell(value, cell.numFmt, cell.alignment?.indent));
    }
    cells.push(out);
  }
  return { sheetName: sheet.name, cells };
}
