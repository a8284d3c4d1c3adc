import type { ColumnRole } from "../report/roles/columnRoles";

/**
 * The column roles after the user gives `column` the role `role` (or none): a role belongs to one
 * column only, so the column that held it before loses it.
 */
export function withColumnRole(
  columns: Readonly<Partial<Record<ColumnRole, number>>>,
  column: number,
  role: ColumnRole | undefined,
): Partial<Record<ColumnRole, number>> {
  const next: Partial<Record<ColumnRole, number>> = {};
  for (const [key, value] of Object.entries(columns) as [ColumnRole, number][]) {
    if (value !== column && key !== role) next[key] = value;
  }
  if (role !== undefined) next[role] = column;
  return next;
}
