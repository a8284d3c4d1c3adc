import ExcelJS from "exceljs";
import type { Report } from "../../report/types";
import { layoutSummarySheet } from "../summarySheet";

/** Excel's sheet-name limit. */
const MAX_SHEET_NAME = 31;

/** A new workbook holding the summary sheet (title, period, table, paragraphs) of a report. */
export function buildSummaryWorkbook(report: Report, sheetName = "指标汇总"): ExcelJS.Workbook {
  const layout = layoutSummarySheet(report);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, MAX_SHEET_NAME));
  layout.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  layout.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell.value === null) {
        return;
      }
      const target = row.getCell(c + 1);
      target.value = cell.value;
      if (cell.numberFormat !== undefined) {
        target.numFmt = cell.numberFormat;
      }
      if (cell.bold === true) {
        target.font = { bold: true };
      }
      if (cell.wrap === true || (cell.indent ?? 0) > 0) {
        target.alignment = {
          vertical: "top",
          ...(cell.wrap === true ? { wrapText: true } : {}),
          ...((cell.indent ?? 0) > 0 ? { indent: cell.indent } : {}),
        };
      }
    });
  });
  return book;
}

/** Writes the summary workbook of a report to a new file. */
export async function writeSummaryWorkbook(report: Report, file: string): Promise<void> {
  await buildSummaryWorkbook(report).xlsx.writeFile(file);
}
