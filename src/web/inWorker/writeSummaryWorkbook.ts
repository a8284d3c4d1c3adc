// The web page's stand-in for src/workbook/xlsx/writeSummaryWorkbook (scripts/build-web.mjs puts it in the
// page's bundle in that module's place): the registry's .xlsx renderer is ExcelJS's, which the page leaves
// to its worker (the in-memory writer there, summaryWorkbookBytes), so ExcelJS is never parsed by the page.
import type { SummaryDocument } from "../../output/summaryDocument";
import { DEFAULT_SUMMARY_SHEET_NAME } from "../../workbook/sheetName";
import type { SummaryWorkbookOptions } from "../../workbook/xlsx/summaryWorkbookSheets";
import { PAGE_WORKER } from "../workbookWorker";

export type { SummaryWorkbookOptions };

/** The summary workbook's bytes, as renderSummaryWorkbook gives them, written in the page's worker. */
export function renderSummaryWorkbook(
  document: SummaryDocument,
  options: SummaryWorkbookOptions = {},
): Promise<Uint8Array> {
  return PAGE_WORKER.write(document, options.sheetName ?? DEFAULT_SUMMARY_SHEET_NAME, options.source);
}
