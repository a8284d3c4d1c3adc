import ExcelJS from "exceljs";
import type { SummaryDocument } from "../../output/summaryDocument";
import { addSummarySheets, type SummaryWorkbookOptions } from "./summaryWorkbookSheets";

/**
 * The summary workbook as the bytes of an .xlsx file, built in memory with ExcelJS's workbook (the web
 * page: a browser has no Node stream for the streaming writer). The same sheets as renderSummaryWorkbook.
 */
export async function summaryWorkbookBytes(
  document: SummaryDocument,
  options: SummaryWorkbookOptions = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  addSummarySheets(book, document, options);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
