import ExcelJS from "exceljs";
import type { SummaryDocument } from "../../output/summaryDocument";
import { OUTPUT_MARK_SUMMARY_WORKBOOK } from "../outputMark";
import { markZip, type PartZip } from "./markZip";
import { addSummarySheets, type SummaryWorkbookOptions } from "./summaryWorkbookSheets";

/** ExcelJS's in-memory .xlsx writer: its first step, given the zip every part goes to (lib/xlsx/xlsx.js, 4.4). */
interface XlsxInternals {
  addContentTypes(zip: PartZip, model: unknown): Promise<void>;
}

/**
 * The summary workbook as the bytes of an .xlsx file, built in memory with ExcelJS's workbook (the web
 * page: a browser has no Node stream for the streaming writer). The same sheets as renderSummaryWorkbook,
 * and the same mark (outputMark.ts, through markZip), so the command line may later replace a downloaded
 * summary as one of its own files.
 */
export async function summaryWorkbookBytes(
  document: SummaryDocument,
  options: SummaryWorkbookOptions = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  addSummarySheets(book, document, options);
  const writer = book.xlsx as unknown as XlsxInternals;
  const addContentTypes = writer.addContentTypes.bind(writer);
  // The content types are the first part the writer appends: from there on every part is marked.
  writer.addContentTypes = (zip, model) => {
    markZip(zip, OUTPUT_MARK_SUMMARY_WORKBOOK);
    return addContentTypes(zip, model);
  };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
