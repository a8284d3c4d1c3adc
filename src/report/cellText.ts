import type { SheetGrid } from "./types";

/** The text of a grid cell as the sheet shows it ("" for a blank or missing cell). */
export function cellText(grid: SheetGrid, row: number, column: number): string {
  const cell = grid.cells[row]?.[column];
  if (cell === undefined) {
    return "";
  }
  if (cell.text !== undefined && cell.text !== "") {
    return cell.text;
  }
  return cell.value === null ? "" : String(cell.value);
}
