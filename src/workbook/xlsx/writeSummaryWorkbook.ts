import { Writable } from "node:stream";
import type { SummaryDocument } from "../../output/summaryDocument";
import { OUTPUT_MARK_SUMMARY_WORKBOOK } from "../outputMark";
import { markedWorkbookWriter } from "./markedWorkbookWriter";
import { addSummarySheets, type SummaryWorkbookOptions } from "./summaryWorkbookSheets";

export { sourceCopyName, type SummaryWorkbookOptions } from "./summaryWorkbookSheets";

/**
 * Deflate level of the written file: 1, the fastest. A summary workbook is small, so the few percent of
 * size that harder compression saves are not worth its time.
 */
const ZIP_LEVEL = 1;

/** A stream that keeps what is written to it. */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
}

/**
 * The summary workbook of a summary document (title, period, table, paragraphs on one sheet, plus the
 * source copy in formula mode), marked as the tool's output (outputMark.ts), as the bytes of an .xlsx
 * file. Rows are streamed into the zip as they are laid out (ExcelJS's streaming writer, compressed by
 * Node's zlib), so the whole sheet is never held as ExcelJS objects; the face writes the bytes where they
 * belong.
 */
export async function renderSummaryWorkbook(
  document: SummaryDocument,
  options: SummaryWorkbookOptions = {},
): Promise<Buffer> {
  const collector = new Collector();
  const book = markedWorkbookWriter(
    { stream: collector, useStyles: true, useSharedStrings: true, zip: { zlib: { level: ZIP_LEVEL } } },
    OUTPUT_MARK_SUMMARY_WORKBOOK,
  );
  addSummarySheets(book, document, options);
  await book.commit();
  return Buffer.concat(collector.chunks);
}
