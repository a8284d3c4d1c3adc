import type { SheetGrid } from "../report/types";

/** The text of each cell of a header row, as the sheet shows it ("" for a blank cell). */
export function headerTexts(grid: SheetGrid, row: number): string[] {
  const cells = grid.cells[row] ?? [];
  return cells.map((cell) => {
    if (cell.text !== undefined) return cell.text.trim();
    return cell.value === null ? "" : String(cell.value).trim();
  });
}
