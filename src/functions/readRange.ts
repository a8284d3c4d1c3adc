import { readCellValue } from "../core/cellValue";
import { cellValueOf, readNumberReading } from "./readArgument";

/** The cells of a range argument that hold numbers, each with the words a message names it by. */
export interface RangeNumbers {
  /** The cells as Excel passed them, to be read with `readQuantities` (units converted alike). */
  readonly cells: readonly unknown[];
  /** 区域第2行第1列 for each cell. */
  readonly labels: readonly string[];
}

/**
 * The number cells of a range (the 2-D array Excel passes for a range or an array constant such as {1;2;3};
 * a single value counts as a range of one cell). Blank cells, dashes (—), text that is no number and TRUE/FALSE
 * are skipped, as RANK.EQ and SUM skip them; numeric text ("1,234.5", "37.57亿元") counts. A cell holding an
 * error value gives that error, so a broken figure is never ranked around silently.
 */
export function rangeNumbers(raw: unknown, label: string): RangeNumbers {
  const rows: readonly unknown[] = Array.isArray(raw) ? raw : [[raw]];
  const cells: unknown[] = [];
  const labels: string[] = [];
  rows.forEach((row, r) => {
    const values: readonly unknown[] = Array.isArray(row) ? row : [row];
    values.forEach((value, c) => {
      const cellLabel = `${label}第${r + 1}行第${c + 1}列`;
      const reading = readCellValue(cellValueOf(value, cellLabel));
      if (reading.kind === "number") {
        cells.push(value);
        labels.push(cellLabel);
      } else if (reading.kind === "error") {
        readNumberReading(value, cellLabel);
      }
    });
  });
  return { cells, labels };
}
