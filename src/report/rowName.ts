import type { SheetGrid } from "./types";

/** "第12行" for a grid row: 1-based, as Excel numbers the rows of the sheet. */
export function rowName(grid: SheetGrid, row: number): string {
  return `第${row + (grid.origin?.row ?? 0) + 1}行`;
}
