import type { ReportWarning, SheetGrid } from "../report/types";
import { cellAddress } from "../workbook/a1Address";

/**
 * Where a warning points and what that cell holds, for a page that has no sheet to select:
 * "(单元格 D12:“—”)", or "(单元格 D12:空白)".
 */
export function warningCell(warning: ReportWarning, source: SheetGrid, nameColumn: number): string {
  const column = warning.column ?? nameColumn;
  const origin = source.origin ?? { row: 0, column: 0 };
  const address = cellAddress(origin.row + warning.row, origin.column + column);
  const cell = source.cells[warning.row]?.[column];
  const text = (cell?.text ?? (cell?.value === null || cell === undefined ? "" : String(cell.value))).trim();
  return `(单元格 ${address}:${text === "" ? "空白" : `“${text}”`})`;
}
