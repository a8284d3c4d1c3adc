import { SheetTooLarge, tooLargeMessage } from "../workbook/readLimits";
import { WorkbookReadError, readWorkbookBytes } from "../workbook/readWorkbookBytes";
import { renderDocx } from "../output/docx/renderDocx";
import type { SummaryDocument } from "../output/summaryDocument";
import { summaryWorkbookBytes } from "../workbook/xlsx/summaryWorkbookBytes";
import type { SheetGrid } from "../report/types";
import { sheetChoice } from "./sheetChoices";
import type { ReadResult } from "./workerProtocol";

/** Reports how far a job is: 0-100 and what it is doing. */
export type Progress = (percent: number, step: string) => void;

/** Reads a picked file into grids and tells which sheets are indicator sheets (the worker's "read" job). */
export async function readJob(fileName: string, bytes: Uint8Array, progress: Progress): Promise<ReadResult> {
  progress(5, "正在解析文件…");
  const grids = await readWorkbookBytes(fileName, bytes);
  const choices = grids.map((grid, index) => {
    progress(60 + Math.round((40 * index) / grids.length), `正在识别工作表“${grid.sheetName}”…`);
    return sheetChoice(grid);
  });
  progress(100, "");
  return { grids, choices };
}

/** The summary workbook's bytes (the worker's "write" job). */
export function writeJob(
  document: SummaryDocument,
  sheetName: string,
  source: SheetGrid | undefined,
): Promise<Uint8Array> {
  return summaryWorkbookBytes(document, { sheetName, ...(source !== undefined ? { source } : {}) });
}

/** The Word report's bytes (the worker's "docx" job: the docx library is parsed in the worker, not by the page). */
export function docxJob(document: SummaryDocument, notes: boolean): Promise<Uint8Array> {
  return renderDocx(document, { notes });
}

/** What the page says of a sheet past the reading limits (the command line's, with the page's next step). */
export const WEB_TOO_LARGE_ADVICE =
  "请把指标表拆成几个文件后分别选择;如果这个工作表不是指标表,请在 Excel 或 WPS 中把指标表另存为单独的文件后再选择";

/**
 * The Chinese message of a failed job: the reader's own, the limits' (for the file `fileName`), or a
 * general one with the detail in brackets.
 */
export function jobMessage(error: unknown, fileName = ""): string {
  if (error instanceof WorkbookReadError) return error.message;
  if (error instanceof SheetTooLarge) return tooLargeMessage(fileName, error, WEB_TOO_LARGE_ADVICE);
  const text = error instanceof Error ? error.message : String(error);
  return `处理文件时出错(${text})。请重新选择文件再试;如果仍然出错,请在 Excel 或 WPS 中把它“另存为” .xlsx 后再试`;
}
