import type { ColumnRole } from "../report/roles/columnRoles";

/** The role a column holds in a layout, if any. */
export function roleOfColumn(
  columns: Readonly<Partial<Record<ColumnRole, number>>>,
  column: number,
): ColumnRole | undefined {
  for (const [role, value] of Object.entries(columns) as [ColumnRole, number][]) {
    if (value === column) return role;
  }
  return undefined;
}
