import ExcelJS from "exceljs";
import type { Report } from "../../report/types";
import { layoutSummarySheet, type LayoutCell } from "../summarySheet";

/** Excel's sheet-name limit. */
const MAX_SHEET_NAME = 31;

/**
 * Deflate level of the written file: 1, the fastest. A summary workbook is small, so the few percent of
 * size that harder compression saves are not worth its time.
 */
const ZIP_LEVEL = 1;

/** The ExcelJS style of a laid-out cell (number format, bold, wrap, indent). */
function styleOf(cell: LayoutCell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  if (cell.bold === true) style.font = { bold: true };
  const indent = cell.indent ?? 0;
  if (cell.wrap === true || indent > 0) {
    style.alignment = {
      vertical: "top",
      ...(cell.wrap === true ? { wrapText: true } : {}),
      ...(indent > 0 ? { indent } : {}),
    };
  }
  return style;
}

/**
 * One style object per distinct look, shared by every cell that has it: ExcelJS recognises a style object
 * it has already written and skips serialising it again, which is much of the cost of writing 10,000 rows.
 */
class SharedStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  of(cell: LayoutCell): Partial<ExcelJS.Style> {
    // Most cells differ by number format only; the rest are keyed by every property.
    const plain = cell.bold !== true && cell.wrap !== true && (cell.indent ?? 0) === 0;
    const key = plain
      ? (cell.numberFormat ?? "")
      : `${cell.numberFormat ?? ""}\u0000${cell.bold === true ? 1 : 0}\u0000${cell.wrap === true ? 1 : 0}\u0000${cell.indent ?? 0}\u0000`;
    let style = this.styles.get(key);
    if (style === undefined) {
      style = styleOf(cell);
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * Writes the summary workbook of a report (title, period, table, paragraphs on one sheet) to a new file.
 * Rows are streamed to the file as they are laid out (ExcelJS's streaming writer, compressed by Node's
 * zlib), so the whole sheet is never held as ExcelJS objects.
 */
export async function writeSummaryWorkbook(report: Report, file: string, sheetName = "指标汇总"): Promise<void> {
  const layout = layoutSummarySheet(report);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: ZIP_LEVEL } },
  });
  const sheet = book.addWorksheet(sheetName.slice(0, MAX_SHEET_NAME));
  sheet.columns = layout.columnWidths.map((width) => ({ width }));
  const styles = new SharedStyles();
  layout.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (cell.value === null) {
        return;
      }
      const target = row.getCell(c + 1);
      target.value = cell.value;
      // Never mutated afterwards: the object is shared with every cell of the same look.
      target.style = styles.of(cell);
    });
    row.commit();
  });
  sheet.commit();
  await book.commit();
}
