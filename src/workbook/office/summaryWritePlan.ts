import type { SheetGrid } from "../../report/types";
import type { SummaryDocument } from "../../output/summaryDocument";
import { rangeAddress } from "../a1Address";
import { layoutSummarySheet, type ParagraphRow } from "../summarySheet";
import { summaryFormulaRows, type FormulaCell } from "../summaryFormulas";
import type { TableMode } from "../workbookPort";
import { OPERATION_BYTES, REQUEST_BUDGET } from "./payloadSize";
import { planChunks, rowPayloadBytes, type RowChunk } from "./planChunks";

/** A formatting operation on a block of cells. */
export type FormatOperation =
  | { readonly kind: "bold"; readonly address: string }
  | { readonly kind: "wrap"; readonly address: string }
  | { readonly kind: "indent"; readonly address: string; readonly level: number };

/** Everything the adapter writes for a summary sheet, computed before any request is made. */
export interface SummaryWritePlan {
  readonly mode: TableMode;
  /** Values (values mode) or formulas and constants (formulas mode), row by row from A1. */
  readonly cells: readonly (readonly FormulaCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly width: number;
  /** Blocks of rows, one request each. */
  readonly chunks: readonly RowChunk[];
  readonly formats: readonly FormatOperation[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  /** Heights (points) of the paragraph rows, so wrapped text shows whole. */
  readonly rowHeights: readonly ParagraphRow[];
}

/** Points of a column `chars` characters wide (Excel: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Runs of consecutive rows (in one column) sharing a key, as A1 blocks. */
function columnRuns<K>(
  rows: number,
  column: number,
  keyOf: (row: number) => K | undefined,
): { address: string; key: K }[] {
  const runs: { address: string; key: K }[] = [];
  let start = -1;
  let current: K | undefined;
  const close = (end: number): void => {
    if (start >= 0 && current !== undefined)
      runs.push({ address: rangeAddress(start, column, end, column), key: current });
  };
  for (let row = 0; row <= rows; row++) {
    const key = row < rows ? keyOf(row) : undefined;
    if (key !== current) {
      close(row - 1);
      start = row;
      current = key;
    }
  }
  return runs;
}

/**
 * Plans the writing of a summary document's sheet in requests of at most `budget` bytes. Without
 * `indentLevels` (format.indentLevel needs ExcelApi 1.9) 其中 rows are indented with full-width spaces.
 */
export function planSummaryWrite(
  document: SummaryDocument,
  source: SheetGrid,
  mode: TableMode,
  budget: number = REQUEST_BUDGET,
  indentLevels = true,
): SummaryWritePlan {
  const layout = layoutSummarySheet(document);
  const width = layout.rows.reduce((max, row) => Math.max(max, row.length), 1);
  const cells: FormulaCell[][] =
    mode === "formulas" ? summaryFormulaRows(layout, source) : layout.rows.map((row) => row.map((cell) => cell.value));
  // A formula typed into a text ("@") cell stays text: formula cells never get "@".
  const numberFormats = layout.rows.map((row, r) =>
    row.map((cell, c) => {
      const format = cell.numberFormat ?? "General";
      return format === "@" && typeof cells[r]?.[c] === "string" && cell.formula !== undefined ? "General" : format;
    }),
  );

  const formats: FormatOperation[] = [];
  layout.rows.forEach((row, r) => {
    // One operation per run of bold cells in a row (the table header is one).
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const bold = c < row.length && row[c]?.bold === true;
      if (bold && start < 0) start = c;
      if (!bold && start >= 0) {
        formats.push({ kind: "bold", address: rangeAddress(r, start, r, c - 1) });
        start = -1;
      }
    }
  });
  for (const run of columnRuns(layout.rows.length, 0, (r) => (layout.rows[r]?.[0]?.wrap === true ? true : undefined))) {
    formats.push({ kind: "wrap", address: run.address });
  }
  if (indentLevels) {
    for (const run of columnRuns(layout.rows.length, 0, (r) => {
      const level = layout.rows[r]?.[0]?.indent ?? 0;
      return level > 0 ? level : undefined;
    })) {
      formats.push({ kind: "indent", address: run.address, level: run.key });
    }
  } else {
    layout.rows.forEach((row, r) => {
      const level = row[0]?.indent ?? 0;
      const cellsOfRow = cells[r];
      const name = cellsOfRow?.[0];
      if (level > 0 && cellsOfRow !== undefined && typeof name === "string")
        cellsOfRow[0] = "\u3000".repeat(level) + name;
    });
  }
  const columnWidths = layout.columnWidths.map(columnPoints);
  const rowHeights = layout.paragraphRows;

  const rowBytes = cells.map((row, r) => rowPayloadBytes(row, numberFormats[r] ?? []));
  // Adding (and replacing) the sheet, suspending calculation; formats, widths, activation and loading the id.
  const fixedBytes = 4 * OPERATION_BYTES;
  const tailBytes = (formats.length + columnWidths.length + rowHeights.length + 4) * OPERATION_BYTES;
  const chunks = planChunks(rowBytes, budget, fixedBytes, tailBytes);
  return { mode, cells, numberFormats, width, chunks, formats, columnWidths, rowHeights };
}
