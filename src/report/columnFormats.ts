import type { ColumnRole } from "./roles/columnRoles";
import type { Figure, Indicator, SheetGrid } from "./types";

/** The number format shared by all figures of each number column (a number typed as text counts as General). */
export function uniformFormats(grid: SheetGrid, indicators: readonly Indicator[]): Partial<Record<ColumnRole, string>> {
  const formats: Partial<Record<ColumnRole, string | null>> = {};
  const note = (role: ColumnRole, figure: Figure | undefined): void => {
    if (figure === undefined) return;
    const cell = grid.cells[figure.row]?.[figure.column];
    if (cell === undefined) return;
    // A number typed as text ("96.35") is written to the summary as a number that shows as typed: General.
    const format = typeof cell.value === "number" ? (cell.numberFormat ?? "General") : "General";
    const seen = formats[role];
    if (seen === undefined) formats[role] = format;
    else if (seen !== format) formats[role] = null;
  };
  for (const indicator of indicators) {
    note("current", indicator.current);
    note("previous", indicator.previous);
    note("target", indicator.target);
    note("change", indicator.change);
  }
  const result: Partial<Record<ColumnRole, string>> = {};
  for (const role of ["current", "previous", "target", "change"] as const) {
    const format = formats[role];
    if (typeof format === "string") result[role] = format;
  }
  return result;
}
