import type { CellFormula } from "../report/types";
import { OUTPUT_LABELS } from "../output/labels";
import { TEXT_FORMAT, type SummaryDocument } from "../output/summaryDocument";
import { MAX_CELL_CHARS, MAX_ROW_POINTS } from "./excelLimits";

/**
 * The layout of a generated summary sheet, shared by the .xlsx writer (CLI) and the Office.js writer
 * (task pane): the summary document's title, period line and table, and its paragraphs in wide wrapped
 * cells. Pure data; each writer turns it into cells of its own kind.
 */

export interface LayoutCell {
  readonly value: string | number | null;
  /** For live-formula mode: how to recompute the value from the source sheet. */
  readonly formula?: CellFormula;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
  readonly indent?: number;
}

export interface SummarySheetLayout {
  /** Rows of the sheet from A1, each as wide as `columnWidths`. */
  readonly rows: readonly (readonly LayoutCell[])[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** 0-based sheet rows of the (first) table's header, first and last table row. */
  readonly tableHeaderRow: number;
  readonly tableFirstRow: number;
  readonly tableLastRow: number;
  /** The rows of every table, in order (a regions sheet has one per indicator). */
  readonly tables: readonly TableRows[];
  /** The paragraph rows, in order, each with the height that shows its wrapped text whole. */
  readonly paragraphRows: readonly ParagraphRow[];
  /** Cells (0-based sheet row and column) whose text was cut to MAX_CELL_CHARS (see fitCell). */
  readonly cutCells: readonly { readonly row: number; readonly column: number }[];
}

/** A table's header row and its first and last row on the sheet (0-based). */
export interface TableRows {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/** A paragraph's row (0-based) and its height in points. */
export interface ParagraphRow {
  readonly row: number;
  readonly points: number;
}

/** Width (characters) of column A, which holds the indicator names and the paragraphs. */
export const PARAGRAPH_COLUMN_WIDTH = 60;

/** Points per wrapped line of 11-point text (DengXian, Calibri), with room for CJK glyphs. */
const LINE_POINTS = 16;

/**
 * The height that shows `text` whole when wrapped in a column `widthChars` characters wide: a CJK or
 * full-width character takes two character widths, others one. Excel and WPS recompute heights they
 * are not told; LibreOffice keeps the default, so the writers always set it.
 */
export function wrappedRowHeight(text: string, widthChars: number): number {
  let units = 0;
  for (const char of text) units += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  const lines = Math.max(1, Math.ceil(units / Math.max(1, widthChars - 2)));
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4);
}

/** Splits a paragraph longer than a cell can hold at sentence ends ("。" or ";"). */
export function splitForCells(paragraph: string, limit: number = MAX_CELL_CHARS): string[] {
  if (paragraph.length <= limit) {
    return [paragraph];
  }
  const parts: string[] = [];
  let rest = paragraph;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = Math.max(window.lastIndexOf("。"), window.lastIndexOf(";"));
    const at = cut > 0 ? cut + 1 : limit;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest.length > 0) {
    parts.push(rest);
  }
  return parts;
}

/** The mark that ends a text cut to fit a cell. */
export const CUT_MARK = "…";

/**
 * A text as a cell can hold it: Excel rejects a file with a cell over MAX_CELL_CHARS characters (UTF-16
 * units, as Excel counts), so a longer text keeps its start and ends with CUT_MARK. Paragraphs are split
 * at sentence ends instead (splitForCells); this is for the table's names and titles.
 */
export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - CUT_MARK.length;
  // Never cut a character outside the BMP in half.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARK;
}

/** Lays out the summary sheet of a summary document. */
export function layoutSummarySheet(document: SummaryDocument): SummarySheetLayout {
  const width = Math.max(1, ...document.tables.map((table) => table.columns.length));
  const blankRow = (): LayoutCell[] => Array.from({ length: width }, () => ({ value: null }));
  const textRow = (value: string, extra: Partial<LayoutCell> = {}): LayoutCell[] => {
    const row = blankRow();
    row[0] = { value, numberFormat: TEXT_FORMAT, ...extra };
    return row;
  };

  const rows: LayoutCell[][] = [];
  const cutCells: { row: number; column: number }[] = [];
  const fit = <T extends string | number | null>(value: T, column: number): T | string => {
    if (typeof value !== "string" || value.length <= MAX_CELL_CHARS) return value;
    cutCells.push({ row: rows.length, column });
    return fitCell(value);
  };
  rows.push(textRow(fit(document.table.title, 0), { bold: true }));
  rows.push(textRow(fit(document.periodLine, 0)));
  rows.push(blankRow());

  // An indicator sheet's one table under the sheet's title; a regions sheet's ranking tables one under another,
  // each under its own title, a blank row between them.
  const own = document.tables.length === 1 && document.tables[0] === document.table;
  const tables: TableRows[] = [];
  document.tables.forEach((table, t) => {
    if (t > 0) rows.push(blankRow());
    if (!own) rows.push(textRow(fit(table.title, 0), { bold: true }));
    const headerRow = rows.length;
    rows.push(
      table.columns.map((column, index) => ({
        value: fit(column.header, index),
        bold: true,
        numberFormat: TEXT_FORMAT,
      })),
    );
    for (const row of table.rows) {
      rows.push(
        row.cells.map((cell, index) => {
          const isName = table.columns[index]?.key === "name";
          const base: LayoutCell = {
            value: fit(cell.value, index),
            numberFormat: cell.numberFormat,
            ...(isName && row.level > 0 ? { indent: row.level } : {}),
          };
          return cell.formula ? { ...base, formula: cell.formula } : base;
        }),
      );
    }
    tables.push({ headerRow, firstRow: headerRow + 1, lastRow: rows.length - 1 });
  });
  const first = tables[0] ?? { headerRow: rows.length, firstRow: rows.length, lastRow: rows.length - 1 };

  rows.push(blankRow());
  rows.push(textRow(OUTPUT_LABELS.paragraphs, { bold: true }));
  const paragraphRows: ParagraphRow[] = [];
  for (const paragraph of document.paragraphs) {
    for (const part of splitForCells(paragraph)) {
      paragraphRows.push({ row: rows.length, points: wrappedRowHeight(part, PARAGRAPH_COLUMN_WIDTH) });
      rows.push(textRow(part, { wrap: true }));
    }
  }

  // Paragraph cells are not merged: the first column (the indicator names) carries them, so it is wide.
  const widthOf = (key: string | undefined): number =>
    key === "name" ? PARAGRAPH_COLUMN_WIDTH : key === "unit" ? 8 : 12;
  const columnWidths = Array.from({ length: width }, (_, c) =>
    Math.max(...document.tables.map((table) => widthOf(table.columns[c]?.key ?? "name"))),
  );
  return {
    rows,
    columnWidths,
    tableHeaderRow: first.headerRow,
    tableFirstRow: first.firstRow,
    tableLastRow: first.lastRow,
    tables,
    paragraphRows,
    cutCells,
  };
}
