import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../report/types";
import type { SummaryDocument } from "../../output/summaryDocument";
import { cleanSheetName, DEFAULT_SUMMARY_SHEET_NAME, sheetNameProblem, uniqueSheetName } from "../sheetName";
import { fileFormula } from "../excelFormula";
import { summaryFormulaRows } from "../summaryFormulas";
import { layoutSummarySheet, type LayoutCell } from "../summarySheet";

// The sheets of the summary workbook, added to an ExcelJS workbook of either kind: Node's streaming
// writer (writeSummaryWorkbook.ts) or the in-memory workbook of the web page (summaryWorkbookBytes.ts).

/** The ExcelJS style of a laid-out cell (number format, bold, wrap, indent). */
function styleOf(cell: LayoutCell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  if (cell.bold === true) style.font = { bold: true };
  const indent = cell.indent ?? 0;
  if (cell.wrap === true || indent > 0) {
    // Wrapped paragraphs read from the top; an indented 其中 name stays on the baseline of its row's figures.
    style.alignment = {
      ...(cell.wrap === true ? { vertical: "top", wrapText: true } : {}),
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

/** How the summary table is written. */
export interface SummaryWorkbookOptions {
  /** The summary sheet's name (default 指标汇总; made unique against the source copy). */
  readonly sheetName?: string;
  /**
   * Live-formula mode: the source sheet as read. It is copied into the new workbook under its own name
   * and every computed or copied figure of the summary table becomes a native Excel formula referring to
   * that copy, so that changing a figure there recalculates the table. The values of the values mode are
   * kept as the formulas' cached results, so a reader that does not recalculate shows the same numbers.
   */
  readonly source?: SheetGrid;
}

/**
 * The name of the source copy in formula mode: the source's own name, or, when Excel forbids that name
 * (a file made by another program), a cleaned one, with the problem that made the change.
 */
export function sourceCopyName(name: string): { readonly name: string; readonly problem?: string } {
  const problem = sheetNameProblem(name);
  return problem === undefined ? { name } : { name: cleanSheetName(name, "原表"), problem };
}

/** A written cell value: a constant, or a formula (without "=") with its cached result. */
function cellValue(value: string | number, formula: string | undefined): ExcelJS.CellValue {
  if (formula === undefined) return value;
  return { formula: fileFormula(formula.replace(/^=/, "")), result: value };
}

/**
 * A workbook rows are added to: ExcelJS's streaming writer (rows and sheets committed as they are laid
 * out) or an in-memory workbook (a browser, which has no Node stream to write to; commits are no-ops).
 */
export interface TargetBook {
  addWorksheet(name: string): ExcelJS.Worksheet;
}

/** Ends a sheet: the streaming writer flushes it; an in-memory sheet has nothing to do. */
function commitSheet(sheet: ExcelJS.Worksheet): void {
  const commit = (sheet as { commit?: () => void }).commit;
  if (commit !== undefined) commit.call(sheet);
}

/** Copies the source grid (values, number formats, indents) into a sheet of the new workbook. */
function writeSourceCopy(book: TargetBook, source: SheetGrid, styles: SharedStyles): void {
  const sheet = book.addWorksheet(source.sheetName);
  const rowOffset = source.origin?.row ?? 0;
  const columnOffset = source.origin?.column ?? 0;
  source.cells.forEach((cells, r) => {
    const row = sheet.getRow(r + rowOffset + 1);
    cells.forEach((cell, c) => {
      if (cell.value === null) return;
      const target = row.getCell(c + columnOffset + 1);
      target.value = cell.value;
      target.style = styles.of({
        value: null,
        ...(cell.numberFormat !== undefined && cell.numberFormat !== "General"
          ? { numberFormat: cell.numberFormat }
          : {}),
        ...(cell.indent !== undefined && cell.indent > 0 ? { indent: cell.indent } : {}),
      });
    });
    row.commit();
  });
  commitSheet(sheet);
}

/** Adds the summary sheet (and the source copy in formula mode) to a workbook. */
export function addSummarySheets(book: TargetBook, document: SummaryDocument, options: SummaryWorkbookOptions): void {
  const layout = layoutSummarySheet(document);
  const given = options.source;
  const source = given === undefined ? undefined : { ...given, sheetName: sourceCopyName(given.sheetName).name };
  const formulas = source === undefined ? undefined : summaryFormulaRows(layout, source);
  const name = uniqueSheetName(
    options.sheetName ?? DEFAULT_SUMMARY_SHEET_NAME,
    source === undefined ? [] : [source.sheetName],
  );
  const sheet = book.addWorksheet(name);
  sheet.columns = layout.columnWidths.map((width) => ({ width }));
  const styles = new SharedStyles();
  const heights = new Map(layout.paragraphRows.map(({ row, points }) => [row, points]));
  layout.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    const formulaRow = formulas?.[r];
    cells.forEach((cell, c) => {
      if (cell.value === null) {
        return;
      }
      const formula = cell.formula === undefined ? undefined : formulaRow?.[c];
      const target = row.getCell(c + 1);
      target.value = cellValue(cell.value, typeof formula === "string" ? formula : undefined);
      // Never mutated afterwards: the object is shared with every cell of the same look.
      target.style = styles.of(cell);
    });
    row.commit();
  });
  commitSheet(sheet);
  if (source !== undefined) writeSourceCopy(book, source, styles);
}
