import type ExcelJS from "exceljs";
import type { SheetCell, SheetGrid } from "../../report/types";
import { BLANK, cellOf, holdsData, isUncalculatedFormula } from "./gridCells";
import { LimitCounter, READ_LIMITS, type ReadLimits } from "../readLimits";
import { plainValue } from "./readSheetGrid";

/**
 * A worksheet of a workbook ExcelJS has loaded in memory (the web page, which has no file to stream) as the
 * same grid the command line's streaming reader gives (readWorkbook.ts): the cells holding data, blank
 * cells before them in a row one shared blank, trailing blanks left out, formulas without a result
 * marked, hidden rows listed; past the same limits it throws the same SheetTooLarge.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet, limits: ReadLimits = READ_LIMITS): SheetGrid {
  const counter = new LimitCounter(sheet.name, limits);
  const cells: SheetCell[][] = [];
  const EMPTY: SheetCell[] = [];
  const hidden: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (row.hidden) hidden.push(number - 1);
    const out: SheetCell[] = [];
    let last = -1;
    let held = 0;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell's value belongs to its top-left cell only, as Excel reports it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = plainValue(cell.value);
      const uncalculated = value === null && isUncalculatedFormula(cell.value);
      if (!holdsData(value) && !uncalculated) return;
      for (let c = out.length; c < column - 1; c += 1) out.push(BLANK);
      const read = cellOf(value, cell.numFmt, cell.alignment?.indent);
      out[column - 1] = uncalculated ? { ...read, uncalculated: true } : read;
      last = column - 1;
      held += 1;
    });
    if (last < 0) return;
    counter.row(held);
    for (let r = cells.length; r < number - 1; r += 1) cells.push(EMPTY);
    cells[number - 1] = out;
  });
  const hiddenRows = hidden.filter((row) => row < cells.length);
  return hiddenRows.length === 0 ? { sheetName: sheet.name, cells } : { sheetName: sheet.name, cells, hiddenRows };
}
