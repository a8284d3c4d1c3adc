import ExcelJS from "exceljs";
import { markZip, type PartZip } from "./markZip";

/** The zip of ExcelJS's streaming writer (an archiver instance; lib/stream/xlsx/workbook-writer.js, 4.4). */
interface WriterInternals {
  zip: PartZip;
}

/**
 * ExcelJS's streaming workbook writer, writing one more part: docProps/custom.xml with the tool's mark
 * (outputMark.ts, added by markZip where the writer appends the package relationships, from its
 * constructor, and the content types). A test reads the mark back from a written file with another zip
 * reader, so a change inside ExcelJS cannot drop it unseen.
 */
export function markedWorkbookWriter(
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
  markValue: string,
): ExcelJS.stream.xlsx.WorkbookWriter {
  class MarkedWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    /** Called by the base constructor once its zip exists: from then on every part is marked. */
    override addOfficeRels(): Promise<void> {
      markZip((this as unknown as WriterInternals).zip, markValue);
      return super.addOfficeRels();
    }
  }
  return new MarkedWriter(options);
}
